// SPDX-License-Identifier: GPL-3.0-or-later
// The search behind every "no password in any output" assertion: the password in
// clear and in each form a mail protocol gives it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace mailfix::test {

/// True when \a bytes holds \a password in clear or inside any base64 token
/// (AUTH PLAIN "\0user\0pass", AUTH LOGIN), whatever the alignment.
inline bool containsCredential(const QByteArray &bytes, const QByteArray &password)
{
    if (password.isEmpty())
        return false;
    if (bytes.contains(password))
        return true;
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9+/]{4,}={0,2}"));
    auto it = token.globalMatch(QString::fromLatin1(bytes));
    while (it.hasNext()) {
        const QString t = it.next().captured(0);
        // Every alignment: base64 may start at any of four offsets inside a token.
        for (int skip = 0; skip < 4 && skip < t.size(); ++skip)
            if (QByteArray::fromBase64(t.mid(skip).toLatin1()).contains(password))
                return true;
    }
    return false;
}

/// Every encoding of the password a mail client puts on the wire.
inline QList<QByteArray> forbiddenForms(const QByteArray &user, const QByteArray &pw)
{
    auto plain = [&](const QByteArray &authzid, const QByteArray &authcid) {
        QByteArray b(authzid);
        b += '\0';
        b += authcid;
        b += '\0';
        b += pw;
        return b.toBase64();
    };
    return {
        pw,                                                             // clear
        pw.toBase64(),                                                  // AUTH LOGIN
        plain({}, user),                                                // AUTH PLAIN "\0user\0pass"
        plain({}, {}),                                                  // AUTH PLAIN, no user
        QByteArray('"' + pw + '"'),                                     // IMAP quoted
        QByteArray("{" + QByteArray::number(pw.size()) + "}\r\n" + pw), // IMAP literal
        QByteArray("PASS " + pw),                                       // POP3
        pw.toPercentEncoding(),
    };
}

/// A description of the first leak in \a text, or an empty string when it is clean.
inline QString findLeak(const QByteArray &text, const QByteArray &user, const QByteArray &pw)
{
    for (const QByteArray &form : forbiddenForms(user, pw))
        if (text.contains(form))
            return QStringLiteral("holds %1").arg(QString::fromUtf8(form.toPercentEncoding()));
    if (containsCredential(text, pw))
        return QStringLiteral("holds a base64 token that decodes to the password");
    return {};
}

} // namespace mailfix::test
