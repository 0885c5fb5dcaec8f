// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryWriter.h"

#include "account/PrintableText.h"

#include "wording/FixCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mailfix {

namespace {

/// The report's sentences, in the interface language: context "DiscoveryWriter".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiscoveryWriter)
};

QJsonValue value(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (v.typeId() == QMetaType::Int)
        return v.toInt();
    return v.toString();
}

QJsonObject server(const DiscoveryResult &r, ServerSide side)
{
    const ServerSettings &s = r.suggested.server(side);
    QJsonObject o;
    if (side == ServerSide::Incoming)
        o.insert(QStringLiteral("type"), r.suggested.incomingType == IncomingType::Pop
                                             ? QStringLiteral("pop")
                                             : QStringLiteral("imap"));
    else
        o.insert(QStringLiteral("server"), r.suggested.outgoingServerOn);
    o.insert(QStringLiteral("host"), s.host);
    o.insert(QStringLiteral("port"), r.suggested.effectivePort(side));
    o.insert(QStringLiteral("ssl"), s.ssl);
    o.insert(QStringLiteral("auth"), authMethodName(s.auth));
    o.insert(QStringLiteral("user"), s.user);
    return o;
}

QString shown(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? Text::tr("On") : Text::tr("Off");
    const QString s = v.toString();
    return s.isEmpty() ? Text::tr("(empty)") : s;
}

} // namespace

QJsonObject DiscoveryWriter::toJsonObject(const DiscoveryResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), r.ok());
    QJsonObject suggested;
    suggested.insert(QStringLiteral("account"), QJsonObject{{QStringLiteral("email"), r.email}});
    if (r.found[0])
        suggested.insert(QStringLiteral("incoming"), server(r, ServerSide::Incoming));
    if (r.found[1])
        suggested.insert(QStringLiteral("outgoing"), server(r, ServerSide::Outgoing));
    o.insert(QStringLiteral("suggested"), suggested);
    o.insert(QStringLiteral("verified"),
             QJsonObject{{QStringLiteral("incoming"), verifiedName(r.verified[0])},
                         {QStringLiteral("outgoing"), verifiedName(r.verified[1])}});
    QJsonArray changes;
    for (const SettingChange &c : r.changes)
        changes.append(QJsonObject{{QStringLiteral("field"), c.field},
                                   {QStringLiteral("from"), value(c.from)},
                                   {QStringLiteral("to"), value(c.to)}});
    o.insert(QStringLiteral("changes"), changes);
    QJsonArray candidates;
    for (const Candidate &c : r.candidates) {
        QJsonObject j{{QStringLiteral("side"), sideName(c.side)},
                      {QStringLiteral("host"), c.host},
                      {QStringLiteral("port"), c.port},
                      {QStringLiteral("ssl"), c.ssl},
                      {QStringLiteral("source"), QJsonArray::fromStringList(c.sources)},
                      {QStringLiteral("result"), candidateResultName(c.result)},
                      {QStringLiteral("detail"), c.detail}};
        if (c.side == ServerSide::Incoming)
            j.insert(QStringLiteral("type"),
                     c.type == IncomingType::Pop ? QStringLiteral("pop") : QStringLiteral("imap"));
        if (c.result == CandidateResult::Works)
            j.insert(QStringLiteral("verified"), verifiedName(c.verified));
        if (c.startedMs >= 0) {
            j.insert(QStringLiteral("started_ms"), c.startedMs);
            j.insert(QStringLiteral("elapsed_ms"), c.elapsedMs);
        }
        candidates.append(j);
    }
    o.insert(QStringLiteral("candidates"), candidates);
    QJsonArray findings;
    for (const Finding &f : r.findings) {
        QJsonObject j{{QStringLiteral("code"), f.code},
                      {QStringLiteral("severity"), severityName(f.severity)},
                      {QStringLiteral("field"), f.field},
                      {QStringLiteral("title"), f.title},
                      {QStringLiteral("fix"), QJsonArray::fromStringList(f.fix)},
                      {QStringLiteral("evidence"), f.evidence}};
        const QVariantMap params = f.params();
        if (!params.isEmpty())
            j.insert(QStringLiteral("params"), QJsonObject::fromVariantMap(params));
        findings.append(j);
    }
    o.insert(QStringLiteral("findings"), findings);
    QJsonObject sources;
    for (auto it = r.sources.cbegin(); it != r.sources.cend(); ++it)
        sources.insert(it.key(), it.value());
    o.insert(QStringLiteral("sources"), sources);
    o.insert(QStringLiteral("elapsed_ms"), r.totalMs);
    return o;
}

QByteArray DiscoveryWriter::toJson(const DiscoveryResult &r)
{
    return PrintableText::jsonSafe(QJsonDocument(toJsonObject(r)).toJson(QJsonDocument::Indented));
}

QString DiscoveryWriter::changeText(const SettingChange &c, const IosVersion &ios)
{
    QString label = FixCatalog::fieldLabel(c.field, ios);
    if (label.isEmpty())
        label = c.field;
    const QString side =
        c.field.startsWith(QLatin1String("incoming")) ? Text::tr("Incoming") : Text::tr("Outgoing (SMTP)");
    return QStringLiteral("%1 %2: %3 → %4").arg(side, label, shown(c.from), shown(c.to));
}

QString DiscoveryWriter::toText(const DiscoveryResult &r)
{
    QString out;
    out += Text::tr("Settings for %1 (searched in %2 ms)\n").arg(r.email).arg(r.totalMs);
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        const int i = side == ServerSide::Incoming ? 0 : 1;
        const QString name = side == ServerSide::Incoming
                                 ? (r.suggested.incomingType == IncomingType::Pop ? Text::tr("Incoming (POP)")
                                                                                  : Text::tr("Incoming (IMAP)"))
                                 : Text::tr("Outgoing (SMTP)");
        if (!r.found[i]) {
            out += Text::tr("  %1: nothing found that works\n").arg(name);
            continue;
        }
        const ServerSettings &s = r.suggested.server(side);
        out += Text::tr("  %1: %2 port %3, Use SSL %4, user %5 — verified: %6\n")
                   .arg(name, s.host)
                   .arg(r.suggested.effectivePort(side))
                   .arg(s.ssl ? Text::tr("On") : Text::tr("Off"), s.user, verifiedName(r.verified[i]));
    }
    if (r.changes.isEmpty() && r.ok())
        out += Text::tr("The phone's settings are already right.\n");
    else if (!r.changes.isEmpty()) {
        out += Text::tr("\nChange on the phone:\n");
        for (const SettingChange &c : r.changes)
            out += QStringLiteral("  ") + changeText(c, r.suggested.ios) + QLatin1Char('\n');
    }
    if (!r.findings.isEmpty()) {
        out += Text::tr("\nFindings:\n");
        for (const Finding &f : r.findings)
            out +=
                QStringLiteral("  [%1] %2: %3\n      %4\n")
                    .arg(severityName(f.severity), f.code, f.title.isEmpty() ? f.code : f.title, f.evidence);
    }
    out += Text::tr("\nWhat was tried:\n");
    for (const Candidate &c : r.candidates)
        out += QStringLiteral("  %1 %2:%3 SSL %4 [%5] %6%7\n")
                   .arg(sideName(c.side), c.host)
                   .arg(c.port)
                   .arg(c.ssl ? Text::tr("on") : Text::tr("off"), c.sources.join(QLatin1Char(',')),
                        candidateResultName(c.result),
                        c.detail.isEmpty() ? QString() : QStringLiteral(" — ") + c.detail);
    out += Text::tr("\nSources:\n");
    for (auto it = r.sources.cbegin(); it != r.sources.cend(); ++it)
        out += QStringLiteral("  %1: %2\n").arg(it.key(), it.value());
    out += r.ok() ? Text::tr("\nFound working incoming and outgoing servers.\n")
                  : Text::tr("\nNot both servers were found and verified.\n");
    return out;
}

} // namespace mailfix
