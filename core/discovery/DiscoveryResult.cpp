// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryResult.h"

namespace mailfix {

bool DiscoveryResult::ok() const
{
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            return false;
    return found[0] && found[1] && verified[0] != Verified::None && verified[1] != Verified::None;
}

QList<SettingChange> DiscoveryResult::changesBetween(const AccountSettings &given,
                                                     const AccountSettings &suggested)
{
    QList<SettingChange> out;
    auto add = [&](const QString &field, const QVariant &from, const QVariant &to) {
        if (from != to)
            out.append({field, from, to});
    };
    auto typeName = [](IncomingType t) {
        return t == IncomingType::Pop ? QStringLiteral("pop") : QStringLiteral("imap");
    };
    add(Field::IncomingType, typeName(given.incomingType), typeName(suggested.incomingType));
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        const ServerSettings &g = given.server(side);
        const ServerSettings &s = suggested.server(side);
        if (side == ServerSide::Outgoing)
            add(Field::OutgoingServer, given.outgoingServerOn, suggested.outgoingServerOn);
        add(Field::of(side, "host"), g.host.trimmed(), s.host);
        add(Field::of(side, "ssl"), g.ssl, s.ssl);
        add(Field::of(side, "port"), given.effectivePort(side), suggested.effectivePort(side));
        add(Field::of(side, "auth"), authMethodName(g.auth), authMethodName(s.auth));
        add(Field::of(side, "user"), g.user, s.user);
    }
    return out;
}

} // namespace mailfix
