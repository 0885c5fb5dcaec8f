// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyClassifier.h"
#include "account/ProviderDirectory.h"

namespace mailfix {
using Provider = ProviderDirectory::Provider;
}

#include <QRegularExpression>

namespace mailfix::ReplyClassifier {

namespace {
bool matches(const QString &text, const char *pattern)
{
    const QRegularExpression re(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

// Providers whose plain passwords stopped working: a rejected login there means an
// app password or the provider's own sign-in, not a typo.
QString providerVerdict(const QString &host)
{
    if (const Provider *p = ProviderDirectory::byHost(host)) {
        if (p->login == Provider::Login::AppPassword || p->login == Provider::Login::ProviderSignIn)
            return Code::AuthAppPasswordRequired;
    }
    return Code::AuthFailed;
}

bool providerWantsOwnLogin(const QString &host)
{
    return providerVerdict(host) == Code::AuthAppPasswordRequired;
}

// Stricter than hintsTlsRequired: the text demands encryption before a login (for the
// IMAP and POP3 refusals, where the text is all there is when no response code says so).
bool hintsTlsDemand(const QString &t)
{
    return matches(t, "starttls"
                      "|\\b(plain ?text|clear ?text|unencrypted|insecure|non-secure)\\b.*\\b(disallowed|not allowed|not permitted|disabled|prohibited|forbidden|refused)"
                      "|\\b(ssl|tls|encryption|secure connection) (is |are )?(required|needed|mandatory|only)"
                      "|\\b(requires?|must use|please use|use) (an? )?(ssl|tls|encrypt|secure connection)"
                      "|without (ssl|tls|encryption)|under a (security )?layer|privacy required");
}

// Rate limits and passing trouble, worded: used only where no code says otherwise.
bool hintsTemporary(const QString &t)
{
    return matches(t, "temporar|try (again )?later|too many|rate.?limit|busy|overloaded");
}

AuthVerdict verdict(const QString &code, const char *field)
{
    return {code, QLatin1String(field)};
}
} // namespace

bool hintsAppPassword(const QString &t)
{
    return matches(t, "application[- ]specific password|app[- ]password|apppassword|InvalidSecondFactor|web login required|WEBALERT");
}
bool hintsProviderSignIn(const QString &t)
{
    return matches(t, "basic auth\\w* (is )?(disabled|blocked|not supported)|modern auth|oauth"
                      "|(sign|log) ?in (via|with|using|through) (your |a )?web ?browser"
                      "|security defaults|conditional access|did not meet the criteria");
}
bool hintsDisabled(const QString &t)
{
    return matches(t, "disabled|not enabled|(yet|need) to enable|not allowed to use|access (is )?(blocked|denied)|suspended|locked"
                      "|deactivated");
}
bool hintsTlsRequired(const QString &t)
{
    return matches(t, "starttls|\\btls\\b|\\bssl\\b|encrypt|secure connection|plain ?text|clear ?text|privacy");
}
bool hintsRelay(const QString &t)
{
    return matches(t, "relay|rcpthosts|non-accepted domain|not permitted to send to");
}
bool hintsNotLoggedIn(const QString &t)
{
    return matches(t, "not logged in|authenticat(e|ion) (is )?required|not authenticated|must authenticate|auth(entication)? first|log ?in first|smtp auth");
}
bool hintsSender(const QString &t, const QString &sender)
{
    if (matches(t, "sender|send(ing)? (mail |e-?mail |messages? )?(as|on behalf)|from address|mail from"
                   "|not (authori[sz]ed|allowed|permitted) to send|not owned by"))
        return true;
    return !sender.isEmpty() && t.contains(QLatin1Char('<') + sender + QLatin1Char('>'), Qt::CaseInsensitive);
}

AuthVerdict smtpAuthFailure(const SmtpReply &r, const QString &host)
{
    const QString text = r.text();
    const int subj = r.enhancedSubject();
    const int det = r.enhancedDetail();
    const bool sec = subj == 7; // X.7.*: security or policy status (RFC 3463, 4954, 5248)
    // 4xx: RFC 4954 454 4.7.0, 432 4.7.12, 421 closing. Nothing the phone must change now.
    if (r.isTransient())
        return verdict(Code::AuthTemporary, "");
    // Encryption first: 538 / X.7.11 "Encryption required for requested authentication
    // mechanism" (RFC 4954), 523 / X.7.10 "Encryption needed" (RFC 5248), and the 530
    // "Must issue a STARTTLS command first" whatever its enhanced code.
    if (r.code == 538 || r.code == 523 || (sec && (det == 11 || det == 10)))
        return verdict(Code::TlsRequired, "ssl");
    if (r.code == 530 && r.enhanced != QLatin1String("5.7.57") && hintsTlsRequired(text))
        return verdict(Code::TlsRequired, "ssl");
    // X.7.13 "User account disabled" (RFC 5248).
    if (sec && det == 13)
        return verdict(Code::AuthDisabled, "user");
    if (r.code == 504 || r.code == 502 || (subj == 5 && (det == 4 || det == 1)))
        return verdict(Code::AuthMechanismUnsupported, "auth");
    if (sec && det == 139) { // Microsoft: SMTP AUTH off, basic auth off, or policy
        if (hintsProviderSignIn(text) || hintsAppPassword(text))
            return verdict(Code::AuthAppPasswordRequired, "password");
        if (hintsDisabled(text))
            return verdict(Code::AuthDisabled, "user");
        if (matches(text, "password|credential"))
            return {providerVerdict(host), QStringLiteral("password")};
        return verdict(Code::AuthAppPasswordRequired, "password");
    }
    if (hintsAppPassword(text) || hintsProviderSignIn(text))
        return verdict(Code::AuthAppPasswordRequired, "password");
    // 534 / X.7.9 is "Authentication mechanism is too weak" (RFC 4954); Gmail reuses it
    // (and X.7.14 "Trust relationship required") for its app password / web sign-in.
    if (sec && det == 14)
        return verdict(Code::AuthAppPasswordRequired, "password");
    if (r.code == 534 || (sec && det == 9)) {
        if (providerWantsOwnLogin(host))
            return verdict(Code::AuthAppPasswordRequired, "password");
        return verdict(Code::AuthMechanismUnsupported, "auth");
    }
    // 535 / X.7.8 say "credentials invalid" (RFC 4954) even when the text talks of too
    // many attempts (Yahoo's #AUTH005); other refusals that speak of a rate are one.
    const bool credentials = r.code == 535 || (sec && det == 8);
    if (!credentials && hintsTemporary(text))
        return verdict(Code::AuthTemporary, "");
    if (hintsDisabled(text) && !matches(text, "password|credential"))
        return verdict(Code::AuthDisabled, "user");
    return {providerVerdict(host), QStringLiteral("password")};
}

AuthVerdict imapAuthFailure(const QString &code, const QString &text, const QString &host)
{
    // RFC 5530 response codes first.
    if (code == QLatin1String("UNAVAILABLE") || code == QLatin1String("INUSE") || code == QLatin1String("LIMIT")
        || code == QLatin1String("SERVERBUG"))
        return verdict(Code::AuthTemporary, "");
    if (code == QLatin1String("PRIVACYREQUIRED"))
        return verdict(Code::TlsRequired, "ssl");
    if (code == QLatin1String("AUTHORIZATIONFAILED") || code == QLatin1String("CONTACTADMIN"))
        return verdict(Code::AuthDisabled, "user");
    // EXPIRED: "the client or user should get a new passphrase" - the password field.
    if (code == QLatin1String("EXPIRED"))
        return verdict(Code::AuthFailed, "password");
    const bool failedCode = code == QLatin1String("AUTHENTICATIONFAILED");
    if (!failedCode && hintsTlsDemand(text))
        return verdict(Code::TlsRequired, "ssl");
    if (hintsAppPassword(text) || hintsProviderSignIn(text))
        return verdict(Code::AuthAppPasswordRequired, "password");
    if (!failedCode && hintsDisabled(text) && !matches(text, "password|credential"))
        return verdict(Code::AuthDisabled, "user");
    if (!failedCode && hintsTemporary(text))
        return verdict(Code::AuthTemporary, "");
    return {providerVerdict(host), QStringLiteral("password")};
}

AuthVerdict pop3AuthFailure(const QString &code, const QString &text, const QString &host)
{
    // RFC 2449 / 3206 response codes first.
    if (code == QLatin1String("SYS/TEMP") || code == QLatin1String("IN-USE") || code == QLatin1String("LOGIN-DELAY"))
        return verdict(Code::AuthTemporary, "");
    if (code == QLatin1String("SYS/PERM"))
        return verdict(Code::AuthDisabled, "user");
    // Dovecot says "-ERR [AUTH] Plaintext authentication disallowed ...": the text is
    // more precise than [AUTH] here.
    if (hintsTlsDemand(text))
        return verdict(Code::TlsRequired, "ssl");
    if (hintsAppPassword(text) || hintsProviderSignIn(text))
        return verdict(Code::AuthAppPasswordRequired, "password");
    const bool authCode = code == QLatin1String("AUTH");
    if (!authCode && hintsDisabled(text) && !matches(text, "password|credential"))
        return verdict(Code::AuthDisabled, "user");
    if (!authCode && hintsTemporary(text))
        return verdict(Code::AuthTemporary, "");
    return {providerVerdict(host), QStringLiteral("password")};
}

namespace {
Finding make(const QString &code, const QString &field, const SmtpReply &r, Severity sev = Severity::Error)
{
    return Finding::make(code, field, r.evidence(), sev);
}

// A refusal of MAIL FROM or RCPT TO that is about TLS rather than the address.
bool isTlsDemand(const SmtpReply &r)
{
    return (r.code == 530 && hintsTlsRequired(r.text()) && !hintsNotLoggedIn(r.text())) || r.enhanced == QLatin1String("5.7.11");
}

// The enhanced codes that name the sender (RFC 3463 X.1.7, X.1.8; Microsoft 5.7.60).
bool codeNamesSender(const SmtpReply &r)
{
    return (r.enhancedSubject() == 1 && (r.enhancedDetail() == 7 || r.enhancedDetail() == 8))
        || r.enhanced == QLatin1String("5.7.60");
}

// The recipient's domain or address itself is bad (X.1.1-X.1.6, X.1.10): the relay test
// was answered about the test address, not about relaying.
bool codeNamesRecipient(const SmtpReply &r)
{
    return r.enhancedSubject() == 1 && r.enhancedDetail() != 7 && r.enhancedDetail() != 8;
}

QString notLoggedInField(const SmtpObservation &o)
{
    if (o.userGiven && o.auth == AuthMethod::None)
        return Field::OutgoingAuth;
    return Field::OutgoingUser;
}
} // namespace

QList<Finding> smtpTransaction(const SmtpObservation &o)
{
    QList<Finding> out;
    if (!o.mailReply)
        return out;
    const SmtpReply &mail = *o.mailReply;
    const bool in = o.loggedIn();
    auto withAlso = [&](Finding f) {
        if (f.field == Field::OutgoingUser)
            f.alsoFields = QStringList{Field::OutgoingPassword};
        out.append(f);
    };

    if (!mail.isPositive()) {
        if (mail.isTransient()) {
            out.append(make(Code::SmtpTemporary, QString(), mail, Severity::Warning));
        } else if (isTlsDemand(mail)) {
            out.append(make(Code::TlsRequired, Field::OutgoingSsl, mail));
        } else if (!in && (mail.code == 530 || mail.enhanced == QLatin1String("5.7.57") || hintsNotLoggedIn(mail.text()))) {
            withAlso(make(Code::AuthCredentialsMissing, notLoggedInField(o), mail));
        } else if (!in && !codeNamesSender(mail) && !hintsSender(mail.text(), o.mailFrom)) {
            // Refused before any recipient, not logged in, and not about the address
            // (a blocked client address, a policy): a login is what changes that.
            withAlso(make(Code::AuthCredentialsMissing, notLoggedInField(o), mail));
        } else {
            out.append(make(Code::SmtpSenderRejected, Field::Email, mail));
        }
        return out;
    }
    if (!o.rcptReply)
        return out;
    const SmtpReply &rcpt = *o.rcptReply;
    if (rcpt.isPositive()) {
        if (!in)
            out.append(Finding::make(Code::SmtpOpenRelay, QString(), rcpt.evidence(), Severity::Warning));
        return out;
    }
    if (rcpt.isTransient()) {
        out.append(make(Code::SmtpTemporary, QString(), rcpt, Severity::Warning));
        return out;
    }
    if (isTlsDemand(rcpt)) {
        out.append(make(Code::TlsRequired, Field::OutgoingSsl, rcpt));
        return out;
    }
    if (!in) {
        // Not logged in: a login would be the fix, whatever the server calls it.
        if (codeNamesSender(rcpt))
            out.append(make(Code::SmtpSenderRejected, Field::Email, rcpt));
        else if (codeNamesRecipient(rcpt) && !hintsNotLoggedIn(rcpt.text()))
            out.append(make(Code::SmtpRelayInconclusive, QString(), rcpt, Severity::Info));
        else if (!hintsRelay(rcpt.text())
                 && (hintsNotLoggedIn(rcpt.text()) || rcpt.code == 530 || rcpt.enhanced == QLatin1String("5.7.57")))
            // Only a demand for a login, at RCPT: the same fix, said as the server says it.
            withAlso(make(Code::AuthCredentialsMissing, notLoggedInField(o), rcpt));
        else
            withAlso(make(Code::SmtpRelayDenied, notLoggedInField(o), rcpt));
        return out;
    }
    // Logged in and still refused. The second transaction from another sender tells
    // whether the Email or the relaying is the problem.
    const bool altAccepted = o.altRcptReply && o.altRcptReply->isPositive() && o.altMailReply && o.altMailReply->isPositive();
    const bool altRefused = o.altRcptReply && !o.altRcptReply->isPositive();
    if (codeNamesSender(rcpt) || altAccepted || (!altRefused && hintsSender(rcpt.text(), o.mailFrom))) {
        out.append(make(Code::SmtpSenderRejected, Field::Email, rcpt));
    } else if (codeNamesRecipient(rcpt)) {
        out.append(make(Code::SmtpRelayInconclusive, QString(), rcpt, Severity::Info));
    } else {
        out.append(make(Code::SmtpRelayDenied, Field::OutgoingHost, rcpt));
    }
    return out;
}

} // namespace mailfix::ReplyClassifier
