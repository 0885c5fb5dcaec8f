// SPDX-License-Identifier: GPL-3.0-or-later
// mailfix-cli profile: the file it writes (parsed back as a plist), signing, the check it
// runs first when passwords are given, and bad input that must leave nothing behind.
#include "Plist.h"
#include "TestPki.h"
#include "TestServers.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mailfix;
using mailfix::test::PlistReader;
using mailfix::test::TestPki;
using mailfix::test::TestServers;

#ifndef MAILFIX_CLI_PATH
#define MAILFIX_CLI_PATH "mailfix-cli"
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *v :
         {"MAILFIX_INCOMING_PASSWORD", "MAILFIX_OUTGOING_PASSWORD", "MAILFIX_SIGN_PASSPHRASE"})
        e.remove(QLatin1String(v));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(MAILFIX_CLI_PATH), QStringList{QStringLiteral("profile")} + args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QStringList settingsArgs()
{
    const auto &ts = TestServers::get();
    const AccountSettings s = ts.goodSettings();
    return {QStringLiteral("--email"),         s.email,
            QStringLiteral("--incoming-host"), s.incoming.host,
            QStringLiteral("--incoming-port"), QString::number(s.incoming.port),
            QStringLiteral("--incoming-user"), s.incoming.user,
            QStringLiteral("--outgoing-host"), s.outgoing.host,
            QStringLiteral("--outgoing-port"), QString::number(s.outgoing.port),
            QStringLiteral("--outgoing-user"), s.outgoing.user,
            QStringLiteral("--ca-file"),       ts.caFile(),
            QStringLiteral("--timeout"),       QStringLiteral("20")};
}

QVariantMap readProfile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QVariant v = PlistReader::parse(f.readAll());
    REQUIRE(v.typeId() == QMetaType::QVariantMap);
    return v.toMap();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList entries(const QTemporaryDir &d)
{
    return QDir(d.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("cli profile: unchecked settings are written, and said to be not verified", "[profile][cli]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("alice.mobileconfig"));
    const Run r = cli(settingsArgs() + QStringList{QStringLiteral("--output"), out});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("not verified")));
    const QVariantMap top = readProfile(out);
    const QVariantMap m = top.value(QStringLiteral("PayloadContent")).toList().value(0).toMap();
    const auto &ts = TestServers::get();
    CHECK(m.value(QStringLiteral("PayloadType")) == QStringLiteral("com.apple.mail.managed"));
    CHECK(m.value(QStringLiteral("EmailAddress")) == ts.user("alice", "email"));
    CHECK(m.value(QStringLiteral("IncomingMailServerPortNumber")).toInt() == ts.port("imap", "imap"));
    CHECK(m.value(QStringLiteral("OutgoingMailServerPortNumber")).toInt() == ts.port("smtp", "submission"));
    CHECK(entries(dir) == QStringList{QStringLiteral("alice.mobileconfig")});
}

TEST_CASE("cli profile: with passwords the settings are checked first and said to be verified",
          "[profile][cli]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("alice.mobileconfig"));
    const QMap<QString, QString> pw{{QStringLiteral("MAILFIX_INCOMING_PASSWORD"), ts.password()},
                                    {QStringLiteral("MAILFIX_OUTGOING_PASSWORD"), ts.password()}};
    const Run r = cli(settingsArgs() + QStringList{QStringLiteral("--output"), out}, pw);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("verified")));
    CHECK_FALSE(r.err.contains(QStringLiteral("not verified")));
    const QByteArray bytes = readAll(out);
    CHECK_FALSE(bytes.contains(ts.password().toUtf8()));
    CHECK_FALSE(r.out.contains(ts.password()));
    CHECK_FALSE(r.err.contains(ts.password()));
    // Same login and the same password on both sides: the phone asks only once.
    CHECK(readProfile(out)
              .value(QStringLiteral("PayloadContent"))
              .toList()
              .value(0)
              .toMap()
              .value(QStringLiteral("OutgoingPasswordSameAsIncomingPassword"))
              .toBool());

    // A wrong password: the check fails, nothing is written.
    const QString bad = dir.filePath(QStringLiteral("bad.mobileconfig"));
    const Run w = cli(settingsArgs() + QStringList{QStringLiteral("--output"), bad},
                      {{QStringLiteral("MAILFIX_INCOMING_PASSWORD"), QStringLiteral("wrong-password")}});
    CHECK(w.exitCode == 1);
    CHECK(w.err.contains(QStringLiteral("auth.failed")));
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("cli profile: signed profiles verify against the CA", "[profile][cli][signing]")
{
    TestPki pki;
    INFO(pki.error.toStdString());
    REQUIRE(pki.ok);
    QTemporaryDir dir;
    SECTION("PEM certificate, key and chain")
    {
        const QString out = dir.filePath(QStringLiteral("signed.mobileconfig"));
        const Run r =
            cli(settingsArgs() + QStringList{QStringLiteral("--output"), out, QStringLiteral("--sign-cert"),
                                             pki.signerCert, QStringLiteral("--sign-key"), pki.signerKey,
                                             QStringLiteral("--sign-chain"), pki.intermediate,
                                             QStringLiteral("--identifier"),
                                             QStringLiteral("com.example.helpdesk")});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QByteArray content;
        QString why;
        CHECK(pki.verify(readAll(out), &content, &why));
        INFO(why.toStdString());
        const QVariant v = PlistReader::parse(content);
        REQUIRE(v.typeId() == QMetaType::QVariantMap);
        CHECK(v.toMap()
                  .value(QStringLiteral("PayloadIdentifier"))
                  .toString()
                  .startsWith(QStringLiteral("com.example.helpdesk.mailfix.")));
    }
    SECTION("PKCS#12 with the passphrase from the environment")
    {
        const QString out = dir.filePath(QStringLiteral("p12.mobileconfig"));
        const Run r =
            cli(settingsArgs() +
                    QStringList{QStringLiteral("--output"), out, QStringLiteral("--sign-p12"), pki.p12},
                {{QStringLiteral("MAILFIX_SIGN_PASSPHRASE"), QString::fromUtf8(TestPki::Passphrase)}});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QByteArray content;
        QString why;
        CHECK(pki.verify(readAll(out), &content, &why));
        CHECK_FALSE(r.out.contains(QString::fromUtf8(TestPki::Passphrase)));
        CHECK_FALSE(r.err.contains(QString::fromUtf8(TestPki::Passphrase)));
    }
    SECTION("encrypted PEM key with the passphrase from the environment")
    {
        const QString out = dir.filePath(QStringLiteral("enc.mobileconfig"));
        const Run r =
            cli(settingsArgs() + QStringList{QStringLiteral("--output"), out, QStringLiteral("--sign-cert"),
                                             pki.signerCert, QStringLiteral("--sign-key"), pki.encryptedKey,
                                             QStringLiteral("--sign-chain"), pki.intermediate},
                {{QStringLiteral("MAILFIX_SIGN_PASSPHRASE"), QString::fromUtf8(TestPki::Passphrase)}});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QByteArray content;
        QString why;
        CHECK(pki.verify(readAll(out), &content, &why));
    }
}

TEST_CASE("cli profile: bad input exits 2 with one line and leaves no file behind", "[profile][cli]")
{
    TestPki pki;
    REQUIRE(pki.ok);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.mobileconfig"));
    QFile plain(dir.filePath(QStringLiteral("a-file")));
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QStringList base = settingsArgs();
    const QStringList o{QStringLiteral("--output"), out};
    const QList<std::pair<QStringList, QString>> cases{
        {base, QStringLiteral("--output")},
        {QStringList{QStringLiteral("--incoming-host"), QStringLiteral("h.example")} + o,
         QStringLiteral("account.email")},
        {base + o +
             QStringList{QStringLiteral("--sign-cert"), pki.signerCert, QStringLiteral("--sign-key"),
                         pki.otherKey},
         QStringLiteral("does not belong")},
        {base + o +
             QStringList{QStringLiteral("--sign-cert"), dir.filePath(QStringLiteral("nope.pem")),
                         QStringLiteral("--sign-key"), pki.signerKey},
         QStringLiteral("no such file")},
        {base + o + QStringList{QStringLiteral("--sign-cert"), pki.signerCert}, QStringLiteral("--sign-key")},
        {base + o + QStringList{QStringLiteral("--sign-p12"), pki.p12}, QStringLiteral("wrong passphrase")},
        {base + o +
             QStringList{QStringLiteral("--sign-p12"), pki.p12, QStringLiteral("--sign-passphrase"),
                         QStringLiteral("x")},
         QStringLiteral("sign-passphrase")},
        {base + o + QStringList{QStringLiteral("--identifier"), QStringLiteral("not a domain")},
         QStringLiteral("reverse DNS")},
        {base + QStringList{QStringLiteral("--output"),
                            dir.filePath(QStringLiteral("missing-dir/x.mobileconfig"))},
         QStringLiteral("cannot be written")},
        {base +
             QStringList{QStringLiteral("--output"), dir.filePath(QStringLiteral("a-file/x.mobileconfig"))},
         QStringLiteral("cannot be written")},
        {base + QStringList{QStringLiteral("--output"), dir.path()}, QStringLiteral("folder")},
    };
    for (const auto &[args, words] : cases) {
        const Run r = cli(args, {{QStringLiteral("MAILFIX_SIGN_PASSPHRASE"), QStringLiteral("wrong-one")}});
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(r.err.contains(words));
        CHECK(r.out.isEmpty());
        CHECK(entries(dir) == QStringList{QStringLiteral("a-file")});
    }
}
