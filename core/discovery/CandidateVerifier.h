// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "model/CheckReport.h"

#include <QObject>
#include <functional>

namespace mailfix {

/// Runs the live check of one candidate (the settings name only that side's host).
/// Discovery sits below the Checker in the layers, so the Checker comes in through
/// this interface (CheckerVerifier at the top of core).
class CandidateVerifier
{
public:
    virtual ~CandidateVerifier() = default;
    /// Starts a check and calls \a done once with its report. The returned object runs
    /// the check; deleting it cancels the check without calling \a done.
    virtual QObject *start(const AccountSettings &settings, int stepTimeoutMs,
                           std::function<void(const CheckReport &)> done) = 0;
};

} // namespace mailfix
