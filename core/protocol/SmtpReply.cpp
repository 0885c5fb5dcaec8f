// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpReply.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailfix {

QString printable(const QByteArray &bytes, int maxChars)
{
    QString out;
    const QString decoded = QString::fromUtf8(bytes);
    const bool validUtf8 = decoded.toUtf8() == bytes;
    if (validUtf8) {
        for (const QChar c : decoded) {
            if (out.size() >= maxChars) {
                out += QStringLiteral("…");
                break;
            }
            if (c == QChar::ReplacementCharacter || (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out;
    }
    for (const char ch : bytes) {
        if (out.size() >= maxChars) {
            out += QStringLiteral("…");
            break;
        }
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

int SmtpReply::enhancedSubject() const
{
    const auto parts = enhanced.split(QLatin1Char('.'));
    return parts.size() == 3 ? parts.at(1).toInt() : -1;
}

int SmtpReply::enhancedDetail() const
{
    const auto parts = enhanced.split(QLatin1Char('.'));
    return parts.size() == 3 ? parts.at(2).toInt() : -1;
}

QString SmtpReply::evidence() const
{
    QString s = QString::number(code);
    if (!lines.isEmpty())
        s += QLatin1Char(' ') + lines.join(QLatin1Char(' '));
    return s.left(600);
}

SmtpReplyParser::Result SmtpReplyParser::feedLine(const QByteArray &line, SmtpReply *out, QString *error)
{
    m_limitExceeded = false;
    auto fail = [&](const QString &why) {
        *error = why;
        m_pending = SmtpReply();
        return Result::Error;
    };
    if (line.size() < 3)
        return fail(QCoreApplication::translate("SmtpReplyParser", "reply line too short"));
    for (int i = 0; i < 3; ++i)
        if (line.at(i) < '0' || line.at(i) > '9')
            return fail(QCoreApplication::translate("SmtpReplyParser", "reply does not start with a status code"));
    const int code = line.left(3).toInt();
    if (code < 200 || code > 599)
        return fail(QCoreApplication::translate("SmtpReplyParser", "status code %1 is out of range").arg(code));
    char sep = ' ';
    if (line.size() > 3) {
        sep = line.at(3);
        if (sep != ' ' && sep != '-')
            return fail(QCoreApplication::translate("SmtpReplyParser", "malformed reply separator"));
    }
    if (m_pending.code != 0 && m_pending.code != code)
        return fail(QCoreApplication::translate("SmtpReplyParser", "multi-line reply changes its code from %1 to %2").arg(m_pending.code).arg(code));
    if (m_pending.lines.size() >= m_maxLines)
    {
        m_limitExceeded = true;
        return fail(QCoreApplication::translate("SmtpReplyParser", "reply has more than %1 lines").arg(m_maxLines));
    }

    m_pending.code = code;
    const QString text = printable(line.mid(4));
    m_pending.lines.append(text);
    m_pending.raw.append(printable(line));
    if (sep == '-')
        return Result::NeedMore;

    // Enhanced status code: first line only, class must match the reply's (RFC 2034).
    static const QRegularExpression enh(QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s|$)"));
    const auto m = enh.match(m_pending.lines.first());
    if (m.hasMatch() && m.captured(1).toInt() == code / 100)
        m_pending.enhanced = m.captured(1) + QLatin1Char('.') + m.captured(2) + QLatin1Char('.') + m.captured(3);
    *out = std::exchange(m_pending, SmtpReply());
    return Result::Reply;
}

EhloCapabilities EhloCapabilities::parse(const SmtpReply &reply)
{
    EhloCapabilities caps;
    for (int i = 1; i < reply.lines.size(); ++i) {
        const QStringList words = reply.lines.at(i).split(QRegularExpression(QStringLiteral("[ =]")), Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        const QString kw = words.first().toUpper();
        caps.keywords.append(kw);
        if (kw == QLatin1String("AUTH"))
            for (int j = 1; j < words.size(); ++j)
                if (!caps.authMechanisms.contains(words.at(j).toUpper()))
                    caps.authMechanisms.append(words.at(j).toUpper());
    }
    return caps;
}

} // namespace mailfix
