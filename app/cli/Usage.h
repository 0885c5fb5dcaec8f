// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailfix {

/// mailfix-cli's exit status (CONTRACT.md section 3).
enum ExitCode { ExitOk = 0, ExitErrors = 1, ExitUsage = 2, ExitInternal = 3 };

/// Bad usage or bad input: main() prints one line and exits with 2.
struct UsageError
{
    QString message;
};

[[noreturn]] inline void usage(const QString &message)
{
    throw UsageError{message};
}

} // namespace mailfix
