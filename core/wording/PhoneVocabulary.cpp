// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/PhoneVocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailfix {

namespace {

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

const PhoneVocabulary &PhoneVocabulary::builtIn()
{
    static const PhoneVocabulary table = [] {
        QFile file(QStringLiteral(":/mailfix/phone-vocabulary.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("phone-vocabulary.json is missing from mailfix_core's resources");
        QString error;
        PhoneVocabulary v = fromJson(file.readAll(), &error);
        if (v.isEmpty())
            qFatal("phone-vocabulary.json: %s", qPrintable(error));
        return v;
    }();
    return table;
}

PhoneVocabulary PhoneVocabulary::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return PhoneVocabulary();
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(parseError.errorString());
    const QJsonObject root = doc.object();
    const QStringList languages = toStringList(root.value(QLatin1String("languages")));
    if (!languages.contains(QLatin1String("en")))
        return fail(QStringLiteral("no \"en\" in languages"));

    PhoneVocabulary v;
    const QJsonObject separators = root.value(QLatin1String("separator")).toObject();
    for (const QString &lang : languages)
        v.m_separators.insert(lang, separators.value(lang).toString(QStringLiteral(" > ")));

    for (const QJsonValue &rowValue : root.value(QLatin1String("labels")).toArray()) {
        const QJsonObject row = rowValue.toObject();
        const QString id = row.value(QLatin1String("id")).toString();
        if (id.isEmpty() || v.m_labels.contains(id))
            return fail(QStringLiteral("label row without an id, or twice: \"%1\"").arg(id));
        const QStringList unconfirmed = toStringList(row.value(QLatin1String("unconfirmed")));
        QHash<QString, Word> words;
        for (const QString &lang : languages) {
            const QString text = row.value(lang).toString();
            if (!text.isEmpty())
                words.insert(lang, Word{text, !unconfirmed.contains(lang)});
        }
        if (!words.contains(QLatin1String("en")))
            return fail(QStringLiteral("label \"%1\" has no English").arg(id));
        v.m_labelIds << id;
        v.m_labels.insert(id, words);
    }

    int previous = 0;
    for (const QJsonValue &rowValue : root.value(QLatin1String("accountsPaths")).toArray()) {
        const QJsonObject row = rowValue.toObject();
        EraRow era;
        era.name = row.value(QLatin1String("ios")).toString();
        era.upTo = row.value(QLatin1String("upTo")).toInt();
        if (era.upTo <= previous)
            return fail(QStringLiteral("path rows must go up in \"upTo\" (row \"%1\")").arg(era.name));
        previous = era.upTo;
        const QStringList unconfirmed = toStringList(row.value(QLatin1String("unconfirmed")));
        for (const QString &lang : languages) {
            const QStringList parts = toStringList(row.value(lang));
            if (!parts.isEmpty())
                era.paths.insert(lang, Path{parts, !unconfirmed.contains(lang), era.name});
        }
        if (!era.paths.contains(QLatin1String("en")))
            return fail(QStringLiteral("path row \"%1\" has no English").arg(era.name));
        v.m_eras << era;
    }
    if (v.m_eras.isEmpty() || v.m_labels.isEmpty())
        return fail(QStringLiteral("no labels or no paths"));
    return v;
}

PhoneVocabulary::Word PhoneVocabulary::label(const QString &id, PhoneLanguage language) const
{
    const auto row = m_labels.constFind(id);
    if (row == m_labels.constEnd())
        return Word{id, false};
    const auto cell = row->constFind(PhoneLanguages::code(language));
    if (cell != row->constEnd())
        return *cell;
    return Word{row->value(QStringLiteral("en")).text, false};
}

PhoneVocabulary::Path PhoneVocabulary::accountsPath(int iosMajor, PhoneLanguage language) const
{
    if (m_eras.isEmpty())
        return {};
    const EraRow *era = &m_eras.constLast();
    for (const EraRow &row : m_eras) {
        if (iosMajor <= row.upTo) {
            era = &row;
            break;
        }
    }
    const auto cell = era->paths.constFind(PhoneLanguages::code(language));
    if (cell != era->paths.constEnd())
        return *cell;
    Path english = era->paths.value(QStringLiteral("en"));
    english.confirmed = false;
    return english;
}

QList<int> PhoneVocabulary::eraLimits() const
{
    QList<int> limits;
    for (const EraRow &row : m_eras)
        limits << row.upTo;
    return limits;
}

QString PhoneVocabulary::separator(PhoneLanguage language) const
{
    return m_separators.value(PhoneLanguages::code(language), QStringLiteral(" > "));
}

} // namespace mailfix
