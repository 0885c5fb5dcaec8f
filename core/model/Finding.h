// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Codes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace mailfix {

enum class Severity { Error, Warning, Info };
QString severityName(Severity s);

/// The facts a finding's wording needs, typed: what was tried, what the server
/// offered, what would work instead. Serialised to the JSON "params" object only
/// at the edge (toParams()); no view reads them by name.
struct FindingFacts
{
    QString side;                  ///< "incoming" / "outgoing" the finding is about ("" = from the field)
    QString host;                  ///< the server that was tried
    int port = 0;                  ///< the port that was tried (0: unknown)
    QString email;                 ///< the sender address that was tried
    QString recipient;             ///< the relay-test recipient
    QString user;                  ///< the user name that was tried (when it differs from the settings)
    QString prefix;                ///< the IMAP Path Prefix that was tried
    QString protocolSeen;          ///< "HTTP", "SSH", "IMAP", ... when another service answered
    QStringList offered;           ///< mechanisms or capabilities the server offered
    QString provider;              ///< provider id (ProviderDirectory) when recognised
    QString since;                 ///< ISO date a provider rule took effect
    bool sinceConfirmed = false;   ///< a primary source for that date was found
    QString rule;                  ///< the provider rule behind the finding (ProviderRules::Rule)
    // Certificate facts.
    QStringList names;             ///< names the certificate is for
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString fingerprint;           ///< SHA-256, hex
    std::optional<bool> trusted;   ///< whether the connection was trusted TLS when it was said
    qint64 bytes = -1;             ///< bytes involved (injection, limits); -1: none
    QString text;                  ///< the server's words that matter (alert text)
    // What would work instead.
    int suggestedPort = 0;
    std::optional<bool> suggestedSsl;
    QString suggestedHost;
    QString suggestedEmail;
    QString suggestedPrefix;
    QString source;                ///< discovery: the published source (srv, autoconfig, ...) a finding is about
    /// network.depends_on_location: why the verdict depends on where the phone is —
    /// "port_25" (carriers and many Wi-Fi networks block it), "private_address" (a
    /// LAN/VPN address), "local_name" (a name only the local network resolves).
    QString network;

    /// Only the facts that are set, under the contract's "params" names.
    QVariantMap toParams() const;
    /// The inverse of toParams() (reading a saved report; tests); unknown keys are ignored.
    static FindingFacts fromParams(const QVariantMap &params);
};

/// One cause, pinned to the field the user must change (CONTRACT.md section 2).
struct Finding
{
    QString code;            ///< stable identifier, a Code:: constant, e.g. Code::SmtpRelayDenied
    Severity severity = Severity::Error;
    QString field;           ///< the field to change, e.g. "outgoing.user"; empty: none
    QStringList alsoFields;  ///< further fields the same fix touches (e.g. the password beside the user name)
    QString title;           ///< translated one-line title (filled by the wording)
    QStringList fix;         ///< translated fix steps for the chosen iOS version (filled by the wording)
    QString evidence;        ///< the server's own words or what was observed, already redacted
    FindingFacts facts;      ///< typed facts for the wording and the JSON "params"

    QVariantMap params() const { return facts.toParams(); }

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
