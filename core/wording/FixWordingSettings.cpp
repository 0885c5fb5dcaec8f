// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixWording.h"

#include "wording/FixSteps.h"
#include "wording/PhonePaths.h"

// Titles and fix steps for settings.*, incoming.path_prefix, ios.known_bug, check.cancelled
// and the wording for codes without their own.

namespace mailfix::wording {

FixText settingsMissing(const FixContext &c)
{
    FixText w;
    const QString field = c.f.field;
    const QString label = c.label(field);
    if (field == Field::IncomingPassword) {
        w.title = FixCatalog::tr("The phone has no password for the incoming server %1").arg(c.hostShown());
        w.fix = navigate(c, Screen::Account);
        w.fix << FixCatalog::tr("Enter your password in %1 under Incoming Mail Server.").arg(label);
        w.fix << finishStep(c, Screen::Account);
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
        w.fix = onScreen(c, FieldScreens::screenOf(field),
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
    w.fix = onScreen(c, FieldScreens::screenOf(field),
                     {FixCatalog::tr("Fill in %1 as your provider's instructions say.").arg(label)});
    return w;
}

FixText hostMalformed(const FixContext &c)
{
    FixText w;
    const QString raw = c.server().host.isEmpty() ? c.host : c.server().host;
    w.title = sided(c, FixCatalog::tr("The incoming server name \"%1\" is not a valid host name"),
                    FixCatalog::tr("The outgoing server name \"%1\" is not a valid host name"))
                  .arg(raw);
    QString cleaned = c.f.facts.suggestedHost.trimmed();
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

FixText emailMalformed(const FixContext &c)
{
    FixText w;
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

FixText settingsPortInvalid(const FixContext &c)
{
    FixText w;
    w.title = sided(c, FixCatalog::tr("The incoming Server Port %1 is not a port number"),
                    FixCatalog::tr("The outgoing Server Port %1 is not a port number"))
                  .arg(c.f.facts.port);
    w.fix = portSslSteps(c, secureDefault(c));
    return w;
}

FixText incomingPathPrefix(const FixContext &c)
{
    FixText w;
    const QString tried = c.f.facts.prefix.trimmed();
    const QString prefix = tried.isEmpty() ? c.s.imapPathPrefix.trimmed() : tried;
    w.title = FixCatalog::tr("IMAP Path Prefix \"%1\" matches no folder on the server").arg(prefix);
    const QString label = c.label(Field::IncomingPathPrefix);
    const QString suggested = c.f.facts.suggestedPrefix.trimmed();
    QStringList actions;
    if (suggested.isEmpty())
        actions << FixCatalog::tr("Tap %1 and delete its contents, so it is empty.").arg(label);
    else
        actions << FixCatalog::tr("Enter %1 in %2.").arg(suggested, label);
    w.fix = onScreen(c, Screen::Advanced, actions);
    return w;
}

FixText iosKnownBug(const FixContext &c)
{
    FixText w;
    const IosVersion &v = c.s.ios;
    if (v.major == 11 && v.minor == 0 && v.patch == 0 && isMicrosoft(c))
        w.title =
            FixCatalog::tr("iOS 11.0 cannot send mail through Microsoft's servers (fixed in iOS 11.0.1)");
    else
        w.title = FixCatalog::tr("iOS %1 has a known mail bug with this server").arg(v.toString());
    w.fix << FixCatalog::tr("Leave the Mail settings as they are: they are correct.");
    w.fix << FixCatalog::tr("Update the phone: %1, then tap Download and Install.")
                 .arg(generalPath(c, {QStringLiteral("softwareUpdate")}));
    w.fix << FixCatalog::tr("After the update, send the message again.");
    return w;
}

FixText checkCancelled(const FixContext &)
{
    FixText w;
    w.title = FixCatalog::tr("The check was cancelled before it finished");
    w.fix << FixCatalog::tr("Press Check again to test all settings.");
    return w;
}

FixText unknownCode(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("A problem was found (%1)")
                  .arg(c.f.code.isEmpty() ? FixCatalog::tr("unknown") : c.f.code);
    if (!c.f.field.isEmpty()) {
        const QString label = c.label(c.f.field);
        w.fix = onScreen(
            c, FieldScreens::screenOf(c.f.field),
            {FixCatalog::tr("Compare %1 with your provider's instructions and correct it.").arg(label)});
    } else {
        w.fix << FixCatalog::tr("Compare the account's settings with your provider's instructions.");
        w.fix << FixCatalog::tr(
            "Run the check again; send the details below to your provider if it persists.");
    }
    return w;
}

} // namespace mailfix::wording
