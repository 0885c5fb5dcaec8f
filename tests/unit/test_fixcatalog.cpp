// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountSettings.h"
#include "account/ProviderDirectory.h"
#include "model/Finding.h"
#include "wording/FixCatalog.h"

#include <catch2/catch.hpp>

#include <QStringList>
#include <QVariantMap>

using namespace mailfix;

namespace {

AccountSettings sampleSettings(int iosMajor)
{
    AccountSettings s;
    s.email = QStringLiteral("anna@example.com");
    s.incoming.host = QStringLiteral("imap.example.com");
    s.incoming.port = 993;
    s.incoming.ssl = true;
    s.incoming.user = QStringLiteral("anna@example.com");
    s.outgoing.host = QStringLiteral("smtp.example.com");
    s.outgoing.port = 587;
    s.outgoing.ssl = true;
    s.ios.major = iosMajor;
    s.ios.minor = 0;
    return s;
}

struct CodeCase
{
    const char *code;
    const char *field;
};

// CONTRACT.md section 2 plus the probes' extra codes, each with its usual field.
const CodeCase allCodes[] = {
    {"settings.missing", "incoming.password"},
    {"settings.missing", "outgoing.host"},
    {"settings.missing", "account.email"},
    {"settings.host_malformed", "incoming.host"},
    {"settings.email_malformed", "account.email"},
    {"dns.not_found", "outgoing.host"},
    {"dns.failure", ""},
    {"connect.refused", "incoming.port"},
    {"connect.timeout", "outgoing.port"},
    {"connect.unreachable", ""},
    {"protocol.mismatch", "outgoing.port"},
    {"tls.required", "outgoing.ssl"},
    {"tls.unavailable", "incoming.ssl"},
    {"tls.implicit_expected", "outgoing.ssl"},
    {"tls.handshake_failed", "incoming.port"},
    {"cert.untrusted", "incoming.host"},
    {"cert.expired", "outgoing.host"},
    {"cert.not_yet_valid", "incoming.host"},
    {"cert.hostname_mismatch", "incoming.host"},
    {"auth.credentials_missing", "outgoing.user"},
    {"auth.failed", "incoming.password"},
    {"auth.failed", "outgoing.password"},
    {"auth.mechanism_unsupported", "incoming.auth"},
    {"auth.not_offered", "outgoing.port"},
    {"auth.app_password_required", "incoming.password"},
    {"auth.disabled", "incoming.user"},
    {"auth.temporary", ""},
    {"smtp.server_off", "outgoing.server"},
    {"smtp.relay_denied", "outgoing.user"},
    {"smtp.sender_rejected", "account.email"},
    {"smtp.greeting_rejected", ""},
    {"smtp.temporary", ""},
    {"ios.known_bug", "ios.version"},
    {"tls.plaintext_login", "incoming.ssl"},
    {"tls.starttls_failed", "outgoing.ssl"},
    {"protocol.limit_exceeded", ""},
    {"protocol.injection", ""},
    {"protocol.alert", ""},
    {"auth.skipped_untrusted", ""},
    {"auth.skipped_plaintext", ""},
    {"smtp.open_relay", ""},
    {"incoming.path_prefix", "incoming.path_prefix"},
    {"auth.mechanism_info", ""},
    {"connect.greeting_timeout", "incoming.port"},
};

const int allVersions[] = {9, 10, 11, 12, 14, 17, 18, 26};

Finding described(const QString &code, const QString &field, const AccountSettings &s,
                  const QVariantMap &params = {}, const QString &evidence = {})
{
    Finding f = Finding::make(code, field, evidence);
    f.facts = FindingFacts::fromParams(params);
    FixCatalog::describe(f, s);
    return f;
}

bool anyStepContains(const Finding &f, const QString &text)
{
    for (const QString &step : f.fix)
        if (step.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("FixCatalog words every known code for every iOS version", "[fixcatalog]")
{
    for (int major : allVersions) {
        const AccountSettings s = sampleSettings(major);
        for (const CodeCase &cc : allCodes) {
            INFO("iOS " << major << ", code " << cc.code << ", field " << cc.field);
            const Finding f = described(QString::fromLatin1(cc.code), QString::fromLatin1(cc.field), s);
            CHECK_FALSE(f.title.trimmed().isEmpty());
            REQUIRE(f.fix.size() >= 1);
            for (const QString &step : f.fix)
                CHECK_FALSE(step.trimmed().isEmpty());
            CHECK(FixCatalog::knownCodes().contains(QString::fromLatin1(cc.code)));
        }
    }
}

TEST_CASE("FixCatalog words findings with rich params", "[fixcatalog]")
{
    const AccountSettings s = sampleSettings(26);
    QVariantMap p;
    p[QStringLiteral("host")] = QStringLiteral("mail.example.com");
    p[QStringLiteral("port")] = 465;
    p[QStringLiteral("suggested_port")] = 587;
    p[QStringLiteral("suggested_ssl")] = true;
    p[QStringLiteral("offered")] = QStringList{QStringLiteral("CRAM-MD5"), QStringLiteral("XOAUTH2")};
    p[QStringLiteral("names")] = QStringList{QStringLiteral("*.hoster.net"), QStringLiteral("mx.hoster.net")};
    p[QStringLiteral("not_after")] = QStringLiteral("2024-05-01T12:00:00Z");
    p[QStringLiteral("fingerprint")] = QStringLiteral("ab12");
    p[QStringLiteral("protocol_seen")] = QStringLiteral("IMAP");
    for (const CodeCase &cc : allCodes) {
        INFO("code " << cc.code);
        const Finding f = described(QString::fromLatin1(cc.code), QString::fromLatin1(cc.field), s, p,
                                    QStringLiteral("* OK [ALERT] Maintenance tonight"));
        CHECK_FALSE(f.title.isEmpty());
        CHECK_FALSE(f.fix.isEmpty());
    }
}

TEST_CASE("Account paths follow the iOS version", "[fixcatalog]")
{
    const auto path = [](int major) {
        IosVersion v;
        v.major = major;
        return FixCatalog::accountPath(v);
    };
    CHECK(path(9) == QStringLiteral("Settings > Mail, Contacts, Calendars > (account) > Account"));
    CHECK(path(10) == QStringLiteral("Settings > Mail > Accounts > (account) > Account"));
    CHECK(path(11) == QStringLiteral("Settings > Accounts & Passwords > (account) > Account"));
    CHECK(path(12) == QStringLiteral("Settings > Passwords & Accounts > (account) > Account"));
    CHECK(path(13) == path(12));
    CHECK(path(14) == QStringLiteral("Settings > Mail > Accounts > (account) > Account"));
    CHECK(path(17) == path(14));
    CHECK(path(18) == QStringLiteral("Settings > Apps > Mail > Mail Accounts > (account) > Account"));
    CHECK(path(26) == path(18));
    CHECK(path(9) != path(11));
    CHECK(path(11) != path(12));
    CHECK(path(17) != path(18));

    // The fix steps use the same path ("(account)" stands in when neither Description nor Email is known).
    for (int major : allVersions) {
        AccountSettings s = sampleSettings(major);
        s.email.clear();
        const Finding f = described(QStringLiteral("smtp.relay_denied"), QStringLiteral("outgoing.user"), s);
        INFO("iOS " << major);
        REQUIRE_FALSE(f.fix.isEmpty());
        CHECK(f.fix.first().contains(path(major)));
    }
}

TEST_CASE("Screen paths and labels", "[fixcatalog]")
{
    AccountSettings s = sampleSettings(18);
    s.email.clear(); // "(account)" only when neither Description nor Email is known
    CHECK(FixCatalog::screenPath(QStringLiteral("outgoing.port"), s) ==
          QStringLiteral(
              "Settings > Apps > Mail > Mail Accounts > (account) > Account > SMTP > Primary Server"));
    CHECK(FixCatalog::screenPath(QStringLiteral("incoming.ssl"), s) ==
          QStringLiteral("Settings > Apps > Mail > Mail Accounts > (account) > Account > Advanced"));
    CHECK(FixCatalog::screenPath(QStringLiteral("incoming.host"), s) ==
          QStringLiteral("Settings > Apps > Mail > Mail Accounts > (account) > Account"));
    CHECK(FixCatalog::screenPath(QStringLiteral("account.email"), s) == FixCatalog::accountPath(s.ios));
    CHECK(FixCatalog::screenPath(QStringLiteral("ios.version"), s) ==
          QStringLiteral("Settings > General > About"));
    s.description = QStringLiteral("Work");
    CHECK(FixCatalog::screenPath(QStringLiteral("incoming.user"), s) ==
          QStringLiteral("Settings > Apps > Mail > Mail Accounts > Work > Account"));
    s.email = QStringLiteral("anna@example.com");
    CHECK(FixCatalog::screenPath(QStringLiteral("incoming.user"), s) ==
          QStringLiteral("Settings > Apps > Mail > Mail Accounts > Work > Account"));
    s.description = QStringLiteral("  ");
    CHECK(FixCatalog::screenPath(QStringLiteral("incoming.user"), s) ==
          QStringLiteral("Settings > Apps > Mail > Mail Accounts > anna@example.com > Account"));

    IosVersion v;
    CHECK(FixCatalog::fieldLabel(QStringLiteral("incoming.host"), v) == QStringLiteral("Host Name"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("outgoing.user"), v) == QStringLiteral("User Name"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("outgoing.password"), v) == QStringLiteral("Password"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("incoming.ssl"), v) == QStringLiteral("Use SSL"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("outgoing.auth"), v) == QStringLiteral("Authentication"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("incoming.port"), v) == QStringLiteral("Server Port"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("outgoing.server"), v) == QStringLiteral("Server"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("account.email"), v) == QStringLiteral("Email"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("incoming.path_prefix"), v) ==
          QStringLiteral("IMAP Path Prefix"));
    CHECK(FixCatalog::fieldLabel(QStringLiteral("ios.version"), v) == QStringLiteral("iOS Version"));
    v.major = 12;
    CHECK(FixCatalog::fieldLabel(QStringLiteral("ios.version"), v) == QStringLiteral("Software Version"));

    CHECK(FixCatalog::authLabel(AuthMethod::Md5) == QStringLiteral("MD5 Challenge-Response"));
    CHECK(FixCatalog::authLabel(AuthMethod::HttpMd5) == QStringLiteral("HTTP MD5 Digest"));
    CHECK(FixCatalog::mechanismToLabel(QStringLiteral("plain")) == QStringLiteral("Password"));
    CHECK(FixCatalog::mechanismToLabel(QStringLiteral("LOGIN")) == QStringLiteral("Password"));
    CHECK(FixCatalog::mechanismToLabel(QStringLiteral("CRAM-MD5")) ==
          QStringLiteral("MD5 Challenge-Response"));
    CHECK(FixCatalog::mechanismToLabel(QStringLiteral("NTLM")) == QStringLiteral("NTLM"));
    CHECK(FixCatalog::mechanismToLabel(QStringLiteral("DIGEST-MD5")) == QStringLiteral("HTTP MD5 Digest"));
    CHECK(FixCatalog::mechanismToLabel(QStringLiteral("XOAUTH2")).isEmpty());
}

TEST_CASE("Relay denied tells the customer to fill in the SMTP login", "[fixcatalog]")
{
    AccountSettings s = sampleSettings(18);
    s.email.clear(); // "(account)" only when neither Description nor Email is known
    const Finding f = described(QStringLiteral("smtp.relay_denied"), QStringLiteral("outgoing.user"), s, {},
                                QStringLiteral("554 5.7.1 <relaytest@example.net>: Relay access denied"));
    CHECK(anyStepContains(f, QStringLiteral("User Name")));
    CHECK(anyStepContains(f, QStringLiteral("Password")));
    CHECK(anyStepContains(f, QStringLiteral("SMTP")));
    CHECK(f.fix.value(0) ==
          QStringLiteral("Open Settings > Apps > Mail > Mail Accounts > (account) > Account."));
    CHECK(f.fix.value(1) ==
          QStringLiteral(
              "Tap SMTP under Outgoing Mail Server, then tap the Primary Server (smtp.example.com)."));
    CHECK(FixCatalog::phoneAlert(f, s) ==
          QStringLiteral(
              "Cannot Send Mail \u2014 The recipient \"relaytest@example.net\" was rejected by the server "
              "because it does not allow relaying."));

    AccountSettings none = s;
    none.outgoing.auth = AuthMethod::None;
    const Finding g = described(QStringLiteral("smtp.relay_denied"), QStringLiteral("outgoing.user"), none);
    CHECK(anyStepContains(g, QStringLiteral("Authentication")));
}

TEST_CASE("Concrete ports, SSL and mechanisms appear in the steps", "[fixcatalog]")
{
    AccountSettings s = sampleSettings(26);
    s.outgoing.port = 25;
    s.outgoing.ssl = false;
    QVariantMap p;
    p[QStringLiteral("suggested_port")] = 587;
    p[QStringLiteral("suggested_ssl")] = true;
    const Finding t = described(QStringLiteral("connect.timeout"), QStringLiteral("outgoing.port"), s, p);
    CHECK(t.title.contains(QStringLiteral("25")));
    CHECK(anyStepContains(t, QStringLiteral("587")));
    CHECK(anyStepContains(t, QStringLiteral("Turn on Use SSL")));
    CHECK(anyStepContains(t, QStringLiteral("Primary Server")));

    QVariantMap m;
    m[QStringLiteral("offered")] = QStringList{QStringLiteral("CRAM-MD5")};
    AccountSettings in = sampleSettings(14);
    in.incoming.auth = AuthMethod::Ntlm;
    const Finding a =
        described(QStringLiteral("auth.mechanism_unsupported"), QStringLiteral("incoming.auth"), in, m);
    CHECK(anyStepContains(a, QStringLiteral("MD5 Challenge-Response")));
    CHECK(anyStepContains(a, QStringLiteral("Advanced")));
    CHECK(a.fix.value(0).contains(QStringLiteral("Settings > Mail > Accounts")));
}

TEST_CASE("Provider specific login fixes", "[fixcatalog][provider]")
{
    AccountSettings s = sampleSettings(26);
    s.email = QStringLiteral("anna@gmail.com");
    s.incoming.host = QStringLiteral("imap.gmail.com");
    const Finding g =
        described(QStringLiteral("auth.app_password_required"), QStringLiteral("incoming.password"), s);
    CHECK(g.title.contains(QStringLiteral("Gmail")));
    CHECK(anyStepContains(g, QStringLiteral("Google")));
    CHECK(anyStepContains(g, QStringLiteral("app password")));
    CHECK(anyStepContains(g, QStringLiteral("Add Account")));

    s.incoming.host = QStringLiteral("outlook.office365.com");
    const Finding ms = described(QStringLiteral("auth.failed"), QStringLiteral("incoming.password"), s);
    CHECK(anyStepContains(ms, QStringLiteral("Outlook.com")));

    QVariantMap p;
    p[QStringLiteral("provider")] = QStringLiteral("gmx");
    const Finding gmx = described(QStringLiteral("auth.disabled"), QStringLiteral("incoming.user"), s, p);
    CHECK(anyStepContains(gmx, QStringLiteral("POP3 und IMAP Zugriff erlauben")));

    AccountSettings plain = sampleSettings(26);
    const Finding wrong =
        described(QStringLiteral("auth.failed"), QStringLiteral("incoming.password"), plain);
    CHECK(wrong.title == QStringLiteral("The password for imap.example.com is wrong"));
    CHECK(anyStepContains(wrong, QStringLiteral("backup")));
    CHECK(FixCatalog::phoneAlert(wrong, plain) ==
          QStringLiteral(
              "Cannot Get Mail \u2014 The user name or password for \"imap.example.com\" is incorrect."));

    const Finding nopw =
        described(QStringLiteral("settings.missing"), QStringLiteral("incoming.password"), plain);
    CHECK(FixCatalog::phoneAlert(nopw, plain).contains(QStringLiteral("No password provided for")));
}

TEST_CASE("ProviderDirectory lookups", "[provider]")
{
    const auto idOfHost = [](const char *host) {
        const ProviderDirectory::Provider *p = ProviderDirectory::byHost(QString::fromLatin1(host));
        return p ? p->id : QString();
    };
    CHECK(idOfHost("imap.gmail.com") == QStringLiteral("gmail"));
    CHECK(idOfHost("SMTP.GMAIL.COM.") == QStringLiteral("gmail"));
    CHECK(idOfHost("outlook.office365.com") == QStringLiteral("microsoft"));
    CHECK(idOfHost("smtp.office365.com") == QStringLiteral("microsoft"));
    CHECK(idOfHost("smtp-mail.outlook.com") == QStringLiteral("microsoft"));
    CHECK(idOfHost("imap.mail.me.com") == QStringLiteral("icloud"));
    CHECK(idOfHost("mail.gmx.net") == QStringLiteral("gmx"));
    CHECK(idOfHost("imap.web.de") == QStringLiteral("webde"));
    CHECK(idOfHost("notgmail.com").isEmpty());
    CHECK(idOfHost("mail.example.com").isEmpty());
    CHECK(idOfHost("").isEmpty());

    const ProviderDirectory::Provider *hot =
        ProviderDirectory::byEmail(QStringLiteral("Someone@Hotmail.COM"));
    REQUIRE(hot != nullptr);
    CHECK(hot->id == QStringLiteral("microsoft"));
    CHECK(hot->smtpHost == QStringLiteral("smtp.office365.com"));
    CHECK(hot->smtpPort == 587);
    CHECK(ProviderDirectory::byEmail(QStringLiteral("x@example.com")) == nullptr);
    CHECK(ProviderDirectory::byEmail(QStringLiteral("no-at-sign")) == nullptr);
    const ProviderDirectory::Provider *icloud = ProviderDirectory::byEmail(QStringLiteral("a@me.com"));
    REQUIRE(icloud != nullptr);
    CHECK(icloud->popHost.isEmpty());
    CHECK(icloud->login == ProviderDirectory::Provider::Login::AppPassword);
    CHECK(ProviderDirectory::byId(QStringLiteral("Outlook")) ==
          ProviderDirectory::byId(QStringLiteral("microsoft")));
    CHECK(ProviderDirectory::all().size() >= 9);
}

TEST_CASE("Unknown codes and odd input never crash", "[fixcatalog]")
{
    const AccountSettings s = sampleSettings(26);
    Finding f = described(QStringLiteral("something.new"), QStringLiteral("incoming.port"), s);
    CHECK_FALSE(f.title.isEmpty());
    CHECK_FALSE(f.fix.isEmpty());

    f = described(QString(), QString(), AccountSettings());
    CHECK_FALSE(f.title.isEmpty());
    CHECK_FALSE(f.fix.isEmpty());
    CHECK(FixCatalog::phoneAlert(f, AccountSettings()).isEmpty());

    QVariantMap junk;
    junk[QStringLiteral("port")] = QStringLiteral("not a number");
    junk[QStringLiteral("offered")] = 42;
    junk[QStringLiteral("names")] = QStringLiteral("a.example, b.example");
    junk[QStringLiteral("side")] = QStringLiteral("sideways");
    for (const QString &code : FixCatalog::knownCodes()) {
        const Finding g = described(code, QStringLiteral("weird.field"), AccountSettings(), junk);
        CHECK_FALSE(g.title.isEmpty());
        CHECK_FALSE(g.fix.isEmpty());
        (void)FixCatalog::phoneAlert(g, AccountSettings());
    }
}

TEST_CASE("The account's row in paths is its Description, else its Email", "[fixcatalog]")
{
    AccountSettings s = sampleSettings(18);
    const Finding f = described(QStringLiteral("smtp.relay_denied"), QStringLiteral("outgoing.user"), s);
    CHECK(f.fix.value(0) == QStringLiteral("Open Settings > Apps > Mail > Mail Accounts > anna@example.com > Account."));
    s.description = QStringLiteral("Work mail");
    const Finding g = described(QStringLiteral("connect.refused"), QStringLiteral("incoming.port"), s);
    CHECK(anyStepContains(g, QStringLiteral("Mail Accounts > Work mail > Account")));
    CHECK_FALSE(anyStepContains(g, QStringLiteral("(account)")));
    s.description.clear();
    s.email.clear();
    CHECK(FixCatalog::accountPath(s.ios) == FixCatalog::screenPath(QStringLiteral("account.email"), s));
}
