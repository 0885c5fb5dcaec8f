// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixSteps.h"

#include "wording/PhonePaths.h"

#include <QDateTime>
#include <QRegularExpression>

namespace mailfix::wording {

/// The screen holding the field \a leaf ("ssl", "port", ...) of the finding's side.
Screen screenFor(const FixContext &c, const char *leaf)
{
    return c.side == Side::None ? Screen::Account : FieldScreens::screenOf(c.fieldOf(leaf));
}

/// Steps that bring the customer to \a screen.
QStringList navigate(const FixContext &c, Screen screen)
{
    if (screen == Screen::About)
        return {FixCatalog::tr("Open %1.").arg(generalPath(c, {QStringLiteral("about")}))};
    QStringList steps{FixCatalog::tr("Open %1.").arg(accountPathFor(c))};
    if (screen == Screen::Advanced) {
        //: %1 = the phone's "Advanced"
        steps << FixCatalog::tr("Scroll down and tap %1.").arg(c.w.word(QStringLiteral("advanced")));
    } else if (screen == Screen::Outgoing) {
        const QString smtpHost = c.s.outgoing.host.trimmed();
        const QString smtp = c.w.word(QStringLiteral("smtp"));
        const QString section = c.w.word(QStringLiteral("outgoingMailServer"));
        const QString primary = c.w.word(QStringLiteral("primaryServer"));
        //: %1, %2, %3 = the phone's "SMTP", "Outgoing Mail Server", "Primary Server"; %4 = its host name
        steps << (smtpHost.isEmpty() ? FixCatalog::tr("Tap %1 under %2, then tap the %3.").arg(smtp, section, primary)
                                     : FixCatalog::tr("Tap %1 under %2, then tap the %3 (%4).")
                                           .arg(smtp, section, primary, smtpHost));
    }
    return steps;
}

QString finishStep(const FixContext &c, Screen screen)
{
    const QString done = c.w.word(QStringLiteral("done"));
    switch (screen) {
    case Screen::Account:
        //: %1 = the phone's "Done"
        return FixCatalog::tr("Tap %1 and wait while the phone checks the account.").arg(done);
    case Screen::Advanced:
        //: %1, %2 = the phone's "Account" and "Done"
        return FixCatalog::tr("Go back to the %1 screen and tap %2.").arg(c.w.word(QStringLiteral("account")), done);
    case Screen::Outgoing:
        //: %1 = the phone's "Done"
        return FixCatalog::tr("Tap %1.").arg(done);
    case Screen::About:
        break;
    }
    return {};
}

/// Navigate to \a screen, do \a actions, then save.
QStringList onScreen(const FixContext &c, Screen screen, const QStringList &actions, bool finish)
{
    QStringList steps = navigate(c, screen);
    steps << actions;
    if (finish && screen != Screen::About)
        steps << finishStep(c, screen);
    return steps;
}

bool isImplicitTlsPort(int port)
{
    return port == 465 || port == 993 || port == 995;
}

/// The provider's or the usual secure port for the finding's side.
Target secureDefault(const FixContext &c)
{
    Target t;
    t.ssl = true;
    if (c.out())
        t.port = c.provider && c.provider->smtpPort > 0 ? c.provider->smtpPort : 587;
    else if (c.s.incomingType == IncomingType::Imap)
        t.port = c.provider && c.provider->imapPort > 0 ? c.provider->imapPort : 993;
    else
        t.port = c.provider && c.provider->popPort > 0 ? c.provider->popPort : 995;
    return t;
}

/// The diagnosis' suggestion (facts.suggestedPort/suggestedSsl), else the
/// secure default when \a fallback.
Target suggestion(const FixContext &c, bool fallback)
{
    Target t;
    t.port = c.f.facts.suggestedPort;
    t.ssl = c.f.facts.suggestedSsl;
    if (t.port <= 0 && fallback) {
        const Target d = secureDefault(c);
        t.port = d.port;
        if (!t.ssl)
            t.ssl = d.ssl;
    }
    if (t.port > 0 && !t.ssl && isImplicitTlsPort(t.port))
        t.ssl = true;
    return t;
}

bool changesSomething(const FixContext &c, const Target &t)
{
    if (t.ssl && *t.ssl != c.server().ssl)
        return true;
    return t.port > 0 && (t.port != c.s.effectivePort(c.serverSide()) || t.port != c.port);
}

/// Actions (on the screen holding Use SSL and Server Port) that set \a t.
QStringList portSslActions(const FixContext &c, const Target &t)
{
    QStringList a;
    const QString sslLabel = c.labelOf("ssl");
    const QString portLabel = c.labelOf("port");
    const bool sslChanges = t.ssl && *t.ssl != c.server().ssl;
    if (sslChanges)
        a << (*t.ssl ? FixCatalog::tr("Turn on %1.") : FixCatalog::tr("Turn off %1.")).arg(sslLabel);
    if (t.port > 0) {
        if (sslChanges)
            a << FixCatalog::tr("Check that %1 now shows %2; if not, enter %2.").arg(portLabel).arg(t.port);
        else if (t.port == c.s.effectivePort(c.serverSide()) && t.port == c.port)
            a << FixCatalog::tr("Make sure %1 is %2.").arg(portLabel).arg(t.port);
        else
            a << FixCatalog::tr("Enter %1 in %2.").arg(t.port).arg(portLabel);
    }
    return a;
}

QStringList portSslSteps(const FixContext &c, const Target &t)
{
    return onScreen(c, screenFor(c, "port"), portSslActions(c, t));
}

std::optional<AuthMethod> mechanismToMethod(const QString &mech)
{
    const QString m = mech.trimmed().toUpper();
    if (m == QLatin1String("PLAIN") || m == QLatin1String("LOGIN") || m == QLatin1String("USER"))
        return AuthMethod::Password;
    if (m == QLatin1String("CRAM-MD5") || m == QLatin1String("APOP"))
        return AuthMethod::Md5;
    if (m == QLatin1String("NTLM"))
        return AuthMethod::Ntlm;
    if (m == QLatin1String("DIGEST-MD5"))
        return AuthMethod::HttpMd5;
    return std::nullopt;
}

/// The phone's Authentication choices the server offers, best first: over SSL
/// Password is best; without SSL a challenge-response keeps the password off the wire.
QList<AuthMethod> offeredMethods(const FixContext &c)
{
    QList<AuthMethod> found;
    for (const QString &mech : FixContext::cleanList(c.f.facts.offered)) {
        const auto m = mechanismToMethod(mech);
        if (m && !found.contains(*m))
            found.append(*m);
    }
    const QList<AuthMethod> order =
        c.server().ssl
            ? QList<AuthMethod>{AuthMethod::Password, AuthMethod::Md5, AuthMethod::HttpMd5, AuthMethod::Ntlm}
            : QList<AuthMethod>{AuthMethod::Md5, AuthMethod::HttpMd5, AuthMethod::Ntlm, AuthMethod::Password};
    QList<AuthMethod> sorted;
    for (AuthMethod m : order)
        if (found.contains(m))
            sorted.append(m);
    return sorted;
}

/// "Enter ... in User Name and ... in Password (both say "Optional"), then tap Done."
QString outgoingCredentialsAction(const FixContext &c)
{
    const QString userLabel = c.label(Field::OutgoingUser);
    const QString passLabel = c.label(Field::OutgoingPassword);
    const QString email = c.email();
    const QString inUser = c.s.incoming.user.trimmed();
    if (!inUser.isEmpty() && inUser != email)
        return FixCatalog::tr(
                   "Enter %1 (the same user name as for incoming mail) in %2 and your password in %3 "
                   "(both say \"Optional\"), then tap Done.")
            .arg(inUser, userLabel, passLabel);
    if (!email.isEmpty())
        return FixCatalog::tr("Enter your full email address (%1) in %2 and your password in %3 "
                              "(both say \"Optional\"), then tap Done.")
            .arg(email, userLabel, passLabel);
    return FixCatalog::tr("Enter your full email address in %1 and your password in %2 "
                          "(both say \"Optional\"), then tap Done.")
        .arg(userLabel, passLabel);
}

QString authNotNoneAction(const FixContext &c)
{
    return FixCatalog::tr("Set %1 to %2.")
        .arg(c.label(Field::OutgoingAuth), c.w.authLabel(AuthMethod::Password));
}

/// Outgoing login: navigate, fill both fields, make sure the phone uses them.
QStringList outgoingCredentialsSteps(const FixContext &c)
{
    QStringList steps = navigate(c, Screen::Outgoing);
    if (c.s.outgoing.auth == AuthMethod::None)
        steps << authNotNoneAction(c);
    steps << outgoingCredentialsAction(c);
    return steps;
}

QString backupHint()
{
    return FixCatalog::tr(
        "If mail stopped after moving to a new iPhone or restoring a backup, the password was "
        "probably not carried over: enter it again as above.");
}

QString webmailHint()
{
    return FixCatalog::tr(
        "If you are not sure of the password, sign in to your provider's webmail with it; if that "
        "fails too, reset it there and enter the new one on the phone.");
}

/// Where an app password (or a new password) goes: both servers of the account.
QStringList enterNewPasswordSteps(const FixContext &c, bool appPassword)
{
    const QString passLabel = c.label(Field::IncomingPassword);
    QStringList steps{FixCatalog::tr("Open %1.").arg(accountPathFor(c))};
    const QString email = c.email();
    if (!email.isEmpty() && !c.s.incoming.user.contains(QLatin1Char('@')))
        steps << FixCatalog::tr("Enter your full email address (%1) in %2 under Incoming Mail Server.")
                     .arg(email, c.label(Field::IncomingUser));
    steps << (appPassword
                  ? FixCatalog::tr("Enter the app password in %1 under Incoming Mail Server.").arg(passLabel)
                  : FixCatalog::tr("Enter the password in %1 under Incoming Mail Server.").arg(passLabel));
    steps << FixCatalog::tr(
                 "Tap SMTP under Outgoing Mail Server, tap the Primary Server, enter the same password in "
                 "%1 and tap Done.")
                 .arg(c.label(Field::OutgoingPassword));
    steps << finishStep(c, Screen::Advanced);
    return steps;
}

QString deleteAccountStep(const FixContext &c)
{
    if (c.s.incomingType == IncomingType::Pop)
        return FixCatalog::tr(
                   "Open %1, tap Delete Account at the bottom and confirm (POP: first make sure the "
                   "mail you need is still on the server).")
            .arg(accountListEntry(c));
    return FixCatalog::tr(
               "Open %1, tap Delete Account at the bottom and confirm (the mail stays on the server).")
        .arg(accountListEntry(c));
}


QString userCheckAction(const FixContext &c)
{
    const QString userLabel = c.labelOf("user");
    const QString tried = c.f.facts.user.trimmed();
    const QString user = tried.isEmpty() ? c.server().user.trimmed() : tried;
    const QString email = c.email();
    if (user.isEmpty())
        return FixCatalog::tr("Enter your user name in %1 (with most providers, your full email address).")
            .arg(userLabel);
    if (!email.isEmpty() && user != email && !user.contains(QLatin1Char('@')))
        return FixCatalog::tr("Check %1: it is \"%2\", but most providers want the full email address (%3).")
            .arg(userLabel, user, email);
    return FixCatalog::tr("Check %1: it is \"%2\"; correct it if it is not your login name.")
        .arg(userLabel, user);
}

/// Wrong user name or password with no provider rule behind it.
QStringList genericPasswordSteps(const FixContext &c)
{
    QStringList steps = navigate(c, c.out() ? Screen::Outgoing : Screen::Account);
    steps << userCheckAction(c);
    if (c.out())
        steps << FixCatalog::tr("Delete the %1 and type it again (usually the same password as for incoming "
                                "mail), then tap Done.")
                     .arg(c.label(Field::OutgoingPassword));
    else
        steps << FixCatalog::tr(
                     "Delete the %1 under Incoming Mail Server and type it again carefully, then tap "
                     "Done.")
                     .arg(c.label(Field::IncomingPassword));
    if (!c.out())
        steps << backupHint();
    steps << webmailHint();
    return steps;
}

/// A host name cleaned of the usual junk ("https://", "user@", ":993", "/path",
/// spaces), or empty when nothing sensible is left.
QString cleanedHost(const QString &raw)
{
    QString h = raw.trimmed();
    const qsizetype scheme = h.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        h = h.mid(scheme + 3);
    h = h.section(QLatin1Char('/'), 0, 0);
    const qsizetype at = h.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        h = h.mid(at + 1);
    if (h.count(QLatin1Char(':')) == 1)
        h = h.section(QLatin1Char(':'), 0, 0);
    h.remove(QRegularExpression(QStringLiteral("\\s")));
    h = h.toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    static const QRegularExpression valid(
        QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*"
                       "[a-z0-9])?)+$"));
    return valid.match(h).hasMatch() ? h : QString();
}

/// The provider's server name for the finding's side, when the email address is a provider's.
QString providerHostForEmail(const FixContext &c)
{
    const Provider *p = ProviderDirectory::byEmail(c.email());
    if (!p)
        return {};
    if (c.out())
        return p->smtpHost;
    return c.s.incomingType == IncomingType::Imap ? p->imapHost : p->popHost;
}

QString changeHostAction(const FixContext &c, const QString &newHost)
{
    if (c.out())
        return FixCatalog::tr("Enter %1 in %2.").arg(newHost, c.label(Field::OutgoingHost));
    return FixCatalog::tr("Enter %1 in %2 under Incoming Mail Server.")
        .arg(newHost, c.label(Field::IncomingHost));
}

QString checkHostAction(const FixContext &c)
{
    const QString current = c.server().host.trimmed();
    if (current.isEmpty())
        return FixCatalog::tr("Enter the server name your provider gives in %1.").arg(c.labelOf("host"));
    return FixCatalog::tr(
               "Check %1 (now \"%2\") letter by letter against the server name your provider gives.")
        .arg(c.labelOf("host"), current);
}

/// A name from the certificate to use as the host name, or empty.
QString nameFromCertificate(const FixContext &c)
{
    const QString suggested = c.f.facts.suggestedHost.trimmed();
    if (!suggested.isEmpty())
        return suggested;
    for (const QString &n : FixContext::cleanList(c.f.facts.names)) {
        if (!n.contains(QLatin1Char('*')) && !cleanedHost(n).isEmpty())
            return n;
    }
    return {};
}

QString dateShown(const QDateTime &when)
{
    return when.isValid() ? when.date().toString(Qt::ISODate) : QString();
}

QString clockStep(const FixContext &c)
{
    return FixCatalog::tr("Check the date and time on the phone (%1: turn on Set Automatically) and on this "
                          "computer.")
        .arg(generalPath(c, {QStringLiteral("dateTime")}));
}

QString sided(const FixContext &c, const QString &incoming, const QString &outgoing)
{
    return c.out() ? outgoing : incoming;
}

bool isMicrosoft(const FixContext &c)
{
    if (c.provider && c.provider->family == QLatin1String("microsoft"))
        return true;
    for (const QString &h : {c.s.incoming.host, c.s.outgoing.host}) {
        const Provider *p = ProviderDirectory::byHost(h);
        if (p && p->id == QLatin1String("microsoft"))
            return true;
    }
    return false;
}

} // namespace mailfix::wording
