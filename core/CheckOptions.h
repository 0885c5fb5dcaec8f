// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Kept for code written before the layers (CheckOptions moved to core/model).
#include "model/CheckOptions.h"
