// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Secret.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace mailfix {

enum class IncomingType { Imap, Pop };
enum class AuthMethod { Password, Md5, Ntlm, HttpMd5, None };
enum class ServerSide { Incoming, Outgoing };

/// Stable field names from CONTRACT.md section 1.
namespace Field {
inline const QString Email = QStringLiteral("account.email");
inline const QString IncomingType = QStringLiteral("incoming.type");
inline const QString IncomingHost = QStringLiteral("incoming.host");
inline const QString IncomingUser = QStringLiteral("incoming.user");
inline const QString IncomingPassword = QStringLiteral("incoming.password");
inline const QString IncomingSsl = QStringLiteral("incoming.ssl");
inline const QString IncomingAuth = QStringLiteral("incoming.auth");
inline const QString IncomingPort = QStringLiteral("incoming.port");
inline const QString IncomingPathPrefix = QStringLiteral("incoming.path_prefix");
inline const QString OutgoingServer = QStringLiteral("outgoing.server");
inline const QString OutgoingHost = QStringLiteral("outgoing.host");
inline const QString OutgoingUser = QStringLiteral("outgoing.user");
inline const QString OutgoingPassword = QStringLiteral("outgoing.password");
inline const QString OutgoingSsl = QStringLiteral("outgoing.ssl");
inline const QString OutgoingAuth = QStringLiteral("outgoing.auth");
inline const QString OutgoingPort = QStringLiteral("outgoing.port");
inline const QString IosVersion = QStringLiteral("ios.version");
/// "incoming.host" for (Incoming, "host").
QString of(ServerSide side, const char *leaf);
QStringList all();
} // namespace Field

QString authMethodName(AuthMethod method);             ///< "password", "md5", ...
std::optional<AuthMethod> parseAuthMethod(const QString &name);
QString sideName(ServerSide side);                     ///< "incoming" / "outgoing"

/// The iOS version the customer reads off Settings > General > About.
struct IosVersion
{
    int major = 26;
    int minor = 0;
    int patch = 0;
    static constexpr int Newest = 26;
    static std::optional<IosVersion> parse(const QString &text);
    QString toString() const;
    bool operator<(const IosVersion &o) const
    {
        return std::tie(major, minor, patch) < std::tie(o.major, o.minor, o.patch);
    }
};

/// One server of the account as the phone has it.
struct ServerSettings
{
    QString host;
    int port = 0;                ///< 0: the phone's default for type and Use SSL
    bool ssl = true;             ///< Use SSL
    AuthMethod auth = AuthMethod::Password;
    QString user;
    Secret password;             ///< empty: the phone's field is empty
};

/// The phone's mail account settings: the fields of CONTRACT.md section 1.
struct AccountSettings
{
    QString name;
    QString email;
    QString description;
    IncomingType incomingType = IncomingType::Imap;
    ServerSettings incoming;
    QString imapPathPrefix;
    bool outgoingServerOn = true;
    ServerSettings outgoing;
    IosVersion ios;

    const ServerSettings &server(ServerSide side) const { return side == ServerSide::Incoming ? incoming : outgoing; }
    ServerSettings &server(ServerSide side) { return side == ServerSide::Incoming ? incoming : outgoing; }

    /// The port the phone uses when Server Port is left as it is.
    int effectivePort(ServerSide side) const;
    static int defaultPort(ServerSide side, IncomingType type, bool ssl);
    /// Whether that side has anything to check (a host name was given).
    bool hasSide(ServerSide side) const { return !server(side).host.trimmed().isEmpty(); }
};

} // namespace mailfix
