// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "model/CheckReport.h"
#include "model/Finding.h"
#include "model/PhoneLanguage.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace mailfix {

/// The live state of one settings field in a front end.
/// NotVerified: the check reached the server but did not try the login (no
/// password, no consent to send it unencrypted, certificate not accepted), so the
/// user name and password are neither right nor wrong as far as Mailfix knows.
enum class FieldState { Idle, Waiting, Checking, Passed, Warning, Failed, NotVerified };

/// The decisions a front end makes around a check, kept out of the widgets:
/// which sides to check, what blocks a check, how a partial re-check is merged
/// into the previous report, and each field's state from steps and findings.
class CheckSession
{
public:
    /// What one check run covers.
    struct Plan
    {
        AccountSettings run;        ///< the settings handed to the Checker
        QStringList prefixes;       ///< "incoming." and/or "outgoing.": the sides checked by this run
        QList<ServerSide> notGiven; ///< sides left out because nothing was typed for them
    };

    /// True when nothing was typed for \a side: no host, no user name, and the port
    /// empty or the phone's default. Such a side is not checked (a note, not an error).
    static bool sideUntouched(const AccountSettings &typed, ServerSide side);
    /// \a typed with every untouched side cleared, so the check leaves it out.
    static AccountSettings toCheck(const AccountSettings &typed);

    /// Codes meaning "what was typed cannot be right": no network traffic until fixed.
    /// An empty password or user name is a diagnosis (the phone's own alert), not a typo.
    static bool blocksCheck(const Finding &f);
    /// The blocking problems of \a typed, described (title and fix filled in).
    static QList<Finding> inputProblems(const AccountSettings &typed);

    /// The next run: both given sides, or only the side that changed since
    /// \a lastChecked when the other side's results still hold.
    static Plan plan(const AccountSettings &typed, const std::optional<AccountSettings> &lastChecked);
    /// A run of \a side alone, whatever changed (a re-check asked for one side, as
    /// after its fix steps were read out): the other side keeps its last results.
    static Plan planSide(const AccountSettings &typed, ServerSide side);

    /// The side ("incoming"/"outgoing", or empty for the account) a finding is about.
    static QString sideOf(const Finding &f);
    /// \a fresh (a run that checked only \a checkedPrefix) merged into \a previous:
    /// the side not checked again keeps its findings, steps and transcript.
    static CheckReport merge(const CheckReport &previous, const CheckReport &fresh, const QString &checkedPrefix,
                             const AccountSettings &settings);

    /// Orders findings by what stops mail first: errors, then warnings, then notes;
    /// within each, the side of the customer's symptom (\a symptomSide, may be empty)
    /// first, then the causes that usually explain the alert the customer read out
    /// (\a likelyCodes, PhoneSymptom::likelyCodes, may be empty), and a cause the
    /// server showed before a field merely left empty.
    static void orderFindings(QList<Finding> &findings, const QString &symptomSide = {},
                              const QStringList &likelyCodes = {});

    /// Every finding's title and fix steps again, in the phone \a language (the
    /// customer's phone language changed): composed from the report's settings
    /// with their passwords masked, as the Checker composes them.
    static void redescribe(CheckReport &report, PhoneLanguage language);

    /// A field's state while the check runs: the worst of the steps that test it.
    static FieldState stateFromSteps(const QString &field, const QHash<QString, StepStatus> &steps);
    /// The fields' states once \a report is final. \a current holds the states the
    /// steps left; fields outside \a checkedPrefixes (and not named by a finding) keep theirs.
    /// The user name and password of a checked side whose login step was skipped are
    /// NotVerified, never Passed.
    static QHash<QString, FieldState> finalStates(const CheckReport &report, const QStringList &checkedPrefixes,
                                                  const QHash<QString, FieldState> &current);

private:
    /// Clears the other side from \a p.run so only \a side is checked.
    static void keepOnly(Plan &p, ServerSide side);
};

} // namespace mailfix
