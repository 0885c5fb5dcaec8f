// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redactor.h"

#include <QRegularExpression>

namespace mailfix {

void Redactor::addSecret(const QByteArray &secret)
{
    if (secret.isEmpty() || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    const QString clear = QString::fromUtf8(secret);
    QString quoted = clear;
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
    for (const QString &n : {clear, quoted, QString::fromLatin1(secret.toBase64()),
                             QString::fromLatin1(secret.toPercentEncoding())})
        if (!n.isEmpty() && !m_needles.contains(n))
            m_needles.append(n);
    // Longest first, so a form that contains another is masked whole.
    std::sort(m_needles.begin(), m_needles.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redact(const QString &textIn) const
{
    if (m_secrets.isEmpty())
        return textIn;
    QString text = textIn;
    for (const QString &n : m_needles)
        text.replace(n, Mask);
    // Any base64 token whose decoding holds a secret (AUTH PLAIN "\0user\0pass", ...),
    // whatever the alignment of the secret inside it.
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9+/]{4,}={0,2}"));
    QString out;
    qsizetype last = 0;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        // Base64 of a secret may start at any of four offsets inside a longer token.
        const QString t = m.captured(0);
        bool hit = false;
        for (int skip = 0; skip < 4 && skip < t.size() && !hit; ++skip) {
            const QByteArray decoded = QByteArray::fromBase64(QStringView(t).mid(skip).toLatin1());
            for (const QByteArray &s : m_secrets)
                hit = hit || decoded.contains(s);
        }
        if (hit) {
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += Mask;
            last = m.capturedEnd();
        }
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

void Redactor::clear()
{
    for (QByteArray &s : m_secrets) {
        s.detach();
        s.fill('\0');
    }
    m_secrets.clear();
    m_needles.clear();
}

} // namespace mailfix
