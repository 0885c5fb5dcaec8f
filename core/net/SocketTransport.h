// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Transport.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QTimer>

class QSslSocket;

namespace mailfix {

/// Transport over QSslSocket. Connects with Happy Eyeballs (RFC 8305): addresses
/// interleaved by family, a new attempt every 250 ms or as soon as one fails, first
/// connection wins. Certificate errors are recorded and the handshake goes on so the
/// rest of the server can be examined; the probe decides whether the connection is
/// trusted enough for credentials.
class SocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit SocketTransport(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~SocketTransport() override;

    void connectToHost(const QList<QHostAddress> &addresses, quint16 port, bool implicitTls,
                       const QString &peerName) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    void abort() override;
    bool isEncrypted() const override;
    TlsInfo tlsInfo() const override;
    QHostAddress peerAddress() const override;
    QHostAddress localAddress() const override;
    qint64 connectRttMs() const override { return m_rttMs; }

    static QList<QHostAddress> interleave(const QList<QHostAddress> &addresses);

    /// The TLS settings of every connection Mailfix makes to a mail server: the
    /// system's CAs plus \a extraCa, the peer verified, and no session reuse (each
    /// connection is one look at the server, as the phone's first one would be).
    static QSslConfiguration verifyingTls(const QList<QSslCertificate> &extraCa);

private:
    void startNextAttempt();
    void onAttemptConnected(QSslSocket *socket);
    void onAttemptError(QSslSocket *socket);
    void adopt(QSslSocket *socket);

    QSslConfiguration m_tls;
    QList<QHostAddress> m_pending;
    QList<QSslSocket *> m_attempts;
    QSslSocket *m_socket = nullptr;
    QTimer m_stagger;
    QElapsedTimer m_clock;
    quint16 m_port = 0;
    bool m_implicitTls = false;
    bool m_failedReported = false;
    QString m_peerName;
    QList<QSslError> m_sslErrors;
    qint64 m_rttMs = -1;
    Error m_worstAttemptError = Error::None;
    QString m_attemptDetail;
};

} // namespace mailfix
