// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Kept for code written before the layers (ConsentProvider moved to core/protocol).
#include "protocol/ConsentProvider.h"
