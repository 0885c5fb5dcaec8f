// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixCatalog.h"

#include "account/ProviderDirectory.h"
#include "diagnosis/ProviderAdvice.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QVariant>

#include <optional>

// All customer-facing wording lives in this file. Helpers are free functions
// calling FixCatalog::tr() so that lupdate files every string under the one
// context "FixCatalog". Phone labels carry the disambiguation "iOS label":
// translators must use the phone's own wording for their language there.

namespace mailfix {

namespace {

using Provider = ProviderDirectory::Provider;

enum class Side { None, Incoming, Outgoing };
using Screen = FixCatalog::Screen;

QString joinPath(const QStringList &parts)
{
    return parts.join(QStringLiteral(" > "));
}

Side sideOfName(const QString &name)
{
    if (name.startsWith(QLatin1String("incoming")))
        return Side::Incoming;
    if (name.startsWith(QLatin1String("outgoing")))
        return Side::Outgoing;
    return Side::None;
}

// ---------------------------------------------------------------------------
// The finding as the wording needs it.

struct Ctx
{
    const Finding &f;
    const AccountSettings &s;
    Side side = Side::None;
    QString host;                       ///< the server the finding is about
    int port = 0;                       ///< the port that was tried
    const Provider *provider = nullptr; ///< runs that server (params "provider" or host)

    Ctx(const Finding &finding, const AccountSettings &settings) : f(finding), s(settings)
    {
        side = sideOfName(param("side"));
        if (side == Side::None)
            side = sideOfName(f.field);
        for (qsizetype i = 0; side == Side::None && i < f.alsoFields.size(); ++i)
            side = sideOfName(f.alsoFields.at(i));
        if (side == Side::None) {
            // Codes that can only be about one side.
            if (f.code.startsWith(QLatin1String("smtp.")))
                side = Side::Outgoing;
            else if (f.code == QLatin1String("protocol.alert") ||
                     f.code == QLatin1String("incoming.path_prefix"))
                side = Side::Incoming;
        }
        host = param("host");
        if (host.isEmpty() && side != Side::None)
            host = s.server(serverSide()).host.trimmed();
        port = intParam("port");
        if (port <= 0 && side != Side::None)
            port = s.effectivePort(serverSide());
        provider = ProviderDirectory::byId(param("provider"));
        if (!provider)
            provider = ProviderDirectory::byHost(host);
    }

    bool out() const { return side == Side::Outgoing; }
    ServerSide serverSide() const
    {
        return side == Side::Outgoing ? ServerSide::Outgoing : ServerSide::Incoming;
    }
    const ServerSettings &server() const { return s.server(serverSide()); }
    QString fieldOf(const char *leaf) const { return Field::of(serverSide(), leaf); }
    QString label(const QString &field) const { return FixCatalog::fieldLabel(field, s.ios); }
    QString labelOf(const char *leaf) const { return label(fieldOf(leaf)); }

    const QVariantMap params = f.params();
    bool has(const char *key) const { return params.contains(QString::fromLatin1(key)); }
    QVariant value(const char *key) const { return params.value(QString::fromLatin1(key)); }
    QString param(const char *key) const { return value(key).toString().trimmed(); }
    int intParam(const char *key) const
    {
        bool ok = false;
        const int v = value(key).toInt(&ok);
        return ok ? v : 0;
    }
    QStringList listParam(const char *key) const
    {
        const QVariant v = value(key);
        QStringList list;
        if (v.typeId() == QMetaType::QString)
            list = v.toString().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        else
            list = v.toStringList();
        QStringList out;
        for (const QString &item : std::as_const(list)) {
            const QString t = item.trimmed();
            if (!t.isEmpty() && !out.contains(t))
                out.append(t);
        }
        return out;
    }
    /// The host for a sentence; never empty.
    QString hostShown() const { return host.isEmpty() ? FixCatalog::tr("(no host name)") : host; }
    QString email() const
    {
        const QString e = param("email");
        return e.isEmpty() ? s.email.trimmed() : e;
    }
    /// What the server side speaks, for sentences.
    QString protocolName() const
    {
        if (out())
            return QStringLiteral("SMTP");
        return s.incomingType == IncomingType::Imap ? QStringLiteral("IMAP") : QStringLiteral("POP3");
    }
};

// ---------------------------------------------------------------------------
// Paths and navigation.

QStringList accountsParts(const IosVersion &v)
{
    const QString settings = FixCatalog::tr("Settings", "iOS label");
    if (v.major <= 9)
        return {settings, FixCatalog::tr("Mail, Contacts, Calendars", "iOS label")};
    if (v.major == 10)
        return {settings, FixCatalog::tr("Mail", "iOS label"), FixCatalog::tr("Accounts", "iOS label")};
    if (v.major == 11)
        return {settings, FixCatalog::tr("Accounts & Passwords", "iOS label")};
    if (v.major <= 13)
        return {settings, FixCatalog::tr("Passwords & Accounts", "iOS label")};
    if (v.major <= 17)
        return {settings, FixCatalog::tr("Mail", "iOS label"), FixCatalog::tr("Accounts", "iOS label")};
    return {settings, FixCatalog::tr("Apps", "iOS label"), FixCatalog::tr("Mail", "iOS label"),
            FixCatalog::tr("Mail Accounts", "iOS label")};
}

QString accountPlaceholder()
{
    //: stands for the account's name in the phone's list of accounts
    return FixCatalog::tr("(account)");
}

/// The account as the phone lists it: its Description when we know it.
QString accountName(const AccountSettings &s)
{
    const QString d = s.description.trimmed();
    return d.isEmpty() ? accountPlaceholder() : d;
}

QStringList screenParts(Screen screen, const IosVersion &v, const QString &account)
{
    if (screen == Screen::About)
        return {FixCatalog::tr("Settings", "iOS label"), FixCatalog::tr("General", "iOS label"),
                FixCatalog::tr("About", "iOS label")};
    QStringList parts = accountsParts(v);
    parts << account << FixCatalog::tr("Account", "iOS label");
    if (screen == Screen::Advanced)
        parts << FixCatalog::tr("Advanced", "iOS label");
    else if (screen == Screen::Outgoing)
        parts << FixCatalog::tr("SMTP", "iOS label") << FixCatalog::tr("Primary Server", "iOS label");
    return parts;
}

Screen fieldScreen(const QString &field)
{
    if (field == Field::IosVersion)
        return Screen::About;
    if (field == Field::IncomingSsl || field == Field::IncomingAuth || field == Field::IncomingPort ||
        field == Field::IncomingPathPrefix)
        return Screen::Advanced;
    if (sideOfName(field) == Side::Outgoing)
        return Screen::Outgoing;
    return Screen::Account;
}

/// The screen holding the field \a leaf ("ssl", "port", ...) of the finding's side.
Screen screenFor(const Ctx &c, const char *leaf)
{
    return c.side == Side::None ? Screen::Account : fieldScreen(c.fieldOf(leaf));
}

QString accountPathFor(const AccountSettings &s)
{
    return joinPath(screenParts(Screen::Account, s.ios, accountName(s)));
}

QString accountListEntry(const AccountSettings &s)
{
    return joinPath(accountsParts(s.ios) << accountName(s));
}

/// Steps that bring the customer to \a screen.
QStringList navigate(const Ctx &c, Screen screen)
{
    if (screen == Screen::About)
        return {FixCatalog::tr("Open %1.").arg(joinPath(screenParts(Screen::About, c.s.ios, QString())))};
    QStringList steps{FixCatalog::tr("Open %1.").arg(accountPathFor(c.s))};
    if (screen == Screen::Advanced) {
        steps << FixCatalog::tr("Scroll down and tap Advanced.");
    } else if (screen == Screen::Outgoing) {
        const QString smtpHost = c.s.outgoing.host.trimmed();
        steps << (smtpHost.isEmpty()
                      ? FixCatalog::tr("Tap SMTP under Outgoing Mail Server, then tap the Primary Server.")
                      : FixCatalog::tr(
                            "Tap SMTP under Outgoing Mail Server, then tap the Primary Server (%1).")
                            .arg(smtpHost));
    }
    return steps;
}

QString finishStep(Screen screen)
{
    switch (screen) {
    case Screen::Account:
        return FixCatalog::tr("Tap Done and wait while the phone checks the account.");
    case Screen::Advanced:
        return FixCatalog::tr("Go back to the Account screen and tap Done.");
    case Screen::Outgoing:
        return FixCatalog::tr("Tap Done.");
    case Screen::About:
        break;
    }
    return {};
}

/// Navigate to \a screen, do \a actions, then save.
QStringList onScreen(const Ctx &c, Screen screen, const QStringList &actions, bool finish = true)
{
    QStringList steps = navigate(c, screen);
    steps << actions;
    if (finish && screen != Screen::About)
        steps << finishStep(screen);
    return steps;
}

// ---------------------------------------------------------------------------
// Ports, Use SSL and Authentication.

struct Target
{
    int port = 0;
    std::optional<bool> ssl;
};

bool isImplicitTlsPort(int port)
{
    return port == 465 || port == 993 || port == 995;
}

/// The provider's or the usual secure port for the finding's side.
Target secureDefault(const Ctx &c)
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

/// The probe's suggestion (params "suggested_port"/"suggested_ssl"), else the
/// secure default when \a fallback.
Target suggestion(const Ctx &c, bool fallback)
{
    Target t;
    t.port = c.intParam("suggested_port");
    if (c.has("suggested_ssl"))
        t.ssl = c.value("suggested_ssl").toBool();
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

bool changesSomething(const Ctx &c, const Target &t)
{
    if (t.ssl && *t.ssl != c.server().ssl)
        return true;
    return t.port > 0 && (t.port != c.s.effectivePort(c.serverSide()) || t.port != c.port);
}

/// Actions (on the screen holding Use SSL and Server Port) that set \a t.
QStringList portSslActions(const Ctx &c, const Target &t)
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

QStringList portSslSteps(const Ctx &c, const Target &t)
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
QList<AuthMethod> offeredMethods(const Ctx &c)
{
    QList<AuthMethod> found;
    for (const QString &mech : c.listParam("offered")) {
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

// ---------------------------------------------------------------------------
// Logins.

/// "Enter ... in User Name and ... in Password (both say "Optional"), then tap Done."
QString outgoingCredentialsAction(const Ctx &c)
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

QString authNotNoneAction(const Ctx &c)
{
    return FixCatalog::tr("Set %1 to %2.")
        .arg(c.label(Field::OutgoingAuth), FixCatalog::authLabel(AuthMethod::Password));
}

/// Outgoing login: navigate, fill both fields, make sure the phone uses them.
QStringList outgoingCredentialsSteps(const Ctx &c)
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
QStringList enterNewPasswordSteps(const Ctx &c, bool appPassword)
{
    const QString passLabel = c.label(Field::IncomingPassword);
    QStringList steps{FixCatalog::tr("Open %1.").arg(accountPathFor(c.s))};
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
    steps << FixCatalog::tr("Go back to the Account screen and tap Done.");
    return steps;
}

QString deleteAccountStep(const Ctx &c)
{
    if (c.s.incomingType == IncomingType::Pop)
        return FixCatalog::tr(
                   "Open %1, tap Delete Account at the bottom and confirm (POP: first make sure the "
                   "mail you need is still on the server).")
            .arg(accountListEntry(c.s));
    return FixCatalog::tr(
               "Open %1, tap Delete Account at the bottom and confirm (the mail stays on the server).")
        .arg(accountListEntry(c.s));
}

QString addAccountPath(const Ctx &c)
{
    return joinPath(accountsParts(c.s.ios) << FixCatalog::tr("Add Account", "iOS label"));
}

/// The provider's own way to log in; \a p must not be null.
QStringList providerLoginSteps(const Ctx &c, const Provider &p)
{
    QStringList steps;
    if (p.id == QLatin1String("gmail")) {
        steps << deleteAccountStep(c);
        steps << FixCatalog::tr(
                     "Open %1, choose Google and sign in with your Google account; nothing else is "
                     "needed.")
                     .arg(addAccountPath(c));
        steps << FixCatalog::tr("Or, instead of deleting the account: turn on 2-Step Verification at "
                                "myaccount.google.com and create an app password at "
                                "myaccount.google.com/apppasswords.");
        steps << enterNewPasswordSteps(c, true);
    } else if (p.id == QLatin1String("microsoft")) {
        steps << deleteAccountStep(c);
        steps << FixCatalog::tr(
                     "Open %1, choose Outlook.com (for a work or school account: Microsoft Exchange) and "
                     "sign in with Microsoft.")
                     .arg(addAccountPath(c));
    } else if (p.id == QLatin1String("icloud")) {
        steps << FixCatalog::tr(
            "Sign in at account.apple.com, open Sign-In and Security > App-Specific Passwords "
            "and create a password for Mail.");
        steps << enterNewPasswordSteps(c, true);
        steps << FixCatalog::tr("Use your full iCloud email address as %1 for the outgoing server too.")
                     .arg(c.label(Field::OutgoingUser));
    } else if (p.login == Provider::Login::AppPassword) {
        steps << FixCatalog::tr(
                     "Sign in to %1 in a web browser, open the account's security settings and create "
                     "an app password.")
                     .arg(p.name);
        steps << enterNewPasswordSteps(c, true);
        if (p.id == QLatin1String("yahoo"))
            steps << FixCatalog::tr(
                         "Or delete this account and add it again with %1 > Yahoo!, which signs in "
                         "without an app password.")
                         .arg(addAccountPath(c));
        else if (p.id == QLatin1String("aol"))
            steps << FixCatalog::tr("Or delete this account and add it again with %1 > Aol., which signs in "
                                    "without an app password.")
                         .arg(addAccountPath(c));
    } else if (p.id == QLatin1String("gmx") || p.id == QLatin1String("webde")) {
        steps << FixCatalog::tr(
                     "Sign in to %1 webmail in a web browser and open the mail settings for POP3 & IMAP.")
                     .arg(p.name);
        steps << FixCatalog::tr(
            "Turn on \"POP3 und IMAP Zugriff erlauben\" (allow POP3 and IMAP access) and save.");
        steps << FixCatalog::tr("Try again on the phone with your normal %1 password.").arg(p.name);
    } else if (p.id == QLatin1String("zoho")) {
        steps << FixCatalog::tr(
            "Sign in to Zoho Mail in a web browser, open Settings > Mail Accounts and turn on "
            "IMAP Access.");
        steps << FixCatalog::tr(
            "If your Zoho account uses two-factor authentication, create an application-specific "
            "password in Zoho's security settings.");
        steps << enterNewPasswordSteps(c, true);
    } else {
        steps << FixCatalog::tr("Follow %1's instructions for mail apps on the iPhone.").arg(p.name);
    }
    return steps;
}

QString userCheckAction(const Ctx &c)
{
    const QString userLabel = c.labelOf("user");
    const QString user = c.param("user").isEmpty() ? c.server().user.trimmed() : c.param("user");
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
QStringList genericPasswordSteps(const Ctx &c)
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

// ---------------------------------------------------------------------------
// Host names.

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
QString providerHostForEmail(const Ctx &c)
{
    const Provider *p = ProviderDirectory::byEmail(c.email());
    if (!p)
        return {};
    if (c.out())
        return p->smtpHost;
    return c.s.incomingType == IncomingType::Imap ? p->imapHost : p->popHost;
}

QString changeHostAction(const Ctx &c, const QString &newHost)
{
    if (c.out())
        return FixCatalog::tr("Enter %1 in %2.").arg(newHost, c.label(Field::OutgoingHost));
    return FixCatalog::tr("Enter %1 in %2 under Incoming Mail Server.")
        .arg(newHost, c.label(Field::IncomingHost));
}

QString checkHostAction(const Ctx &c)
{
    const QString current = c.server().host.trimmed();
    if (current.isEmpty())
        return FixCatalog::tr("Enter the server name your provider gives in %1.").arg(c.labelOf("host"));
    return FixCatalog::tr(
               "Check %1 (now \"%2\") letter by letter against the server name your provider gives.")
        .arg(c.labelOf("host"), current);
}

/// A name from the certificate to use as the host name, or empty.
QString nameFromCertificate(const Ctx &c)
{
    const QString suggested = c.param("suggested_host");
    if (!suggested.isEmpty())
        return suggested;
    for (const QString &n : c.listParam("names")) {
        if (!n.contains(QLatin1Char('*')) && !cleanedHost(n).isEmpty())
            return n;
    }
    return {};
}

QString dateShown(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.isValid() ? dt.date().toString(Qt::ISODate) : text;
}

QString clockStep()
{
    return FixCatalog::tr(
        "Check the date and time on the phone (Settings > General > Date & Time: turn on Set "
        "Automatically) and on this computer.");
}

// ---------------------------------------------------------------------------
// One function per code: fills title and fix.

struct Words
{
    QString title;
    QStringList fix;
};

using Describer = Words (*)(const Ctx &);

QString sided(const Ctx &c, const QString &incoming, const QString &outgoing)
{
    return c.out() ? outgoing : incoming;
}

Words settingsMissing(const Ctx &c)
{
    Words w;
    const QString field = c.f.field;
    const QString label = c.label(field);
    if (field == Field::IncomingPassword) {
        w.title = FixCatalog::tr("The phone has no password for the incoming server %1").arg(c.hostShown());
        w.fix = navigate(c, Screen::Account);
        w.fix << FixCatalog::tr("Enter your password in %1 under Incoming Mail Server.").arg(label);
        w.fix << finishStep(Screen::Account);
        w.fix << FixCatalog::tr(
            "Expect this once after moving to a new iPhone or restoring a backup: the phone "
            "does not always carry mail passwords over.");
        return w;
    }
    if (field == Field::OutgoingUser || field == Field::OutgoingPassword) {
        w.title = FixCatalog::tr("The outgoing server needs your user name and password");
        w.fix = outgoingCredentialsSteps(c);
        return w;
    }
    if (field == Field::Email) {
        w.title = FixCatalog::tr("The Email field is empty");
        w.fix =
            onScreen(c, Screen::Account, {FixCatalog::tr("Enter your full email address in %1.").arg(label)});
        return w;
    }
    if (field == Field::IncomingHost || field == Field::OutgoingHost) {
        w.title = sided(c, FixCatalog::tr("The incoming mail server has no host name"),
                        FixCatalog::tr("The outgoing mail server has no host name"));
        const QString suggested = providerHostForEmail(c);
        w.fix = onScreen(c, fieldScreen(field),
                         {suggested.isEmpty()
                              ? FixCatalog::tr("Enter the server name your provider gives in %1.").arg(label)
                              : changeHostAction(c, suggested)});
        return w;
    }
    if (field == Field::IncomingUser) {
        w.title = FixCatalog::tr("The incoming mail server has no user name");
        w.fix = onScreen(c, Screen::Account, {userCheckAction(c)});
        return w;
    }
    if (field == Field::IncomingPort || field == Field::OutgoingPort) {
        w.title = sided(c, FixCatalog::tr("The incoming server port is empty"),
                        FixCatalog::tr("The outgoing server port is empty"));
        w.fix = portSslSteps(c, suggestion(c, true));
        return w;
    }
    w.title = FixCatalog::tr("%1 is empty").arg(label);
    w.fix = onScreen(c, fieldScreen(field),
                     {FixCatalog::tr("Fill in %1 as your provider's instructions say.").arg(label)});
    return w;
}

Words hostMalformed(const Ctx &c)
{
    Words w;
    const QString raw = c.server().host.isEmpty() ? c.host : c.server().host;
    w.title = sided(c, FixCatalog::tr("The incoming server name \"%1\" is not a valid host name"),
                    FixCatalog::tr("The outgoing server name \"%1\" is not a valid host name"))
                  .arg(raw);
    QString cleaned = c.param("suggested_host");
    if (cleaned.isEmpty())
        cleaned = cleanedHost(raw);
    QStringList actions;
    if (!cleaned.isEmpty() && cleaned != raw)
        actions << changeHostAction(c, cleaned);
    else
        actions << FixCatalog::tr("Enter only the server name in %1, like mail.example.com.")
                       .arg(c.labelOf("host"));
    actions << FixCatalog::tr(
                   "Leave out \"https://\", \"@\", \":\" with a port number, slashes and spaces; the "
                   "port belongs in %1.")
                   .arg(c.labelOf("port"));
    w.fix = onScreen(c, screenFor(c, "host"), actions);
    return w;
}

Words emailMalformed(const Ctx &c)
{
    Words w;
    const QString email = c.email();
    w.title = email.isEmpty() ? FixCatalog::tr("The Email address is not valid")
                              : FixCatalog::tr("\"%1\" is not a valid email address").arg(email);
    const QString label = c.label(Field::Email);
    w.fix =
        onScreen(c, Screen::Account,
                 {FixCatalog::tr("In %1, enter your full address, like name@example.com: one @, no spaces.")
                      .arg(label)});
    return w;
}

Words dnsNotFound(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 does not exist"),
                    FixCatalog::tr("The outgoing server %1 does not exist"))
                  .arg(c.hostShown());
    QString suggested = c.param("suggested_host");
    if (suggested.isEmpty())
        suggested = providerHostForEmail(c);
    QStringList actions;
    if (!suggested.isEmpty() && suggested.compare(c.host, Qt::CaseInsensitive) != 0)
        actions << changeHostAction(c, suggested);
    else
        actions << checkHostAction(c);
    w.fix = onScreen(c, screenFor(c, "host"), actions);
    return w;
}

Words dnsFailure(const Ctx &)
{
    Words w;
    w.title = FixCatalog::tr("Server names could not be looked up (no answer from DNS)");
    w.fix << FixCatalog::tr("Check that this computer is online: open any web page.");
    w.fix << FixCatalog::tr(
        "Run the check again; if it keeps failing, restart the router or try another network.");
    return w;
}

Words connectRefused(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 accepts no connections on port %2"),
                    FixCatalog::tr("The outgoing server %1 accepts no connections on port %2"))
                  .arg(c.hostShown())
                  .arg(c.port);
    const Target t = suggestion(c, true);
    if (changesSomething(c, t)) {
        w.fix = portSslSteps(c, t);
    } else {
        w.fix = onScreen(c, screenFor(c, "host"), {checkHostAction(c)});
        w.fix << FixCatalog::tr(
            "If the name is right, the server may be down: try again later or ask your provider.");
    }
    return w;
}

Words connectTimeout(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 does not answer on port %2"),
                    FixCatalog::tr("The outgoing server %1 does not answer on port %2"))
                  .arg(c.hostShown())
                  .arg(c.port);
    const Target t = suggestion(c, true);
    if (c.out() && c.port == 25)
        w.fix << FixCatalog::tr(
                     "Use port %1 instead of 25: port 25 is blocked on most mobile networks and many "
                     "Wi-Fi networks.")
                     .arg(t.port > 0 && t.port != 25 ? t.port : 587);
    if (changesSomething(c, t))
        w.fix << portSslSteps(c, t);
    else
        w.fix << onScreen(c, screenFor(c, "host"), {checkHostAction(c)});
    w.fix << FixCatalog::tr(
        "If mail works on one network but not on another, that network blocks the port: try "
        "mobile data or another Wi-Fi.");
    return w;
}

Words connectUnreachable(const Ctx &c)
{
    Words w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server cannot be reached from this network")
                               : FixCatalog::tr("%1 cannot be reached from this network").arg(c.host);
    w.fix << FixCatalog::tr("Check that this computer is online: open any web page.");
    w.fix << FixCatalog::tr(
        "Run the check again; if only this server stays unreachable, it or its network is down: "
        "ask your provider.");
    return w;
}

Words protocolMismatch(const Ctx &c)
{
    Words w;
    const QString seen = c.param("protocol_seen");
    const QString expected = c.protocolName();
    if (!seen.isEmpty() && seen.compare(QLatin1String("unknown"), Qt::CaseInsensitive) != 0)
        w.title = FixCatalog::tr("Port %1 on %2 answers with %3, not %4")
                      .arg(c.port)
                      .arg(c.hostShown(), seen, expected);
    else
        w.title = FixCatalog::tr("Port %1 on %2 is not a %3 port").arg(c.port).arg(c.hostShown(), expected);
    const Target t = suggestion(c, true);
    if (c.out() && (seen == QLatin1String("IMAP") || seen == QLatin1String("POP3")))
        w.fix << FixCatalog::tr("Use the outgoing server's port here, not the incoming server's.");
    else if (!c.out() && seen == QLatin1String("SMTP"))
        w.fix << FixCatalog::tr("Use the incoming server's port here, not the outgoing server's.");
    w.fix << portSslSteps(c, t);
    return w;
}

Words tlsRequired(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 requires Use SSL"),
                    FixCatalog::tr("The outgoing server %1 requires Use SSL"))
                  .arg(c.hostShown());
    Target t = suggestion(c, false);
    t.ssl = true;
    if (t.port <= 0)
        t.port = c.out() ? c.s.effectivePort(ServerSide::Outgoing) : secureDefault(c).port;
    w.fix = onScreen(c, screenFor(c, "ssl"), portSslActions(c, t));
    return w;
}

Words tlsUnavailable(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 offers no encryption on port %2"),
                    FixCatalog::tr("The outgoing server %1 offers no encryption on port %2"))
                  .arg(c.hostShown())
                  .arg(c.port);
    const Target t = suggestion(c, false);
    if (t.port > 0 || (t.ssl && *t.ssl)) {
        w.fix = portSslSteps(c, t);
    } else if (t.ssl && !*t.ssl) {
        w.fix = onScreen(
            c, screenFor(c, "ssl"),
            {FixCatalog::tr("Only if your provider confirms this server has no encryption: turn off %1 "
                            "(the password then travels unencrypted).")
                 .arg(c.labelOf("ssl"))});
    } else {
        w.fix << FixCatalog::tr("Ask your provider for the encrypted port of %1.").arg(c.hostShown());
        w.fix << onScreen(c, screenFor(c, "port"),
                          {FixCatalog::tr("Enter that port in %1 and leave %2 on.")
                               .arg(c.labelOf("port"), c.labelOf("ssl"))});
    }
    return w;
}

Words tlsImplicitExpected(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("Port %1 needs Use SSL turned on").arg(c.port);
    Target t;
    t.ssl = true;
    t.port = c.port > 0 ? c.port : suggestion(c, true).port;
    w.fix = onScreen(c, screenFor(c, "ssl"), portSslActions(c, t));
    return w;
}

Words tlsHandshakeFailed(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("No secure connection could be set up with %1 on port %2")
                  .arg(c.hostShown())
                  .arg(c.port);
    const Target t = suggestion(c, false);
    if (t.port > 0 && changesSomething(c, t))
        w.fix = portSslSteps(c, t);
    else
        w.fix << FixCatalog::tr(
            "Ask your provider or the server's administrator to update the server's encryption "
            "(TLS versions and ciphers); the details are below.");
    return w;
}

Words tlsPlaintextLogin(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("Your password would travel unencrypted to the incoming server %1"),
                    FixCatalog::tr("Your password would travel unencrypted to the outgoing server %1"))
                  .arg(c.hostShown());
    Target t = suggestion(c, false);
    t.ssl = true;
    w.fix = onScreen(c, screenFor(c, "ssl"), portSslActions(c, t));
    return w;
}

Words tlsStarttlsFailed(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 offered encryption but could not start it"),
                    FixCatalog::tr("The outgoing server %1 offered encryption but could not start it"))
                  .arg(c.hostShown());
    const Target t = suggestion(c, false);
    if (t.port > 0 && changesSomething(c, t))
        w.fix = portSslSteps(c, t);
    w.fix << FixCatalog::tr(
                 "Tell your provider that STARTTLS fails on port %1 of %2; do not turn off %3 meanwhile.")
                 .arg(c.port)
                 .arg(c.hostShown(), c.labelOf("ssl"));
    return w;
}

Words certUntrusted(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("The certificate of %1 is not trusted").arg(c.hostShown());
    const QString name = nameFromCertificate(c);
    if (!name.isEmpty() && name.compare(c.host, Qt::CaseInsensitive) != 0 && !c.provider)
        w.fix << onScreen(c, screenFor(c, "host"), {changeHostAction(c, name)});
    w.fix << FixCatalog::tr(
        "If the server belongs to your company, ask its administrator for a certificate from a "
        "public certificate authority, or install the company's root certificate on the phone.");
    if (c.s.ios < IosVersion{10, 3, 0})
        w.fix << FixCatalog::tr("After installing a root certificate profile, check again.");
    else
        w.fix << FixCatalog::tr(
            "After installing a root certificate profile, turn it on under Settings > General > "
            "About > Certificate Trust Settings.");
    const QString fp = c.param("fingerprint");
    if (!fp.isEmpty())
        w.fix << FixCatalog::tr("Only if the administrator confirms the SHA-256 fingerprint %1: accept the "
                                "certificate when the phone shows \"Cannot Verify Server Identity\".")
                     .arg(fp);
    else
        w.fix << FixCatalog::tr(
            "Only if the administrator confirms it is their certificate: accept it when the phone "
            "shows \"Cannot Verify Server Identity\".");
    return w;
}

Words certExpired(const Ctx &c)
{
    Words w;
    const QString until = dateShown(c.param("not_after"));
    w.title = until.isEmpty()
                  ? FixCatalog::tr("The certificate of %1 has expired").arg(c.hostShown())
                  : FixCatalog::tr("The certificate of %1 expired on %2").arg(c.hostShown(), until);
    w.fix << clockStep();
    w.fix << FixCatalog::tr(
        "If the date is right, the server's certificate must be renewed: tell your provider or "
        "the server's administrator.");
    return w;
}

Words certNotYetValid(const Ctx &c)
{
    Words w;
    const QString from = dateShown(c.param("not_before"));
    w.title = from.isEmpty()
                  ? FixCatalog::tr("The certificate of %1 is not valid yet").arg(c.hostShown())
                  : FixCatalog::tr("The certificate of %1 is only valid from %2").arg(c.hostShown(), from);
    w.fix << clockStep();
    w.fix << FixCatalog::tr(
        "If the date is right, the server's certificate was installed too early: tell your "
        "provider or the server's administrator.");
    return w;
}

Words certHostnameMismatch(const Ctx &c)
{
    Words w;
    const QStringList names = c.listParam("names");
    w.title = names.isEmpty()
                  ? FixCatalog::tr("The certificate of %1 is for a different name").arg(c.hostShown())
                  : FixCatalog::tr("The certificate of %1 is for %2")
                        .arg(c.hostShown(), names.join(QStringLiteral(", ")));
    const QString name = nameFromCertificate(c);
    if (!name.isEmpty()) {
        w.fix = onScreen(
            c, screenFor(c, "host"),
            {changeHostAction(c, name),
             FixCatalog::tr("That is the name on the server's certificate; the server is the same.")});
    } else {
        w.fix << FixCatalog::tr("Ask your provider which server name matches its certificate (%1).")
                     .arg(names.isEmpty() ? c.hostShown() : names.join(QStringLiteral(", ")));
        w.fix << onScreen(c, screenFor(c, "host"),
                          {FixCatalog::tr("Enter that name in %1.").arg(c.labelOf("host"))});
    }
    return w;
}

Words authCredentialsMissing(const Ctx &c)
{
    Words w;
    if (c.out()) {
        w.title = FixCatalog::tr("The outgoing server needs your user name and password");
        w.fix = outgoingCredentialsSteps(c);
    } else {
        w.title = FixCatalog::tr("The incoming server needs your user name and password");
        w.fix =
            onScreen(c, Screen::Account,
                     {userCheckAction(c),
                      FixCatalog::tr("Enter your password in %1.").arg(c.label(Field::IncomingPassword))});
    }
    return w;
}

Words authFailed(const Ctx &c)
{
    Words w;
    const Provider *p = c.provider;
    if (p && p->login != Provider::Login::Password) {
        w.title = FixCatalog::tr("%1 did not accept the password for %2").arg(p->name, c.hostShown());
        if (p->login == Provider::Login::AppPassword || p->id == QLatin1String("gmail"))
            w.fix << FixCatalog::tr(
                         "Do not use your normal %1 password here; if you already use an app password, "
                         "create a new one and type it exactly as shown, without spaces.")
                         .arg(p->name);
        w.fix << providerLoginSteps(c, *p);
        return w;
    }
    w.title = FixCatalog::tr("The password for %1 is wrong").arg(c.hostShown());
    w.fix = genericPasswordSteps(c);
    return w;
}

Words authMechanismUnsupported(const Ctx &c)
{
    Words w;
    const QString current = FixCatalog::authLabel(c.server().auth);
    w.title = sided(c, FixCatalog::tr("The incoming server does not accept \"%1\" as Authentication"),
                    FixCatalog::tr("The outgoing server does not accept \"%1\" as Authentication"))
                  .arg(current);
    const QList<AuthMethod> offered = offeredMethods(c);
    const QString authLabel = c.labelOf("auth");
    if (!offered.isEmpty()) {
        AuthMethod best = offered.first();
        for (AuthMethod m : offered) {
            if (m != c.server().auth) {
                best = m;
                break;
            }
        }
        QStringList actions{
            FixCatalog::tr("Tap %1 and choose %2.").arg(authLabel, FixCatalog::authLabel(best))};
        w.fix = onScreen(c, screenFor(c, "auth"), actions);
    } else {
        const QStringList raw = c.listParam("offered");
        if (raw.isEmpty())
            w.fix << onScreen(c, screenFor(c, "auth"),
                              {FixCatalog::tr("Tap %1 and choose %2.")
                                   .arg(authLabel, FixCatalog::authLabel(AuthMethod::Password))});
        else if (c.provider && c.provider->login == Provider::Login::ProviderSignIn)
            w.fix << providerLoginSteps(c, *c.provider);
        else
            w.fix << FixCatalog::tr(
                         "The server offers only logins the phone cannot do (%1): ask your provider "
                         "how to connect an iPhone.")
                         .arg(raw.join(QStringLiteral(", ")));
    }
    return w;
}

Words authNotOffered(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("The incoming server allows no login on port %1"),
                    FixCatalog::tr("The outgoing server allows no login on port %1"))
                  .arg(c.port);
    if (c.out() && c.port == 25)
        w.fix << FixCatalog::tr(
            "Use the submission port for sending: port 25 is for servers passing mail to each "
            "other.");
    Target t = suggestion(c, true);
    if (!changesSomething(c, t))
        t = secureDefault(c);
    w.fix << portSslSteps(c, t);
    return w;
}

Words authAppPasswordRequired(const Ctx &c)
{
    Words w;
    const Provider *p = c.provider;
    if (!p) {
        w.title = FixCatalog::tr("%1 needs an app-specific password or its own sign-in").arg(c.hostShown());
        w.fix << FixCatalog::tr(
            "Sign in to your provider's website, open the account's security settings and "
            "create an app password for Mail.");
        w.fix << enterNewPasswordSteps(c, true);
        return w;
    }
    if (p->id == QLatin1String("gmail"))
        w.title = FixCatalog::tr("Gmail needs Google sign-in or an app password, not your normal password");
    else if (p->id == QLatin1String("microsoft"))
        w.title = FixCatalog::tr("%1 needs Microsoft sign-in; passwords no longer work").arg(p->name);
    else if (p->id == QLatin1String("icloud"))
        w.title = FixCatalog::tr("iCloud needs an app-specific password, not your Apple Account password");
    else if (p->login == Provider::Login::EnableInWebmail)
        w.title = FixCatalog::tr("Mail apps must first be allowed in your %1 account").arg(p->name);
    else
        w.title = FixCatalog::tr("%1 needs an app password, not your normal password").arg(p->name);
    w.fix = providerLoginSteps(c, *p);
    return w;
}

Words authDisabled(const Ctx &c)
{
    Words w;
    const Provider *p = c.provider;
    if (p && (p->login == Provider::Login::EnableInWebmail)) {
        w.title = FixCatalog::tr("Mail apps must first be allowed in your %1 account").arg(p->name);
        w.fix = providerLoginSteps(c, *p);
        return w;
    }
    if (p && p->id == QLatin1String("microsoft")) {
        w.title = FixCatalog::tr("Password logins are turned off for this Microsoft mailbox");
        w.fix << FixCatalog::tr(
            "For a work or school account, ask the administrator to allow authenticated SMTP, "
            "IMAP or POP for the mailbox.");
        w.fix << providerLoginSteps(c, *p);
        return w;
    }
    w.title = FixCatalog::tr("Logins to %1 are turned off for this account").arg(c.hostShown());
    w.fix << FixCatalog::tr(
        "Sign in to your provider's webmail and turn on access for mail apps (IMAP, POP or SMTP) "
        "in the account settings.");
    w.fix << FixCatalog::tr("If there is no such setting, ask your provider to enable %1 for your account.")
                 .arg(c.protocolName());
    return w;
}

Words authTemporary(const Ctx &c)
{
    Words w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server refused the login for now")
                               : FixCatalog::tr("%1 refused the login for now").arg(c.host);
    w.fix << FixCatalog::tr("Wait 15 minutes, then try again.");
    w.fix << FixCatalog::tr(
        "Update or switch off other devices that use this account with an old password: their "
        "failed logins keep the block going.");
    return w;
}

Words authMechanismInfo(const Ctx &c)
{
    Words w;
    QStringList untested;
    for (const QString &m : c.listParam("offered")) {
        const QString label = FixCatalog::mechanismToLabel(m);
        const auto method = mechanismToMethod(m);
        if (method && (*method == AuthMethod::Ntlm || *method == AuthMethod::HttpMd5) &&
            !untested.contains(label))
            untested << label;
    }
    const QString list =
        untested.isEmpty() ? FixCatalog::tr("other logins") : untested.join(QStringLiteral(", "));
    w.title = FixCatalog::tr("The server also offers %1, which Mailfix did not test").arg(list);
    w.fix << FixCatalog::tr("Leave %1 on %2 unless your provider asks for %3.")
                 .arg(c.labelOf("auth"), FixCatalog::authLabel(AuthMethod::Password), list);
    return w;
}

Words smtpServerOff(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("The outgoing server is switched off on the phone");
    w.fix = navigate(c, Screen::Outgoing);
    w.fix << FixCatalog::tr("Turn on %1, then tap Done.").arg(c.label(Field::OutgoingServer));
    return w;
}

Words smtpRelayDenied(const Ctx &c)
{
    Words w;
    w.title =
        FixCatalog::tr("The outgoing server refuses to send your mail because the phone does not log in");
    w.fix = outgoingCredentialsSteps(c);
    const QString expected = providerHostForEmail(c);
    if (!expected.isEmpty() && expected.compare(c.s.outgoing.host.trimmed(), Qt::CaseInsensitive) != 0)
        w.fix << FixCatalog::tr("Also check %1: for your address it should be %2.")
                     .arg(c.label(Field::OutgoingHost), expected);
    return w;
}

Words smtpSenderRejected(const Ctx &c)
{
    Words w;
    const QString email = c.email();
    w.title = email.isEmpty() ? FixCatalog::tr("The outgoing server won't send as this address")
                              : FixCatalog::tr("The outgoing server won't send as %1").arg(email);
    if (c.f.evidence.contains(QLatin1String("not logged in"), Qt::CaseInsensitive)) {
        w.fix = outgoingCredentialsSteps(c);
        return w;
    }
    w.fix = navigate(c, Screen::Account);
    const QString user =
        c.s.outgoing.user.trimmed().isEmpty() ? c.s.incoming.user.trimmed() : c.s.outgoing.user.trimmed();
    if (user.isEmpty())
        w.fix << FixCatalog::tr("Check %1: it must be the address that belongs to your login.")
                     .arg(c.label(Field::Email));
    else
        w.fix << FixCatalog::tr("Check %1: it must be an address that belongs to the login %2.")
                     .arg(c.label(Field::Email), user);
    w.fix << finishStep(Screen::Account);
    w.fix << FixCatalog::tr("To send as another address, use that address's own outgoing server, or ask your "
                            "provider to allow it as a sender.");
    return w;
}

Words smtpGreetingRejected(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("The outgoing server %1 turned away the connection").arg(c.hostShown());
    w.fix << FixCatalog::tr("Try again in a few minutes; the server may be busy.");
    w.fix << FixCatalog::tr(
        "If it keeps happening, try from another network (mobile data instead of Wi-Fi): this "
        "network's address may be on a block list.");
    w.fix << FixCatalog::tr("If that does not help, send the server's reply below to your provider.");
    return w;
}

Words smtpTemporary(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("The outgoing server %1 asked to try again later").arg(c.hostShown());
    w.fix << FixCatalog::tr("Wait a few minutes and send again; the phone keeps unsent mail in the Outbox.");
    w.fix << FixCatalog::tr(
        "If it still fails after an hour, send the server's reply below to your provider.");
    return w;
}

Words smtpOpenRelay(const Ctx &c)
{
    Words w;
    w.title =
        FixCatalog::tr("The outgoing server %1 sends mail for anyone, without a login").arg(c.hostShown());
    w.fix << FixCatalog::tr(
        "Tell the server's administrator: an open relay is abused for spam and ends up on block "
        "lists.");
    w.fix << FixCatalog::tr(
                 "Use your provider's outgoing server with a login: enter its name in %1, your user name "
                 "and your password.")
                 .arg(c.label(Field::OutgoingHost));
    return w;
}

Words protocolLimitExceeded(const Ctx &c)
{
    Words w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server sent an endless or oversized reply")
                               : FixCatalog::tr("%1 sent an endless or oversized reply").arg(c.host);
    w.fix << FixCatalog::tr(
        "Check that host name and port are right: another kind of server may be answering.");
    w.fix << FixCatalog::tr(
        "If they are right, send the details below to your provider: the server misbehaves.");
    return w;
}

Words protocolInjection(const Ctx &c)
{
    Words w;
    w.title = c.host.isEmpty()
                  ? FixCatalog::tr("Someone on this network may be tampering with the mail connection")
                  : FixCatalog::tr("Someone on this network may be tampering with the connection to %1")
                        .arg(c.host);
    w.fix << FixCatalog::tr("Do not use this network for mail: disconnect from this Wi-Fi.");
    w.fix << FixCatalog::tr("Run the check again from another network, for example mobile data.");
    w.fix << FixCatalog::tr(
        "If it happens on every network, the server itself is faulty: tell your provider.");
    return w;
}

Words protocolAlert(const Ctx &c)
{
    Words w;
    QString text = c.param("text");
    if (text.isEmpty())
        text = c.f.evidence.trimmed();
    text.remove(
        QRegularExpression(QStringLiteral("^.*\\[ALERT\\]\\s*"), QRegularExpression::CaseInsensitiveOption));
    if (text.size() > 100)
        text = text.left(99) + QChar(0x2026);
    w.title = text.isEmpty() ? FixCatalog::tr("The incoming server %1 sent a notice").arg(c.hostShown())
                             : FixCatalog::tr("The incoming server says: %1").arg(text);
    w.fix << FixCatalog::tr("Read the server's notice below; it comes from the server, not from Mailfix.");
    w.fix << FixCatalog::tr("If it asks you to do something, check with your provider before you follow it.");
    return w;
}

Words authSkippedUntrusted(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("The password was not tried on %1 because its certificate is not trusted")
                  .arg(c.hostShown());
    w.fix << FixCatalog::tr("Fix the certificate problem first, then run the check again.");
    w.fix << FixCatalog::tr(
        "If you know this server and trust its certificate, accept the certificate in Mailfix "
        "and run the check again.");
    return w;
}

Words authSkippedPlaintext(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("The password was not tried on %1 because it would travel unencrypted")
                  .arg(c.hostShown());
    Target t = suggestion(c, true);
    t.ssl = true;
    w.fix << onScreen(c, screenFor(c, "ssl"), portSslActions(c, t));
    w.fix << FixCatalog::tr(
        "To test the password without encryption anyway, allow it for this server in Mailfix and "
        "run the check again.");
    return w;
}

Words incomingPathPrefix(const Ctx &c)
{
    Words w;
    const QString prefix = c.param("prefix").isEmpty() ? c.s.imapPathPrefix.trimmed() : c.param("prefix");
    w.title = FixCatalog::tr("IMAP Path Prefix \"%1\" matches no folder on the server").arg(prefix);
    const QString label = c.label(Field::IncomingPathPrefix);
    const QString suggested = c.param("suggested_prefix");
    QStringList actions;
    if (suggested.isEmpty())
        actions << FixCatalog::tr("Tap %1 and delete its contents, so it is empty.").arg(label);
    else
        actions << FixCatalog::tr("Enter %1 in %2.").arg(suggested, label);
    w.fix = onScreen(c, Screen::Advanced, actions);
    return w;
}

Words connectGreetingTimeout(const Ctx &c)
{
    Words w;
    w.title =
        sided(c, FixCatalog::tr("The incoming server %1 accepted the connection on port %2 but said nothing"),
              FixCatalog::tr("The outgoing server %1 accepted the connection on port %2 but said nothing"))
            .arg(c.hostShown())
            .arg(c.port);
    Target t = suggestion(c, false);
    if (t.port <= 0 && !t.ssl && isImplicitTlsPort(c.port) && !c.server().ssl) {
        t.port = c.port;
        t.ssl = true;
    }
    if (!changesSomething(c, t))
        t = secureDefault(c);
    if (changesSomething(c, t))
        w.fix = portSslSteps(c, t);
    else
        w.fix << FixCatalog::tr(
            "The server may be overloaded: try again later, and ask your provider if it stays "
            "silent.");
    return w;
}

bool isMicrosoft(const Ctx &c)
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

Words iosKnownBug(const Ctx &c)
{
    Words w;
    const IosVersion &v = c.s.ios;
    if (v.major == 11 && v.minor == 0 && v.patch == 0 && isMicrosoft(c))
        w.title =
            FixCatalog::tr("iOS 11.0 cannot send mail through Microsoft's servers (fixed in iOS 11.0.1)");
    else
        w.title = FixCatalog::tr("iOS %1 has a known mail bug with this server").arg(v.toString());
    w.fix << FixCatalog::tr("Leave the Mail settings as they are: they are correct.");
    w.fix << FixCatalog::tr(
        "Update the phone: Settings > General > Software Update, then tap Download and Install.");
    w.fix << FixCatalog::tr("After the update, send the message again.");
    return w;
}

Words unknownCode(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("A problem was found (%1)")
                  .arg(c.f.code.isEmpty() ? FixCatalog::tr("unknown") : c.f.code);
    if (!c.f.field.isEmpty()) {
        const QString label = c.label(c.f.field);
        w.fix = onScreen(
            c, fieldScreen(c.f.field),
            {FixCatalog::tr("Compare %1 with your provider's instructions and correct it.").arg(label)});
    } else {
        w.fix << FixCatalog::tr("Compare the account's settings with your provider's instructions.");
        w.fix << FixCatalog::tr(
            "Run the check again; send the details below to your provider if it persists.");
    }
    return w;
}

Words settingsPortInvalid(const Ctx &c)
{
    Words w;
    w.title = sided(c, FixCatalog::tr("The incoming Server Port %1 is not a port number"),
                    FixCatalog::tr("The outgoing Server Port %1 is not a port number"))
                  .arg(c.intParam("port"));
    w.fix = portSslSteps(c, secureDefault(c));
    return w;
}

Words smtpRelayInconclusive(const Ctx &c)
{
    Words w;
    w.title = FixCatalog::tr("The outgoing server %1 refused the test recipient, not the sending").arg(c.hostShown());
    w.fix << FixCatalog::tr(
        "Nothing to change on the phone for this: the server checked the test address itself.");
    w.fix << FixCatalog::tr(
        "To test relaying fully, run the check again with a recipient address you know works "
        "(--relay-recipient).");
    return w;
}

Words protocolTimeout(const Ctx &c)
{
    Words w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server stopped answering")
                               : FixCatalog::tr("%1 stopped answering in the middle of the check").arg(c.host);
    w.fix << FixCatalog::tr(
        "Check that host name and port are right: another kind of server may be answering.");
    w.fix << FixCatalog::tr(
        "Try again later or from another network; if it persists, send the details below to your "
        "provider.");
    return w;
}

Words connectClosed(const Ctx &c)
{
    Words w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server closed the connection")
                               : FixCatalog::tr("%1 closed the connection during the check").arg(c.host);
    w.fix << FixCatalog::tr(
        "Check that host name and port are right: the server may not offer this service on that "
        "port.");
    w.fix << FixCatalog::tr(
        "If they are right, the server may be refusing this network or be overloaded: try again "
        "later or from another network, and send the details below to your provider if it persists.");
    return w;
}

Words checkCancelled(const Ctx &)
{
    Words w;
    w.title = FixCatalog::tr("The check was cancelled before it finished");
    w.fix << FixCatalog::tr("Press Check again to test all settings.");
    return w;
}

const QHash<QString, Describer> &describers()
{
    static const QHash<QString, Describer> table{
        {QStringLiteral("settings.missing"), &settingsMissing},
        {QStringLiteral("settings.host_malformed"), &hostMalformed},
        {QStringLiteral("settings.email_malformed"), &emailMalformed},
        {QStringLiteral("dns.not_found"), &dnsNotFound},
        {QStringLiteral("dns.failure"), &dnsFailure},
        {QStringLiteral("connect.refused"), &connectRefused},
        {QStringLiteral("connect.timeout"), &connectTimeout},
        {QStringLiteral("connect.unreachable"), &connectUnreachable},
        {QStringLiteral("connect.greeting_timeout"), &connectGreetingTimeout},
        {QStringLiteral("protocol.mismatch"), &protocolMismatch},
        {QStringLiteral("protocol.limit_exceeded"), &protocolLimitExceeded},
        {QStringLiteral("protocol.injection"), &protocolInjection},
        {QStringLiteral("protocol.alert"), &protocolAlert},
        {QStringLiteral("tls.required"), &tlsRequired},
        {QStringLiteral("tls.unavailable"), &tlsUnavailable},
        {QStringLiteral("tls.implicit_expected"), &tlsImplicitExpected},
        {QStringLiteral("tls.handshake_failed"), &tlsHandshakeFailed},
        {QStringLiteral("tls.plaintext_login"), &tlsPlaintextLogin},
        {QStringLiteral("tls.starttls_failed"), &tlsStarttlsFailed},
        {QStringLiteral("cert.untrusted"), &certUntrusted},
        {QStringLiteral("cert.expired"), &certExpired},
        {QStringLiteral("cert.not_yet_valid"), &certNotYetValid},
        {QStringLiteral("cert.hostname_mismatch"), &certHostnameMismatch},
        {QStringLiteral("auth.credentials_missing"), &authCredentialsMissing},
        {QStringLiteral("auth.failed"), &authFailed},
        {QStringLiteral("auth.mechanism_unsupported"), &authMechanismUnsupported},
        {QStringLiteral("auth.not_offered"), &authNotOffered},
        {QStringLiteral("auth.app_password_required"), &authAppPasswordRequired},
        {QStringLiteral("auth.disabled"), &authDisabled},
        {QStringLiteral("auth.temporary"), &authTemporary},
        {QStringLiteral("auth.skipped_untrusted"), &authSkippedUntrusted},
        {QStringLiteral("auth.skipped_plaintext"), &authSkippedPlaintext},
        {QStringLiteral("auth.mechanism_info"), &authMechanismInfo},
        {QStringLiteral("smtp.server_off"), &smtpServerOff},
        {QStringLiteral("smtp.relay_denied"), &smtpRelayDenied},
        {QStringLiteral("smtp.sender_rejected"), &smtpSenderRejected},
        {QStringLiteral("smtp.greeting_rejected"), &smtpGreetingRejected},
        {QStringLiteral("smtp.temporary"), &smtpTemporary},
        {QStringLiteral("smtp.open_relay"), &smtpOpenRelay},
        {QStringLiteral("incoming.path_prefix"), &incomingPathPrefix},
        {QStringLiteral("ios.known_bug"), &iosKnownBug},
        {QStringLiteral("settings.port_invalid"), &settingsPortInvalid},
        {QStringLiteral("smtp.relay_inconclusive"), &smtpRelayInconclusive},
        {QStringLiteral("protocol.timeout"), &protocolTimeout},
        {QStringLiteral("connect.closed"), &connectClosed},
        {QStringLiteral("check.cancelled"), &checkCancelled},
    };
    return table;
}

// ---------------------------------------------------------------------------
// The phone's alerts (FACTS.md "What the phone says").

QString alert(const QString &title, const QString &message)
{
    return title + QStringLiteral(" \u2014 ") + message;
}

QString cannotSend(const QString &message)
{
    return alert(FixCatalog::tr("Cannot Send Mail", "iOS alert"), message);
}

QString cannotGet(const QString &message)
{
    return alert(FixCatalog::tr("Cannot Get Mail", "iOS alert"), message);
}

QString outgoingConnectionFailed(const QString &host)
{
    return cannotSend(
        FixCatalog::tr("The connection to the outgoing server \"%1\" failed.", "iOS alert").arg(host));
}

QString incomingNotResponding(const QString &host)
{
    return cannotGet(
        FixCatalog::tr("The mail server \"%1\" is not responding. Verify that you have entered the "
                       "correct account info in Mail settings.",
                       "iOS alert")
            .arg(host));
}

/// The foreign recipient of the relay test.
QString relayRecipient(const Ctx &c)
{
    for (const char *key : {"recipient", "rcpt", "relay_recipient"}) {
        const QString r = c.param(key);
        if (!r.isEmpty())
            return r;
    }
    static const QRegularExpression angle(QStringLiteral("<([^<>@\\s]+@[^<>\\s]+)>"));
    const auto m = angle.match(c.f.evidence);
    if (m.hasMatch())
        return m.captured(1);
    //: placeholder in the phone's alert when the recipient's address is not known
    return FixCatalog::tr("(recipient)");
}

} // namespace

// ---------------------------------------------------------------------------
// Public API.

/// A provider rule's own words (core/diagnosis/ProviderAdvice), with this phone's paths.
static std::optional<Words> providerRuleWords(const Ctx &c)
{
    if (c.f.facts.rule.isEmpty() || !c.provider)
        return std::nullopt;
    ProviderDirectory::Provider::Rule when;
    when.since = QDate::fromString(c.f.facts.since, Qt::ISODate);
    when.confirmed = c.f.facts.sinceConfirmed;
    ProviderAdvice::Phone phone;
    phone.addAccountPath = addAccountPath(c);
    phone.deleteAccountStep = deleteAccountStep(c);
    phone.passwordField = c.side == Side::None ? c.label(Field::IncomingPassword) : c.labelOf("password");
    phone.updateIosPath = joinPath({FixCatalog::tr("Settings", "iOS label"), FixCatalog::tr("General", "iOS label"),
                                    FixCatalog::tr("Software Update", "iOS label")});
    const auto pw = ProviderAdvice::words(c.f.facts.rule, *c.provider, when, c.protocolName(), phone);
    if (!pw)
        return std::nullopt;
    return Words{pw->title, pw->fix};
}

void FixCatalog::describe(Finding &f, const AccountSettings &s)
{
    const Ctx c(f, s);
    const Describer d = describers().value(f.code, &unknownCode);
    const std::optional<Words> byRule = providerRuleWords(c);
    Words w = byRule ? *byRule : d(c);
    if (w.title.isEmpty() || w.fix.isEmpty()) // never leave a finding without words
        w = unknownCode(c);
    w.fix.removeAll(QString());
    f.title = w.title;
    f.fix = w.fix;
}

QStringList FixCatalog::knownCodes()
{
    QStringList codes = describers().keys();
    codes.sort();
    return codes;
}

QString FixCatalog::accountsPath(const IosVersion &v)
{
    return joinPath(accountsParts(v));
}

QString FixCatalog::accountPath(const IosVersion &v)
{
    return joinPath(screenParts(Screen::Account, v, accountPlaceholder()));
}

QString FixCatalog::screenPath(const QString &field, const AccountSettings &s)
{
    return joinPath(screenParts(fieldScreen(field), s.ios, accountName(s)));
}

QString FixCatalog::fieldLabel(const QString &field, const IosVersion &v)
{
    if (field == Field::Email)
        return tr("Email", "iOS label");
    if (field == Field::IosVersion)
        // About shows "iOS Version" since iOS 16, "Software Version" before (boundary unconfirmed).
        return v.major >= 16 ? tr("iOS Version", "iOS label") : tr("Software Version", "iOS label");
    if (field == Field::IncomingPathPrefix)
        return tr("IMAP Path Prefix", "iOS label");
    if (field == Field::IncomingType)
        return tr("IMAP / POP", "iOS label");
    if (field == Field::OutgoingServer)
        return tr("Server", "iOS label");
    const QString leaf = field.section(QLatin1Char('.'), 1);
    if (leaf == QLatin1String("host"))
        return tr("Host Name", "iOS label");
    if (leaf == QLatin1String("user"))
        return tr("User Name", "iOS label");
    if (leaf == QLatin1String("password"))
        return tr("Password", "iOS label");
    if (leaf == QLatin1String("ssl"))
        return tr("Use SSL", "iOS label");
    if (leaf == QLatin1String("auth"))
        return tr("Authentication", "iOS label");
    if (leaf == QLatin1String("port"))
        return tr("Server Port", "iOS label");
    return field;
}

QString FixCatalog::authLabel(AuthMethod m)
{
    switch (m) {
    case AuthMethod::Password:
        return tr("Password", "iOS label");
    case AuthMethod::Md5:
        return tr("MD5 Challenge-Response", "iOS label");
    case AuthMethod::Ntlm:
        return tr("NTLM", "iOS label");
    case AuthMethod::HttpMd5:
        return tr("HTTP MD5 Digest", "iOS label");
    case AuthMethod::None:
        return tr("None", "iOS label");
    }
    return {};
}

QString FixCatalog::mechanismToLabel(const QString &saslMech)
{
    const auto m = mechanismToMethod(saslMech);
    return m ? authLabel(*m) : QString();
}

QString FixCatalog::phoneAlert(const Finding &f, const AccountSettings &s)
{
    const Ctx c(f, s);
    const QString code = f.code;
    const QString host = c.hostShown();

    if (code == QLatin1String("smtp.relay_denied") || code == QLatin1String("auth.credentials_missing")) {
        if (!c.out())
            return {};
        return cannotSend(
            tr("The recipient \"%1\" was rejected by the server because it does not allow relaying.",
               "iOS alert")
                .arg(relayRecipient(c)));
    }
    if (code == QLatin1String("smtp.sender_rejected")) {
        const QString email = c.email();
        return cannotSend(tr("The sender address \"%1\" was rejected by the server.", "iOS alert")
                              .arg(email.isEmpty() ? tr("(your address)") : email));
    }
    if (code == QLatin1String("ios.known_bug")) {
        if (s.ios.major == 11 && s.ios.minor == 0 && s.ios.patch == 0 && isMicrosoft(c))
            return cannotSend(tr("The message was rejected by the server.", "iOS alert"));
        return {};
    }
    if (code.startsWith(QLatin1String("cert."))) {
        // Apple's text goes on after the first sentence; only that sentence is confirmed.
        return alert(tr("Cannot Verify Server Identity", "iOS alert"),
                     tr("The identity of \"%1\" cannot be verified by Mail. \u2026", "iOS alert").arg(host));
    }
    if (code == QLatin1String("settings.missing") && f.field == Field::IncomingPassword) {
        // Which name the phone puts in here (account or server) is unconfirmed.
        const QString name = s.description.trimmed().isEmpty() ? host : s.description.trimmed();
        return cannotGet(tr("No password provided for \"%1\". Please go to Mail Account Settings and enter a "
                            "password.",
                            "iOS alert")
                             .arg(name));
    }
    if (code == QLatin1String("auth.failed") || code == QLatin1String("auth.app_password_required") ||
        code == QLatin1String("auth.disabled")) {
        if (c.out())
            return {}; // no confirmed text for the outgoing side
        return cannotGet(tr("The user name or password for \"%1\" is incorrect.", "iOS alert").arg(host));
    }
    if (code == QLatin1String("tls.unavailable") || code == QLatin1String("tls.starttls_failed")) {
        if (c.out())
            return cannotSend(
                tr("Check the SSL setting for the outgoing server \"%1\".", "iOS alert").arg(host));
        if (c.side == Side::Incoming)
            return alert(tr("Cannot Connect Using SSL", "iOS alert"),
                         tr("[exact wording unconfirmed: the phone offers to try without SSL]"));
        return {};
    }
    static const QStringList connectionCodes{
        QStringLiteral("dns.not_found"),          QStringLiteral("dns.failure"),
        QStringLiteral("connect.refused"),        QStringLiteral("connect.timeout"),
        QStringLiteral("connect.unreachable"),    QStringLiteral("connect.greeting_timeout"),
        QStringLiteral("protocol.mismatch"),      QStringLiteral("tls.implicit_expected"),
        QStringLiteral("tls.handshake_failed"),   QStringLiteral("smtp.greeting_rejected"),
        QStringLiteral("settings.host_malformed")};
    if (connectionCodes.contains(code)) {
        if (c.out())
            return outgoingConnectionFailed(host);
        if (c.side == Side::Incoming)
            return incomingNotResponding(host);
    }
    return {};
}

FixCatalog::Screen FixCatalog::screenOf(const QString &field)
{
    return fieldScreen(field);
}

} // namespace mailfix
