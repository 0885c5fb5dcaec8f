// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include "model/CheckReport.h"

namespace mailfix {

/// `mailfix-cli check`: parse → collect passwords → run → render.
class CheckCommand
{
public:
    static int run(const QStringList &arguments);

    /// The check's own exit status for a finished report (CONTRACT.md section 3).
    static int exitStatus(const CheckReport &report);
    /// Text or JSON of \a report to stdout, as the options ask.
    static void render(const CheckReport &report, const CliOptions &options);
};

} // namespace mailfix
