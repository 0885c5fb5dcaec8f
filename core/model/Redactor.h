// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailfix {

struct AccountSettings;

/// Removes every password of the check from values that leave the program, in
/// clear and in each encoding a mail protocol or a rendering gives it: UTF-8 and
/// Latin-1 bytes, UTF-16, base64 (AUTH PLAIN/LOGIN, any base64 token that decodes to
/// something holding it), IMAP quoted strings, percent-encoding and the escaped form
/// printable() shows for control characters and invalid UTF-8.
///
/// Redact values where they enter (server lines as bytes, before they are escaped
/// or cut; settings strings; details), never serialised output: a password such as
/// "ok" or "true" must not touch the product's own words or the JSON syntax.
class Redactor
{
public:
    static inline const QString Mask = QStringLiteral("********");

    void addSecret(const QByteArray &secret);
    QString redact(const QString &text) const;
    /// Byte-level redaction of raw wire data (a server line before it is decoded,
    /// escaped or cut): the mask replaces each form, the bytes \a keep first bytes
    /// (the protocol's own status token) are left as they are.
    QByteArray redactBytes(const QByteArray &bytes, qsizetype keep = 0) const;
    /// \a s with the strings a report shows (email, name, description, hosts, users,
    /// IMAP prefix) redacted; the passwords stay as they are.
    AccountSettings redactedSettings(const AccountSettings &s) const;
    bool isEmpty() const { return m_secrets.isEmpty(); }
    void clear();
    ~Redactor() { clear(); }

private:
    QList<QByteArray> m_secrets;   ///< raw secrets, to test decoded base64 against
    QList<QString> m_needles;      ///< text forms to replace
    QList<QByteArray> m_byteNeedles; ///< wire forms to replace
};

} // namespace mailfix
