// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundTripSession.h"

#include "protocol/ConsentProvider.h"
#include "protocol/SmtpReply.h"
#include "roundtrip/RoundTripContext.h"

#include <QPointer>

namespace mailfix {

namespace {
bool implicitTlsPort(int port)
{
    return port == 465 || port == 993 || port == 995;
}
// Ports whose servers greet in plain text first (the same list as the check's).
bool plainFirstPort(int port)
{
    return port == 25 || port == 587 || port == 143 || port == 110 || port == 2525;
}
} // namespace

RoundTripSession::RoundTripSession(RoundTripContext *context, ServerSide side, QObject *parent)
    : QObject(parent), m_context(context), m_side(side), m_reader(context->options().maxLineBytes)
{
    const AccountSettings &s = context->settings();
    m_host = s.server(side).host.trimmed();
    m_port = quint16(s.effectivePort(side));
    m_ssl = s.server(side).ssl;
    m_deadline.setSingleShot(true);
    m_sniffTimer.setSingleShot(true);
    connect(&m_sniffTimer, &QTimer::timeout, this, [this] {
        m_plainSniff = false;
        m_context->record(serverName(), QLatin1Char('*'), tr("no greeting in plain text: TLS from the first byte"));
        connectNow(true);
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        onFailed(tr("no answer from %1:%2 within %3 s")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(m_context->options().stepTimeoutMs / 1000.0));
    });
}

RoundTripSession::~RoundTripSession()
{
    if (m_transport)
        m_transport->abort();
}

QString RoundTripSession::serverName() const
{
    return sideName(m_side) + QStringLiteral("-roundtrip");
}

void RoundTripSession::rearm()
{
    m_deadline.start(m_context->options().stepTimeoutMs);
}

void RoundTripSession::open()
{
    rearm();
    QPointer<RoundTripSession> guard(this);
    m_context->resolver().resolve(m_host, [guard](const Resolver::Answer &a) {
        if (!guard || guard->m_done)
            return;
        if (a.outcome != Resolver::Outcome::Found || a.addresses.isEmpty()) {
            guard->onFailed(tr("%1 could not be resolved: %2").arg(guard->m_host, a.detail));
            return;
        }
        guard->m_addresses = a.addresses;
        // As the check does: never speak before the greeting (pregreet guards). On ports
        // of unknown kind, listen first; silence means TLS from the first byte.
        const bool implicit = guard->m_ssl && implicitTlsPort(guard->m_port);
        guard->m_plainSniff = guard->m_ssl && !implicit && !plainFirstPort(guard->m_port);
        guard->connectNow(implicit);
    });
}

void RoundTripSession::connectNow(bool implicitTls)
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport->deleteLater();
    }
    m_reader.clear();
    m_implicit = implicitTls;
    m_transport = m_context->createTransport(this);
    connect(m_transport, &Transport::connected, this, [this] {
        m_context->record(
            serverName(), QLatin1Char('*'),
            tr("connected to %1 port %2").arg(m_transport->peerAddress().toString()).arg(m_port));
        if (m_implicit)
            return;
        if (m_plainSniff) {
            m_sniffTimer.start(1000);
            return;
        }
        m_opened = true;
        Q_EMIT opened();
    });
    connect(m_transport, &Transport::encrypted, this, &RoundTripSession::onEncrypted);
    connect(m_transport, &Transport::readyRead, this, &RoundTripSession::onReadyRead);
    connect(m_transport, &Transport::closed, this,
            [this] { onFailed(tr("the server closed the connection")); });
    connect(m_transport, &Transport::failed, this,
            [this](Transport::Error, const QString &detail) { onFailed(detail); });
    rearm();
    m_transport->connectToHost(m_addresses, m_port, implicitTls, m_host);
}

void RoundTripSession::onEncrypted()
{
    const TlsInfo tls = m_transport->tlsInfo();
    m_cert = CertificateInfo::from(tls, m_host, m_port);
    m_context->record(serverName(), QLatin1Char('*'),
                      tr("%1 %2; certificate %3")
                          .arg(tls.protocol, tls.cipher,
                               m_cert.isTrusted() ? tr("trusted") : m_cert.errorTexts.join(QStringLiteral("; "))));
    m_tlsFirstTry = false;
    rearm();
    if (m_upgrading) {
        m_upgrading = false;
        Q_EMIT tlsUpgraded();
        return;
    }
    m_opened = true;
    Q_EMIT opened();
    onReadyRead(); // a greeting may already be buffered
}

void RoundTripSession::startTls()
{
    m_upgrading = true;
    m_reader.clear(); // anything sent with the "go ahead" is an injection: dropped
    rearm();
    m_transport->startTls();
}

void RoundTripSession::onReadyRead()
{
    if (!m_transport || m_done)
        return;
    if (m_implicit && !m_transport->isEncrypted())
        return;
    m_reader.append(m_transport->readAll());
    if (m_plainSniff && !m_opened) {
        // It greets in plain text: STARTTLS follows.
        m_plainSniff = false;
        m_sniffTimer.stop();
        m_opened = true;
        Q_EMIT opened();
    }
    QByteArray l;
    QPointer<RoundTripSession> guard(this);
    while (guard && !m_done && !m_upgrading && m_reader.nextLine(&l)) {
        rearm();
        m_context->record(serverName(), QLatin1Char('S'), printable(l, 1000));
        Q_EMIT line(l);
    }
    if (guard && !m_done && m_reader.overflowed())
        onFailed(tr("the server sent a line longer than %1 bytes").arg(m_reader.maxLine()));
}

void RoundTripSession::send(const QByteArray &lineBytes, const QString &shown)
{
    if (!m_transport || m_done)
        return;
    m_context->record(serverName(), QLatin1Char('C'), shown.isEmpty() ? QString::fromUtf8(lineBytes) : shown);
    rearm();
    m_transport->write(lineBytes + "\r\n");
}

void RoundTripSession::close()
{
    m_done = true;
    m_deadline.stop();
    m_sniffTimer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport->deleteLater();
        m_transport = nullptr;
    }
}

void RoundTripSession::onFailed(const QString &detail)
{
    if (m_done)
        return;
    if (m_tlsFirstTry && !m_opened) {
        // No TLS from the first byte on this port: plain text first, then STARTTLS.
        m_tlsFirstTry = false;
        m_context->record(serverName(), QLatin1Char('*'),
                          tr("no TLS from the first byte (%1): trying STARTTLS").arg(detail));
        connectNow(false);
        return;
    }
    m_context->record(serverName(), QLatin1Char('*'), detail);
    close();
    Q_EMIT failed(detail);
}

void RoundTripSession::mayLogin(std::function<void(bool)> answer)
{
    const CheckOptions &o = m_context->options();
    ConsentProvider *consent = m_context->consent();
    QPointer<RoundTripSession> guard(this);
    auto resume = [guard, answer](bool ok) {
        if (!guard || guard->m_done)
            return;
        guard->rearm();
        answer(ok);
    };
    if (isEncrypted()) {
        if (m_cert.isTrusted() || o.acceptedCertificates.contains(m_cert.sha256, Qt::CaseInsensitive))
            return answer(true);
        if (!consent)
            return answer(false);
        m_deadline.stop();
        consent->askAcceptCertificate(m_cert, resume);
        return;
    }
    if (o.allowPlaintextLogin)
        return answer(true);
    if (!consent)
        return answer(false);
    m_deadline.stop();
    consent->askPlaintextLogin(m_host, m_port, resume);
}

QByteArray RoundTripSession::addressLiteral() const
{
    const QHostAddress a = m_transport ? m_transport->localAddress() : QHostAddress();
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        bool v4 = false;
        const quint32 mapped = a.toIPv4Address(&v4);
        if (v4)
            return '[' + QHostAddress(mapped).toString().toLatin1() + ']';
        return "[IPv6:" + a.toString().toLatin1() + ']';
    }
    return a.isNull() ? QByteArrayLiteral("[127.0.0.1]") : '[' + a.toString().toLatin1() + ']';
}

} // namespace mailfix
