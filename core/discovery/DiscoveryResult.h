// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Candidate.h"
#include "account/AccountSettings.h"
#include "model/Finding.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace mailfix {

/// One field to change on the phone: "outgoing.port" 25 -> 587.
struct SettingChange
{
    QString field;
    QVariant from; ///< int for ports, bool for ssl/server, else a string
    QVariant to;
};

/// What the search found (CONTRACT.md section 5).
struct DiscoveryResult
{
    QString email;
    bool found[2] = {false, false}; ///< per ServerSide: a server to suggest
    Verified verified[2] = {Verified::None, Verified::None};
    AccountSettings suggested; ///< the given settings with the found servers; no passwords
    QList<SettingChange> changes;
    QList<Candidate> candidates;    ///< every candidate, in the order tried
    QList<Finding> findings;        ///< discovery.stale, provider rules, why nothing was found
    QMap<QString, QString> sources; ///< "srv" -> what that source said
    qint64 totalMs = 0;
    bool cancelled = false;

    /// A working incoming and outgoing server, each verified as far as the passwords allow.
    bool ok() const;
    /// The fields that differ between \a given and \a suggested (ports effective, as the phone uses them).
    static QList<SettingChange> changesBetween(const AccountSettings &given,
                                               const AccountSettings &suggested);
};

} // namespace mailfix
