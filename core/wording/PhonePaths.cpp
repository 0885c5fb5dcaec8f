// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/PhonePaths.h"

namespace mailfix::wording {

QString joinPath(const QStringList &parts)
{
    return parts.join(QStringLiteral(" > "));
}

QStringList accountsParts(const IosVersion &v)
{
    const QString settings = FixCatalog::tr("Settings", "iOS label");
    if (v.major <= 9)
        return {settings, FixCatalog::tr("Mail, Contacts, Calendars", "iOS label")};
    if (v.major == 10)
        return {settings, FixCatalog::tr("Mail", "iOS label"), FixCatalog::tr("Accounts", "iOS label")};
    if (v.major == 11)
        return {settings, FixCatalog::tr("Accounts & Passwords", "iOS label")};
    if (v.major <= 13)
        return {settings, FixCatalog::tr("Passwords & Accounts", "iOS label")};
    if (v.major <= 17)
        return {settings, FixCatalog::tr("Mail", "iOS label"), FixCatalog::tr("Accounts", "iOS label")};
    return {settings, FixCatalog::tr("Apps", "iOS label"), FixCatalog::tr("Mail", "iOS label"),
            FixCatalog::tr("Mail Accounts", "iOS label")};
}

QString accountPlaceholder()
{
    //: stands for the account's name in the phone's list of accounts
    return FixCatalog::tr("(account)");
}

/// The account as the phone lists it: its Description when we know it.
QString accountName(const AccountSettings &s)
{
    const QString d = s.description.trimmed();
    return d.isEmpty() ? accountPlaceholder() : d;
}

QStringList screenParts(Screen screen, const IosVersion &v, const QString &account)
{
    if (screen == Screen::About)
        return {FixCatalog::tr("Settings", "iOS label"), FixCatalog::tr("General", "iOS label"),
                FixCatalog::tr("About", "iOS label")};
    QStringList parts = accountsParts(v);
    parts << account << FixCatalog::tr("Account", "iOS label");
    if (screen == Screen::Advanced)
        parts << FixCatalog::tr("Advanced", "iOS label");
    else if (screen == Screen::Outgoing)
        parts << FixCatalog::tr("SMTP", "iOS label") << FixCatalog::tr("Primary Server", "iOS label");
    return parts;
}

Screen fieldScreen(const QString &field)
{
    if (field == Field::IosVersion)
        return Screen::About;
    if (field == Field::IncomingSsl || field == Field::IncomingAuth || field == Field::IncomingPort ||
        field == Field::IncomingPathPrefix)
        return Screen::Advanced;
    if (sideOfName(field) == Side::Outgoing)
        return Screen::Outgoing;
    return Screen::Account;
}

QString accountPathFor(const AccountSettings &s)
{
    return joinPath(screenParts(Screen::Account, s.ios, accountName(s)));
}

QString accountListEntry(const AccountSettings &s)
{
    return joinPath(accountsParts(s.ios) << accountName(s));
}

} // namespace mailfix::wording
