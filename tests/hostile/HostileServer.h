// SPDX-License-Identifier: GPL-3.0-or-later
// A scripted hostile mail server on real loopback sockets (tier 4): it speaks
// first, answers lines through a per-scenario script, and records every byte it
// received with whether it arrived inside TLS, so a test can prove from the
// server side that no credential ever crossed the wire in the clear.
#pragma once

#include "LeakSearch.h"

#include "net/SocketTransport.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <functional>

namespace mailfix::hostile {

/// A self-signed certificate for "localhost", made once per process with the openssl CLI.
struct TestCertificate
{
    QSslCertificate cert;
    QSslKey key;
    QString error;
    bool ok() const { return !cert.isNull() && !key.isNull(); }
    static const TestCertificate &get();
};

class HostileServer;

/// One accepted connection.
class Conn : public QObject
{
    Q_OBJECT
public:
    Conn(HostileServer *server, QSslSocket *socket, int index);
    ~Conn() override;

    int index() const { return m_index; }
    void send(const QByteArray &bytes);
    void sendLater(const QByteArray &bytes, int delayMs);
    /// Sends \a bytes one byte every \a intervalMs.
    void drip(const QByteArray &bytes, int intervalMs);
    /// Sends \a chunk every \a intervalMs until the connection ends (endless replies).
    void repeat(const QByteArray &chunk, int intervalMs);
    void stopTimers();
    void close();   ///< orderly FIN
    void reset();   ///< RST (SO_LINGER 0)
    void startTls(); ///< server side of STARTTLS / implicit TLS
    bool isEncrypted() const { return m_socket && m_socket->isEncrypted(); }
    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

    QByteArray receivedPlain;  ///< every byte received outside TLS
    QByteArray receivedTls;    ///< every byte received inside TLS
    QStringList lines;         ///< every line received (either way)
    int stage = 0;             ///< free for scripts
    int lineInRead = 0;        ///< index of the current line within its read (0: the first)
    QHash<QString, int> counters;

private:
    void onReadyRead();
    HostileServer *m_server;
    QPointer<QSslSocket> m_socket;
    int m_index;
    QByteArray m_lineBuf;
    QTimer m_drip;
    QByteArray m_dripBytes;
    QTimer m_repeat;
    QByteArray m_repeatChunk;
};

/// The server. Scripts: onConnect (say the greeting, or nothing), onLine (answer).
class HostileServer : public QTcpServer
{
    Q_OBJECT
public:
    using OnConnect = std::function<void(Conn &)>;
    using OnLine = std::function<void(Conn &, const QByteArray &line)>;

    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    /// Listens on 127.0.0.1, port chosen by the system. Returns the port (0 on failure).
    quint16 start();

    OnConnect onConnect;
    OnLine onLine;
    bool implicitTls = false;                      ///< TLS from the first byte
    QSsl::SslProtocol protocol = QSsl::SecureProtocols;
    QList<QSslCipher> ciphers;                     ///< empty: the default
    QList<Conn *> connections;
    QStringList tlsErrors;                         ///< server-side handshake errors seen

    QByteArray allPlain() const;
    QByteArray allTls() const;
    int tlsHandshakes = 0;

protected:
    void incomingConnection(qintptr fd) override;
};

/// Real SocketTransport, but every connection goes to 127.0.0.1 and the nominal
/// port (465, 993, 587 ...) is mapped to the hostile server's ephemeral port, so
/// the probes behave exactly as on the standard ports.
class RedirectTransport : public SocketTransport
{
    Q_OBJECT
public:
    RedirectTransport(const QSslConfiguration &tls, QHash<quint16, quint16> portMap, QObject *parent)
        : SocketTransport(tls, parent), m_map(std::move(portMap))
    {
    }
    void connectToHost(const QList<QHostAddress> &, quint16 port, bool implicitTls, const QString &peerName) override
    {
        SocketTransport::connectToHost({QHostAddress(QHostAddress::LocalHost)}, m_map.value(port, port), implicitTls,
                                       peerName);
    }

private:
    QHash<quint16, quint16> m_map;
};

using mailfix::test::containsCredential;

/// Resident set size of this process in KiB (/proc/self/statm).
qint64 residentKb();

} // namespace mailfix::hostile
