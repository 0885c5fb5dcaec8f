// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace mailfix {

/// Splits a byte stream into CRLF (or bare LF) terminated lines, with a hard cap on
/// line length so a hostile server cannot make us buffer without bound.
class LineReader
{
public:
    explicit LineReader(qsizetype maxLine = 16 * 1024) : m_maxLine(maxLine) {}

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    /// Takes the next complete line without its terminator. False when none is complete.
    bool nextLine(QByteArray *line);
    /// Takes exactly n raw bytes (an IMAP literal). False until that many are buffered.
    bool takeBytes(qsizetype n, QByteArray *out);
    /// True once the next line grew past the cap, whether or not its terminator has come.
    bool overflowed() const
    {
        const qsizetype nl = m_buffer.indexOf('\n');
        return nl < 0 ? m_buffer.size() > m_maxLine : nl > m_maxLine;
    }
    qsizetype buffered() const { return m_buffer.size(); }
    QByteArray takeAll() { return std::exchange(m_buffer, QByteArray()); }
    void clear() { m_buffer.clear(); }
    qsizetype maxLine() const { return m_maxLine; }

private:
    QByteArray m_buffer;
    qsizetype m_maxLine;
};

} // namespace mailfix
