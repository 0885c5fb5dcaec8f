// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

namespace mailfix {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

} // namespace mailfix
