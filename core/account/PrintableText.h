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
    /// Serialised JSON (UTF-8) with every control character that JSON allows raw
    /// (DEL, C1, the bidirectional controls, U+2028/U+2029) written as a \\uXXXX
    /// escape instead: the same JSON value, but one that cannot act on a terminal
    /// it is printed to. Outside strings JSON holds only ASCII, so only string
    /// contents change.
    static QByteArray jsonSafe(const QByteArray &json);
};

} // namespace mailfix
