// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Pop3Reply.h"
#include "protocol/ProbeBase.h"

namespace mailfix {

/// Tests a POP3 incoming server: greeting, CAPA, STLS, USER/PASS (pipelined when CAPA
/// says PIPELINING) or SASL, QUIT.
class Pop3Probe : public ProbeBase
{
    Q_OBJECT
public:
    Pop3Probe(CheckContext *context, QObject *parent = nullptr);

protected:
    MailProtocol protocol() const override { return MailProtocol::Pop3; }
    QStringList stepLeaves() const override;
    void onLine(const QByteArray &line) override;
    void onTlsUpgraded() override;
    qsizetype statusPrefix(const QByteArray &line) const override;

private:
    enum class Cmd { Greeting, Capa, Stls, User, Pass, Auth, Quit };
    void sendCmds(const QList<std::pair<Cmd, std::pair<QByteArray, QString>>> &cmds);
    void onReply(Cmd cmd, const Pop3Reply &r);
    void afterCapa();
    void login();
    void loginRefused(const Pop3Reply &r);
    void quit();
    void onStall();

    QList<Cmd> m_expect;
    // PIPELINING advertised, but only USER answered: PASS goes again alone.
    QTimer m_stall;
    bool m_inGroup = false;
    qint64 m_groupSentMs = -1;
    bool m_inCapaList = false;
    QStringList m_capa;
    bool m_capaSupported = false;
    QString m_apopTimestamp;
    QString m_mechanism;
    int m_authTurns = 0;
    bool m_authFailed = false;
    bool m_passPending = false;
};

} // namespace mailfix
