// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>

namespace mailfix {

/// What the TLS layer negotiated and what it found wrong with the certificate.
struct TlsInfo
{
    bool encrypted = false;
    QString protocol;                 ///< "TLS 1.3"
    QString cipher;
    QList<QSslCertificate> chain;     ///< the server's chain, leaf first
    QList<QSslError> errors;          ///< verification errors (handshake went on to look further)
};

/// A byte stream to one server: the seam between protocol probes and sockets, so
/// probes can be driven by a scripted transport in tests.
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, Refused, Unreachable, Closed, TlsHandshake, Other };
    Q_ENUM(Error)

    using QObject::QObject;
    ~Transport() override = default;

    /// Connects to the first address that answers (addresses tried as RFC 8305 does).
    /// With implicitTls the TLS handshake starts right after TCP connects.
    virtual void connectToHost(const QList<QHostAddress> &addresses, quint16 port, bool implicitTls,
                               const QString &peerName) = 0;
    /// STARTTLS / STLS: switch the open connection to TLS.
    virtual void startTls() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    virtual QByteArray readAll() = 0;
    virtual void abort() = 0;
    virtual bool isEncrypted() const = 0;
    virtual TlsInfo tlsInfo() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual QHostAddress localAddress() const = 0;
    /// Milliseconds the TCP handshake took (an RTT estimate); -1 before connected.
    virtual qint64 connectRttMs() const = 0;

Q_SIGNALS:
    void connected();
    void encrypted();
    void readyRead();
    void closed();
    void failed(mailfix::Transport::Error error, const QString &detail);
};

} // namespace mailfix
