// SPDX-License-Identifier: GPL-3.0-or-later
// Tier 1: ReplyClassifier against reply lines as real servers word them (Postfix,
// Exim/cPanel, Exchange / Microsoft 365 / Outlook.com, Gmail, Yahoo/AOL, iCloud,
// Fastmail, Zoho, GMX, Courier, Dovecot, Cyrus, Zimbra, qmail, Sendmail, OpenSMTPD,
// hMailServer, MDaemon, Kerio, Haraka). Each reply goes through the real parsers
// (SmtpReplyParser, ImapResponse, Pop3Reply) first, so multi-line replies and the
// enhanced-code rules (first line only, class must match) apply as on the wire.
#include "account/AccountSettings.h"
#include "diagnosis/ReplyClassifier.h"
#include "protocol/ImapResponse.h"
#include "protocol/Pop3Reply.h"
#include "protocol/SmtpObservation.h"
#include "protocol/SmtpReply.h"

#include <catch2/catch.hpp>

#include <optional>
#include <string>

using namespace mailfix;

namespace {

/// One SMTP reply from its wire lines ("\n" between lines, "NNN-" continuation).
SmtpReply smtpReply(const char *wire)
{
    SmtpReplyParser parser;
    SmtpReply out;
    QString error;
    const QList<QByteArray> lines = QByteArray(wire).split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const auto res = parser.feedLine(lines.at(i), &out, &error);
        if (res == SmtpReplyParser::Result::Error)
            FAIL("unparsable reply line: " << lines.at(i).toStdString() << " (" << error.toStdString() << ")");
        if (res == SmtpReplyParser::Result::Reply) {
            REQUIRE(i == lines.size() - 1);
            return out;
        }
    }
    FAIL("incomplete reply: " << wire);
    return out;
}

std::optional<SmtpReply> opt(const char *wire)
{
    if (!wire)
        return std::nullopt;
    return smtpReply(wire);
}

const char *const kGeneric = "mail.example.net";

struct AuthCase
{
    const char *server; // who says it (for the failure message)
    const char *host;
    const char *reply;  // SMTP wire lines / IMAP tagged line / POP3 -ERR line
    const char *code;
    const char *field;
};

std::string show(const ReplyClassifier::AuthVerdict &v)
{
    return QString(v.code + QLatin1Char('/') + v.field).toStdString();
}

} // namespace

// --------------------------------------------------------------------------------------
// SMTP AUTH
// --------------------------------------------------------------------------------------

TEST_CASE("ReplyClassifier: SMTP AUTH refusals from many servers", "[classifier][smtp][auth]")
{
    static const AuthCase cases[] = {
        // Wrong password, in everyone's words.
        {"Postfix+Dovecot SASL", kGeneric, "535 5.7.8 Error: authentication failed: authentication failure", "auth.failed", "password"},
        {"Postfix+Cyrus SASL", kGeneric, "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", "auth.failed", "password"},
        {"Postfix, generic", kGeneric, "535 5.7.8 Error: authentication failed: Invalid authentication mechanism", "auth.failed", "password"},
        {"Exim/cPanel", "mail.shared-host.example", "535 Incorrect authentication data", "auth.failed", "password"},
        {"Exchange on-prem", "mail.contoso.example", "535 5.7.3 Authentication unsuccessful", "auth.failed", "password"},
        {"Sendmail", kGeneric, "535 5.7.0 authentication failed", "auth.failed", "password"},
        {"qmail smtp-auth", kGeneric, "535 authorization failed (#5.7.0)", "auth.failed", "password"},
        {"OpenSMTPD", kGeneric, "535 Authentication failed", "auth.failed", "password"},
        {"Courier", kGeneric, "535 Authentication failed.", "auth.failed", "password"},
        {"hMailServer", kGeneric, "535 Authentication failed. Restarting authentication process.", "auth.failed", "password"},
        {"Kerio", kGeneric, "535 5.7.8 Authentication failed", "auth.failed", "password"},
        {"MDaemon", kGeneric, "535 5.7.8 Authentication failed - invalid credentials", "auth.failed", "password"},
        {"Haraka", kGeneric, "535 5.7.8 Authentication failed", "auth.failed", "password"},
        {"Zimbra", kGeneric, "535 5.7.8 Error: authentication failed: authentication failure", "auth.failed", "password"},
        {"GMX", "mail.gmx.net", "535 Authentication credentials invalid", "auth.failed", "password"},
        {"Zoho", "smtp.zoho.com", "535 Authentication Failed", "auth.failed", "password"},
        {"lower case, no enhanced code", kGeneric, "535 authentication credentials invalid", "auth.failed", "password"},
        {"multi-line, generic", kGeneric, "535-5.7.8 Authentication credentials invalid.\n535 5.7.8 Check user name and password.", "auth.failed", "password"},
        // Providers whose plain password no longer works: the same refusal means an app
        // password or the provider's sign-in.
        {"Gmail", "smtp.gmail.com",
         "535-5.7.8 Username and Password not accepted. For more information, go to\n"
         "535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1sm123456wrb.1 - gsmtp",
         "auth.app_password_required", "password"},
        {"Microsoft 365", "smtp.office365.com", "535 5.7.3 Authentication unsuccessful [BN9PR03CA0123.namprd03.prod.outlook.com 2024-01-01T00:00:00.000Z 08DC0000]",
         "auth.app_password_required", "password"},
        {"Yahoo", "smtp.mail.yahoo.com", "535 5.7.0 (#AUTH005) Too many bad auth attempts.", "auth.app_password_required", "password"},
        {"AOL", "smtp.aol.com", "535 5.7.0 (#AUTH005) Too many bad auth attempts.", "auth.app_password_required", "password"},
        {"iCloud", "smtp.mail.me.com", "535 5.7.8 Authentication credentials invalid", "auth.app_password_required", "password"},
        {"Fastmail", "smtp.fastmail.com", "535 5.7.0 Incorrect username or password.", "auth.app_password_required", "password"},
        // App password / provider sign-in named by code or text.
        {"Gmail 2-step", "smtp.gmail.com",
         "534-5.7.9 Application-specific password required. Learn more at\n"
         "534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a1sm123456wrb.1 - gsmtp",
         "auth.app_password_required", "password"},
        {"Gmail-like 2-step, other host", kGeneric, "534 5.7.9 Application-specific password required", "auth.app_password_required", "password"},
        {"Gmail web login", "smtp.gmail.com",
         "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbt> Please log in via your web browser and\n"
         "534-5.7.14 then try again.\n"
         "534-5.7.14  Learn more at\n"
         "534 5.7.14  https://support.google.com/mail/answer/78754 a1sm123456wrb.1 - gsmtp",
         "auth.app_password_required", "password"},
        {"Gmail web login, Workspace relay host", kGeneric,
         "534-5.7.14 Please log in via your web browser and\n534 5.7.14 then try again.", "auth.app_password_required", "password"},
        {"Microsoft basic auth off", "smtp-mail.outlook.com",
         "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [MW4PR03CA0123.namprd03.prod.outlook.com 2024-01-01T00:00:00.000Z 08DC0000]",
         "auth.app_password_required", "password"},
        {"Microsoft security defaults", "smtp.office365.com",
         "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
         "auth.app_password_required", "password"},
        {"Microsoft conditional access", "smtp.office365.com",
         "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
         "auth.app_password_required", "password"},
        // SMTP AUTH switched off for the account or tenant.
        {"Microsoft SMTP AUTH off (tenant)", "smtp.office365.com",
         "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [SN4PR0501CA0123.namprd05.prod.outlook.com]",
         "auth.disabled", "user"},
        {"Microsoft SMTP AUTH off (mailbox)", "smtp.office365.com",
         "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
         "auth.disabled", "user"},
        {"Microsoft account locked", "smtp.office365.com", "535 5.7.139 Authentication unsuccessful, account locked.", "auth.disabled", "user"},
        {"Microsoft wrong credentials (5.7.139, other host)", "mail.contoso.example",
         "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.", "auth.failed", "password"},
        {"Postfix/Dovecot account disabled", kGeneric, "535 5.7.0 Error: authentication failed: account disabled", "auth.disabled", "user"},
        {"suspended account", kGeneric, "535 5.7.1 Authentication failed: your account has been suspended", "auth.disabled", "user"},
        {"RFC 5248 user account disabled", kGeneric, "535 5.7.13 User account disabled", "auth.disabled", "user"},
        {"RFC 5248 X.7.13, other wording", kGeneric, "525 5.7.13 Sorry, no can do", "auth.disabled", "user"},
        // Temporary.
        {"RFC 4954 temporary", kGeneric, "454 4.7.0 Temporary authentication failure", "auth.temporary", ""},
        {"Gmail rate limit", "smtp.gmail.com",
         "454-4.7.0 Too many login attempts, please try again later. For more information, go to\n"
         "454 4.7.0  https://support.google.com/mail/answer/7126229 a1sm123456wrb.1 - gsmtp",
         "auth.temporary", ""},
        {"Exchange busy", "mail.contoso.example", "454 4.7.0 Temporary authentication failure [Hostname=EX01]", "auth.temporary", ""},
        {"closing", kGeneric, "421 4.7.0 Try again later, closing connection. (AUTH)", "auth.temporary", ""},
        {"no enhanced code, lower case", kGeneric, "454 temporary authentication failure, try again later", "auth.temporary", ""},
        {"password transition (RFC 4954)", kGeneric, "432 4.7.12 A password transition is needed", "auth.temporary", ""},
        {"too many failed logins, 554", kGeneric, "554 5.7.0 Too many failed logins", "auth.temporary", ""},
        {"rate limited, 550 no enhanced code", kGeneric, "550 Too many authentication failures, try again later", "auth.temporary", ""},
        // TLS first.
        {"RFC 4954 encryption required", kGeneric, "538 5.7.11 Encryption required for requested authentication mechanism", "tls.required", "ssl"},
        {"Postfix/Gmail STARTTLS first", kGeneric, "530 5.7.0 Must issue a STARTTLS command first", "tls.required", "ssl"},
        {"Gmail STARTTLS first", "smtp.gmail.com", "530 5.7.0 Must issue a STARTTLS command first. a1sm123456wrb.1 - gsmtp", "tls.required", "ssl"},
        {"no enhanced code", kGeneric, "530 Must issue a STARTTLS command first", "tls.required", "ssl"},
        {"OpenSMTPD-ish", kGeneric, "530 5.5.1 Invalid command: Must issue a STARTTLS command first", "tls.required", "ssl"},
        {"RFC 5248 encryption needed", kGeneric, "523 5.7.10 Encryption Needed", "tls.required", "ssl"},
        // Mechanism.
        {"Postfix/Exim", kGeneric, "504 5.5.4 Unrecognized authentication type", "auth.mechanism_unsupported", "auth"},
        {"Exchange", "mail.contoso.example", "504 5.7.4 Unrecognized authentication type [AM0PR01CA0123.eurprd01.prod.exchangelabs.com]", "auth.mechanism_unsupported", "auth"},
        {"Exim, no enhanced code", kGeneric, "504 Unsupported authentication mechanism", "auth.mechanism_unsupported", "auth"},
        {"qmail", kGeneric, "504 auth type unimplemented (#5.5.1)", "auth.mechanism_unsupported", "auth"},
        {"Sendmail", kGeneric, "504 5.3.3 AUTH mechanism CRAM-MD5 not available", "auth.mechanism_unsupported", "auth"},
        {"command not implemented", kGeneric, "502 5.5.1 Unrecognized command.", "auth.mechanism_unsupported", "auth"},
        {"RFC 4954 mechanism too weak", kGeneric, "534 5.7.9 Authentication mechanism is too weak", "auth.mechanism_unsupported", "auth"},
    };
    for (const AuthCase &c : cases) {
        INFO(c.server << " @ " << c.host << ": " << c.reply);
        const auto v = ReplyClassifier::smtpAuthFailure(smtpReply(c.reply), QString::fromLatin1(c.host));
        CHECK(show(v) == std::string(c.code) + "/" + c.field);
    }
}

// --------------------------------------------------------------------------------------
// IMAP LOGIN / AUTHENTICATE
// --------------------------------------------------------------------------------------

TEST_CASE("ReplyClassifier: IMAP login refusals from many servers", "[classifier][imap][auth]")
{
    static const AuthCase cases[] = {
        {"Dovecot", kGeneric, "a1 NO [AUTHENTICATIONFAILED] Authentication failed.", "auth.failed", "password"},
        {"Cyrus", kGeneric, "a1 NO Login failed: authentication failure", "auth.failed", "password"},
        {"Courier", kGeneric, "a1 NO Login failed.", "auth.failed", "password"},
        {"Exchange on-prem", "mail.contoso.example", "a1 NO LOGIN failed.", "auth.failed", "password"},
        {"Exchange on-prem AUTHENTICATE", "mail.contoso.example", "a1 NO AUTHENTICATE failed.", "auth.failed", "password"},
        {"Zimbra", kGeneric, "a1 NO LOGIN failed", "auth.failed", "password"},
        {"GMX", "imap.gmx.net", "a1 NO Authentication failed", "auth.failed", "password"},
        {"hMailServer", kGeneric, "a1 NO Invalid user name or password.", "auth.failed", "password"},
        {"Kerio", kGeneric, "a1 NO Login failed: Invalid user name or password", "auth.failed", "password"},
        {"Zoho", "imap.zoho.com", "a1 NO [AUTHENTICATIONFAILED] Invalid credentials(Failure)", "auth.failed", "password"},
        {"lower-case tag and status", kGeneric, "x no [authenticationfailed] authentication failed", "auth.failed", "password"},
        {"RFC 5530 expired", kGeneric, "a1 NO [EXPIRED] That password is no longer valid", "auth.failed", "password"},
        // Providers requiring an app password or their own sign-in.
        {"Gmail", "imap.gmail.com", "a1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)", "auth.app_password_required", "password"},
        {"Gmail 2-step", "imap.gmail.com",
         "a1 NO [ALERT] Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure)",
         "auth.app_password_required", "password"},
        {"Gmail web login", "imap.gmail.com", "a1 NO [ALERT] Please log in via your web browser: https://support.google.com/mail/accounts/answer/78754 (Failure)",
         "auth.app_password_required", "password"},
        {"Gmail WEBALERT", "imap.gmail.com", "a1 NO [WEBALERT https://accounts.google.com/ContinueSignIn?sarp=1] Web login required.",
         "auth.app_password_required", "password"},
        {"Yahoo", "imap.mail.yahoo.com", "a1 NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials", "auth.app_password_required", "password"},
        {"AOL", "imap.aol.com", "a1 NO [AUTHENTICATIONFAILED] LOGIN Invalid credentials", "auth.app_password_required", "password"},
        {"iCloud", "imap.mail.me.com", "a1 NO [AUTHENTICATIONFAILED] Authentication failed.", "auth.app_password_required", "password"},
        {"Fastmail", "imap.fastmail.com", "a1 NO [AUTHENTICATIONFAILED] Authentication failed", "auth.app_password_required", "password"},
        {"Microsoft 365", "outlook.office365.com", "a1 NO AUTHENTICATE failed.", "auth.app_password_required", "password"},
        {"Microsoft 365 basic auth blocked", "outlook.office365.com", "a1 BAD User is authenticated but not connected.", "auth.app_password_required", "password"},
        // Disabled.
        {"RFC 5530 authorization failed", kGeneric, "a1 NO [AUTHORIZATIONFAILED] Authorization failed", "auth.disabled", "user"},
        {"RFC 5530 contact admin", kGeneric, "a1 NO [CONTACTADMIN] Your account has been suspended", "auth.disabled", "user"},
        {"Gmail IMAP off", "imap.gmail.com",
         "a1 NO [ALERT] Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your account for IMAP access. (Failure)",
         "auth.disabled", "user"},
        {"Zoho IMAP off", "imap.zoho.com", "a1 NO [ALERT] You are yet to enable IMAP for your account. Please contact your administrator (Failure)",
         "auth.disabled", "user"},
        {"generic IMAP off", kGeneric, "a1 NO IMAP access is disabled for this account", "auth.disabled", "user"},
        // Temporary.
        {"RFC 5530 unavailable", kGeneric, "a1 NO [UNAVAILABLE] Temporary authentication failure", "auth.temporary", ""},
        {"Yahoo unavailable", "imap.mail.yahoo.com", "a1 NO [UNAVAILABLE] Server error - Please try again later", "auth.temporary", ""},
        {"RFC 5530 in use", kGeneric, "a1 NO [INUSE] Mailbox in use by another session", "auth.temporary", ""},
        {"RFC 5530 limit", kGeneric, "a1 NO [LIMIT] Too many connections from your IP", "auth.temporary", ""},
        {"RFC 5530 server bug", kGeneric, "a1 NO [SERVERBUG] Internal error occurred. Refer to server log for more information.", "auth.temporary", ""},
        {"Gmail too many connections", "imap.gmail.com", "a1 NO [ALERT] Too many simultaneous connections. (Failure)", "auth.temporary", ""},
        {"no code, temporary", kGeneric, "a1 NO Temporary authentication failure, try again later", "auth.temporary", ""},
        // TLS first.
        {"Dovecot", kGeneric, "a1 NO [PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", "tls.required", "ssl"},
        {"Dovecot, no code", kGeneric, "a1 NO Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", "tls.required", "ssl"},
        {"Dovecot BAD", kGeneric, "a1 BAD [ALERT] Plaintext authentication not allowed without SSL/TLS, but your client did it anyway.", "tls.required", "ssl"},
        {"Zimbra cleartext", kGeneric, "a1 NO cleartext logins disabled", "tls.required", "ssl"},
        {"Cyrus LOGINDISABLED", kGeneric, "a1 NO Login only available under a layer", "tls.required", "ssl"},
        {"RFC 5530 CANNOT", kGeneric, "a1 NO [CANNOT] LOGIN is disabled, use STARTTLS first", "tls.required", "ssl"},
    };
    for (const AuthCase &c : cases) {
        INFO(c.server << " @ " << c.host << ": " << c.reply);
        const auto r = ImapResponse::parse(QByteArray(c.reply));
        REQUIRE(r);
        const auto v = ReplyClassifier::imapAuthFailure(r->code, r->text, QString::fromLatin1(c.host));
        CHECK(show(v) == std::string(c.code) + "/" + c.field);
    }
}

// --------------------------------------------------------------------------------------
// POP3 USER/PASS, AUTH
// --------------------------------------------------------------------------------------

TEST_CASE("ReplyClassifier: POP3 login refusals from many servers", "[classifier][pop3][auth]")
{
    static const AuthCase cases[] = {
        {"Dovecot", kGeneric, "-ERR [AUTH] Authentication failed.", "auth.failed", "password"},
        {"generic", kGeneric, "-ERR Authentication failed.", "auth.failed", "password"},
        {"Exchange", "mail.contoso.example", "-ERR Logon failure: unknown user name or bad password.", "auth.failed", "password"},
        {"Courier", kGeneric, "-ERR Login failed.", "auth.failed", "password"},
        {"qmail checkpassword", kGeneric, "-ERR authorization failed", "auth.failed", "password"},
        {"Cyrus", kGeneric, "-ERR [AUTH] Invalid login", "auth.failed", "password"},
        {"qpopper", kGeneric, "-ERR [AUTH] Password supplied for \"alice\" is incorrect.", "auth.failed", "password"},
        {"hMailServer", kGeneric, "-ERR Invalid user name or password.", "auth.failed", "password"},
        {"MDaemon", kGeneric, "-ERR Unknown user or incorrect password", "auth.failed", "password"},
        {"GMX", "pop.gmx.net", "-ERR authentication failed", "auth.failed", "password"},
        // Providers.
        {"Gmail", "pop.gmail.com", "-ERR [AUTH] Username and password not accepted.", "auth.app_password_required", "password"},
        {"Gmail 2-step", "pop.gmail.com", "-ERR [AUTH] Application-specific password required: https://support.google.com/accounts/answer/185833",
         "auth.app_password_required", "password"},
        {"Gmail web login", "pop.gmail.com", "-ERR [AUTH] Web login required: https://support.google.com/mail/answer/78754", "auth.app_password_required", "password"},
        {"Yahoo", "pop.mail.yahoo.com", "-ERR [AUTH] Invalid credentials", "auth.app_password_required", "password"},
        {"Microsoft 365", "outlook.office365.com", "-ERR Logon failure: unknown user name or bad password.", "auth.app_password_required", "password"},
        // Disabled.
        {"Gmail POP off", "pop.gmail.com",
         "-ERR [SYS/PERM] Your account is not enabled for POP access. Please visit your Gmail settings page and enable your account for POP access.",
         "auth.disabled", "user"},
        {"SYS/PERM disabled", kGeneric, "-ERR [SYS/PERM] account disabled", "auth.disabled", "user"},
        {"no code, disabled", kGeneric, "-ERR POP3 access is disabled for this account", "auth.disabled", "user"},
        // Temporary.
        {"RFC 3206 SYS/TEMP", kGeneric, "-ERR [SYS/TEMP] Temporary authentication failure", "auth.temporary", ""},
        {"RFC 2449 IN-USE", kGeneric, "-ERR [IN-USE] Unable to lock maildrop: Mailbox is locked by POP server", "auth.temporary", ""},
        {"RFC 2449 LOGIN-DELAY", kGeneric, "-ERR [LOGIN-DELAY] Minimum time between mail checks violation", "auth.temporary", ""},
        {"no code, busy", kGeneric, "-ERR Server busy, try again later", "auth.temporary", ""},
        // TLS first.
        {"Dovecot", kGeneric, "-ERR Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", "tls.required", "ssl"},
        {"Dovecot [AUTH]", kGeneric, "-ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", "tls.required", "ssl"},
        {"Zimbra", kGeneric, "-ERR cleartext logins disabled", "tls.required", "ssl"},
        {"generic", kGeneric, "-ERR SSL/TLS required for login", "tls.required", "ssl"},
    };
    for (const AuthCase &c : cases) {
        INFO(c.server << " @ " << c.host << ": " << c.reply);
        const auto r = Pop3Reply::parse(QByteArray(c.reply));
        REQUIRE(r);
        REQUIRE_FALSE(r->ok);
        const auto v = ReplyClassifier::pop3AuthFailure(r->code, r->text, QString::fromLatin1(c.host));
        CHECK(show(v) == std::string(c.code) + "/" + c.field);
    }
}

// --------------------------------------------------------------------------------------
// SMTP MAIL FROM / RCPT TO
// --------------------------------------------------------------------------------------

namespace {

enum class Login { None, UserNoAuth, LoggedIn, Refused };

struct TxCase
{
    const char *what;
    Login login;
    const char *mail;    // reply to MAIL FROM
    const char *rcpt;    // reply to RCPT TO (nullptr: not sent)
    const char *altMail; // second transaction while logged in (nullptr: not tried)
    const char *altRcpt;
    const char *code;    // nullptr: no finding
    const char *field;
    Severity severity;
};

SmtpObservation observation(const TxCase &c)
{
    SmtpObservation o;
    o.mailFrom = QStringLiteral("alice@example.org");
    o.recipient = QStringLiteral("mailfix-relay-test@example.com");
    switch (c.login) {
    case Login::None: // phone's User Name and Password left empty
        o.userGiven = false;
        break;
    case Login::UserNoAuth: // User Name set, Authentication = None
        o.userGiven = true;
        o.auth = AuthMethod::None;
        break;
    case Login::LoggedIn:
        o.userGiven = true;
        o.loginAttempted = true;
        o.authReply = smtpReply("235 2.7.0 Authentication successful");
        o.altSender = QStringLiteral("alice.login@example.org");
        break;
    case Login::Refused: // the login was tried and refused: not logged in
        o.userGiven = true;
        o.loginAttempted = true;
        o.authReply = smtpReply("535 5.7.8 Error: authentication failed");
        break;
    }
    o.mailReply = opt(c.mail);
    o.rcptReply = opt(c.rcpt);
    o.altMailReply = opt(c.altMail);
    o.altRcptReply = opt(c.altRcpt);
    return o;
}

const char *const kOk = "250 2.1.0 Ok";
const char *const kRcptOk = "250 2.1.5 Ok";
const char *const kRefused = "554 5.7.1 <mailfix-relay-test@example.com>: Relay access denied";

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

} // namespace

TEST_CASE("ReplyClassifier: SMTP transaction outcomes from many servers", "[classifier][smtp][relay]")
{
    using L = Login;
    static const TxCase cases[] = {
        // ---- Not logged in, relay refused at RCPT: log in.
        {"Postfix", L::None, kOk, "554 5.7.1 <mailfix-relay-test@example.com>: Relay access denied", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Postfix permit_sasl_authenticated,reject", L::None, kOk, "554 5.7.1 <mailfix-relay-test@example.com>: Recipient address rejected: Access denied", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Exchange", L::None, "250 2.1.0 Sender OK", "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Exchange Online", L::None, kOk, "550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT0123.eop-nam02.prod.protection.outlook.com]", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Exim", L::None, "250 OK", "550 relay not permitted", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Sendmail", L::None, "250 2.1.0 <alice@example.org>... Sender ok", "550 5.7.1 <mailfix-relay-test@example.com>... Relaying denied", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Sendmail, lookup failed", L::None, "250 2.1.0 <alice@example.org>... Sender ok", "550 5.7.1 <mailfix-relay-test@example.com>... Relaying denied. IP name lookup failed [192.0.2.7]", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"qmail", L::None, "250 ok", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Courier", L::None, "250 Ok.", "513 Relaying denied.", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"OpenSMTPD", L::None, "250 2.0.0 Ok", "550 Invalid recipient: <mailfix-relay-test@example.com>", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Domino-ish", L::None, kOk, "554 Relay rejected for policy reasons.", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"hMailServer", L::None, "250 OK", "550 Delivery is not allowed to this address.", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Kerio", L::None, kOk, "550 5.7.1 Relaying to <mailfix-relay-test@example.com> denied", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Haraka", L::None, "250 sender <alice@example.org> OK", "550 5.7.1 I cannot deliver mail for <mailfix-relay-test@example.com>", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"lower case", L::None, kOk, "550 5.7.1 relaying denied", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"User Name set, Authentication None", L::UserNoAuth, kOk, kRefused, nullptr, nullptr, "smtp.relay_denied", "outgoing.auth", E},
        {"login tried and refused", L::Refused, kOk, kRefused, nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        // ---- Not logged in, the server says a login is needed.
        {"Exim/cPanel", L::None, "250 OK",
         "550-Please turn on SMTP Authentication in your mail client, or login to the\n"
         "550-IMAP/POP3 server before sending your message.  dhcp-192-0-2-7.example.net\n"
         "550-[192.0.2.7]:51234 is not permitted to relay through this server without\n"
         "550 authentication.",
         nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"Exim/cPanel, Authentication None", L::UserNoAuth, "250 OK",
         "550-Please turn on SMTP Authentication in your mail client, or login to the\n"
         "550 IMAP/POP3 server before sending your message.",
         nullptr, nullptr, "auth.credentials_missing", "outgoing.auth", E},
        {"MDaemon", L::None, kOk, "550 5.7.1 authentication required for relay", nullptr, nullptr, "smtp.relay_denied", "outgoing.user", E},
        {"hMailServer", L::None, "250 OK", "530 SMTP authentication is required.", nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"Microsoft 365 at RCPT", L::None, kOk, "530 5.7.57 Client not authenticated to send mail. [MN2PR01CA0123.prod.exchangelabs.com]", nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"Postfix sender login maps at RCPT", L::None, kOk, "553 5.7.1 <alice@example.org>: Sender address rejected: not logged in", nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"Microsoft 365 at MAIL", L::None, "530 5.7.57 Client not authenticated to send mail. [MN2PR01CA0123.prod.exchangelabs.com 2024-01-01T00:00:00.000Z 08DC0000]", nullptr, nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"Exchange on-prem at MAIL", L::None, "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM", nullptr, nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"Exchange on-prem, Authentication None", L::UserNoAuth, "530 5.7.1 Client was not authenticated", nullptr, nullptr, nullptr, "auth.credentials_missing", "outgoing.auth", E},
        {"Gmail at MAIL", L::None,
         "530-5.7.0 Authentication Required. Learn more at\n"
         "530 5.7.0  https://support.google.com/mail/?p=WantAuthError a1sm123456wrb.1 - gsmtp",
         nullptr, nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"Yahoo at MAIL", L::None, "530 5.7.1 Authentication required", nullptr, nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"Postfix sender login maps at MAIL", L::None, "553 5.7.1 <alice@example.org>: Sender address rejected: not logged in", nullptr, nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"Exim at MAIL, no enhanced code", L::None, "550 authentication required", nullptr, nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        {"client blocked at MAIL (not about the sender)", L::None,
         "550 5.7.1 Service unavailable, Client host [192.0.2.7] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.7 AS(1410)",
         nullptr, nullptr, nullptr, "auth.credentials_missing", "outgoing.user", E},
        // ---- TLS first.
        {"Postfix/Gmail at MAIL", L::None, "530 5.7.0 Must issue a STARTTLS command first", nullptr, nullptr, nullptr, "tls.required", "outgoing.ssl", E},
        {"at RCPT", L::None, kOk, "530 5.7.0 Must issue a STARTTLS command first", nullptr, nullptr, "tls.required", "outgoing.ssl", E},
        {"no enhanced code", L::None, "530 Must issue a STARTTLS command first", nullptr, nullptr, nullptr, "tls.required", "outgoing.ssl", E},
        {"X.7.11", L::None, "554 5.7.11 Encryption required", nullptr, nullptr, nullptr, "tls.required", "outgoing.ssl", E},
        // ---- Temporary.
        {"Postfix greylisting", L::None, kOk, "450 4.2.0 <mailfix-relay-test@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", nullptr, nullptr, "smtp.temporary", "", W},
        {"greylisting, logged in", L::LoggedIn, kOk, "451 4.7.1 Please try again later", nullptr, nullptr, "smtp.temporary", "", W},
        {"Exim greylisting", L::None, "250 OK", "451 Temporary local problem - please try later", nullptr, nullptr, "smtp.temporary", "", W},
        {"Gmail closing", L::LoggedIn, "421-4.7.0 Temporary System Problem.  Try again later (10). For more information, go to\n421 4.7.0  https://support.google.com/mail/?p=ReceivingRate a1sm - gsmtp", nullptr, nullptr, nullptr, "smtp.temporary", "", W},
        {"lookup failure at MAIL", L::None, "451 4.3.0 <alice@example.org>: Temporary lookup failure", nullptr, nullptr, nullptr, "smtp.temporary", "", W},
        {"recipient domain temp", L::None, kOk, "450 4.1.2 <mailfix-relay-test@example.com>: Recipient address rejected: Domain not found", nullptr, nullptr, "smtp.temporary", "", W},
        // ---- The test recipient itself: the answer says nothing about relaying.
        {"Sendmail host unknown", L::None, kOk, "550 5.1.2 <mailfix-relay-test@example.com>... Host unknown (Name server: example.com: host not found)", nullptr, nullptr, "smtp.relay_inconclusive", "", I},
        {"Postfix nullMX", L::None, kOk, "556 5.1.10 <mailfix-relay-test@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)", nullptr, nullptr, "smtp.relay_inconclusive", "", I},
        {"Postfix nullMX, logged in", L::LoggedIn, kOk, "556 5.1.10 <mailfix-relay-test@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)", nullptr, nullptr, "smtp.relay_inconclusive", "", I},
        {"Postfix nullMX, logged in, alt refused too", L::LoggedIn, kOk, "556 5.1.10 <mailfix-relay-test@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)", kOk, "556 5.1.10 <mailfix-relay-test@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)", "smtp.relay_inconclusive", "", I},
        {"Exchange recipient not found", L::None, kOk, "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mailfix-relay-test@example.com not found by SMTP address lookup", nullptr, nullptr, "smtp.relay_inconclusive", "", I},
        {"Postfix unknown user", L::LoggedIn, kOk, "550 5.1.1 <mailfix-relay-test@example.com>: Recipient address rejected: User unknown in virtual mailbox table", nullptr, nullptr, "smtp.relay_inconclusive", "", I},
        // ---- Open relay.
        {"Postfix open relay", L::None, kOk, kRcptOk, nullptr, nullptr, "smtp.open_relay", "", W},
        {"Exim open relay, no enhanced code", L::None, "250 OK", "250 Accepted", nullptr, nullptr, "smtp.open_relay", "", W},
        {"Authentication None, open relay", L::UserNoAuth, kOk, kRcptOk, nullptr, nullptr, "smtp.open_relay", "", W},
        // ---- Logged in, accepted: nothing to say.
        {"logged in, all well", L::LoggedIn, kOk, kRcptOk, nullptr, nullptr, nullptr, "", E},
        {"logged in, all well, alt tried", L::LoggedIn, kOk, kRcptOk, kOk, kRcptOk, nullptr, "", E},
        // ---- Logged in, the sender refused.
        {"Postfix not owned at MAIL", L::LoggedIn, "553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user alice", nullptr, nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"Postfix not owned at RCPT, alt accepted", L::LoggedIn, kOk, "553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user alice", kOk, kRcptOk, "smtp.sender_rejected", "account.email", E},
        {"Postfix not owned at RCPT, no alt", L::LoggedIn, kOk, "553 5.7.1 <alice@example.org>: Sender address rejected: not owned by user alice", nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"Exchange send-as at MAIL", L::LoggedIn, "550 5.7.60 SMTP; Client does not have permissions to send as this sender", nullptr, nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"Exchange send-as at RCPT", L::LoggedIn, kOk, "550 5.7.60 SMTP; Client does not have permissions to send as this sender", nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"Gmail-like not authorized", L::LoggedIn, kOk, "550 5.7.1 User alice.login@example.org is not authorized to send mail as alice@example.org", nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"not authorized to send, lower case", L::LoggedIn, kOk, "550 5.7.1 you are not authorized to send", nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"Exim sender mismatch", L::LoggedIn, "250 OK", "550 From address does not match authenticated user", nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"Zoho relay for other sender", L::LoggedIn, kOk, "553 Relaying disallowed as alice@example.org", kOk, kRcptOk, "smtp.sender_rejected", "account.email", E},
        {"relay refused, alt sender accepted", L::LoggedIn, kOk, kRefused, kOk, kRcptOk, "smtp.sender_rejected", "account.email", E},
        {"sender domain not found (X.1.8) at RCPT", L::LoggedIn, kOk, "553 5.1.8 <alice@example.org>: Sender address rejected: Domain not found", nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"sender domain not found (X.1.8), not logged in", L::None, kOk, "553 5.1.8 <alice@example.org>: Sender address rejected: Domain not found", nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"bad sender syntax (X.1.7) at MAIL", L::None, "501 5.1.7 Bad sender address syntax", nullptr, nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        {"sender domain at MAIL, not logged in", L::None, "550 5.1.8 <alice@example.org>: Sender address rejected: Domain not found", nullptr, nullptr, nullptr, "smtp.sender_rejected", "account.email", E},
        // ---- Logged in, relaying refused for every sender: the login may not relay here.
        {"Postfix, alt refused", L::LoggedIn, kOk, kRefused, kOk, kRefused, "smtp.relay_denied", "outgoing.host", E},
        {"Postfix, no alt", L::LoggedIn, kOk, kRefused, nullptr, nullptr, "smtp.relay_denied", "outgoing.host", E},
        {"Exchange, alt refused", L::LoggedIn, kOk, "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", kOk, "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "smtp.relay_denied", "outgoing.host", E},
        {"Sendmail, alt refused", L::LoggedIn, kOk, "550 5.7.1 <mailfix-relay-test@example.com>... Relaying denied", kOk, "550 5.7.1 <mailfix-relay-test@example.com>... Relaying denied", "smtp.relay_denied", "outgoing.host", E},
        {"qmail, no alt (553 is not about the sender)", L::LoggedIn, "250 ok", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", nullptr, nullptr, "smtp.relay_denied", "outgoing.host", E},
        {"qmail, alt refused", L::LoggedIn, "250 ok", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "250 ok", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "smtp.relay_denied", "outgoing.host", E},
        {"Exim, no alt", L::LoggedIn, "250 OK", "550 relay not permitted", nullptr, nullptr, "smtp.relay_denied", "outgoing.host", E},
        {"sender-ish text but alt refused too", L::LoggedIn, kOk, "554 5.7.1 <alice@example.org>: Sender address rejected: Access denied", kOk, "554 5.7.1 <>: Sender address rejected: Access denied", "smtp.relay_denied", "outgoing.host", E},
        {"Courier, alt refused", L::LoggedIn, "250 Ok.", "513 Relaying denied.", "250 Ok.", "513 Relaying denied.", "smtp.relay_denied", "outgoing.host", E},
    };
    for (const TxCase &c : cases) {
        INFO(c.what << " | MAIL: " << c.mail << " | RCPT: " << (c.rcpt ? c.rcpt : "-") << " | alt: "
                    << (c.altMail ? c.altMail : "-") << " / " << (c.altRcpt ? c.altRcpt : "-"));
        const QList<Finding> fs = ReplyClassifier::smtpTransaction(observation(c));
        if (!c.code) {
            CHECK(fs.isEmpty());
            continue;
        }
        REQUIRE(fs.size() == 1);
        const Finding &f = fs.first();
        CHECK(f.code.toStdString() == c.code);
        CHECK(f.field.toStdString() == c.field);
        CHECK(f.severity == c.severity);
        CHECK_FALSE(f.evidence.isEmpty());
        if (f.field == QLatin1String("outgoing.user"))
            CHECK(f.alsoFields.contains(QStringLiteral("outgoing.password")));
        else
            CHECK_FALSE(f.alsoFields.contains(QStringLiteral("outgoing.password")));
    }
}
