// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintableText.h"

namespace mailfix {

bool PrintableText::isControl(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C || u == 0x2028 ||
           u == 0x2029;
}

QByteArray PrintableText::jsonSafe(const QByteArray &json)
{
    bool any = false;
    for (const char b : json)
        if (static_cast<unsigned char>(b) >= 0x7f) {
            any = true;
            break;
        }
    if (!any)
        return json; // pure ASCII: QJsonDocument already escaped C0
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (c.unicode() >= 0x7f && isControl(c))
            out += QStringLiteral("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
        else
            out += c;
    }
    return out.toUtf8();
}

QString PrintableText::escaped(QChar c)
{
    const int u = c.unicode();
    if (u < 0x100)
        return QStringLiteral("\\x") + QString::number(u, 16).rightJustified(2, QLatin1Char('0')).toUpper();
    return QStringLiteral("\\u") + QString::number(u, 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

QString PrintableText::escape(const QString &text, bool keepNewlines)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (keepNewlines && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))
            out += c;
        else if (isControl(c))
            out += escaped(c);
        else
            out += c;
    }
    return out;
}

} // namespace mailfix
