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

/// How far a check proved a side's settings (CONTRACT §4/§5): the password accepted
/// and, outgoing, the relay test passed (Relay); the password accepted (Login); the
/// server answers in the TLS mode set, no login tried (Connect); nothing (None).
enum class Verified { None, Connect, Login, Relay };
QString verifiedName(Verified v); ///< "none", "connect", "login", "relay"

class Redactor;

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
    /// How far the steps of \a side got: computed from the checks and findings.
    Verified verified(ServerSide side) const;
    /// Why the login of \a side was not verified (the login step's own words), empty
    /// when it was.
    QString unverifiedReason(ServerSide side) const;
    /// Redacts what entered from servers and settings (finding evidence and facts,
    /// check details, transcript) in place; returns the settings with their visible
    /// strings redacted, for composing titles and fix steps from them.
    AccountSettings redactValues(const Redactor &redactor);
    /// Worst first: errors, warnings, infos; stable otherwise.
    void sortFindings();
};

/// The fields a check step tests, for live per-field state in views.
QStringList fieldsForStep(const QString &stepId);

} // namespace mailfix
