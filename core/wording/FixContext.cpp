// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixContext.h"

namespace mailfix::wording {

Side sideOfName(const QString &name)
{
    if (name.startsWith(QLatin1String("incoming")))
        return Side::Incoming;
    if (name.startsWith(QLatin1String("outgoing")))
        return Side::Outgoing;
    return Side::None;
}

FixContext::FixContext(const Finding &finding, const AccountSettings &settings) : f(finding), s(settings)
{
    side = sideOfName(param("side"));
    if (side == Side::None)
        side = sideOfName(f.field);
    for (qsizetype i = 0; side == Side::None && i < f.alsoFields.size(); ++i)
        side = sideOfName(f.alsoFields.at(i));
    if (side == Side::None) {
        // Codes that can only be about one side.
        if (f.code.startsWith(QLatin1String("smtp.")))
            side = Side::Outgoing;
        else if (f.code == QLatin1String("protocol.alert") ||
                 f.code == QLatin1String("incoming.path_prefix"))
            side = Side::Incoming;
    }
    host = param("host");
    if (host.isEmpty() && side != Side::None)
        host = s.server(serverSide()).host.trimmed();
    port = intParam("port");
    if (port <= 0 && side != Side::None)
        port = s.effectivePort(serverSide());
    provider = ProviderDirectory::byId(param("provider"));
    if (!provider)
        provider = ProviderDirectory::byHost(host);
}

} // namespace mailfix::wording
