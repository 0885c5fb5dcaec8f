// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <functional>

namespace mailfix {

/// Resolves each host name once per check and shares the answer between probes.
class Resolver : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Found, NotFound, Failure };
    struct Answer
    {
        Outcome outcome = Outcome::Failure;
        QList<QHostAddress> addresses;
        QString detail;
    };
    using Callback = std::function<void(const Answer &)>;

    using QObject::QObject;
    ~Resolver() override;
    /// Calls back once, on this object's thread; IP literals and RFC 6761's
    /// ".invalid" are answered without asking DNS.
    void resolve(const QString &host, Callback callback);
    void cancelAll();

private:
    struct Pending
    {
        int lookupId = -1;
        QList<Callback> callbacks;
    };
    void deliver(const QString &host, const Answer &answer);
    QHash<QString, Answer> m_cache;
    QHash<QString, Pending> m_pending;
};

} // namespace mailfix
