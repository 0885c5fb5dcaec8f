// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapResponse.h"
#include "SmtpReply.h"

#include <QRegularExpression>

namespace mailfix {

qint64 ImapResponse::trailingLiteralSize(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 10)
        return -1;
    for (char c : digits)
        if (c < '0' || c > '9')
            return -1;
    return digits.toLongLong();
}

static QStringList words(const QString &s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

std::optional<ImapResponse> ImapResponse::parse(const QByteArray &line)
{
    ImapResponse r;
    r.raw = printable(line);
    if (line.startsWith("+")) {
        r.kind = Kind::Continuation;
        r.text = printable(line.mid(1).trimmed());
        return r;
    }
    const qsizetype sp = line.indexOf(' ');
    if (sp <= 0)
        return std::nullopt;
    const QByteArray first = line.left(sp);
    if (first == "*") {
        r.kind = Kind::Untagged;
    } else {
        // A tag is astring-chars minus '+' (RFC 9051 "tag").
        static const QRegularExpression tagRe(QStringLiteral("^[A-Za-z0-9.!#$&',\\-/:;<=>?@^_`|~]+$"));
        if (!tagRe.match(QString::fromLatin1(first)).hasMatch())
            return std::nullopt;
        r.kind = Kind::Tagged;
        r.tag = first;
    }
    QString rest = printable(line.mid(sp + 1), 8192);
    const int sp2 = rest.indexOf(QLatin1Char(' '));
    QString word = (sp2 < 0 ? rest : rest.left(sp2));
    rest = sp2 < 0 ? QString() : rest.mid(sp2 + 1);
    // Untagged "* 5 EXISTS": number first.
    bool isNumber = false;
    word.toLongLong(&isNumber);
    if (isNumber && r.kind == Kind::Untagged) {
        const int sp3 = rest.indexOf(QLatin1Char(' '));
        word = sp3 < 0 ? rest : rest.left(sp3);
        rest = sp3 < 0 ? QString() : rest.mid(sp3 + 1);
    }
    r.status = word.toUpper();
    if (r.kind == Kind::Tagged && !r.isStatus())
        return std::nullopt;
    if (r.status == QLatin1String("CAPABILITY")) {
        r.capabilities = words(rest.toUpper());
        r.text = rest;
        return r;
    }
    if (r.isStatus() && rest.startsWith(QLatin1Char('['))) {
        const int close = rest.indexOf(QLatin1Char(']'));
        if (close > 0) {
            const QString inside = rest.mid(1, close - 1);
            const int isp = inside.indexOf(QLatin1Char(' '));
            r.code = (isp < 0 ? inside : inside.left(isp)).toUpper();
            r.codeArgs = isp < 0 ? QString() : inside.mid(isp + 1);
            if (r.code == QLatin1String("CAPABILITY"))
                r.capabilities = words(r.codeArgs.toUpper());
            rest = rest.mid(close + 1).trimmed();
        }
    }
    r.text = rest;
    return r;
}

} // namespace mailfix
