// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"

#include <QString>
#include <QStringList>

namespace mailfix {

/// The phone screens that hold the account's fields.
enum class PhoneScreen { Account, Advanced, Outgoing, About };

/// The one field -> screen map: the fix steps, the phone picture and the wizard's
/// pages all ask here which screen holds a field and which label it has.
namespace FieldScreens {
/// Fields on the Account screen that the contract does not check but the phone shows.
inline const QString AccountName = QStringLiteral("account.name");
inline const QString AccountDescription = QStringLiteral("account.description");

/// The screen holding \a field: Advanced for incoming Use SSL/Authentication/Port/Prefix,
/// the SMTP server screen for outgoing fields, About for the iOS version.
PhoneScreen screenOf(const QString &field);
/// The vocabulary id (PhoneVocabulary) of the phone's label for \a field on iOS \a v;
/// empty for a field the phone has no label for.
QString labelId(const QString &field, const IosVersion &v);
/// The fields on \a screen in the phone's order, top to bottom.
QStringList fieldsOn(PhoneScreen screen, IncomingType type);
} // namespace FieldScreens

} // namespace mailfix
