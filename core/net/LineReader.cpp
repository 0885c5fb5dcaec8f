// SPDX-License-Identifier: GPL-3.0-or-later
#include "LineReader.h"

namespace mailfix {

bool LineReader::nextLine(QByteArray *line)
{
    const qsizetype nl = m_buffer.indexOf('\n');
    if (nl < 0 || nl > m_maxLine)
        return false;
    qsizetype end = nl;
    if (end > 0 && m_buffer.at(end - 1) == '\r')
        --end;
    *line = m_buffer.left(end);
    m_buffer.remove(0, nl + 1);
    return true;
}

bool LineReader::takeBytes(qsizetype n, QByteArray *out)
{
    if (n < 0 || m_buffer.size() < n)
        return false;
    *out = m_buffer.left(n);
    m_buffer.remove(0, n);
    return true;
}

} // namespace mailfix
