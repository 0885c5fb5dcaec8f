// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileServer.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <unistd.h>

namespace mailfix::hostile {

const TestCertificate &TestCertificate::get()
{
    static const TestCertificate made = [] {
        TestCertificate t;
        QTemporaryDir dir;
        if (!dir.isValid()) {
            t.error = QStringLiteral("no temporary directory");
            return t;
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                 dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("3"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            t.error = QStringLiteral("openssl req failed: ") + QString::fromLocal8Bit(p.readAll());
            return t;
        }
        QFile c(dir.filePath(QStringLiteral("cert.pem")));
        QFile k(dir.filePath(QStringLiteral("key.pem")));
        if (c.open(QIODevice::ReadOnly))
            t.cert = QSslCertificate(c.readAll(), QSsl::Pem);
        if (k.open(QIODevice::ReadOnly))
            t.key = QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem);
        if (!t.ok())
            t.error = QStringLiteral("could not load the generated certificate or key");
        return t;
    }();
    return made;
}

Conn::Conn(HostileServer *server, QSslSocket *socket, int index)
    : QObject(server), m_server(server), m_socket(socket), m_index(index)
{
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, &Conn::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &Conn::stopTimers);
    connect(socket, &QSslSocket::encrypted, server, [server] { ++server->tlsHandshakes; });
    connect(socket, &QSslSocket::sslErrors, server, [server](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            server->tlsErrors.append(e.errorString());
    });
    connect(socket, &QSslSocket::errorOccurred, server, [server, socket](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError)
            server->tlsErrors.append(socket->errorString());
    });
    connect(&m_drip, &QTimer::timeout, this, [this] {
        if (m_dripBytes.isEmpty() || !isOpen()) {
            m_drip.stop();
            return;
        }
        m_socket->write(m_dripBytes.left(1));
        m_dripBytes.remove(0, 1);
    });
    connect(&m_repeat, &QTimer::timeout, this, [this] {
        if (!isOpen() || m_socket->bytesToWrite() > 256 * 1024) {
            if (!isOpen())
                m_repeat.stop();
            return;
        }
        m_socket->write(m_repeatChunk);
    });
}

Conn::~Conn()
{
    stopTimers();
}

void Conn::send(const QByteArray &bytes)
{
    if (m_socket) {
        m_socket->write(bytes);
        m_socket->flush();
    }
}

void Conn::sendLater(const QByteArray &bytes, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, bytes] { send(bytes); });
}

void Conn::drip(const QByteArray &bytes, int intervalMs)
{
    m_dripBytes += bytes;
    m_drip.start(intervalMs);
}

void Conn::repeat(const QByteArray &chunk, int intervalMs)
{
    m_repeatChunk = chunk;
    m_repeat.start(intervalMs);
}

void Conn::stopTimers()
{
    m_drip.stop();
    m_repeat.stop();
}

void Conn::close()
{
    stopTimers();
    if (m_socket)
        m_socket->disconnectFromHost();
}

void Conn::reset()
{
    stopTimers();
    if (!m_socket)
        return;
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        struct linger l{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    m_socket->abort();
}

void Conn::startTls()
{
    if (!m_socket)
        return;
    m_socket->flush();
    m_socket->startServerEncryption();
}

void Conn::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    (m_socket->isEncrypted() ? receivedTls : receivedPlain) += bytes;
    m_lineBuf += bytes;
    qsizetype nl;
    int inRead = 0;
    while ((nl = m_lineBuf.indexOf('\n')) >= 0) {
        lineInRead = inRead++;
        QByteArray line = m_lineBuf.left(nl);
        m_lineBuf.remove(0, nl + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(QString::fromLatin1(line));
        if (m_server->onLine)
            m_server->onLine(*this, line);
        if (!m_socket || !isOpen())
            break;
    }
}

HostileServer::HostileServer(QObject *parent) : QTcpServer(parent) {}

HostileServer::~HostileServer()
{
    close();
    qDeleteAll(connections);
}

quint16 HostileServer::start()
{
    if (!listen(QHostAddress(QHostAddress::LocalHost), 0))
        return 0;
    return serverPort();
}

void HostileServer::incomingConnection(qintptr fd)
{
    auto *s = new QSslSocket;
    if (!s->setSocketDescriptor(fd)) {
        delete s;
        return;
    }
    const TestCertificate &tc = TestCertificate::get();
    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    cfg.setLocalCertificate(tc.cert);
    cfg.setPrivateKey(tc.key);
    cfg.setPeerVerifyMode(QSslSocket::VerifyNone);
    cfg.setProtocol(protocol);
    if (!ciphers.isEmpty())
        cfg.setCiphers(ciphers);
    s->setSslConfiguration(cfg);
    auto *c = new Conn(this, s, int(connections.size()));
    connections.append(c);
    if (implicitTls)
        c->startTls();
    if (onConnect)
        onConnect(*c);
}

QByteArray HostileServer::allPlain() const
{
    QByteArray all;
    for (const Conn *c : connections)
        all += c->receivedPlain;
    return all;
}

QByteArray HostileServer::allTls() const
{
    QByteArray all;
    for (const Conn *c : connections)
        all += c->receivedTls;
    return all;
}

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> parts = f.readAll().split(' ');
    if (parts.size() < 2)
        return -1;
    return parts.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

} // namespace mailfix::hostile
