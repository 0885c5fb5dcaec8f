// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DiscoveryResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mailfix {

/// Renders a DiscoveryResult (CONTRACT.md section 5). Passwords are never in a result.
class DiscoveryWriter
{
public:
    /// The contract's JSON object: ok, suggested, verified, changes, candidates, findings, sources.
    static QJsonObject toJsonObject(const DiscoveryResult &r);
    static QByteArray toJson(const DiscoveryResult &r);
    /// For a terminal: the suggestion, what to change on the phone, what was tried.
    static QString toText(const DiscoveryResult &r);
    /// "Server Port: 25 → 587" in the phone's words.
    static QString changeText(const SettingChange &c, const IosVersion &ios);
};

} // namespace mailfix
