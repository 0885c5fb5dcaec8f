// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "account/Secret.h"

#include <QString>

namespace mailfix {

/// Where mailfix-cli's passwords come from: MAILFIX_INCOMING_PASSWORD and
/// MAILFIX_OUTGOING_PASSWORD (taken out of the environment before anything else
/// runs, so that no child process inherits them), or a prompt without echo when
/// stdin is a terminal. Never the command line.
class PasswordSource
{
public:
    static constexpr const char *IncomingVar = "MAILFIX_INCOMING_PASSWORD";
    static constexpr const char *OutgoingVar = "MAILFIX_OUTGOING_PASSWORD";

    /// Call first thing in main().
    static void takeFromEnvironment();

    /// Puts the passwords into \a settings: the environment's, else a prompt on a
    /// terminal for each side that is checked and has a user name. Forgets the
    /// environment's copies.
    static void fill(AccountSettings &settings);
    /// Forgets the environment's passwords (batch runs, which take them from the file).
    static void discard();
    /// Whether either variable was set.
    static bool anyFromEnvironment();

    /// Reads one line from the terminal without echoing it; the prompt is escaped.
    static Secret prompt(const QString &text);
};

} // namespace mailfix
