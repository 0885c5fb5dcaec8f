// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the servers.json written by tests/servers/mailservers.py and builds the
// phone's settings for each scenario against those real servers.
#pragma once

#include "model/CheckOptions.h"
#include "Checker.h"
#include "account/AccountSettings.h"
#include "model/CheckReport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

namespace mailfix::test {

struct TestServers
{
    QJsonObject json;
    bool valid = false;

    static const TestServers &get()
    {
        static TestServers s = load();
        return s;
    }
    static TestServers load()
    {
        TestServers s;
        const QByteArray path = qgetenv("MAILFIX_TEST_SERVERS");
        QFile f(QString::fromLocal8Bit(path));
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
            return s;
        s.json = QJsonDocument::fromJson(f.readAll()).object();
        s.valid = !s.json.isEmpty();
        return s;
    }
    QString hostname() const { return json.value(QStringLiteral("hostname")).toString(); }
    int port(const char *group, const char *name) const
    {
        return json.value(QLatin1String(group)).toObject().value(QLatin1String(name)).toInt();
    }
    QString user(const char *who, const char *key) const
    {
        return json.value(QStringLiteral("users")).toObject().value(QLatin1String(who)).toObject().value(QLatin1String(key)).toString();
    }
    QString password() const { return user("alice", "password"); }
    QString caFile() const { return json.value(QStringLiteral("ca_file")).toString(); }
    QString foreignRecipient() const { return json.value(QStringLiteral("foreign_recipient")).toString(); }

    /// Everything right: IMAP on the STARTTLS port, SMTP submission with STARTTLS.
    AccountSettings goodSettings() const
    {
        AccountSettings s;
        s.email = user("alice", "email");
        s.name = QStringLiteral("Alice");
        s.incomingType = IncomingType::Imap;
        s.incoming.host = hostname();
        s.incoming.port = port("imap", "imap");
        s.incoming.ssl = true;
        s.incoming.user = user("alice", "user");
        s.incoming.password = Secret(password().toUtf8());
        s.outgoing.host = hostname();
        s.outgoing.port = port("smtp", "submission");
        s.outgoing.ssl = true;
        s.outgoing.user = user("alice", "user");
        s.outgoing.password = Secret(password().toUtf8());
        return s;
    }
    /// The address where Dovecot treats the client as remote (on 127.0.0.1 it counts
    /// loopback as secure and allows a password before TLS).
    QString strictHost() const { return json.value(QStringLiteral("strict_host")).toString(); }

    CheckOptions options() const
    {
        CheckOptions o;
        // Generous: Dovecot delays logins from an address with recent failures by up
        // to 15 s; no test here waits for a deadline.
        o.stepTimeoutMs = 20000;
        o.extraCaCertificates = QSslCertificate::fromPath(caFile());
        o.relayRecipient = foreignRecipient();
        return o;
    }
};

/// The first finding with this code (and this field, when one is given).
/// Only one side given, as a one-sided check from the CLI would be.
inline void dropSide(AccountSettings &s, ServerSide side)
{
    s.server(side) = ServerSettings();
}

inline const Finding *findingFor(const CheckReport &r, const QString &code, const QString &field = QString())
{
    for (const Finding &f : r.findings)
        if (f.code == code && (field.isNull() || f.field == field))
            return &f;
    return nullptr;
}

inline QString describe(const CheckReport &r)
{
    QString s;
    for (const Finding &f : r.findings)
        s += QStringLiteral("  %1 [%2] field=%3 evidence=%4\n").arg(f.code, severityName(f.severity), f.field, f.evidence);
    for (const CheckStep &c : r.checks)
        s += QStringLiteral("  step %1 %2 %3\n").arg(c.id, stepStatusName(c.status), c.detail);
    return s;
}

} // namespace mailfix::test
