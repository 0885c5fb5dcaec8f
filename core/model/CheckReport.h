// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "model/Finding.h"

#include <QList>
#include <QString>

namespace mailfix {

enum class StepStatus { Pending, Running, Pass, Fail, Warn, Skipped };
QString stepStatusName(StepStatus s); ///< "pass", "fail", "warn", "skipped" ("pending", "running" while live)

/// One network step of the check, e.g. "outgoing.tls".
struct CheckStep
{
    QString id;
    StepStatus status = StepStatus::Pending;
    qint64 elapsedMs = 0;
    QString detail;
};

/// One line on the wire, already redacted.
struct TranscriptLine
{
    QString server; ///< "incoming" / "outgoing" (or "incoming-tls-probe" for side connections)
    qint64 tMs = 0; ///< since the check started
    QChar dir;      ///< 'S' server, 'C' client, '*' event (connect, TLS, ...)
    QString text;
};

/// Everything one check produced: what all views render.
struct CheckReport
{
    QList<Finding> findings;
    QList<CheckStep> checks;
    QList<TranscriptLine> transcript;
    AccountSettings settings; ///< passwords are never rendered from here
    qint64 totalMs = 0;
    bool cancelled = false;

    bool ok() const;
    /// Worst first: errors, warnings, infos; stable otherwise.
    void sortFindings();
};

/// The fields a check step tests, for live per-field state in views.
QStringList fieldsForStep(const QString &stepId);

} // namespace mailfix
