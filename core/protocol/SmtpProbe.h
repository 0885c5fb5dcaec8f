// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/ProbeBase.h"
#include "protocol/SmtpObservation.h"
#include "protocol/SmtpReply.h"

namespace mailfix {

/// Tests the outgoing server as the phone uses it: greeting, EHLO, STARTTLS, AUTH with
/// the phone's Authentication, then MAIL FROM / RCPT TO to a foreign recipient, RSET,
/// QUIT. Never DATA. With PIPELINING, AUTH PLAIN and the whole transaction go in one
/// flight (RFC 2920, RFC 4954).
class SmtpProbe : public ProbeBase
{
    Q_OBJECT
public:
    SmtpProbe(CheckContext *context, QObject *parent = nullptr);

    const SmtpObservation &observation() const { return m_obs; }

protected:
    MailProtocol protocol() const override { return MailProtocol::Smtp; }
    QStringList stepLeaves() const override;
    void onLine(const QByteArray &line) override;
    void onTlsUpgraded() override;
    qsizetype statusPrefix(const QByteArray &line) const override;

private:
    enum class Cmd { Greeting, Ehlo, Helo, StartTls, Auth, MailFrom, RcptTo, AltRset, AltMailFrom, AltRcptTo, Rset, Resync, Quit };
    struct Out
    {
        Cmd cmd;
        QByteArray wire;
        QString shown;
    };
    void onReply(const SmtpReply &reply);
    void sendGroup(const QList<Out> &cmds);
    void sendEhlo();
    void afterEhlo();
    void decideLogin();
    void startAuth(const QString &mechanism);
    void onAuthContinuation(const SmtpReply &reply);
    void onAuthDone(const SmtpReply &reply);
    QList<Out> transaction(bool withAlternative) const;
    bool transactionSendable() const;
    void startTransaction();
    void sendNextPlanned();
    void quit();
    void concludeTransaction();
    /// The command \a cmd of the transaction, to send again one at a time.
    Out resendable(Cmd cmd) const;
    bool pipelining() const { return m_caps.has(QStringLiteral("PIPELINING")) && !m_pipelineBroken; }
    void armStall();
    void onStall();

    SmtpReplyParser m_parser;
    QList<Cmd> m_expect;         ///< commands sent whose replies are still due, in order
    QList<Out> m_plan;           ///< commands to send one by one (no PIPELINING)
    EhloCapabilities m_caps;
    bool m_ehloFailedOnce = false;
    QString m_mechanism;
    int m_authTurns = 0;
    bool m_concluded = false;
    SmtpObservation m_obs;
    // A server may advertise PIPELINING and answer only the first command of a group:
    // a short stall after a reply, while later replies of the group are due, means
    // the rest was dropped; it goes again one at a time (RSET first).
    QTimer m_stall;
    bool m_pipelineBroken = false;
    bool m_inGroup = false;
    qint64 m_groupSentMs = -1;
    qint64 m_groupLatencyMs = -1;
};

} // namespace mailfix
