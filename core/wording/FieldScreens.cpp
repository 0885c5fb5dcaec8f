// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FieldScreens.h"

namespace mailfix {

PhoneScreen FieldScreens::screenOf(const QString &field)
{
    if (field == Field::IosVersion)
        return PhoneScreen::About;
    if (field == Field::IncomingSsl || field == Field::IncomingAuth || field == Field::IncomingPort ||
        field == Field::IncomingPathPrefix)
        return PhoneScreen::Advanced;
    if (field.startsWith(QLatin1String("outgoing")))
        return PhoneScreen::Outgoing;
    return PhoneScreen::Account;
}

QString FieldScreens::labelId(const QString &field, const IosVersion &v)
{
    if (field == Field::Email)
        return QStringLiteral("email");
    if (field == AccountName)
        return QStringLiteral("name");
    if (field == AccountDescription)
        return QStringLiteral("description");
    if (field == Field::IosVersion)
        // About shows "iOS Version" since iOS 16, "Software Version" before (boundary unconfirmed).
        return v.major >= 16 ? QStringLiteral("iosVersion") : QStringLiteral("softwareVersion");
    if (field == Field::IncomingPathPrefix)
        return QStringLiteral("imapPathPrefix");
    if (field == Field::IncomingType)
        return QStringLiteral("accountType");
    if (field == Field::OutgoingServer)
        return QStringLiteral("server");
    const QString leaf = field.section(QLatin1Char('.'), 1);
    if (leaf == QLatin1String("host"))
        return QStringLiteral("hostName");
    if (leaf == QLatin1String("user"))
        return QStringLiteral("userName");
    if (leaf == QLatin1String("password"))
        return QStringLiteral("password");
    if (leaf == QLatin1String("ssl"))
        return QStringLiteral("useSsl");
    if (leaf == QLatin1String("auth"))
        return QStringLiteral("authentication");
    if (leaf == QLatin1String("port"))
        return QStringLiteral("serverPort");
    return {};
}

QStringList FieldScreens::fieldsOn(PhoneScreen screen, IncomingType type)
{
    switch (screen) {
    case PhoneScreen::Account:
        return {AccountName, Field::Email, AccountDescription, Field::IncomingHost, Field::IncomingUser,
                Field::IncomingPassword};
    case PhoneScreen::Advanced:
        if (type == IncomingType::Imap)
            return {Field::IncomingSsl, Field::IncomingAuth, Field::IncomingPathPrefix, Field::IncomingPort};
        return {Field::IncomingSsl, Field::IncomingAuth, Field::IncomingPort};
    case PhoneScreen::Outgoing:
        return {Field::OutgoingServer, Field::OutgoingHost, Field::OutgoingUser, Field::OutgoingPassword,
                Field::OutgoingSsl, Field::OutgoingAuth, Field::OutgoingPort};
    case PhoneScreen::About:
        return {Field::IosVersion};
    }
    return {};
}

} // namespace mailfix
