// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "model/Finding.h"

#include <QList>
#include <QString>

namespace mailfix {

/// Static checks of the settings, before any network traffic.
class Validator
{
public:
    /// What is wrong with a host name as typed into the phone.
    struct HostCheck
    {
        bool ok = false;
        QStringList problems;  ///< plain words, e.g. "a scheme (https://)"; empty when ok
        QString suggestedHost; ///< the cleaned name when one can be made and differs; else empty
        int suggestedPort = 0; ///< a ":port" found in the text; else 0
    };

    /// One finding per problem, each severity error, codes of CONTRACT.md section 2
    /// plus "settings.port_invalid". Titles and fix steps are left empty (the
    /// Checker fills them). Findings carry params "host"/"port" where useful, and
    /// "suggested_host"/"suggested_port" for malformed hosts.
    static QList<Finding> validate(const AccountSettings &s);

    /// False when \a findings make a network probe of \a side pointless: its host
    /// is missing or malformed, or its port is invalid. (A switched-off Primary
    /// Server does not make the outgoing side unusable: its settings can still be
    /// checked.)
    static bool sideUsable(const QList<Finding> &findings, ServerSide side);

    /// The host name rules: letters, digits, '-' and '.', labels of 1..63,
    /// at most 253 in all, no leading/trailing dot; IP literals (IPv4, IPv6 with
    /// or without brackets) and internationalised names (via punycode) are fine.
    static HostCheck checkHost(const QString &host);
    /// A plausible mail address (what the phone accepts as Email).
    static bool isEmailAddress(const QString &email);
};

} // namespace mailfix
