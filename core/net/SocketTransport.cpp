// SPDX-License-Identifier: GPL-3.0-or-later
#include "SocketTransport.h"

#include <QSslCipher>
#include <QSslSocket>

namespace mailfix {

namespace {
constexpr int kAttemptDelayMs = 250; // RFC 8305 "Connection Attempt Delay"

Transport::Error classify(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError: return Transport::Error::Refused;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::UnsupportedSocketOperationError: return Transport::Error::Unreachable;
    case QAbstractSocket::RemoteHostClosedError: return Transport::Error::Closed;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError: return Transport::Error::TlsHandshake;
    default: return Transport::Error::Other;
    }
}

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_3: return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2: return QStringLiteral("TLS 1.2");
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_1: return QStringLiteral("TLS 1.1");
    case QSsl::TlsV1_0: return QStringLiteral("TLS 1.0");
    QT_WARNING_POP
    default: return QStringLiteral("TLS");
    }
}
} // namespace

SocketTransport::SocketTransport(const QSslConfiguration &tls, QObject *parent) : Transport(parent), m_tls(tls)
{
    m_stagger.setSingleShot(true);
    connect(&m_stagger, &QTimer::timeout, this, &SocketTransport::startNextAttempt);
}

SocketTransport::~SocketTransport()
{
    abort();
}

QSslConfiguration SocketTransport::verifyingTls(const QList<QSslCertificate> &extraCa)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!extraCa.isEmpty())
        tls.addCaCertificates(extraCa);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    return tls;
}

QList<QHostAddress> SocketTransport::interleave(const QList<QHostAddress> &addresses)
{
    QList<QHostAddress> v6, v4, out;
    for (const auto &a : addresses)
        (a.protocol() == QAbstractSocket::IPv6Protocol ? v6 : v4).append(a);
    for (qsizetype i = 0; i < std::max(v6.size(), v4.size()); ++i) {
        if (i < v6.size())
            out.append(v6.at(i));
        if (i < v4.size())
            out.append(v4.at(i));
    }
    return out;
}

void SocketTransport::connectToHost(const QList<QHostAddress> &addresses, quint16 port, bool implicitTls,
                                    const QString &peerName)
{
    m_pending = interleave(addresses);
    m_port = port;
    m_implicitTls = implicitTls;
    m_peerName = peerName;
    m_clock.start();
    startNextAttempt();
}

void SocketTransport::startNextAttempt()
{
    if (m_socket || m_pending.isEmpty())
        return;
    auto *s = new QSslSocket(this);
    s->setSslConfiguration(m_tls);
    s->setPeerVerifyName(m_peerName);
    s->setReadBufferSize(0);
    m_attempts.append(s);
    connect(s, &QSslSocket::connected, this, [this, s] { onAttemptConnected(s); });
    connect(s, &QSslSocket::errorOccurred, this, [this, s] { onAttemptError(s); });
    s->connectToHost(m_pending.takeFirst(), m_port);
    if (!m_pending.isEmpty())
        m_stagger.start(kAttemptDelayMs);
}

void SocketTransport::onAttemptConnected(QSslSocket *s)
{
    if (m_socket) {
        s->abort();
        return;
    }
    m_rttMs = m_clock.elapsed();
    m_stagger.stop();
    m_pending.clear();
    for (QSslSocket *other : std::as_const(m_attempts)) {
        if (other != s) {
            other->disconnect(this);
            other->abort();
            other->deleteLater();
        }
    }
    m_attempts.clear();
    adopt(s);
    Q_EMIT connected();
    if (m_implicitTls)
        startTls();
}

void SocketTransport::onAttemptError(QSslSocket *s)
{
    if (s == m_socket)
        return;
    const Error e = classify(s->error());
    // Refused tells more than unreachable: something answered.
    if (m_worstAttemptError == Error::None || e == Error::Refused) {
        m_worstAttemptError = e;
        m_attemptDetail = s->errorString();
    }
    m_attempts.removeAll(s);
    s->disconnect(this);
    s->deleteLater();
    if (!m_pending.isEmpty()) {
        m_stagger.stop();
        startNextAttempt();
    } else if (m_attempts.isEmpty() && !m_socket && !m_failedReported) {
        m_failedReported = true;
        Q_EMIT failed(m_worstAttemptError == Error::Closed ? Error::Other : m_worstAttemptError, m_attemptDetail);
    }
}

void SocketTransport::adopt(QSslSocket *s)
{
    m_socket = s;
    s->disconnect(this);
    connect(s, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(s, &QSslSocket::encrypted, this, &Transport::encrypted);
    connect(s, &QSslSocket::sslErrors, this, [this, s](const QList<QSslError> &errors) {
        m_sslErrors = errors;
        // Look further; whether credentials may follow is the probe's decision.
        s->ignoreSslErrors();
    });
    connect(s, &QSslSocket::disconnected, this, [this] {
        if (!m_failedReported)
            Q_EMIT closed();
        m_failedReported = true;
    });
    connect(s, &QSslSocket::errorOccurred, this, [this, s](QAbstractSocket::SocketError err) {
        if (m_failedReported)
            return;
        const Error e = classify(err);
        if (e == Error::Closed) {
            return; // disconnected() follows and reports it
        }
        m_failedReported = true;
        Q_EMIT failed(e, s->errorString());
    });
}

void SocketTransport::startTls()
{
    if (m_socket)
        m_socket->startClientEncryption();
}

void SocketTransport::write(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

QByteArray SocketTransport::readAll()
{
    return m_socket ? m_socket->readAll() : QByteArray();
}

void SocketTransport::abort()
{
    m_stagger.stop();
    m_pending.clear();
    m_failedReported = true;
    for (QSslSocket *s : std::as_const(m_attempts)) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
    m_attempts.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

bool SocketTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

TlsInfo SocketTransport::tlsInfo() const
{
    TlsInfo info;
    if (!m_socket)
        return info;
    info.encrypted = m_socket->isEncrypted();
    info.protocol = protocolName(m_socket->sessionProtocol());
    info.cipher = m_socket->sessionCipher().name();
    info.chain = m_socket->peerCertificateChain();
    info.errors = m_sslErrors;
    return info;
}

QHostAddress SocketTransport::peerAddress() const
{
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

QHostAddress SocketTransport::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

} // namespace mailfix
