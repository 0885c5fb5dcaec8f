// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailfix {

/// One IMAP server response line (RFC 9051 / 3501), literals already folded in.
struct ImapResponse
{
    enum class Kind { Untagged, Tagged, Continuation };
    Kind kind = Kind::Untagged;
    QByteArray tag;        ///< for tagged responses
    QString status;        ///< OK NO BAD PREAUTH BYE, or the untagged data name (CAPABILITY, LIST, ...)
    QString code;          ///< response code name without brackets, upper-case ("AUTHENTICATIONFAILED")
    QString codeArgs;      ///< whatever followed the code name inside the brackets
    QString text;          ///< human-readable text after status and code
    QStringList capabilities; ///< from "* CAPABILITY ..." or "[CAPABILITY ...]"
    QString raw;           ///< the printable line

    bool isStatus() const
    {
        return status == QLatin1String("OK") || status == QLatin1String("NO") || status == QLatin1String("BAD")
            || status == QLatin1String("PREAUTH") || status == QLatin1String("BYE");
    }
    /// Parses one line; nullopt when it is not IMAP at all.
    static std::optional<ImapResponse> parse(const QByteArray &line);
    /// If the line ends in a literal announcement "{N}" or "{N+}", its size; else -1.
    static qint64 trailingLiteralSize(const QByteArray &line);
};

} // namespace mailfix
