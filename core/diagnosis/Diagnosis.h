// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "model/CheckReport.h"
#include "model/Finding.h"
#include "protocol/Observation.h"

#include <QList>

namespace mailfix {

/// Observations -> findings: the code, the field to change, the severity, the
/// evidence and what to suggest. Probes only observe; every decision is here.
namespace Diagnosis {

/// The findings for what one probe observed (one side), one cause once: what merely
/// follows from a cause already found (silence or a close after a refusal) adds to
/// that finding's evidence, not a finding of its own.
QList<Finding> findings(const QList<Observation> &observations, const AccountSettings &settings);

/// Step states that only the diagnosis can tell (a refusal at RCPT that is about the
/// sender marks the sender step, not the relay step); applied to \a checks in place.
/// Returns the steps it changed.
QList<CheckStep> correctSteps(QList<CheckStep> &checks, const QList<Finding> &findings);

/// Findings about the check as a whole, once the probes are done: the iOS version's
/// known bugs (only when everything else passed), a cancelled check. Then one
/// finding per code, field and side; worst first.
void conclude(CheckReport &report);

} // namespace Diagnosis
} // namespace mailfix
