// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixWording.h"

#include "wording/FixSteps.h"
#include "wording/PhonePaths.h"

// Titles and fix steps for smtp.*.

namespace mailfix::wording {

FixText smtpServerOff(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("The outgoing server is switched off on the phone");
    w.fix = navigate(c, Screen::Outgoing);
    w.fix << FixCatalog::tr("Turn on %1, then tap Done.").arg(c.label(Field::OutgoingServer));
    return w;
}

FixText smtpRelayDenied(const FixContext &c)
{
    FixText w;
    w.title =
        FixCatalog::tr("The outgoing server refuses to send your mail because the phone does not log in");
    w.fix = outgoingCredentialsSteps(c);
    const QString expected = providerHostForEmail(c);
    if (!expected.isEmpty() && expected.compare(c.s.outgoing.host.trimmed(), Qt::CaseInsensitive) != 0)
        w.fix << FixCatalog::tr("Also check %1: for your address it should be %2.")
                     .arg(c.label(Field::OutgoingHost), expected);
    return w;
}

FixText smtpSenderRejected(const FixContext &c)
{
    FixText w;
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
    w.fix << finishStep(c, Screen::Account);
    w.fix << FixCatalog::tr("To send as another address, use that address's own outgoing server, or ask your "
                            "provider to allow it as a sender.");
    return w;
}

FixText smtpGreetingRejected(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("The outgoing server %1 turned away the connection").arg(c.hostShown());
    w.fix << FixCatalog::tr("Try again in a few minutes; the server may be busy.");
    w.fix << FixCatalog::tr(
        "If it keeps happening, try from another network (mobile data instead of Wi-Fi): this "
        "network's address may be on a block list.");
    w.fix << FixCatalog::tr("If that does not help, send the server's reply below to your provider.");
    return w;
}

FixText smtpTemporary(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("The outgoing server %1 asked to try again later").arg(c.hostShown());
    w.fix << FixCatalog::tr("Wait a few minutes and send again; the phone keeps unsent mail in the Outbox.");
    w.fix << FixCatalog::tr(
        "If it still fails after an hour, send the server's reply below to your provider.");
    return w;
}

FixText smtpOpenRelay(const FixContext &c)
{
    FixText w;
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

FixText smtpRelayInconclusive(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("The outgoing server %1 refused the test recipient, not the sending").arg(c.hostShown());
    w.fix << FixCatalog::tr(
        "Nothing to change on the phone for this: the server checked the test address itself.");
    w.fix << FixCatalog::tr(
        "To test relaying fully, run the check again with a recipient address you know works "
        "(--relay-recipient).");
    return w;
}

} // namespace mailfix::wording
