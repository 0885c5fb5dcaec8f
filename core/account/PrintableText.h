// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailfix {

/// Text from a settings file or a server made safe for a terminal: control
/// characters (C0, DEL, C1), line separators and the bidirectional overrides are
/// shown escaped ("\x1B", "\u202E") instead of acting on the terminal.
class PrintableText
{
public:
    /// Whether \a c must not reach a terminal raw (line breaks and tabs count).
    static bool isControl(QChar c);
    /// The visible form of \a c ("\x1B", "\u202E").
    static QString escaped(QChar c);
    /// \a text with every control character escaped; with \a keepNewlines, line
    /// feeds and tabs stay.
    static QString escape(const QString &text, bool keepNewlines = false);
};

} // namespace mailfix
