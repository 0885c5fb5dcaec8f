// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace mailfix {

namespace {

/// One loaded catalogue per language, for the life of the process.
QTranslator *catalogue(PhoneLanguage language)
{
    static QHash<int, std::shared_ptr<QTranslator>> loaded;
    if (language == PhoneLanguage::English)
        return nullptr;
    const int key = static_cast<int>(language);
    auto it = loaded.find(key);
    if (it == loaded.end()) {
        auto t = std::make_shared<QTranslator>();
        if (!t->load(QStringLiteral("mailfix_") + PhoneLanguages::code(language), QStringLiteral(":/i18n")))
            t.reset();
        it = loaded.insert(key, t);
    }
    return it.value().get();
}

PhoneLanguage g_interface = PhoneLanguage::English;
std::optional<PhoneLanguage> g_phoneDefault;
thread_local std::optional<PhoneLanguage> t_phone;
std::unique_ptr<QTranslator> g_qtTranslator;

} // namespace

QStringList Translations::codes()
{
    QStringList c;
    for (PhoneLanguage l : PhoneLanguages::all())
        c << PhoneLanguages::code(l);
    return c;
}

QString Translations::nativeName(PhoneLanguage language)
{
    switch (language) {
    case PhoneLanguage::English: return QStringLiteral("English");
    case PhoneLanguage::German: return QStringLiteral("Deutsch");
    case PhoneLanguage::French: return QStringLiteral("Français");
    case PhoneLanguage::Spanish: return QStringLiteral("Español");
    }
    return QStringLiteral("English");
}

std::optional<PhoneLanguage> Translations::resolve(const QString &request)
{
    if (request.trimmed().isEmpty()) {
        // The system's first language Mailfix speaks, else English.
        for (const QString &name : QLocale().uiLanguages())
            if (const auto l = PhoneLanguages::fromCode(name))
                return l;
        return PhoneLanguage::English;
    }
    return PhoneLanguages::fromCode(request);
}

bool Translations::installInterface(PhoneLanguage language)
{
    if (QTranslator *old = catalogue(g_interface); old && g_interface != PhoneLanguage::English)
        QCoreApplication::removeTranslator(old);
    if (g_qtTranslator) {
        QCoreApplication::removeTranslator(g_qtTranslator.get());
        g_qtTranslator.reset();
    }
    g_interface = language;
    if (language == PhoneLanguage::English)
        return true;
    QTranslator *mine = catalogue(language);
    if (!mine)
        return false;
    QCoreApplication::installTranslator(mine);
    // Qt's own strings (the standard dialog buttons), when the system has them.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + PhoneLanguages::code(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        g_qtTranslator = std::move(qt);
    }
    return true;
}

PhoneLanguage Translations::interfaceLanguage()
{
    return g_interface;
}

QString Translations::translate(PhoneLanguage language, const char *context, const char *source,
                                const char *disambiguation, int n)
{
    if (QTranslator *t = catalogue(language)) {
        const QString s = t->translate(context, source, disambiguation, n);
        if (!s.isEmpty())
            return s;
    }
    QString s = QString::fromUtf8(source);
    if (n >= 0)
        s.replace(QLatin1String("%n"), QString::number(n));
    return s;
}

Translations::PhoneScope::PhoneScope(PhoneLanguage language) : m_saved(t_phone)
{
    t_phone = language;
}

Translations::PhoneScope::~PhoneScope()
{
    t_phone = m_saved;
}

PhoneLanguage Translations::phoneDefault()
{
    return g_phoneDefault ? *g_phoneDefault : PhoneLanguages::fromLocale(QLocale());
}

void Translations::setPhoneDefault(PhoneLanguage language)
{
    g_phoneDefault = language;
}

QString Translations::phoneText(const char *context, const char *source, const char *disambiguation, int n)
{
    return translate(t_phone.value_or(phoneDefault()), context, source, disambiguation, n);
}

} // namespace mailfix
