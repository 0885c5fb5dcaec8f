// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSettings.h"

#include <QRegularExpression>

namespace mailfix {

QString Field::of(ServerSide side, const char *leaf)
{
    return sideName(side) + QLatin1Char('.') + QLatin1String(leaf);
}

QStringList Field::all()
{
    return {Email,        IncomingType,   IncomingHost, IncomingUser,   IncomingPassword, IncomingSsl,
            IncomingAuth, IncomingPort,   OutgoingServer, OutgoingHost, OutgoingUser,     OutgoingPassword,
            OutgoingSsl,  OutgoingAuth,   OutgoingPort, IosVersion};
}

QString sideName(ServerSide side)
{
    return side == ServerSide::Incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing");
}

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password: return QStringLiteral("password");
    case AuthMethod::Md5: return QStringLiteral("md5");
    case AuthMethod::Ntlm: return QStringLiteral("ntlm");
    case AuthMethod::HttpMd5: return QStringLiteral("http-md5");
    case AuthMethod::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<AuthMethod> parseAuthMethod(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (AuthMethod m : {AuthMethod::Password, AuthMethod::Md5, AuthMethod::Ntlm, AuthMethod::HttpMd5, AuthMethod::None})
        if (n == authMethodName(m))
            return m;
    // The phone's own labels, as a helpdesk would read them out.
    if (n == QLatin1String("md5 challenge-response") || n == QLatin1String("cram-md5"))
        return AuthMethod::Md5;
    if (n == QLatin1String("http md5 digest") || n == QLatin1String("digest-md5"))
        return AuthMethod::HttpMd5;
    return std::nullopt;
}

std::optional<IosVersion> IosVersion::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:ios\\s*)?(\\d{1,2})(?:\\.(\\d{1,2}))?(?:\\.(\\d{1,2}))?\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    IosVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    // iOS 5 is the oldest with these screens; Apple jumped from 18 to 26.
    if (v.major < 5 || (v.major > 18 && v.major < 26) || v.major > 40)
        return std::nullopt;
    return v;
}

QString IosVersion::toString() const
{
    QString s = QString::number(major) + QLatin1Char('.') + QString::number(minor);
    if (patch)
        s += QLatin1Char('.') + QString::number(patch);
    return s;
}

int AccountSettings::defaultPort(ServerSide side, IncomingType type, bool ssl)
{
    if (side == ServerSide::Outgoing)
        return ssl ? 587 : 25;
    if (type == IncomingType::Imap)
        return ssl ? 993 : 143;
    return ssl ? 995 : 110;
}

int AccountSettings::effectivePort(ServerSide side) const
{
    const ServerSettings &s = server(side);
    return s.port > 0 ? s.port : defaultPort(side, incomingType, s.ssl);
}

} // namespace mailfix
