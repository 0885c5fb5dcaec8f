// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wording/FixContext.h"

#include <QString>
#include <QStringList>

// The phone's paths: the list of accounts per iOS version, the screens that hold the fields.

namespace mailfix::wording {

QString joinPath(const QStringList &parts);
QStringList accountsParts(const IosVersion &v);
QString accountPlaceholder();
/// The account as the phone lists it: its Description when we know it.
QString accountName(const AccountSettings &s);
QStringList screenParts(Screen screen, const IosVersion &v, const QString &account);
Screen fieldScreen(const QString &field);
QString accountPathFor(const AccountSettings &s);
QString accountListEntry(const AccountSettings &s);

} // namespace mailfix::wording
