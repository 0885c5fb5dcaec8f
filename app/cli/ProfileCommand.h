// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mailfix {

/// `mailfix-cli profile` (CONTRACT.md section 6): the settings as a .mobileconfig,
/// optionally signed. With MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD set,
/// the settings are checked first (errors: nothing written, exit 1); otherwise the
/// profile is written and stderr says the settings are not verified.
class ProfileCommand
{
public:
    static int run(const QStringList &arguments);
};

} // namespace mailfix
