// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/PhonePaths.h"

namespace mailfix::wording {

QString accountPathFor(const FixContext &c)
{
    return c.w.screenPath(PhoneScreen::Account, c.s);
}

QString accountListEntry(const FixContext &c)
{
    return c.w.join(c.w.accountsParts() << c.w.accountName(c.s));
}

QString addAccountPath(const FixContext &c)
{
    return c.w.join(c.w.accountsParts() << c.w.word(QStringLiteral("addAccount")));
}

QString generalPath(const FixContext &c, const QStringList &ids)
{
    QStringList parts{c.w.word(QStringLiteral("settings")), c.w.word(QStringLiteral("general"))};
    for (const QString &id : ids)
        parts << c.w.word(id);
    return c.w.join(parts);
}

} // namespace mailfix::wording
