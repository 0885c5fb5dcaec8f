// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Transport.h"

#include <QDateTime>
#include <QStringList>

namespace mailfix {

/// The facts about a server certificate a person needs to judge it.
/// Why a certificate failed verification.
enum class CertProblem { Untrusted, Expired, NotYetValid, HostnameMismatch };

struct CertificateInfo
{
    QString host;            ///< the name we connected to
    quint16 port = 0;
    QStringList names;       ///< subject alternative names, else the common name
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;          ///< hex, lower case, no separators
    QList<CertProblem> problems; ///< each once, in the order the TLS library named them
    QStringList errorTexts;  ///< the TLS library's words

    bool isTrusted() const { return problems.isEmpty(); }
    static CertificateInfo from(const TlsInfo &tls, const QString &host, quint16 port);
    /// "aa:bb:..." for display.
    QString fingerprintDisplay() const;
};

} // namespace mailfix
