// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/PhoneAlerts.h"

#include "wording/FixSteps.h"

#include "diagnosis/PhoneSymptoms.h"
#include "model/Codes.h"

#include <QRegularExpression>

namespace mailfix::wording {

namespace {

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
QString relayRecipient(const FixContext &c)
{
    const QString r = c.f.facts.recipient.trimmed();
    if (!r.isEmpty())
        return r;
    static const QRegularExpression angle(QStringLiteral("<([^<>@\\s]+@[^<>\\s]+)>"));
    const auto m = angle.match(c.f.evidence);
    if (m.hasMatch())
        return m.captured(1);
    //: placeholder in the phone's alert when the recipient's address is not known
    return FixCatalog::tr("(recipient)");
}

/// The alert in the phone's language, unmarked.
QString alertText(const FixContext &c);

} // namespace

QString phoneAlert(const FixContext &c)
{
    const QString text = alertText(c);
    // Apple's alert texts are confirmed in English only (FACTS.md); in another
    // language this is Mailfix's translation, and the reader is told so.
    if (text.isEmpty() || c.w.language() == PhoneLanguage::English)
        return text;
    return text + QLatin1Char(' ')
         + FixCatalog::tr("[translated by Mailfix: the phone's own words may differ]");
}

namespace {

QString alertText(const FixContext &c)
{
    const Finding &f = c.f;
    const AccountSettings &s = c.s;
    const QString code = f.code;
    const QString host = c.hostShown();

    if (code == QLatin1String("smtp.relay_denied") || code == QLatin1String("auth.credentials_missing")) {
        if (!c.out())
            return {};
        return cannotSend(
            FixCatalog::tr("The recipient \"%1\" was rejected by the server because it does not allow relaying.",
               "iOS alert")
                .arg(relayRecipient(c)));
    }
    if (code == QLatin1String("smtp.sender_rejected")) {
        const QString email = c.email();
        return cannotSend(FixCatalog::tr("The sender address \"%1\" was rejected by the server.", "iOS alert")
                              .arg(email.isEmpty() ? FixCatalog::tr("(your address)") : email));
    }
    if (code == QLatin1String("ios.known_bug")) {
        if (s.ios.major == 11 && s.ios.minor == 0 && s.ios.patch == 0 && isMicrosoft(c))
            return cannotSend(FixCatalog::tr("The message was rejected by the server.", "iOS alert"));
        return {};
    }
    if (code.startsWith(QLatin1String("cert."))) {
        // Apple's text goes on after the first sentence; only that sentence is confirmed.
        return alert(FixCatalog::tr("Cannot Verify Server Identity", "iOS alert"),
                     FixCatalog::tr("The identity of \"%1\" cannot be verified by Mail. \u2026", "iOS alert").arg(host));
    }
    if (code == QLatin1String("settings.missing") && f.field == Field::IncomingPassword) {
        // Which name the phone puts in here (account or server) is unconfirmed.
        const QString name = s.description.trimmed().isEmpty() ? host : s.description.trimmed();
        return cannotGet(FixCatalog::tr("No password provided for \"%1\". Please go to Mail Account Settings and enter a "
                            "password.",
                            "iOS alert")
                             .arg(name));
    }
    if (code == QLatin1String("auth.failed") || code == QLatin1String("auth.app_password_required") ||
        code == QLatin1String("auth.disabled")) {
        if (c.out())
            return {}; // no confirmed text for the outgoing side
        return cannotGet(FixCatalog::tr("The user name or password for \"%1\" is incorrect.", "iOS alert").arg(host));
    }
    if (code == QLatin1String("tls.unavailable") || code == QLatin1String("tls.starttls_failed")) {
        if (c.out())
            return cannotSend(
                FixCatalog::tr("Check the SSL setting for the outgoing server \"%1\".", "iOS alert").arg(host));
        if (c.side == Side::Incoming)
            return alert(FixCatalog::tr("Cannot Connect Using SSL", "iOS alert"),
                         FixCatalog::tr("[exact wording unconfirmed: the phone offers to try without SSL]"));
        return {};
    }
    // What the phone shows when it cannot connect — and away from the network the check
    // ran on (port 25 on cellular, a server on a LAN): network.depends_on_location.
    static const QStringList connectionCodes = PhoneSymptoms::connectionCodes() << Code::NetworkDependsOnLocation;
    if (connectionCodes.contains(code)) {
        if (c.out())
            return outgoingConnectionFailed(host);
        if (c.side == Side::Incoming)
            return incomingNotResponding(host);
    }
    return {};
}

} // namespace

} // namespace mailfix::wording
