// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordLookup.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace mailfix {

RecordLookup::~RecordLookup()
{
    cancelAll();
}

void RecordLookup::cancelAll()
{
    // Each lookup is a child; deleting it drops its callback unanswered.
    const QList<QDnsLookup *> lookups = findChildren<QDnsLookup *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDnsLookup *l : lookups) {
        l->disconnect(this);
        l->abort();
        l->deleteLater();
    }
}

void RecordLookup::lookupSrv(const QString &name, int timeoutMs, Callback callback)
{
    lookup(QDnsLookup::SRV, name, timeoutMs, std::move(callback));
}

void RecordLookup::lookupMx(const QString &domain, int timeoutMs, Callback callback)
{
    lookup(QDnsLookup::MX, domain, timeoutMs, std::move(callback));
}

static QString cleanName(QString n)
{
    n = n.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

void RecordLookup::lookup(int type, const QString &name, int timeoutMs, Callback callback)
{
    auto *dns = new QDnsLookup(QDnsLookup::Type(type), name, this);
    auto *timer = new QTimer(dns);
    timer->setSingleShot(true);
    // Exactly one answer, whichever comes first.
    auto done = std::make_shared<bool>(false);
    auto deliver = [this, dns, done, callback](const Answer &a) {
        if (*done)
            return;
        *done = true;
        dns->disconnect(this);
        dns->deleteLater();
        callback(a);
    };
    connect(timer, &QTimer::timeout, this, [dns, deliver, timeoutMs, name] {
        dns->abort();
        Answer a;
        a.outcome = Outcome::Timeout;
        a.detail = QCoreApplication::translate("RecordLookup", "%1: no DNS answer within %2 ms").arg(name).arg(timeoutMs);
        deliver(a);
    });
    connect(dns, &QDnsLookup::finished, this, [dns, deliver, name, type] {
        Answer a;
        switch (dns->error()) {
        case QDnsLookup::NoError:
            break;
        case QDnsLookup::NotFoundError:
            a.outcome = Outcome::NotFound;
            a.detail = QCoreApplication::translate("RecordLookup", "%1: no such record").arg(name);
            deliver(a);
            return;
        case QDnsLookup::OperationCancelledError:
            a.outcome = Outcome::Timeout;
            a.detail = QCoreApplication::translate("RecordLookup", "%1: lookup cancelled").arg(name);
            deliver(a);
            return;
        default:
            a.outcome = Outcome::Failure;
            a.detail = QStringLiteral("%1: %2").arg(name, dns->errorString());
            deliver(a);
            return;
        }
        if (type == QDnsLookup::SRV) {
            const QList<QDnsServiceRecord> records = dns->serviceRecords();
            a.recordsSeen = int(records.size());
            if (records.size() == 1 && cleanName(records.first().target()).isEmpty()) {
                a.outcome = Outcome::NotOffered;
                a.detail = QCoreApplication::translate("RecordLookup", "%1: target \".\": the service is not offered").arg(name);
                deliver(a);
                return;
            }
            for (const QDnsServiceRecord &r : records) {
                const QString t = cleanName(r.target());
                if (t.isEmpty() || r.port() == 0)
                    continue;
                a.srv.append({t, r.port(), r.priority(), r.weight()});
            }
            std::stable_sort(a.srv.begin(), a.srv.end(), [](const Srv &x, const Srv &y) {
                return x.priority != y.priority ? x.priority < y.priority : x.weight > y.weight;
            });
            if (a.srv.size() > MaxRecords)
                a.srv.resize(MaxRecords);
            a.outcome = a.srv.isEmpty() ? Outcome::NotFound : Outcome::Found;
        } else {
            QList<QDnsMailExchangeRecord> records = dns->mailExchangeRecords();
            a.recordsSeen = int(records.size());
            std::stable_sort(records.begin(), records.end(),
                             [](const QDnsMailExchangeRecord &x, const QDnsMailExchangeRecord &y) {
                                 return x.preference() < y.preference();
                             });
            for (const QDnsMailExchangeRecord &r : records) {
                const QString e = cleanName(r.exchange());
                if (!e.isEmpty() && !a.mx.contains(e) && a.mx.size() < MaxRecords)
                    a.mx.append(e);
            }
            a.outcome = a.mx.isEmpty() ? Outcome::NotFound : Outcome::Found;
        }
        if (a.recordsSeen > MaxRecords)
            a.detail = QCoreApplication::translate("RecordLookup", "%1: %2 records, only the first %3 are used")
                           .arg(name)
                           .arg(a.recordsSeen)
                           .arg(MaxRecords);
        deliver(a);
    });
    timer->start(std::max(1, timeoutMs));
    dns->lookup();
}

} // namespace mailfix
