// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkLocation.h"

#include "diagnosis/StandardPorts.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace mailfix::NetworkLocation {

namespace {

bool isPrivate(const QHostAddress &a)
{
    if (a.isLoopback())
        return false;
    // Qt knows link-local (169.254/16, fe80::/10) and unique local (fc00::/7).
    if (a.isLinkLocal() || a.isUniqueLocalUnicast())
        return true;
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4); // also IPv4-mapped IPv6 (::ffff:10.0.0.1)
    return isV4 && ((v4 >> 24) == 10                      // 10.0.0.0/8
                    || (v4 >> 20) == ((172u << 4) | 1u)   // 172.16.0.0/12
                    || (v4 >> 16) == ((192u << 8) | 168u) // 192.168.0.0/16
                    || (v4 >> 16) == ((169u << 8) | 254u) // 169.254.0.0/16 (also IPv4-mapped)
                    || (v4 >> 22) == ((100u << 2) | 1u)); // 100.64.0.0/10, carrier-grade NAT
}

} // namespace

Reach reach(const QString &hostIn)
{
    QString host = hostIn.trimmed().toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty())
        return Reach::Anywhere;
    QHostAddress a;
    if (host.contains(QLatin1Char(':')) || host.count(QLatin1Char('.')) == 3) {
        if (a.setAddress(host))
            return isPrivate(a) ? Reach::PrivateAddress : Reach::Anywhere;
    }
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty() || host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return Reach::Anywhere;
    if (!host.contains(QLatin1Char('.')))
        return Reach::LocalName; // "mailserver": only the local network's DNS knows it
    static const char *const localSuffixes[] = {".local", ".lan", ".home", ".internal", ".intranet",
                                                ".localdomain", ".home.arpa", ".corp", ".private"};
    for (const char *suffix : localSuffixes)
        if (host.endsWith(QLatin1String(suffix)))
            return Reach::LocalName;
    return Reach::Anywhere;
}

QString factName(Reach r)
{
    switch (r) {
    case Reach::PrivateAddress:
        return QStringLiteral("private_address");
    case Reach::LocalName:
        return QStringLiteral("local_name");
    case Reach::Anywhere:
        break;
    }
    return QString();
}

QList<Finding> findings(const CheckReport &report)
{
    QList<Finding> out;
    const AccountSettings &s = report.settings;
    const auto connected = [&report](ServerSide side) {
        const QString id = sideName(side) + QLatin1Char('.') + Step::Connect;
        return std::any_of(report.checks.cbegin(), report.checks.cend(), [&](const CheckStep &c) {
            return c.id == id && (c.status == StepStatus::Pass || c.status == StepStatus::Warn);
        });
    };
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        if (!s.hasSide(side) || !connected(side))
            continue;
        const QString host = s.server(side).host.trimmed();
        const int port = s.effectivePort(side);
        const Reach r = reach(host);
        if (r != Reach::Anywhere) {
            Finding f = Finding::make(
                Code::NetworkDependsOnLocation, Field::of(side, "host"),
                r == Reach::PrivateAddress
                    ? QCoreApplication::translate("NetworkLocation",
                                                  "%1 is an address of a local network: reachable from this "
                                                  "computer, not from everywhere")
                          .arg(host)
                    : QCoreApplication::translate("NetworkLocation",
                                                  "%1 is a name only the local network knows: reachable from "
                                                  "this computer, not from everywhere")
                          .arg(host),
                Severity::Warning);
            f.facts.side = sideName(side);
            f.facts.host = host;
            f.facts.port = port;
            f.facts.network = factName(r);
            out.append(f);
        }
        if (side == ServerSide::Outgoing && port == StandardPorts::relay()) {
            Finding f = Finding::make(Code::NetworkDependsOnLocation, Field::OutgoingPort,
                                      QCoreApplication::translate("NetworkLocation",
                                                                  "%1 answers on port 25 from this computer's "
                                                                  "network; mobile networks and many Wi-Fi "
                                                                  "networks block port 25")
                                          .arg(host),
                                      Severity::Warning);
            f.facts.side = sideName(side);
            f.facts.host = host;
            f.facts.port = port;
            f.facts.suggestedPort = StandardPorts::submission();
            f.facts.network = QStringLiteral("port_25");
            out.append(f);
        }
    }
    return out;
}

} // namespace mailfix::NetworkLocation
