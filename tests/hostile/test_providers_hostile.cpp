// SPDX-License-Identifier: GPL-3.0-or-later
// Scripted servers replaying each provider's real refusals (FACTS.md, "Provider
// changes with dates" and "Server replies that name the cause"). The provider is
// recognised from the greeting alone (the host is "localhost", no DNS), and each
// gives the provider's own finding on the right field; the same replies from a
// server nobody knows give the generic answer.
#include "Scenario.h"

#include "account/ProviderDirectory.h"
#include "model/Codes.h"

#include <catch2/catch.hpp>

using namespace mailfix;
using namespace mailfix::hostile;

namespace {

const QByteArray kNeutralSmtp = "220 hostile.test ESMTP ready\r\n";
const QByteArray kNeutralImap = "* OK hostile IMAP4rev1 ready\r\n";
const QByteArray kNeutralPop = "+OK hostile POP3 ready\r\n";
const QByteArray kNeutralEmail = "victim@example.test";

/// One provider's reply set.
struct Replay
{
    const char *name;
    Proto proto;
    QByteArray greeting; ///< the provider's greeting
    QByteArray email;    ///< the account's address
    QByteArray refusal;  ///< SMTP: the AUTH reply; IMAP: status + text after the tag; POP3: the PASS reply
    // The provider's finding.
    QString code;
    const char *field;
    const char *provider;
    QDate since;
    // The same replies from a server nobody knows.
    QString genericCode;
    const char *genericField;
};

Scenario scenarioOf(const Replay &r, bool recognisable)
{
    Scenario s;
    s.id = QString::fromLatin1(r.name) + (recognisable ? QString() : QStringLiteral(" (unknown server)"));
    s.proto = r.proto;
    s.email = QString::fromLatin1(recognisable ? r.email : kNeutralEmail);
    switch (r.proto) {
    case Proto::Smtp: {
        s.port = 587;
        SmtpScript sc;
        sc.greeting = recognisable ? r.greeting : kNeutralSmtp;
        sc.auth = r.refusal;
        s.onConnect = greet(sc.greeting);
        s.onLine = smtpServer(sc);
        break;
    }
    case Proto::Imap: {
        s.port = 993;
        s.serverImplicitTls = true;
        ImapScript sc;
        sc.greeting = recognisable ? r.greeting : kNeutralImap;
        sc.login = r.refusal;
        s.onConnect = greet(sc.greeting);
        s.onLine = imapServer(sc);
        break;
    }
    case Proto::Pop3: {
        s.port = 995;
        s.serverImplicitTls = true;
        Pop3Script sc;
        sc.greeting = recognisable ? r.greeting : kNeutralPop;
        sc.pass = r.refusal;
        s.onConnect = greet(sc.greeting);
        s.onLine = pop3Server(sc);
        break;
    }
    }
    s.code = recognisable ? r.code : r.genericCode;
    s.field = QString::fromLatin1(recognisable ? r.field : r.genericField);
    const QString code = s.code;
    const QString field = s.field;
    const QString provider = recognisable ? QString::fromLatin1(r.provider) : QString();
    const QDate since = recognisable ? r.since : QDate();
    s.extra = [code, field, provider, since](const CheckReport &report, HostileServer &) {
        for (const Finding &f : report.findings) {
            if (f.code != code || f.field != field)
                continue;
            INFO("finding " << f.code.toStdString() << " provider '" << f.facts.provider.toStdString()
                            << "' since '" << f.facts.since.toStdString() << "'");
            CHECK(f.facts.provider == provider);
            CHECK(f.facts.since == (since.isValid() ? since.toString(Qt::ISODate) : QString()));
            CHECK_FALSE(f.title.isEmpty());
            if (!provider.isEmpty()) {
                const ProviderDirectory::Provider *p = ProviderDirectory::byId(provider);
                REQUIRE(p != nullptr);
                CHECK(f.title.contains(p->name));
                CHECK(f.fix.join(QLatin1Char('\n')).contains(p->helpUrl));
            }
        }
    };
    return s;
}

// Exchange Online's IMAP/POP greetings carry the server's name as base64 UTF-16.
const QByteArray kExchangeName = "TQBXADQAUABSADAANABDAEEAMAAwADAANAAuAG4AYQBtAHAAcgBkADAANAAuAHAAcgBvAGQALgB"
                                 "vAHUAdABsAG8AbwBrAC4AYwBvAG0A";

const std::vector<Replay> &replays()
{
    static const std::vector<Replay> list{
        {"Outlook.com SMTP: 535 5.7.3, basic auth ended", Proto::Smtp,
         "220 BN9PR03CA0123.outlook.office365.com Microsoft ESMTP MAIL Service ready at Tue, 1 Dec 2026 "
         "10:00:00 +0000\r\n",
         "anna@outlook.com",
         "535 5.7.3 Authentication unsuccessful [BN9PR03CA0123.namprd03.prod.outlook.com "
         "2026-12-01T10:00:00.000Z]\r\n",
         Code::AuthAppPasswordRequired, "outgoing.password", "microsoft", QDate(2024, 9, 16),
         Code::AuthFailed, "outgoing.password"},
        {"Outlook.com IMAP: NO AUTHENTICATE failed", Proto::Imap,
         "* OK The Microsoft Exchange IMAP4 service is ready. [" + kExchangeName + "]\r\n",
         "anna@hotmail.com", "NO AUTHENTICATE failed.", Code::AuthAppPasswordRequired, "incoming.password",
         "microsoft", QDate(2024, 9, 16), Code::AuthFailed, "incoming.password"},
        {"Microsoft 365 SMTP: 5.7.139 SmtpClientAuthentication disabled", Proto::Smtp,
         "220 AM0PR02CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready\r\n",
         "boss@contoso.example",
         "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. "
         "Visit "
         "https://aka.ms/smtp_auth_disabled for more information.\r\n",
         Code::AuthDisabled, "outgoing.user", "microsoft365", QDate(2026, 12, 31), Code::AuthDisabled,
         "outgoing.user"},
        {"Microsoft 365 SMTP: 5.7.30 basic auth not supported", Proto::Smtp,
         "220 AM0PR02CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready\r\n",
         "boss@contoso.example",
         "550 5.7.30 Basic authentication is not supported for Client Submission.\r\n", Code::AuthDisabled,
         "outgoing.user", "microsoft365", QDate(2026, 12, 31), Code::AuthAppPasswordRequired,
         "outgoing.password"},
        {"Microsoft 365 POP3: logon failure, basic auth ended", Proto::Pop3,
         "+OK The Microsoft Exchange POP3 service is ready. [" + kExchangeName + "]\r\n",
         "boss@contoso.example", "-ERR Logon failure: unknown user name or bad password.\r\n",
         Code::AuthAppPasswordRequired, "incoming.password", "microsoft365", QDate(2022, 10, 1),
         Code::AuthFailed, "incoming.password"},
        {"Gmail SMTP: 535-5.7.8 BadCredentials", Proto::Smtp,
         "220 smtp.gmail.com ESMTP a640c23a62f3a - gsmtp\r\n", "anna@gmail.com",
         "535-5.7.8 Username and Password not accepted. For more information, go to\r\n"
         "535 5.7.8  https://support.google.com/mail/?p=BadCredentials a640c23a62f3a - gsmtp\r\n",
         Code::AuthAppPasswordRequired, "outgoing.password", "gmail", QDate(2024, 9, 30), Code::AuthFailed,
         "outgoing.password"},
        {"Gmail IMAP: application-specific password required", Proto::Imap,
         "* OK Gimap ready for requests from 192.0.2.1 o4mb1234567\r\n", "anna@gmail.com",
         "NO [ALERT] Application-specific password required: "
         "https://support.google.com/accounts/answer/185833 (Failure)",
         Code::AuthAppPasswordRequired, "incoming.password", "gmail", QDate(2024, 9, 30),
         Code::AuthAppPasswordRequired, "incoming.password"},
        {"Google Workspace IMAP: disabled for the domain", Proto::Imap,
         "* OK Gimap ready for requests from 192.0.2.1 o4mb1234567\r\n", "boss@firma.example",
         "NO [ALERT] IMAP access is disabled for your domain. Please contact your domain administrator for "
         "questions "
         "about this feature. (Failure)",
         Code::AuthDisabled, "incoming.user", "google_workspace", QDate(2024, 9, 30), Code::AuthDisabled,
         "incoming.user"},
        {"Gmail POP3: username and password not accepted", Proto::Pop3,
         "+OK Gpop ready for requests from 192.0.2.1 o4mb1234567\r\n", "anna@googlemail.com",
         "-ERR [AUTH] Username and password not accepted.\r\n", Code::AuthAppPasswordRequired,
         "incoming.password", "gmail", QDate(2024, 9, 30), Code::AuthFailed, "incoming.password"},
        {"iCloud SMTP: 535 5.7.8 credentials invalid", Proto::Smtp, "220 p00-smtp.mail.me.com ESMTP\r\n",
         "anna@icloud.com", "535 5.7.8 Authentication credentials invalid\r\n", Code::AuthAppPasswordRequired,
         "outgoing.password", "icloud", QDate(2017, 6, 15), Code::AuthFailed, "outgoing.password"},
        {"Yahoo IMAP: invalid credentials", Proto::Imap, "* OK IMAP4rev1 Hello from imap.mail.yahoo.com\r\n",
         "anna@yahoo.com", "NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials",
         Code::AuthAppPasswordRequired, "incoming.password", "yahoo", QDate(), Code::AuthFailed,
         "incoming.password"},
        {"AOL SMTP: #AUTH005", Proto::Smtp, "220 smtp.aol.com ESMTP ready\r\n", "anna@aol.com",
         "535 5.7.0 (#AUTH005) Too many bad auth attempts.\r\n", Code::AuthAppPasswordRequired,
         "outgoing.password", "aol", QDate(), Code::AuthFailed, "outgoing.password"},
        {"GMX IMAP: refused while the webmail switch is off", Proto::Imap,
         "* OK imap.gmx.net IMAP server ready\r\n", "anna@gmx.de", "NO Authentication failed",
         Code::AuthDisabled, "incoming.user", "gmx", QDate(), Code::AuthFailed, "incoming.password"},
        {"WEB.DE SMTP: refused while the webmail switch is off", Proto::Smtp,
         "220 web.de (mrweb105) Nemesis ESMTP Service ready\r\n", "anna@web.de",
         "535 Authentication credentials invalid\r\n", Code::AuthDisabled, "outgoing.user", "webde", QDate(),
         Code::AuthFailed, "outgoing.password"},
        {"T-Online POP3: the separate mail password", Proto::Pop3,
         "+OK securepop.t-online.de POP3 server ready\r\n", "anna@t-online.de",
         "-ERR authentication failed\r\n", Code::AuthAppPasswordRequired, "incoming.password", "telekom",
         QDate(), Code::AuthFailed, "incoming.password"},
    };
    return list;
}

} // namespace

TEST_CASE("Providers: each provider's refusal gives its own finding on the right field",
          "[hostile][provider]")
{
    for (const Replay &r : replays()) {
        SECTION(r.name)
        {
            verify(scenarioOf(r, true));
        }
    }
}

TEST_CASE("Providers: the same refusals from an unknown server give the generic answer",
          "[hostile][provider]")
{
    for (const Replay &r : replays()) {
        SECTION(r.name)
        {
            verify(scenarioOf(r, false));
        }
    }
}

namespace {

Scenario iosScenario(const QByteArray &greeting, IosVersion ios, bool loginOk)
{
    Scenario s;
    s.id = QStringLiteral("iOS %1 with greeting %2")
               .arg(ios.toString(), QString::fromLatin1(greeting.trimmed()));
    s.proto = Proto::Smtp;
    s.port = 587;
    s.email = QStringLiteral("anna@outlook.com");
    s.ios = ios;
    SmtpScript sc;
    sc.greeting = greeting;
    if (!loginOk)
        sc.auth = "535 5.7.3 Authentication unsuccessful\r\n";
    // Logged in: the relay test's recipient is accepted, as a real submission server does.
    sc.rcpt = "250 2.1.5 Recipient OK\r\n";
    s.onConnect = greet(sc.greeting);
    s.onLine = smtpServer(sc);
    return s;
}

const QByteArray kMicrosoftGreeting =
    "220 BN9PR03CA0123.outlook.office365.com Microsoft ESMTP MAIL Service ready\r\n";

} // namespace

TEST_CASE("Providers: ios.known_bug for iOS 11.0 and Microsoft's servers, only when the live checks pass",
          "[hostile][provider]")
{
    SECTION("iOS 11.0, Microsoft, everything passes")
    {
        Scenario s = iosScenario(kMicrosoftGreeting, IosVersion{11, 0, 0}, true);
        s.code = Code::IosKnownBug;
        s.field = Field::IosVersion;
        s.extra = [](const CheckReport &report, HostileServer &) {
            for (const Finding &f : report.findings) {
                if (f.code == Code::IosKnownBug) {
                    CHECK(f.facts.provider == QStringLiteral("microsoft"));
                    CHECK(f.title.contains(QStringLiteral("11.0.1")));
                }
            }
            // The only error: the settings themselves are right.
            int errors = 0;
            for (const Finding &f : report.findings)
                errors += f.severity == Severity::Error ? 1 : 0;
            CHECK(errors == 1);
        };
        verify(s);
    }
    const auto without = [](Scenario s) {
        const Outcome out = run(s);
        INFO(describe(out.report));
        CHECK(std::none_of(out.report.findings.cbegin(), out.report.findings.cend(),
                           [](const Finding &f) { return f.code == Code::IosKnownBug; }));
        return out;
    };
    SECTION("iOS 11.0.1 has the fix")
    {
        without(iosScenario(kMicrosoftGreeting, IosVersion{11, 0, 1}, true));
    }
    SECTION("iOS 11.0 and a server that is not Microsoft's")
    {
        without(iosScenario(kNeutralSmtp, IosVersion{11, 0, 0}, true));
    }
    SECTION("iOS 11.0, Microsoft, but the login fails: that first")
    {
        const Outcome out = without(iosScenario(kMicrosoftGreeting, IosVersion{11, 0, 0}, false));
        CHECK(std::any_of(out.report.findings.cbegin(), out.report.findings.cend(),
                          [](const Finding &f) { return f.code == Code::AuthAppPasswordRequired; }));
    }
}
