// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailfix {

/// Removes every password of the check from text that leaves the program, in clear
/// and in each encoding a mail protocol gives it: base64 (AUTH PLAIN/LOGIN, any
/// base64 token that decodes to something holding it), IMAP quoted strings.
class Redactor
{
public:
    static inline const QString Mask = QStringLiteral("********");

    void addSecret(const QByteArray &secret);
    QString redact(const QString &text) const;
    bool isEmpty() const { return m_needles.isEmpty(); }
    void clear();
    ~Redactor() { clear(); }

private:
    QList<QByteArray> m_secrets;   ///< raw secrets, to test decoded base64 against
    QList<QString> m_needles;      ///< literal forms to replace
};

} // namespace mailfix
