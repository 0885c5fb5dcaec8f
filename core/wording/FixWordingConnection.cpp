// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixWording.h"

#include "diagnosis/StandardPorts.h"

#include "wording/FixSteps.h"
#include "wording/PhonePaths.h"

#include <QRegularExpression>

// Titles and fix steps for dns.*, connect.* and protocol.*.

namespace mailfix::wording {

FixText dnsNotFound(const FixContext &c)
{
    FixText w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 does not exist"),
                    FixCatalog::tr("The outgoing server %1 does not exist"))
                  .arg(c.hostShown());
    QString suggested = c.f.facts.suggestedHost.trimmed();
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

FixText dnsFailure(const FixContext &)
{
    FixText w;
    w.title = FixCatalog::tr("Server names could not be looked up (no answer from DNS)");
    w.fix << FixCatalog::tr("Check that this computer is online: open any web page.");
    w.fix << FixCatalog::tr(
        "Run the check again; if it keeps failing, restart the router or try another network.");
    return w;
}

FixText connectRefused(const FixContext &c)
{
    FixText w;
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

FixText connectTimeout(const FixContext &c)
{
    FixText w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 does not answer on port %2"),
                    FixCatalog::tr("The outgoing server %1 does not answer on port %2"))
                  .arg(c.hostShown())
                  .arg(c.port);
    const Target t = suggestion(c, true);
    if (c.out() && c.port == StandardPorts::relay())
        w.fix << FixCatalog::tr(
                     "Use port %1 instead of 25: port 25 is blocked on most mobile networks and many "
                     "Wi-Fi networks.")
                     .arg(t.port > 0 && t.port != StandardPorts::relay() ? t.port : StandardPorts::submission());
    if (changesSomething(c, t))
        w.fix << portSslSteps(c, t);
    else
        w.fix << onScreen(c, screenFor(c, "host"), {checkHostAction(c)});
    w.fix << FixCatalog::tr(
        "If mail works on one network but not on another, that network blocks the port: try "
        "mobile data or another Wi-Fi.");
    return w;
}

FixText connectUnreachable(const FixContext &c)
{
    FixText w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server cannot be reached from this network")
                               : FixCatalog::tr("%1 cannot be reached from this network").arg(c.host);
    w.fix << FixCatalog::tr("Check that this computer is online: open any web page.");
    w.fix << FixCatalog::tr(
        "Run the check again; if only this server stays unreachable, it or its network is down: "
        "ask your provider.");
    return w;
}

FixText connectGreetingTimeout(const FixContext &c)
{
    FixText w;
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

FixText connectClosed(const FixContext &c)
{
    FixText w;
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

FixText protocolMismatch(const FixContext &c)
{
    FixText w;
    const QString seen = c.f.facts.protocolSeen.trimmed();
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

FixText protocolLimitExceeded(const FixContext &c)
{
    FixText w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server sent an endless or oversized reply")
                               : FixCatalog::tr("%1 sent an endless or oversized reply").arg(c.host);
    w.fix << FixCatalog::tr(
        "Check that host name and port are right: another kind of server may be answering.");
    w.fix << FixCatalog::tr(
        "If they are right, send the details below to your provider: the server misbehaves.");
    return w;
}

FixText protocolInjection(const FixContext &c)
{
    FixText w;
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

FixText protocolAlert(const FixContext &c)
{
    FixText w;
    QString text = c.f.facts.text.trimmed();
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

FixText protocolTimeout(const FixContext &c)
{
    FixText w;
    w.title = c.host.isEmpty() ? FixCatalog::tr("The server stopped answering")
                               : FixCatalog::tr("%1 stopped answering in the middle of the check").arg(c.host);
    w.fix << FixCatalog::tr(
        "Check that host name and port are right: another kind of server may be answering.");
    w.fix << FixCatalog::tr(
        "Try again later or from another network; if it persists, send the details below to your "
        "provider.");
    return w;
}



FixText networkDependsOnLocation(const FixContext &c)
{
    FixText w;
    const QString network = c.facts().network;
    if (network == QLatin1String("port_25")) {
        w.title = FixCatalog::tr("Sending through port 25 works from here, but may not work from the phone");
        w.fix << FixCatalog::tr(
            "Mobile networks and many Wi-Fi networks (hotels, cafés, guest networks) block port 25: on "
            "mobile data the phone cannot send through it.");
        const Target t = suggestion(c, true);
        if (changesSomething(c, t))
            w.fix << portSslSteps(c, t);
        w.fix << FixCatalog::tr("Then send a test message from the phone on mobile data, with Wi-Fi off.");
        return w;
    }
    const QString hostLabel = c.labelOf("host");
    if (network == QLatin1String("private_address"))
        w.title = sided(c, FixCatalog::tr("The incoming server %1 is an address of a local network"),
                        FixCatalog::tr("The outgoing server %1 is an address of a local network"))
                      .arg(c.hostShown());
    else
        w.title = sided(c, FixCatalog::tr("The incoming server %1 is a name only the local network knows"),
                        FixCatalog::tr("The outgoing server %1 is a name only the local network knows"))
                      .arg(c.hostShown());
    w.fix << FixCatalog::tr(
                 "The phone reaches %1 only on this network's Wi-Fi or through a VPN: on mobile data or "
                 "another Wi-Fi, mail to and from this server stops.")
                 .arg(c.hostShown());
    w.fix << FixCatalog::tr(
                 "If the phone needs mail away from this network, ask the provider or the IT department for "
                 "the server's public name and put it in %1.")
                 .arg(hostLabel);
    return w;
}

} // namespace mailfix::wording
