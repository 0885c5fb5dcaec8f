// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wording/FixContext.h"

namespace mailfix::wording {

/// Provider-specific words (app password, the provider's own sign-in, the webmail
/// switch) that take precedence over a code's generic wording.
namespace ProviderWording {
/// Fills \a text and returns true when a provider rule has its own words for the
/// finding \a c; false leaves the code's own wording (FixWording*.cpp) in charge.
bool describe(const FixContext &c, FixText &text);
} // namespace ProviderWording

} // namespace mailfix::wording
