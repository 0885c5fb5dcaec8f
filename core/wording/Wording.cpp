// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/Wording.h"

namespace mailfix {

Wording::Wording(const IosVersion &ios, PhoneLanguage language, const PhoneVocabulary &vocabulary)
    : m_vocabulary(&vocabulary), m_ios(ios), m_language(language)
{
}

QString Wording::word(const QString &id) const
{
    return m_vocabulary->label(id, m_language).text;
}

QString Wording::fieldLabel(const QString &field) const
{
    const QString id = FieldScreens::labelId(field, m_ios);
    return id.isEmpty() ? field : word(id);
}

QString Wording::authLabel(AuthMethod method) const
{
    switch (method) {
    case AuthMethod::Password: return word(QStringLiteral("authPassword"));
    case AuthMethod::Md5: return word(QStringLiteral("authMd5"));
    case AuthMethod::Ntlm: return word(QStringLiteral("authNtlm"));
    case AuthMethod::HttpMd5: return word(QStringLiteral("authHttpMd5"));
    case AuthMethod::None: return word(QStringLiteral("authNone"));
    }
    return {};
}

QString Wording::join(const QStringList &parts) const
{
    return parts.join(m_vocabulary->separator(m_language));
}

QStringList Wording::accountsParts() const
{
    return m_vocabulary->accountsPath(m_ios.major, m_language).parts;
}

QStringList Wording::screenParts(PhoneScreen screen, const QString &account) const
{
    if (screen == PhoneScreen::About)
        return {word(QStringLiteral("settings")), word(QStringLiteral("general")), word(QStringLiteral("about"))};
    QStringList parts = accountsParts();
    parts << account << word(QStringLiteral("account"));
    if (screen == PhoneScreen::Advanced)
        parts << word(QStringLiteral("advanced"));
    else if (screen == PhoneScreen::Outgoing)
        parts << word(QStringLiteral("smtp")) << word(QStringLiteral("primaryServer"));
    return parts;
}

QString Wording::accountName(const AccountSettings &s) const
{
    // The phone lists an account by its Description, and fills an empty one with the address.
    const QString d = s.description.trimmed();
    if (!d.isEmpty())
        return d;
    const QString e = s.email.trimmed();
    return e.isEmpty() ? word(QStringLiteral("accountPlaceholder")) : e;
}

QString Wording::screenPath(PhoneScreen screen, const AccountSettings &s) const
{
    return join(screenParts(screen, accountName(s)));
}

} // namespace mailfix
