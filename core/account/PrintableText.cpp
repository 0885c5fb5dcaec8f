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
