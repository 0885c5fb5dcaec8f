// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PhoneLanguage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailfix {

/// The phone's own words: one table (resources/phone-vocabulary.json) with a row
/// per label and a row per iOS era for the path to the accounts, each in every
/// PhoneLanguage, with what nobody has checked on a device marked unconfirmed.
class PhoneVocabulary
{
public:
    struct Word
    {
        QString text;
        bool confirmed = false;
    };
    struct Path
    {
        QStringList parts;     ///< "Settings", "Apps", "Mail", "Mail Accounts"
        bool confirmed = false;
        QString era;           ///< the row's name, e.g. "14–17"
    };

    /// The table compiled into mailfix_core.
    static const PhoneVocabulary &builtIn();
    /// Reads a table; on a malformed one, an empty vocabulary and a message in \a error.
    static PhoneVocabulary fromJson(const QByteArray &json, QString *error = nullptr);

    bool isEmpty() const { return m_labels.isEmpty(); }
    QStringList labelIds() const { return m_labelIds; }
    /// The label \a id in \a language; English (unconfirmed) when that cell is
    /// missing, the id itself when the row is.
    Word label(const QString &id, PhoneLanguage language) const;
    /// Settings > ... > the list of mail accounts on iOS \a iosMajor.
    Path accountsPath(int iosMajor, PhoneLanguage language) const;
    /// The upper iOS major version of each era's row, in order.
    QList<int> eraLimits() const;
    /// What joins the parts of a path (" > ").
    QString separator(PhoneLanguage language) const;

private:
    struct EraRow
    {
        QString name;
        int upTo = 0;
        QHash<QString, Path> paths; ///< by language code
    };
    QStringList m_labelIds;
    QHash<QString, QHash<QString, Word>> m_labels; ///< id -> language code -> word
    QList<EraRow> m_eras;
    QHash<QString, QString> m_separators;
};

} // namespace mailfix
