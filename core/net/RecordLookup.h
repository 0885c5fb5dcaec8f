// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

namespace mailfix {

/// MX and SRV lookups through the system's resolver (QDnsLookup), each with its own
/// deadline and a cap on how many records are taken from one answer.
class RecordLookup : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Found, NotFound, NotOffered, Failure, Timeout };
    struct Srv
    {
        QString target; ///< without the trailing dot, lower case
        quint16 port = 0;
        quint16 priority = 0;
        quint16 weight = 0;
    };
    struct Answer
    {
        Outcome outcome = Outcome::Failure;
        QList<Srv> srv;      ///< by priority, then weight (highest first)
        QStringList mx;      ///< by preference
        int recordsSeen = 0; ///< before the cap
        QString detail;
    };
    using Callback = std::function<void(const Answer &)>;

    static constexpr int MaxRecords = 10;

    using QObject::QObject;
    ~RecordLookup() override;
    /// An SRV lookup of \a name ("_imaps._tcp.example.com"). A single record with the
    /// target "." means "not offered" (RFC 2782/6186). Calls back exactly once.
    void lookupSrv(const QString &name, int timeoutMs, Callback callback);
    /// The MX hosts of \a domain. Calls back exactly once.
    void lookupMx(const QString &domain, int timeoutMs, Callback callback);
    void cancelAll();

private:
    void lookup(int type, const QString &name, int timeoutMs, Callback callback);
};

} // namespace mailfix
