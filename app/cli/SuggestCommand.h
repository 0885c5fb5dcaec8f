// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mailfix {

struct AccountSettings;
struct CheckOptions;
class ConsentProvider;

/// `mailfix-cli suggest` (CONTRACT.md section 5). \a args: program name first, the
/// command word removed (CommandTable). Passwords: PasswordSource (the environment).
/// Returns the exit status (0, 1, 2).
int runSuggest(const QStringList &args);

/// `check --suggest`: the same search after a check with errors. Returns the members
/// to add to the check's JSON ("suggested", "verified", "changes", "candidates",
/// "discovery_findings"); \a text receives the same as text.
QJsonObject suggestAfterCheck(const AccountSettings &settings, const CheckOptions &options,
                              ConsentProvider *consent, QString *text);

} // namespace mailfix
