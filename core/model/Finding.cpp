// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

namespace mailfix {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QVariantMap FindingFacts::toParams() const
{
    QVariantMap p;
    auto str = [&p](const char *key, const QString &v) {
        if (!v.isEmpty())
            p.insert(QString::fromLatin1(key), v);
    };
    auto list = [&p](const char *key, const QStringList &v) {
        if (!v.isEmpty())
            p.insert(QString::fromLatin1(key), v);
    };
    str("side", side);
    str("host", host);
    if (port != 0)
        p.insert(QStringLiteral("port"), port);
    str("email", email);
    str("recipient", recipient);
    str("user", user);
    str("prefix", prefix);
    str("protocol_seen", protocolSeen);
    list("offered", offered);
    str("provider", provider);
    str("since", since);
    if (!since.isEmpty())
        p.insert(QStringLiteral("since_confirmed"), sinceConfirmed);
    str("rule", rule);
    list("names", names);
    str("issuer", issuer);
    if (notBefore.isValid())
        p.insert(QStringLiteral("not_before"), notBefore.toString(Qt::ISODate));
    if (notAfter.isValid())
        p.insert(QStringLiteral("not_after"), notAfter.toString(Qt::ISODate));
    str("fingerprint", fingerprint);
    if (trusted)
        p.insert(QStringLiteral("trusted"), *trusted);
    if (bytes >= 0)
        p.insert(QStringLiteral("bytes"), bytes);
    str("text", text);
    if (suggestedPort > 0)
        p.insert(QStringLiteral("suggested_port"), suggestedPort);
    if (suggestedSsl)
        p.insert(QStringLiteral("suggested_ssl"), *suggestedSsl);
    str("suggested_host", suggestedHost);
    str("source", source);
    str("network", network);
    str("suggested_email", suggestedEmail);
    str("suggested_prefix", suggestedPrefix);
    return p;
}

FindingFacts FindingFacts::fromParams(const QVariantMap &p)
{
    FindingFacts x;
    auto str = [&p](const char *key) { return p.value(QString::fromLatin1(key)).toString(); };
    auto list = [&p](const char *key) {
        const QVariant v = p.value(QString::fromLatin1(key));
        return v.typeId() == QMetaType::QString ? QStringList{v.toString()} : v.toStringList();
    };
    auto has = [&p](const char *key) { return p.contains(QString::fromLatin1(key)); };
    x.side = str("side");
    x.host = str("host");
    x.port = p.value(QStringLiteral("port")).toInt();
    x.email = str("email");
    x.recipient = str("recipient");
    x.user = str("user");
    x.prefix = str("prefix");
    x.protocolSeen = str("protocol_seen");
    x.offered = list("offered");
    x.provider = str("provider");
    x.since = str("since");
    x.sinceConfirmed = p.value(QStringLiteral("since_confirmed")).toBool();
    x.rule = str("rule");
    x.names = list("names");
    x.issuer = str("issuer");
    x.notBefore = QDateTime::fromString(str("not_before"), Qt::ISODate);
    x.notAfter = QDateTime::fromString(str("not_after"), Qt::ISODate);
    x.fingerprint = str("fingerprint");
    if (has("trusted"))
        x.trusted = p.value(QStringLiteral("trusted")).toBool();
    if (has("bytes"))
        x.bytes = p.value(QStringLiteral("bytes")).toLongLong();
    x.text = str("text");
    x.suggestedPort = p.value(QStringLiteral("suggested_port")).toInt();
    if (has("suggested_ssl"))
        x.suggestedSsl = p.value(QStringLiteral("suggested_ssl")).toBool();
    x.suggestedHost = str("suggested_host");
    x.source = str("source");
    x.network = str("network");
    x.suggestedEmail = str("suggested_email");
    x.suggestedPrefix = str("suggested_prefix");
    return x;
}

} // namespace mailfix
