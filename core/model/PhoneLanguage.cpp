// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/PhoneLanguage.h"

namespace mailfix {

QList<PhoneLanguage> PhoneLanguages::all()
{
    return {PhoneLanguage::English, PhoneLanguage::German, PhoneLanguage::French, PhoneLanguage::Spanish};
}

QString PhoneLanguages::code(PhoneLanguage language)
{
    switch (language) {
    case PhoneLanguage::English: return QStringLiteral("en");
    case PhoneLanguage::German: return QStringLiteral("de");
    case PhoneLanguage::French: return QStringLiteral("fr");
    case PhoneLanguage::Spanish: return QStringLiteral("es");
    }
    return QStringLiteral("en");
}

std::optional<PhoneLanguage> PhoneLanguages::fromCode(const QString &code)
{
    const QString lang = code.trimmed().toLower().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    for (PhoneLanguage l : all())
        if (PhoneLanguages::code(l) == lang)
            return l;
    return std::nullopt;
}

PhoneLanguage PhoneLanguages::fromLocale(const QLocale &locale)
{
    return fromCode(locale.name()).value_or(PhoneLanguage::English);
}

} // namespace mailfix
