// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckOptions.h"
#include "account/AccountSettings.h"

#include <QString>

namespace mailfix {

/// What `mailfix-cli check` was asked to do, parsed and validated, before any
/// password is taken or any network step runs.
struct CliOptions
{
    AccountSettings settings; ///< the file, then the options on top; no passwords yet
    CheckOptions check;
    bool json = false;
    bool transcript = false;
    bool noColor = false;
    QString batchFile; ///< --batch: one account a line, JSON lines out
    int jobs = 4;      ///< --jobs: accounts checked at once in a batch
};

} // namespace mailfix
