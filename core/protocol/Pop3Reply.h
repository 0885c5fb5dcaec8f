// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace mailfix {

/// One POP3 status line (RFC 1939), with an RFC 2449/3206 response code if present.
struct Pop3Reply
{
    bool ok = false;
    bool continuation = false; ///< "+ " SASL challenge (RFC 5034)
    QString code;              ///< "AUTH", "SYS/TEMP", "IN-USE", "LOGIN-DELAY", ...
    QString text;
    QString raw;
    /// nullopt when the line is not a POP3 status line.
    static std::optional<Pop3Reply> parse(const QByteArray &line);
};

} // namespace mailfix
