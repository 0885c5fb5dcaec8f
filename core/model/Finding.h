// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mailfix {

enum class Severity { Error, Warning, Info };
QString severityName(Severity s);

/// One cause, pinned to the field the user must change (CONTRACT.md section 2).
struct Finding
{
    QString code;            ///< stable identifier, e.g. "smtp.relay_denied"
    Severity severity = Severity::Error;
    QString field;           ///< the field to change, e.g. "outgoing.user"; empty: none
    QStringList alsoFields;  ///< further fields the same fix touches (e.g. the password beside the user name)
    QString title;           ///< translated one-line title (filled by FixCatalog)
    QStringList fix;         ///< translated fix steps for the chosen iOS version (filled by FixCatalog)
    QString evidence;        ///< the server's own words or what was observed, already redacted
    /// Facts the wording needs: "host", "port", "suggested_port", "names", "offered", "provider", ...
    QVariantMap params;

    static Finding make(const QString &code, const QString &field, const QString &evidence = {},
                        Severity severity = Severity::Error)
    {
        Finding f;
        f.code = code;
        f.field = field;
        f.evidence = evidence;
        f.severity = severity;
        return f;
    }
};

} // namespace mailfix
