// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wording/FixContext.h"

namespace mailfix::wording {

/// The alert the phone most likely showed for the finding, or empty (FixCatalog::phoneAlert).
QString phoneAlert(const FixContext &c);

} // namespace mailfix::wording
