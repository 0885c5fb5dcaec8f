// SPDX-License-Identifier: GPL-3.0-or-later
// The configuration profile writer and signer: profiles parsed back as plists, signatures
// verified by the openssl command against a CA made at test time.
#include "Plist.h"
#include "TestPki.h"
#include "report/MobileConfig.h"
#include "report/ProfileSigner.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace mailfix;
using mailfix::test::PlistReader;
using mailfix::test::TestPki;

namespace {

const QByteArray InPassword = QByteArrayLiteral("In-Secret-<&>-771");
const QByteArray OutPassword = QByteArrayLiteral("Out-Secret-\"'-553");

AccountSettings imapSettings()
{
    AccountSettings s;
    s.email = QStringLiteral("alice@example.test");
    s.name = QStringLiteral("Alice Example");
    s.incomingType = IncomingType::Imap;
    s.incoming.host = QStringLiteral("imap.example.test");
    s.incoming.port = 993;
    s.incoming.ssl = true;
    s.incoming.user = QStringLiteral("alice@example.test");
    s.incoming.password = Secret(InPassword);
    s.outgoing.host = QStringLiteral("smtp.example.test");
    s.outgoing.ssl = true;
    s.outgoing.user = QStringLiteral("alice");
    s.outgoing.password = Secret(OutPassword);
    return s;
}

QVariantMap parseTop(const QByteArray &xml)
{
    QString error;
    const QVariant v = PlistReader::parse(xml, &error);
    INFO(error.toStdString());
    REQUIRE(v.typeId() == QMetaType::QVariantMap);
    return v.toMap();
}

QVariantMap mailPayload(const QVariantMap &top)
{
    const QVariantList content = top.value(QStringLiteral("PayloadContent")).toList();
    REQUIRE(content.size() == 1);
    return content.first().toMap();
}

void collectKeys(const QVariant &v, QStringList *into)
{
    if (v.typeId() == QMetaType::QVariantMap) {
        const QVariantMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            into->append(it.key());
            collectKeys(it.value(), into);
        }
    } else if (v.typeId() == QMetaType::QVariantList) {
        for (const QVariant &e : v.toList())
            collectKeys(e, into);
    }
}

} // namespace

TEST_CASE("profile: one com.apple.mail.managed payload with the settings, never a password", "[profile]")
{
    const AccountSettings s = imapSettings();
    const QByteArray xml = MobileConfig::toXml(s, {});
    REQUIRE(MobileConfig::problem(s, {}).isEmpty());
    CHECK(xml.startsWith("<?xml version=\"1.0\""));
    CHECK(xml.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""));

    const QVariantMap top = parseTop(xml);
    CHECK(top.value(QStringLiteral("PayloadType")).toString() == QStringLiteral("Configuration"));
    CHECK(top.value(QStringLiteral("PayloadVersion")).toLongLong() == 1);
    CHECK(!top.value(QStringLiteral("PayloadUUID")).toString().isEmpty());
    CHECK(top.value(QStringLiteral("PayloadIdentifier"))
              .toString()
              .startsWith(QStringLiteral("test.example.mailfix.")));

    const QVariantMap m = mailPayload(top);
    CHECK(m.value(QStringLiteral("PayloadType")).toString() == QStringLiteral("com.apple.mail.managed"));
    CHECK(m.value(QStringLiteral("PayloadVersion")).toLongLong() == 1);
    CHECK(m.value(QStringLiteral("EmailAccountType")).toString() == QStringLiteral("EmailTypeIMAP"));
    CHECK(m.value(QStringLiteral("EmailAddress")).toString() == QStringLiteral("alice@example.test"));
    CHECK(m.value(QStringLiteral("EmailAccountName")).toString() == QStringLiteral("Alice Example"));
    CHECK(m.value(QStringLiteral("IncomingMailServerHostName")).toString() ==
          QStringLiteral("imap.example.test"));
    CHECK(m.value(QStringLiteral("IncomingMailServerPortNumber")).toLongLong() == 993);
    CHECK(m.value(QStringLiteral("IncomingMailServerUseSSL")).toBool() == true);
    CHECK(m.value(QStringLiteral("IncomingMailServerAuthentication")).toString() ==
          QStringLiteral("EmailAuthPassword"));
    CHECK(m.value(QStringLiteral("IncomingMailServerUsername")).toString() ==
          QStringLiteral("alice@example.test"));
    CHECK(m.value(QStringLiteral("OutgoingMailServerHostName")).toString() ==
          QStringLiteral("smtp.example.test"));
    // Port left at the phone's default: the profile names the port the phone would use.
    CHECK(m.value(QStringLiteral("OutgoingMailServerPortNumber")).toLongLong() == 587);
    CHECK(m.value(QStringLiteral("OutgoingMailServerUseSSL")).toBool() == true);
    CHECK(m.value(QStringLiteral("OutgoingMailServerUsername")).toString() == QStringLiteral("alice"));
    CHECK(m.value(QStringLiteral("OutgoingMailServerAuthentication")).toString() ==
          QStringLiteral("EmailAuthPassword"));
    CHECK(m.value(QStringLiteral("OutgoingPasswordSameAsIncomingPassword")).toBool() == false);
    CHECK(m.value(QStringLiteral("PayloadIdentifier")).toString() ==
          top.value(QStringLiteral("PayloadIdentifier")).toString() + QStringLiteral(".mail"));
    CHECK(m.value(QStringLiteral("PayloadUUID")).toString() !=
          top.value(QStringLiteral("PayloadUUID")).toString());

    // No password key at any depth, and neither password in any form in the bytes.
    QStringList keys;
    collectKeys(top, &keys);
    for (const QString &k : keys)
        CHECK_FALSE((k.contains(QStringLiteral("Password"), Qt::CaseInsensitive) &&
                     k != QStringLiteral("OutgoingPasswordSameAsIncomingPassword")));
    for (const QByteArray &pw : {InPassword, OutPassword}) {
        CHECK_FALSE(xml.contains(pw));
        CHECK_FALSE(xml.contains(pw.toBase64()));
        CHECK_FALSE(xml.contains(QString::fromUtf8(pw).toHtmlEscaped().toUtf8()));
        CHECK_FALSE(xml.contains("Secret"));
    }
}

TEST_CASE("profile: every Authentication and incoming type maps to the payload's values", "[profile]")
{
    const std::pair<AuthMethod, const char *> auths[] = {{AuthMethod::Password, "EmailAuthPassword"},
                                                         {AuthMethod::Md5, "EmailAuthCRAMMD5"},
                                                         {AuthMethod::Ntlm, "EmailAuthNTLM"},
                                                         {AuthMethod::HttpMd5, "EmailAuthHTTPMD5"},
                                                         {AuthMethod::None, "EmailAuthNone"}};
    for (const auto &[method, name] : auths) {
        AccountSettings s = imapSettings();
        s.incomingType = IncomingType::Pop;
        s.incoming.port = 0;
        s.incoming.ssl = false;
        s.incoming.auth = method;
        s.outgoing.auth = method;
        s.outgoing.user.clear();
        s.imapPathPrefix = QStringLiteral("INBOX");
        const QVariantMap m = mailPayload(parseTop(MobileConfig::toXml(s, {})));
        CHECK(m.value(QStringLiteral("EmailAccountType")).toString() == QStringLiteral("EmailTypePOP"));
        CHECK(m.value(QStringLiteral("IncomingMailServerAuthentication")).toString() == QLatin1String(name));
        CHECK(m.value(QStringLiteral("OutgoingMailServerAuthentication")).toString() == QLatin1String(name));
        CHECK(m.value(QStringLiteral("IncomingMailServerPortNumber")).toLongLong() == 110);
        CHECK(m.value(QStringLiteral("IncomingMailServerUseSSL")).toBool() == false);
        CHECK_FALSE(m.contains(QStringLiteral("OutgoingMailServerUsername")));       // empty: the phone asks
        CHECK_FALSE(m.contains(QStringLiteral("IncomingMailServerIMAPPathPrefix"))); // POP has none
    }
    AccountSettings s = imapSettings();
    s.imapPathPrefix = QStringLiteral("INBOX.");
    CHECK(mailPayload(parseTop(MobileConfig::toXml(s, {})))
              .value(QStringLiteral("IncomingMailServerIMAPPathPrefix")) == QStringLiteral("INBOX."));
    MobileConfig::Options same;
    same.outgoingPasswordSameAsIncoming = true;
    CHECK(mailPayload(parseTop(MobileConfig::toXml(s, same)))
              .value(QStringLiteral("OutgoingPasswordSameAsIncomingPassword"))
              .toBool());
}

TEST_CASE("profile: XML metacharacters and non-ASCII text come back unchanged", "[profile]")
{
    const QStringList hostile{QStringLiteral("</string><key>IncomingPassword</key><string>x"),
                              QStringLiteral("a & b <c> \"d\" 'e'"), QStringLiteral("]]><!-- -->"),
                              QStringLiteral("Jörg Müller ✉ 日本"), QStringLiteral("&amp;&lt;&#x41;")};
    for (const QString &text : hostile) {
        AccountSettings s = imapSettings();
        s.name = text;
        s.description = text;
        s.incoming.user = text;
        const QByteArray xml = MobileConfig::toXml(s, {});
        const QVariantMap m = mailPayload(parseTop(xml));
        CHECK(m.value(QStringLiteral("EmailAccountName")).toString() == text);
        CHECK(m.value(QStringLiteral("EmailAccountDescription")).toString() == text);
        CHECK(m.value(QStringLiteral("IncomingMailServerUsername")).toString() == text);
        CHECK_FALSE(m.contains(QStringLiteral("IncomingPassword")));
    }
}

TEST_CASE("profile: identifiers and UUIDs are stable per address and differ between addresses", "[profile]")
{
    AccountSettings a = imapSettings();
    AccountSettings b = imapSettings();
    b.email = QStringLiteral("  Alice@EXAMPLE.test ");
    b.incoming.host = QStringLiteral("other.example.test");
    const QVariantMap ta = parseTop(MobileConfig::toXml(a, {}));
    const QVariantMap tb = parseTop(MobileConfig::toXml(b, {}));
    // Same account, other settings: the second profile replaces the first on the phone.
    CHECK(ta.value(QStringLiteral("PayloadUUID")) == tb.value(QStringLiteral("PayloadUUID")));
    CHECK(ta.value(QStringLiteral("PayloadIdentifier")) == tb.value(QStringLiteral("PayloadIdentifier")));
    CHECK(mailPayload(ta).value(QStringLiteral("PayloadUUID")) ==
          mailPayload(tb).value(QStringLiteral("PayloadUUID")));

    AccountSettings c = imapSettings();
    c.email = QStringLiteral("bob@example.test");
    const QVariantMap tc = parseTop(MobileConfig::toXml(c, {}));
    CHECK(ta.value(QStringLiteral("PayloadUUID")) != tc.value(QStringLiteral("PayloadUUID")));
    CHECK(ta.value(QStringLiteral("PayloadIdentifier")) != tc.value(QStringLiteral("PayloadIdentifier")));

    const QUuid u = MobileConfig::profileUuid(a.email);
    CHECK(u.version() == QUuid::Sha1);
    CHECK(u.variant() == QUuid::DCE);
    static const QRegularExpression upper(
        QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$"));
    CHECK(upper.match(ta.value(QStringLiteral("PayloadUUID")).toString()).hasMatch());

    MobileConfig::Options o;
    o.identifierPrefix = QStringLiteral("com.example.helpdesk");
    CHECK(parseTop(MobileConfig::toXml(a, o)).value(QStringLiteral("PayloadIdentifier")).toString() ==
          QStringLiteral("com.example.helpdesk.mailfix.") + u.toString(QUuid::WithoutBraces));
    CHECK(MobileConfig::defaultIdentifierPrefix(QStringLiteral("x@mail.example.co.uk")) ==
          QStringLiteral("uk.co.example.mail"));
}

TEST_CASE("profile: settings a profile cannot hold are refused with a reason", "[profile]")
{
    auto problemOf = [](std::function<void(AccountSettings &, MobileConfig::Options &)> change) {
        AccountSettings s = imapSettings();
        MobileConfig::Options o;
        change(s, o);
        return MobileConfig::problem(s, o);
    };
    CHECK(problemOf([](AccountSettings &s, MobileConfig::Options &) {
              s.email.clear();
          }).contains(QStringLiteral("account.email")));
    CHECK(problemOf([](AccountSettings &s, MobileConfig::Options &) {
              s.email = QStringLiteral("alice");
          }).contains(QStringLiteral("not an email")));
    CHECK(problemOf([](AccountSettings &s, MobileConfig::Options &) {
              s.incoming.host = QStringLiteral("  ");
          }).contains(QStringLiteral("incoming.host")));
    CHECK(problemOf([](AccountSettings &s, MobileConfig::Options &) {
              s.outgoing.host.clear();
          }).contains(QStringLiteral("outgoing.host")));
    for (const char *bad : {"com..example", "com example", "com/example", ".com", "com.", "é.com"})
        CHECK(problemOf([bad](AccountSettings &, MobileConfig::Options &o) {
                  o.identifierPrefix = QString::fromUtf8(bad);
              }).contains(QStringLiteral("reverse DNS")));
    for (ushort c : {0x00, 0x01, 0x08, 0x0b, 0x1f, 0x7f})
        CHECK(problemOf([c](AccountSettings &s, MobileConfig::Options &) {
                  s.name = QStringLiteral("a") + QChar(c);
              }).contains(QStringLiteral("control characters")));
}

TEST_CASE("profile signing: CMS SignedData that openssl cms -verify accepts against the CA",
          "[profile][signing]")
{
    TestPki pki;
    INFO(pki.error.toStdString());
    REQUIRE(pki.ok);
    const QByteArray xml = MobileConfig::toXml(imapSettings(), {});

    SECTION("PEM certificate and key, with the intermediate as chain")
    {
        const auto r = ProfileSigner::signWithPem(xml, pki.signerCert, pki.signerKey, pki.intermediate);
        INFO(r.error.toStdString());
        REQUIRE(r.ok);
        CHECK(static_cast<unsigned char>(r.der.at(0)) == 0x30); // DER SEQUENCE, not PEM or S/MIME
        QByteArray content;
        QString why;
        CHECK(pki.verify(r.der, &content, &why));
        INFO(why.toStdString());
        CHECK(content == xml); // attached, byte for byte
    }
    SECTION("without the chain the root alone cannot vouch for the signer")
    {
        const auto r = ProfileSigner::signWithPem(xml, pki.signerCert, pki.signerKey);
        REQUIRE(r.ok);
        QByteArray content;
        QString why;
        CHECK_FALSE(pki.verify(r.der, &content, &why));
    }
    SECTION("encrypted PEM key with its passphrase")
    {
        CHECK(ProfileSigner::isEncryptedPemKey(pki.encryptedKey));
        CHECK_FALSE(ProfileSigner::isEncryptedPemKey(pki.signerKey));
        const auto r = ProfileSigner::signWithPem(xml, pki.signerCert, pki.encryptedKey, pki.intermediate,
                                                  Secret(TestPki::Passphrase));
        INFO(r.error.toStdString());
        REQUIRE(r.ok);
        QByteArray content;
        QString why;
        CHECK(pki.verify(r.der, &content, &why));
    }
    SECTION("PKCS#12 with the right passphrase (its chain comes from the file)")
    {
        const auto r = ProfileSigner::signWithPkcs12(xml, pki.p12, Secret(TestPki::Passphrase));
        INFO(r.error.toStdString());
        REQUIRE(r.ok);
        QByteArray content;
        QString why;
        CHECK(pki.verify(r.der, &content, &why));
        INFO(why.toStdString());
        CHECK(content == xml);
    }
}

TEST_CASE("profile signing: bad input is a clear message, never a signature", "[profile][signing]")
{
    TestPki pki;
    REQUIRE(pki.ok);
    const QByteArray xml("<plist/>");
    auto expectError = [](const ProfileSigner::Result &r, const char *words) {
        INFO(r.error.toStdString());
        CHECK_FALSE(r.ok);
        CHECK(r.der.isEmpty());
        CHECK(r.error.contains(QLatin1String(words)));
        CHECK_FALSE(r.error.contains(QString::fromUtf8(TestPki::Passphrase)));
    };
    expectError(ProfileSigner::signWithPem(xml, pki.signerCert, pki.otherKey), "does not belong");
    expectError(ProfileSigner::signWithPem(xml, pki.path("missing.pem"), pki.signerKey), "no such file");
    expectError(ProfileSigner::signWithPem(xml, pki.signerCert, pki.dir.path()), "folder");
    expectError(ProfileSigner::signWithPem(xml, pki.signerKey, pki.signerKey), "no certificate");
    expectError(ProfileSigner::signWithPem(xml, pki.signerCert, pki.signerCert), "no private key");
    expectError(ProfileSigner::signWithPem(xml, pki.signerCert, pki.encryptedKey), "no passphrase");
    expectError(ProfileSigner::signWithPem(xml, pki.signerCert, pki.encryptedKey, {}, Secret("wrong-one")),
                "wrong passphrase");
    expectError(ProfileSigner::signWithPem(xml, pki.signerCert, pki.signerKey, pki.signerKey),
                "no certificate");
    expectError(ProfileSigner::signWithPkcs12(xml, pki.p12, Secret("wrong-one")), "wrong passphrase");
    expectError(ProfileSigner::signWithPkcs12(xml, pki.p12, Secret()), "wrong passphrase");
    expectError(ProfileSigner::signWithPkcs12(xml, pki.signerCert, Secret(TestPki::Passphrase)),
                "not a PKCS#12");
    QFile unreadable(pki.path("unreadable.pem"));
    unreadable.open(QIODevice::WriteOnly);
    unreadable.write("x");
    unreadable.close();
    unreadable.setPermissions(QFileDevice::Permissions());
    // Root reads everything: only assert the message when the file really is unreadable.
    QFile probe(pki.path("unreadable.pem"));
    if (!probe.open(QIODevice::ReadOnly))
        expectError(ProfileSigner::signWithPem(xml, pki.path("unreadable.pem"), pki.signerKey),
                    "cannot be read");
}
