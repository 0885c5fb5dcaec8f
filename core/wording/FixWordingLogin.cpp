// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixWording.h"

#include "diagnosis/StandardPorts.h"

#include "wording/FixSteps.h"
#include "wording/PhonePaths.h"

// Titles and fix steps for auth.*, with the provider's own way to log in.

namespace mailfix::wording {

/// The provider's own way to log in; \a p must not be null.
QStringList providerLoginSteps(const FixContext &c, const Provider &p)
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

FixText authCredentialsMissing(const FixContext &c)
{
    FixText w;
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

FixText authFailed(const FixContext &c)
{
    FixText w;
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

FixText authMechanismUnsupported(const FixContext &c)
{
    FixText w;
    const QString current = c.w.authLabel(c.server().auth);
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
            FixCatalog::tr("Tap %1 and choose %2.").arg(authLabel, c.w.authLabel(best))};
        w.fix = onScreen(c, screenFor(c, "auth"), actions);
    } else {
        const QStringList raw = FixContext::cleanList(c.f.facts.offered);
        if (raw.isEmpty())
            w.fix << onScreen(c, screenFor(c, "auth"),
                              {FixCatalog::tr("Tap %1 and choose %2.")
                                   .arg(authLabel, c.w.authLabel(AuthMethod::Password))});
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

FixText authNotOffered(const FixContext &c)
{
    FixText w;
    w.title = sided(c, FixCatalog::tr("The incoming server allows no login on port %1"),
                    FixCatalog::tr("The outgoing server allows no login on port %1"))
                  .arg(c.port);
    if (c.out() && c.port == StandardPorts::relay())
        w.fix << FixCatalog::tr(
            "Use the submission port for sending: port 25 is for servers passing mail to each "
            "other.");
    Target t = suggestion(c, true);
    if (!changesSomething(c, t))
        t = secureDefault(c);
    w.fix << portSslSteps(c, t);
    return w;
}

FixText authAppPasswordRequired(const FixContext &c)
{
    FixText w;
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

FixText authDisabled(const FixContext &c)
{
    FixText w;
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

FixText authTemporary(const FixContext &c)
{
    FixText w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server refused the login for now")
                               : FixCatalog::tr("%1 refused the login for now").arg(c.host);
    w.fix << FixCatalog::tr("Wait 15 minutes, then try again.");
    w.fix << FixCatalog::tr(
        "Update or switch off other devices that use this account with an old password: their "
        "failed logins keep the block going.");
    return w;
}

FixText authMechanismInfo(const FixContext &c)
{
    FixText w;
    QStringList untested;
    for (const QString &m : FixContext::cleanList(c.f.facts.offered)) {
        const auto method = mechanismToMethod(m);
        const QString label = method ? c.w.authLabel(*method) : QString();
        if (method && (*method == AuthMethod::Ntlm || *method == AuthMethod::HttpMd5) &&
            !untested.contains(label))
            untested << label;
    }
    const QString list =
        untested.isEmpty() ? FixCatalog::tr("other logins") : untested.join(QStringLiteral(", "));
    w.title = FixCatalog::tr("The server also offers %1, which Mailfix did not test").arg(list);
    w.fix << FixCatalog::tr("Leave %1 on %2 unless your provider asks for %3.")
                 .arg(c.labelOf("auth"), c.w.authLabel(AuthMethod::Password), list);
    return w;
}

FixText authSkippedUntrusted(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("The password was not tried on %1 because its certificate is not trusted")
                  .arg(c.hostShown());
    w.fix << FixCatalog::tr("Fix the certificate problem first, then run the check again.");
    w.fix << FixCatalog::tr(
        "If you know this server and trust its certificate, accept the certificate in Mailfix "
        "and run the check again.");
    return w;
}

FixText authSkippedPlaintext(const FixContext &c)
{
    FixText w;
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

} // namespace mailfix::wording
