// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "net/CertificateInfo.h"
#include "net/LineReader.h"
#include "net/Transport.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace mailfix {

class RoundTripContext;

/// One line-based connection of the round trip to the account's incoming or outgoing
/// server, as the check makes it: TLS from the first byte on 465/993/995 (and tried
/// when a port of unknown kind stays silent), else plain text with STARTTLS when Use SSL is on.
/// Every wait has the step deadline; credentials follow the check's consent rules.
class RoundTripSession : public QObject
{
    Q_OBJECT
public:
    RoundTripSession(RoundTripContext *context, ServerSide side, QObject *parent = nullptr);
    ~RoundTripSession() override;

    void open();
    /// The server agreed to STARTTLS / STLS: switch to TLS (tlsUpgraded() follows).
    void startTls();
    void send(const QByteArray &line, const QString &shown = {});
    void close();
    /// No deadline while waiting on purpose (IMAP IDLE); the next send() re-arms it.
    void waitWithoutDeadline() { m_deadline.stop(); }

    bool isEncrypted() const { return m_transport && m_transport->isEncrypted(); }
    bool wantsStartTls() const { return m_ssl && !isEncrypted(); }
    const CertificateInfo &certificate() const { return m_cert; }
    /// Calls \a answer(true) when the password may be sent now (trusted TLS, an accepted
    /// certificate, or consent to a plain-text login), with the deadline paused.
    void mayLogin(std::function<void(bool)> answer);
    /// "[127.0.0.1]" / "[IPv6:::1]" for EHLO.
    QByteArray addressLiteral() const;
    QString serverName() const;

Q_SIGNALS:
    void opened(); ///< connected (and TLS done when implicit): the greeting is next
    void tlsUpgraded();
    void line(const QByteArray &line);
    void failed(const QString &detail);

private:
    void connectNow(bool implicitTls);
    void onEncrypted();
    void onReadyRead();
    void onFailed(const QString &detail);
    void rearm();

    RoundTripContext *m_context;
    ServerSide m_side;
    QString m_host;
    quint16 m_port = 0;
    bool m_ssl = false;
    bool m_implicit = false;
    bool m_tlsFirstTry = false;
    bool m_plainSniff = false;
    bool m_opened = false;
    bool m_upgrading = false;
    bool m_done = false;
    QList<QHostAddress> m_addresses;
    Transport *m_transport = nullptr;
    LineReader m_reader;
    QTimer m_deadline;
    QTimer m_sniffTimer;
    CertificateInfo m_cert;
};

} // namespace mailfix
