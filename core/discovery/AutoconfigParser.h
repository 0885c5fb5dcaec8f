// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Candidate.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mailfix {

/// Reads Thunderbird's clientConfig v1.1 XML (autoconfig and ISPDB) into candidates.
/// Documents with a DTD or entity references are refused outright (no entity is
/// ever expanded, internal or external); at most MaxServers servers are read.
class AutoconfigParser
{
public:
    static constexpr int MaxServers = 20;
    struct Result
    {
        bool ok = false;
        QString error;            ///< why the document was refused
        QString providerName;     ///< displayName, for the sources summary
        QList<Candidate> servers; ///< sources left empty; the caller names them
        QStringList domains;      ///< <domain> entries
    };
    /// \a email fills %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% in user names.
    static Result parse(const QByteArray &xml, const QString &email);
};

} // namespace mailfix
