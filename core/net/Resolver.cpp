// SPDX-License-Identifier: GPL-3.0-or-later
#include "Resolver.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTimer>

namespace mailfix {

Resolver::~Resolver()
{
    cancelAll();
}

void Resolver::resolve(const QString &hostIn, Callback callback)
{
    const QString host = hostIn.trimmed().toLower();
    if (const auto it = m_cache.constFind(host); it != m_cache.constEnd()) {
        const Answer a = *it;
        QTimer::singleShot(0, this, [callback, a] { callback(a); });
        return;
    }
    QString literal = host;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    QHostAddress address;
    if (address.setAddress(literal)) {
        Answer a{Outcome::Found, {address}, {}};
        m_cache.insert(host, a);
        QTimer::singleShot(0, this, [callback, a] { callback(a); });
        return;
    }
    if (host == QLatin1String("invalid") || host.endsWith(QLatin1String(".invalid"))) {
        Answer a{Outcome::NotFound, {}, QCoreApplication::translate("Resolver", "%1: no such host (reserved name, RFC 6761)").arg(host)};
        m_cache.insert(host, a);
        QTimer::singleShot(0, this, [callback, a] { callback(a); });
        return;
    }
    Pending &p = m_pending[host];
    p.callbacks.append(std::move(callback));
    if (p.lookupId >= 0)
        return;
    p.lookupId = QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        Answer a;
        if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
            a.outcome = Outcome::Found;
            a.addresses = info.addresses();
        } else if (info.error() == QHostInfo::HostNotFound || info.error() == QHostInfo::NoError) {
            a.outcome = Outcome::NotFound;
            a.detail = info.errorString();
        } else {
            a.outcome = Outcome::Failure;
            a.detail = info.errorString();
        }
        deliver(host, a);
    });
}

void Resolver::deliver(const QString &host, const Answer &answer)
{
    m_cache.insert(host, answer);
    const Pending p = m_pending.take(host);
    for (const Callback &cb : p.callbacks)
        cb(answer);
}

void Resolver::cancelAll()
{
    for (const Pending &p : std::as_const(m_pending))
        if (p.lookupId >= 0)
            QHostInfo::abortHostLookup(p.lookupId);
    m_pending.clear();
}

} // namespace mailfix
