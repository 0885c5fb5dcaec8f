// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace mailfix {

/// Everything mailfix-cli writes goes through here, so that no byte from a settings
/// file or a server reaches the terminal raw: control characters (C0, DEL, C1) and
/// the bidirectional overrides are shown escaped ("\x1B", "\u202E").
class Terminal
{
public:
    /// \a text with every control character escaped; with \a keepNewlines, line
    /// breaks and tabs stay (a multi-line report), otherwise they are escaped too (one
    /// line for stderr). With \a keepColor, the colour sequences the report writer
    /// emits (ESC [ digits ; m) stay.
    static QString printable(const QString &text, bool keepNewlines = false, bool keepColor = false);

    /// Report text for stdout (line breaks kept).
    static void writeOut(const QString &text, bool keepColor = false);
    /// Bytes for stdout as they are (JSON, whose writer escapes control characters).
    static void writeOutRaw(const QByteArray &bytes);
    /// One line on stderr, escaped, with a newline added.
    static void writeErr(const QString &line);

    static bool isTerminal(std::FILE *f);
    /// Colours on stdout: a terminal, no --no-color, no NO_COLOR, not TERM=dumb.
    static bool useColor(bool noColorOption);
};

} // namespace mailfix
