// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redactor.h"

#include "account/AccountSettings.h"

#include <QRegularExpression>

namespace mailfix {

namespace {

/// What printable() (SmtpReply.h) makes of \a bytes, without its cut: the form a
/// password takes in a line shown escaped.
QString escapedForm(const QByteArray &bytes, bool asBytes)
{
    QString out;
    auto hex = [&out](uint u) { out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0')); };
    if (!asBytes) {
        for (const QChar c : QString::fromUtf8(bytes)) {
            if (c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
                hex(c.unicode());
            else
                out += c;
        }
        return out;
    }
    for (const char ch : bytes) {
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(ch);
        else
            hex(u);
    }
    return out;
}

template <typename T> void addUnique(QList<T> &list, const T &item)
{
    if (!item.isEmpty() && !list.contains(item))
        list.append(item);
}

template <typename T> void longestFirst(QList<T> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.size() > b.size(); });
}

const QRegularExpression &base64Token()
{
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9+/]{4,}={0,2}"));
    return token;
}

} // namespace

void Redactor::addSecret(const QByteArray &secret)
{
    if (secret.isEmpty() || m_secrets.contains(secret))
        return;
    m_secrets.append(secret);
    const QString clear = QString::fromUtf8(secret);
    const bool validUtf8 = clear.toUtf8() == secret;
    QByteArray quotedBytes;
    for (const char c : secret) {
        if (c == '"' || c == '\\')
            quotedBytes += '\\';
        quotedBytes += c;
    }
    // A server echoing a password that holds a line break, a control character or
    // bytes that are not UTF-8 splits or mangles it: each piece between such bytes
    // that is long enough to tell is a secret form of its own (partial passwords count).
    QList<QByteArray> pieces;
    {
        QByteArray cur;
        for (const char ch : secret) {
            const auto u = static_cast<unsigned char>(ch);
            if (u < 0x20 || u == 0x7f || u >= 0x80) {
                pieces.append(cur);
                cur.clear();
            } else {
                cur += ch;
            }
        }
        pieces.append(cur);
    }
    for (const QByteArray &p : std::as_const(pieces)) {
        if (p.size() >= 4 && p != secret) {
            addUnique(m_needles, QString::fromLatin1(p));
            addUnique(m_byteNeedles, p);
        }
    }
    // Text forms.
    addUnique(m_needles, clear); // also the lossy decoding of bytes that are not UTF-8
    if (validUtf8) {
        addUnique(m_needles, clear);
        QString quoted = clear;
        quoted.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        addUnique(m_needles, quoted);
    }
    addUnique(m_needles, QString::fromLatin1(secret)); // bytes read as Latin-1
    addUnique(m_needles, QString::fromLatin1(secret.toBase64()));
    addUnique(m_needles, QString::fromLatin1(secret.toPercentEncoding()));
    addUnique(m_needles, escapedForm(secret, false));
    addUnique(m_needles, escapedForm(secret, true));
    // Wire forms.
    addUnique(m_byteNeedles, secret);
    addUnique(m_byteNeedles, quotedBytes);
    addUnique(m_byteNeedles, secret.toBase64());
    addUnique(m_byteNeedles, secret.toPercentEncoding());
    if (validUtf8) {
        bool latin1 = true;
        for (const QChar c : clear)
            latin1 = latin1 && c.unicode() <= 0xff;
        if (latin1)
            addUnique(m_byteNeedles, clear.toLatin1());
        QByteArray le, be;
        for (const QChar c : clear) {
            const char16_t u = c.unicode();
            le += char(u & 0xff);
            le += char(u >> 8);
            be += char(u >> 8);
            be += char(u & 0xff);
        }
        addUnique(m_byteNeedles, le);
        addUnique(m_byteNeedles, be);
    }
    // Longest first, so a form that contains another is masked whole.
    longestFirst(m_needles);
    longestFirst(m_byteNeedles);
}

QString Redactor::redact(const QString &textIn) const
{
    if (m_secrets.isEmpty() || textIn.isEmpty())
        return textIn;
    QString text = textIn;
    for (const QString &n : m_needles)
        text.replace(n, Mask);
    // Any base64 token whose decoding holds a secret (AUTH PLAIN "\0user\0pass", ...),
    // whatever the alignment of the secret inside it.
    QString out;
    qsizetype last = 0;
    auto it = base64Token().globalMatch(text);
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

QByteArray Redactor::redactBytes(const QByteArray &in, qsizetype keep) const
{
    if (m_secrets.isEmpty() || in.isEmpty())
        return in;
    keep = std::clamp<qsizetype>(keep, 0, in.size());
    QByteArray text = in.mid(keep);
    const QByteArray mask = Mask.toLatin1();
    for (const QByteArray &n : m_byteNeedles)
        text.replace(n, mask);
    QByteArray out;
    qsizetype last = 0;
    const QString latin = QString::fromLatin1(text);
    auto it = base64Token().globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString t = m.captured(0);
        bool hit = false;
        for (int skip = 0; skip < 4 && skip < t.size() && !hit; ++skip) {
            const QByteArray decoded = QByteArray::fromBase64(QStringView(t).mid(skip).toLatin1());
            for (const QByteArray &s : m_secrets)
                hit = hit || decoded.contains(s);
        }
        if (hit) {
            out += text.mid(last, m.capturedStart() - last);
            out += mask;
            last = m.capturedEnd();
        }
    }
    if (last > 0) {
        out += text.mid(last);
        text = out;
    }
    return in.left(keep) + text;
}

AccountSettings Redactor::redactedSettings(const AccountSettings &in) const
{
    AccountSettings s = in;
    if (isEmpty())
        return s;
    for (QString *t : {&s.email, &s.name, &s.description, &s.imapPathPrefix, &s.incoming.host, &s.incoming.user,
                       &s.outgoing.host, &s.outgoing.user})
        *t = redact(*t);
    return s;
}

void Redactor::clear()
{
    for (QByteArray &s : m_secrets) {
        s.detach();
        s.fill('\0');
    }
    m_secrets.clear();
    for (QString &n : m_needles)
        n.fill(QLatin1Char('\0'));
    for (QByteArray &n : m_byteNeedles) {
        n.detach();
        n.fill('\0');
    }
    m_needles.clear();
    m_byteNeedles.clear();
}

} // namespace mailfix
