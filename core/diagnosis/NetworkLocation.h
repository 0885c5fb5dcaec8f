// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckReport.h"
#include "model/Finding.h"

#include <QList>
#include <QString>

namespace mailfix {

/// When a verdict depends on where the test runs (issue 12, "the phone's network"):
/// the check runs from the helpdesk's computer, the phone may be on cellular, at
/// home or on a hotel's Wi-Fi. Typed facts for network.depends_on_location.
namespace NetworkLocation {

/// Where a phone can reach a server from, judged by the host as typed.
enum class Reach {
    Anywhere,       ///< a public name or address (or loopback: a test set-up on this computer)
    PrivateAddress, ///< IPv4 10/8, 172.16/12, 192.168/16, 169.254/16, 100.64/10; IPv6 fc00::/7, fe80::/10
    LocalName,      ///< .local, .lan, .home, .internal, .localdomain, .home.arpa ..., or one label ("mailserver")
};

Reach reach(const QString &host);

/// The fact's value for \a r: "private_address", "local_name"; empty for Anywhere.
QString factName(Reach r);

/// The network.depends_on_location findings for a finished check (warnings): the
/// outgoing server answered on port 25 (fact "port_25", suggested port 587); a side
/// connected to a private address or a local name (fact "private_address" /
/// "local_name"). Only for sides whose connect step passed: a failure has its own finding.
QList<Finding> findings(const CheckReport &report);

} // namespace NetworkLocation
} // namespace mailfix
