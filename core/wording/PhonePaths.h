// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wording/FixContext.h"

#include <QString>

// The paths the fix steps open, in the customer's phone words (Wording).

namespace mailfix::wording {

/// Settings > ... > (account) > Account.
QString accountPathFor(const FixContext &c);
/// Settings > ... > (account): the account's row in the list.
QString accountListEntry(const FixContext &c);
/// Settings > ... > Add Account.
QString addAccountPath(const FixContext &c);
/// Settings > General > the words \a ids ("about", "softwareUpdate", ...).
QString generalPath(const FixContext &c, const QStringList &ids);

} // namespace mailfix::wording
