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
            return QStringLiteral("auth.app_password_required");
    }
    return QStringLiteral("auth.failed");
}
} // namespace

bool hintsAppPassword(const QString &t)
{
    return matches(t, "application[- ]specific password|app[- ]password|apppassword|InvalidSecondFactor|web login required|WEBALERT");
}
bool hintsProviderSignIn(const QString &t)
{
    return matches(t, "basic auth\\w* (is )?(disabled|blocked|not supported)|modern auth|oauth|sign in via your web browser");
}
bool hintsDisabled(const QString &t)
{
    return matches(t, "disabled|not enabled|not allowed to use|access (is )?(blocked|denied)|suspended|locked");
}
bool hintsTlsRequired(const QString &t)
{
    return matches(t, "starttls|\\btls\\b|\\bssl\\b|encrypt|secure connection|plaintext|privacy");
}
bool hintsNotLoggedIn(const QString &t)
{
    return matches(t, "not logged in|authenticat(e|ion) (is )?required|not authenticated|must authenticate|auth(entication)? first|log ?in first|smtp auth");
}
bool hintsSender(const QString &t, const QString &sender)
{
    if (matches(t, "sender|send as|send on behalf|from address|mail from"))
        return true;
    return !sender.isEmpty() && t.contains(QLatin1Char('<') + sender + QLatin1Char('>'), Qt::CaseInsensitive);
}

AuthVerdict smtpAuthFailure(const SmtpReply &r, const QString &host)
{
    const QString text = r.text();
    const int subj = r.enhancedSubject();
    const int det = r.enhancedDetail();
    if (r.isTransient())
        return {QStringLiteral("auth.temporary"), QString()};
    if (r.code == 538 || (subj == 7 && det == 11))
        return {QStringLiteral("tls.required"), QStringLiteral("ssl")};
    if (r.code == 530 && (det == 0 || subj < 0) && hintsTlsRequired(text))
        return {QStringLiteral("tls.required"), QStringLiteral("ssl")};
    if (r.code == 504 || (subj == 5 && (det == 4 || det == 1)) || r.code == 502)
        return {QStringLiteral("auth.mechanism_unsupported"), QStringLiteral("auth")};
    if (r.code == 534 || (subj == 7 && det == 9))
        return {QStringLiteral("auth.app_password_required"), QStringLiteral("password")};
    if (subj == 7 && det == 139) // Microsoft: SMTP AUTH off, or basic auth off
        return hintsDisabled(text) && !hintsProviderSignIn(text)
                   ? AuthVerdict{QStringLiteral("auth.disabled"), QStringLiteral("user")}
                   : AuthVerdict{QStringLiteral("auth.app_password_required"), QStringLiteral("password")};
    if (hintsAppPassword(text) || hintsProviderSignIn(text))
        return {QStringLiteral("auth.app_password_required"), QStringLiteral("password")};
    if (hintsDisabled(text) && !matches(text, "password|credential"))
        return {QStringLiteral("auth.disabled"), QStringLiteral("user")};
    return {providerVerdict(host), QStringLiteral("password")};
}

AuthVerdict imapAuthFailure(const QString &code, const QString &text, const QString &host)
{
    if (code == QLatin1String("UNAVAILABLE") || code == QLatin1String("INUSE") || code == QLatin1String("LIMIT"))
        return {QStringLiteral("auth.temporary"), QString()};
    if (code == QLatin1String("PRIVACYREQUIRED"))
        return {QStringLiteral("tls.required"), QStringLiteral("ssl")};
    if (code == QLatin1String("AUTHORIZATIONFAILED") || code == QLatin1String("CONTACTADMIN")
        || code == QLatin1String("EXPIRED"))
        return {QStringLiteral("auth.disabled"), QStringLiteral("user")};
    if (code == QLatin1String("CANNOT") && hintsTlsRequired(text))
        return {QStringLiteral("tls.required"), QStringLiteral("ssl")};
    if (hintsAppPassword(text) || hintsProviderSignIn(text))
        return {QStringLiteral("auth.app_password_required"), QStringLiteral("password")};
    if (code != QLatin1String("AUTHENTICATIONFAILED") && hintsDisabled(text) && !matches(text, "password|credential"))
        return {QStringLiteral("auth.disabled"), QStringLiteral("user")};
    return {providerVerdict(host), QStringLiteral("password")};
}

AuthVerdict pop3AuthFailure(const QString &code, const QString &text, const QString &host)
{
    if (code == QLatin1String("SYS/TEMP") || code == QLatin1String("IN-USE") || code == QLatin1String("LOGIN-DELAY"))
        return {QStringLiteral("auth.temporary"), QString()};
    if (code == QLatin1String("SYS/PERM"))
        return {QStringLiteral("auth.disabled"), QStringLiteral("user")};
    if (matches(text, "plaintext authentication disallowed|non-secure|ssl/tls required|requires? (tls|ssl)"))
        return {QStringLiteral("tls.required"), QStringLiteral("ssl")};
    if (hintsAppPassword(text) || hintsProviderSignIn(text))
        return {QStringLiteral("auth.app_password_required"), QStringLiteral("password")};
    if (code != QLatin1String("AUTH") && hintsDisabled(text) && !matches(text, "password|credential"))
        return {QStringLiteral("auth.disabled"), QStringLiteral("user")};
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
        return QStringLiteral("outgoing.auth");
    return QStringLiteral("outgoing.user");
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
        if (f.field == QLatin1String("outgoing.user"))
            f.alsoFields = QStringList{QStringLiteral("outgoing.password")};
        out.append(f);
    };

    if (!mail.isPositive()) {
        if (mail.isTransient()) {
            out.append(make(QStringLiteral("smtp.temporary"), QString(), mail, Severity::Warning));
        } else if (isTlsDemand(mail)) {
            out.append(make(QStringLiteral("tls.required"), QStringLiteral("outgoing.ssl"), mail));
        } else if (!in && (mail.code == 530 || mail.enhanced == QLatin1String("5.7.57") || hintsNotLoggedIn(mail.text()))) {
            withAlso(make(QStringLiteral("auth.credentials_missing"), notLoggedInField(o), mail));
        } else {
            out.append(make(QStringLiteral("smtp.sender_rejected"), QStringLiteral("account.email"), mail));
        }
        return out;
    }
    if (!o.rcptReply)
        return out;
    const SmtpReply &rcpt = *o.rcptReply;
    if (rcpt.isPositive()) {
        if (!in)
            out.append(Finding::make(QStringLiteral("smtp.open_relay"), QString(), rcpt.evidence(), Severity::Warning));
        return out;
    }
    if (rcpt.isTransient()) {
        out.append(make(QStringLiteral("smtp.temporary"), QString(), rcpt, Severity::Warning));
        return out;
    }
    if (isTlsDemand(rcpt)) {
        out.append(make(QStringLiteral("tls.required"), QStringLiteral("outgoing.ssl"), rcpt));
        return out;
    }
    if (!in) {
        // Not logged in: a login would be the fix, whatever the server calls it.
        if (codeNamesRecipient(rcpt) && !hintsNotLoggedIn(rcpt.text()))
            out.append(make(QStringLiteral("smtp.relay_inconclusive"), QString(), rcpt, Severity::Info));
        else if (hintsNotLoggedIn(rcpt.text()) || rcpt.enhanced == QLatin1String("5.7.57"))
            withAlso(make(QStringLiteral("auth.credentials_missing"), notLoggedInField(o), rcpt));
        else
            withAlso(make(QStringLiteral("smtp.relay_denied"), notLoggedInField(o), rcpt));
        return out;
    }
    // Logged in and still refused. The second transaction from another sender tells
    // whether the Email or the relaying is the problem.
    const bool altAccepted = o.altRcptReply && o.altRcptReply->isPositive() && o.altMailReply && o.altMailReply->isPositive();
    const bool altRefused = o.altRcptReply && !o.altRcptReply->isPositive();
    if (codeNamesSender(rcpt) || altAccepted || (!altRefused && (rcpt.code == 553 || hintsSender(rcpt.text(), o.mailFrom)))) {
        out.append(make(QStringLiteral("smtp.sender_rejected"), QStringLiteral("account.email"), rcpt));
    } else if (codeNamesRecipient(rcpt)) {
        out.append(make(QStringLiteral("smtp.relay_inconclusive"), QString(), rcpt, Severity::Info));
    } else {
        out.append(make(QStringLiteral("smtp.relay_denied"), QStringLiteral("outgoing.host"), rcpt));
    }
    return out;
}

} // namespace mailfix::ReplyClassifier
