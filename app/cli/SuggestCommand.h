// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mailfix {

struct AccountSettings;
struct CheckOptions;
class ConsentProvider;

/// `mailfix-cli suggest` (CONTRACT.md section 5). \a args are the whole command line
/// (program name first). Passwords: the ones handed over with setSuggestPasswords(),
/// else MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD, taken out of the
/// environment. Returns the exit status (0, 1, 2).
int runSuggest(const QStringList &args);

/// For a main() that has already taken the passwords out of the environment.
void setSuggestPasswords(const QByteArray &incoming, bool incomingSet, const QByteArray &outgoing,
                         bool outgoingSet);

/// `check --suggest`: the same search after a check with errors. Returns the members
/// to add to the check's JSON ("suggested", "verified", "changes", "candidates",
/// "discovery_findings"); \a text receives the same as text.
QJsonObject suggestAfterCheck(const AccountSettings &settings, const CheckOptions &options,
                              ConsentProvider *consent, QString *text);

} // namespace mailfix
