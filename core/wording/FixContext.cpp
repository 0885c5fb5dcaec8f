// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixContext.h"

#include <QRegularExpression>

namespace mailfix::wording {

Side sideOfName(const QString &name)
{
    if (name.startsWith(QLatin1String("incoming")))
        return Side::Incoming;
    if (name.startsWith(QLatin1String("outgoing")))
        return Side::Outgoing;
    return Side::None;
}

FixContext::FixContext(const Finding &finding, const AccountSettings &settings, PhoneLanguage language)
    : f(finding), s(settings), w(settings.ios, language)
{
    side = sideOfName(f.facts.side.trimmed());
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
    host = f.facts.host.trimmed();
    if (host.isEmpty() && side != Side::None)
        host = s.server(serverSide()).host.trimmed();
    port = f.facts.port;
    if (port <= 0 && side != Side::None)
        port = s.effectivePort(serverSide());
    provider = ProviderDirectory::byId(f.facts.provider.trimmed());
    if (!provider)
        provider = ProviderDirectory::byHost(host);
}

QStringList FixContext::cleanList(const QStringList &list)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList out;
    for (const QString &item : list) {
        for (const QString &part : item.split(separators, Qt::SkipEmptyParts)) {
            if (!out.contains(part))
                out.append(part);
        }
    }
    return out;
}

} // namespace mailfix::wording
