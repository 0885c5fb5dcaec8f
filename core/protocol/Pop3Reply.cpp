// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Reply.h"
#include "SmtpReply.h"

namespace mailfix {

std::optional<Pop3Reply> Pop3Reply::parse(const QByteArray &line)
{
    Pop3Reply r;
    r.raw = printable(line);
    QByteArray rest;
    if (line == "+OK" || line.startsWith("+OK ")) {
        r.ok = true;
        rest = line.mid(3);
    } else if (line == "-ERR" || line.startsWith("-ERR ")) {
        rest = line.mid(4);
    } else if (line == "+" || line.startsWith("+ ")) {
        r.continuation = true;
        rest = line.mid(1);
    } else {
        return std::nullopt;
    }
    QString text = printable(rest.trimmed());
    if (text.startsWith(QLatin1Char('['))) {
        const int close = text.indexOf(QLatin1Char(']'));
        if (close > 0) {
            r.code = text.mid(1, close - 1).toUpper();
            text = text.mid(close + 1).trimmed();
        }
    }
    r.text = text;
    return r;
}

} // namespace mailfix
