// SPDX-License-Identifier: GPL-3.0-or-later
#include "Terminal.h"

#include "account/PrintableText.h"

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mailfix {

namespace {

/// Length of the colour sequence ESC [ (digits | ;)* m at \a i, or 0.
qsizetype sgrLength(const QString &text, qsizetype i)
{
    if (i + 2 >= text.size() || text.at(i + 1) != QLatin1Char('['))
        return 0;
    for (qsizetype k = i + 2; k < text.size() && k < i + 16; ++k) {
        const QChar c = text.at(k);
        if (c == QLatin1Char('m'))
            return k - i + 1;
        if (!c.isDigit() || c.unicode() > 0x7f) {
            if (c != QLatin1Char(';'))
                return 0;
        }
    }
    return 0;
}

void write(std::FILE *f, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
    std::fflush(f);
}

} // namespace

QString Terminal::printable(const QString &text, bool keepNewlines, bool keepColor)
{
    if (!keepColor)
        return PrintableText::escape(text, keepNewlines);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0x1b) {
            if (const qsizetype n = sgrLength(text, i)) {
                out += text.mid(i, n);
                i += n - 1;
                continue;
            }
        }
        if ((c == QLatin1Char('\n') || c == QLatin1Char('\t')) && keepNewlines)
            out += c;
        else if (PrintableText::isControl(c))
            out += PrintableText::escaped(c);
        else
            out += c;
    }
    return out;
}

void Terminal::writeOut(const QString &text, bool keepColor)
{
    write(stdout, printable(text, true, keepColor).toUtf8());
}

void Terminal::writeOutRaw(const QByteArray &bytes)
{
    // JSON only: no control character that JSON allows raw reaches the terminal.
    write(stdout, PrintableText::jsonSafe(bytes));
}

void Terminal::writeErr(const QString &line)
{
    write(stderr, printable(line).toUtf8() + '\n');
}

bool Terminal::isTerminal(std::FILE *f)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(f)) != 0;
#else
    return isatty(fileno(f)) != 0;
#endif
}

bool Terminal::useColor(bool noColorOption)
{
    if (noColorOption || qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
#ifdef Q_OS_WIN
    return false;
#else
    return isTerminal(stdout) && qEnvironmentVariable("TERM") != QLatin1String("dumb");
#endif
}

} // namespace mailfix
