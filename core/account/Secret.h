// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace mailfix {

/// A password held only for the duration of one check. It has no conversion to
/// QString or to any printable form, and its bytes are wiped when it goes away.
class Secret
{
public:
    Secret() = default;
    explicit Secret(QByteArray utf8) : m_bytes(std::move(utf8)) { m_bytes.detach(); }
    Secret(const Secret &other) : m_bytes(other.m_bytes) { m_bytes.detach(); }
    Secret &operator=(const Secret &other)
    {
        if (this != &other) {
            wipe();
            m_bytes = other.m_bytes;
            m_bytes.detach();
        }
        return *this;
    }
    ~Secret() { wipe(); }

    bool isEmpty() const { return m_bytes.isEmpty(); }
    /// The raw UTF-8 bytes; use only to put them on an encrypted wire.
    const QByteArray &reveal() const { return m_bytes; }
    void wipe()
    {
        if (!m_bytes.isEmpty() && !m_bytes.isDetached())
            m_bytes.detach();
        volatile char *p = m_bytes.data();
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            p[i] = 0;
        m_bytes.clear();
    }

private:
    QByteArray m_bytes;
};

} // namespace mailfix
