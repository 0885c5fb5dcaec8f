// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProbeBase.h"
#include "protocol/ConsentProvider.h"
#include "protocol/ImapResponse.h"
#include "protocol/SmtpReply.h"

#include <QRegularExpression>
#include <memory>

namespace mailfix {

ProbeBase::ProbeBase(CheckContext *context, ServerSide side, QObject *parent)
    : QObject(parent), m_context(context), m_side(side),
      m_reader(context->options().maxLineBytes)
{
    m_deadline.setSingleShot(true);
    m_sniffTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ProbeBase::onDeadline);
    connect(&m_sniffTimer, &QTimer::timeout, this, &ProbeBase::startTlsSniff);
}

ProbeBase::~ProbeBase()
{
    if (m_transport)
        m_transport->abort();
    if (m_sniff)
        m_sniff->abort();
}

QString ProbeBase::detectProtocol(const QByteArray &line)
{
    if (line.isEmpty())
        return QStringLiteral("unknown");
    const auto first = static_cast<unsigned char>(line.at(0));
    if (first == 0x15 || first == 0x16)
        return QStringLiteral("TLS");
    if (line.startsWith("* OK") || line.startsWith("* PREAUTH") || line.startsWith("* BYE"))
        return QStringLiteral("IMAP");
    if (line.startsWith("+OK") || line.startsWith("-ERR"))
        return QStringLiteral("POP3");
    if (line.startsWith("HTTP/") || line.startsWith("<!DOCTYPE") || line.startsWith("<html"))
        return QStringLiteral("HTTP");
    if (line.startsWith("SSH-"))
        return QStringLiteral("SSH");
    static const QRegularExpression smtp(QStringLiteral("^[2-5][0-9][0-9]([ -]|$)"));
    const QString text = QString::fromLatin1(line.left(200));
    if (smtp.match(text).hasMatch()) {
        if (text.contains(QLatin1String("FTP"), Qt::CaseInsensitive))
            return QStringLiteral("FTP");
        return QStringLiteral("SMTP");
    }
    return QStringLiteral("unknown");
}

void ProbeBase::start()
{
    const ServerSettings &s = server();
    m_host = s.host.trimmed();
    m_port = static_cast<quint16>(m_context->settings().effectivePort(m_side));
    for (const QString &leaf : stepLeaves()) {
        CheckStep step{stepId(leaf), StepStatus::Pending, 0, {}};
        m_steps.append(step);
        Q_EMIT stepUpdated(step);
    }
    beginStep(QStringLiteral("dns"));
    QPointer<ProbeBase> guard(this);
    m_context->resolver().resolve(m_host, [guard](const Resolver::Answer &a) {
        if (guard && !guard->m_finished)
            guard->onResolved(a);
    });
}

void ProbeBase::cancel()
{
    if (m_finished)
        return;
    note(QStringLiteral("cancelled"));
    finish();
}

void ProbeBase::beginStep(const QString &leaf)
{
    m_current = leaf;
    const QString id = stepId(leaf);
    m_stepStart.insert(id, m_context->elapsedMs());
    for (CheckStep &s : m_steps) {
        if (s.id == id) {
            s.status = StepStatus::Running;
            Q_EMIT stepUpdated(s);
        }
    }
    rearmDeadline();
}

void ProbeBase::rearmDeadline()
{
    if (m_paused)
        return;
    // After our goodbye only the server's goodbye is due: it gets a short grace, and
    // its absence is no finding (the verdict is in; a slow or silent server after it
    // is not a second error, and must not make a good check slow).
    const int step = m_context->options().stepTimeoutMs;
    m_deadline.start(m_closing ? std::min(step, GoodbyeGraceMs) : step);
}

void ProbeBase::expectClose()
{
    if (m_closing)
        return;
    m_closing = true;
    rearmDeadline();
}

void ProbeBase::endStep(const QString &leaf, StepStatus status, const QString &detail)
{
    const QString id = stepId(leaf);
    if (leaf == QLatin1String("greeting") && status == StepStatus::Pass)
        m_greeting = detail;
    for (CheckStep &s : m_steps) {
        if (s.id != id)
            continue;
        // A failure or warning stands; a later pass of the same step does not hide it.
        if ((s.status == StepStatus::Fail || s.status == StepStatus::Warn) && status == StepStatus::Pass)
            return;
        s.status = status;
        s.elapsedMs = m_context->elapsedMs() - m_stepStart.value(id, m_context->elapsedMs());
        s.detail = m_context->redactor().redact(detail);
        Q_EMIT stepUpdated(s);
    }
}

Observation &ProbeBase::observe(Observation::Kind kind)
{
    Observation o;
    o.kind = kind;
    o.protocol = protocol();
    o.side = m_side;
    o.step = m_current;
    o.host = m_host;
    o.port = int(m_port);
    o.implicitTls = m_implicitTls;
    o.encrypted = isEncrypted();
    o.trustedTls = o.encrypted && m_certTrusted;
    o.greeting = m_greeting;
    o.serverNames = m_cert.names;
    o.waitedMs = m_lastSendMs >= 0 ? m_context->elapsedMs() - m_lastSendMs : -1;
    m_observations.append(o);
    return m_observations.last();
}

void ProbeBase::reportMismatch(const QByteArray &line)
{
    const QString seen = detectProtocol(line);
    Observation &o = observe(Observation::Kind::OtherProtocol);
    o.protocolSeen = seen;
    o.said = printable(line, 200);
    fail(m_current, tr("Another service answers on port %1 (%2)").arg(m_port).arg(seen));
    finish();
}

void ProbeBase::onResolved(const Resolver::Answer &a)
{
    if (a.outcome == Resolver::Outcome::NotFound) {
        fail(QStringLiteral("dns"), a.detail);
        observe(Observation::Kind::NameNotFound).detail = a.detail;
        finish();
        return;
    }
    if (a.outcome == Resolver::Outcome::Failure) {
        fail(QStringLiteral("dns"), a.detail);
        observe(Observation::Kind::NameLookupFailed).detail = a.detail;
        finish();
        return;
    }
    m_addresses = a.addresses;
    QStringList shown;
    for (const auto &addr : a.addresses)
        shown.append(addr.toString());
    pass(QStringLiteral("dns"), shown.join(QStringLiteral(", ")));
    beginStep(QStringLiteral("connect"));
    const bool implicit = server().ssl && isImplicitTlsPort(m_port);
    note(tr("connecting to %1 port %2%3").arg(m_host).arg(m_port)
             .arg(implicit ? tr(" (TLS from the first byte)") : QString()));
    openTransport(m_context->createTransport(this), implicit);
}

void ProbeBase::openTransport(Transport *t, bool implicitTls)
{
    adopt(t, implicitTls);
    connect(t, &Transport::connected, this, &ProbeBase::onConnected);
    t->connectToHost(m_addresses, m_port, implicitTls, m_host);
}

void ProbeBase::adopt(Transport *t, bool implicitTls)
{
    m_transport = t;
    m_implicitTls = implicitTls;
    connect(t, &Transport::encrypted, this, &ProbeBase::onEncrypted);
    connect(t, &Transport::readyRead, this, &ProbeBase::onReadyRead);
    connect(t, &Transport::closed, this, &ProbeBase::onClosed);
    connect(t, &Transport::failed, this, &ProbeBase::onFailed);
}

void ProbeBase::discard(Transport *&t)
{
    if (!t)
        return;
    t->disconnect(this);
    t->abort();
    t->deleteLater();
    t = nullptr;
}

void ProbeBase::onConnected()
{
    const qint64 rtt = m_transport->connectRttMs();
    pass(QStringLiteral("connect"),
         tr("Connected to %1 port %2 in %3 ms").arg(m_transport->peerAddress().toString()).arg(m_port).arg(rtt));
    note(tr("connected to %1 port %2").arg(m_transport->peerAddress().toString()).arg(m_port));
    if (m_implicitTls) {
        beginStep(QStringLiteral("tls"));
        return;
    }
    beginStep(QStringLiteral("greeting"));
    // Never on the well-known plain-text ports: a client that speaks before the greeting
    // there is marked as a spammer (Postfix postscreen's pregreet test blocks its address,
    // "improper command pipelining" feeds fail2ban), and port 25 may delay its greeting.
    if (isKnownPlainPort(m_port))
        return;
    // Mail servers greet at once. Silence past a few round trips suggests the port
    // wants TLS from the first byte: ask a second connection, keep this one waiting.
    const qint64 delay = std::clamp<qint64>(4 * std::max<qint64>(rtt, 0) + 150, 200, 1500);
    m_sniffTimer.start(int(std::min<qint64>(delay, m_context->options().stepTimeoutMs / 2)));
}

void ProbeBase::startTlsSniff()
{
    if (m_greeted || m_finished || m_sniff)
        return;
    note(tr("no greeting yet: trying TLS from the first byte on a second connection"));
    m_sniff = m_context->createTransport(this);
    connect(m_sniff, &Transport::encrypted, this, &ProbeBase::onSniffEncrypted);
    auto drop = [this] {
        if (!m_sniff)
            return;
        note(tr("the port does not speak TLS from the first byte either"));
        discard(m_sniff);
    };
    connect(m_sniff, &Transport::failed, this, drop);
    connect(m_sniff, &Transport::closed, this, drop);
    m_sniff->connectToHost(m_addresses, m_port, true, m_host);
}

void ProbeBase::onSniffEncrypted()
{
    if (m_greeted || m_finished || !m_sniff)
        return;
    if (m_current == QLatin1String("connect"))
        pass(QStringLiteral("connect"), tr("Connected to %1 port %2").arg(m_host).arg(m_port));
    note(tr("TLS from the first byte works on port %1").arg(m_port));
    if (!server().ssl) {
        fail(QStringLiteral("greeting"), tr("No plain-text greeting: this port expects SSL from the first byte"));
        observe(Observation::Kind::TlsOnlyPort);
        finish();
        return;
    }
    // Use SSL is on and the port turned out to be TLS-first: carry on over the sniff.
    discard(m_transport);
    Transport *t = std::exchange(m_sniff, nullptr);
    t->disconnect(this);
    adopt(t, true);
    evaluateCertificate();
    beginStep(QStringLiteral("greeting"));
    onReadyRead();
}

void ProbeBase::sniffPlainText(const QString &tlsError)
{
    // TLS from the first byte failed: does the port speak plain text instead (the
    // STARTTLS port, or a server without TLS)? Read its first line on a new connection.
    m_plainSniffed = true;
    note(tr("TLS failed: looking at what port %1 says without TLS").arg(m_port));
    discard(m_transport);
    auto conclude = [this, tlsError](const QByteArray &rawFirstLine) {
        if (m_finished)
            return;
        const QByteArray firstLine = redactLine(rawFirstLine);
        const QString seen = firstLine.isEmpty() ? QString() : detectProtocol(firstLine);
        if (!firstLine.isEmpty())
            m_context->record(sideName(m_side), QLatin1Char('S'), printable(firstLine, 1000));
        if (seen == protocolName()) {
            Observation &o = observe(Observation::Kind::PlainTextOnTlsPort);
            o.protocolSeen = seen;
            o.said = printable(firstLine, 200);
        } else if (!seen.isEmpty() && seen != QLatin1String("unknown") && seen != QLatin1String("TLS")) {
            Observation &o = observe(Observation::Kind::OtherProtocol);
            o.protocolSeen = seen;
            o.said = printable(firstLine, 200);
        } else {
            observe(Observation::Kind::TlsHandshakeFailed).detail = tlsError;
        }
        finish();
    };
    m_sniff = m_context->createTransport(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(m_sniff, &Transport::readyRead, this, [this, buffer, conclude] {
        if (!m_sniff)
            return;
        buffer->append(m_sniff->readAll());
        const qsizetype nl = buffer->indexOf('\n');
        if (nl >= 0 || buffer->size() >= 512)
            conclude(buffer->left(nl >= 0 ? nl : 512).trimmed());
    });
    connect(m_sniff, &Transport::failed, this, [conclude] { conclude({}); });
    connect(m_sniff, &Transport::closed, this, [conclude, buffer] { conclude(buffer->trimmed()); });
    m_sniff->connectToHost(m_addresses, m_port, false, m_host);
}

void ProbeBase::evaluateCertificate()
{
    const TlsInfo tls = m_transport->tlsInfo();
    m_cert = CertificateInfo::from(tls, m_host, m_port);
    note(tr("%1 %2; certificate for %3, issued by %4, valid %5 to %6")
             .arg(tls.protocol, tls.cipher, m_cert.names.join(QStringLiteral(", ")), m_cert.issuer,
                  m_cert.notBefore.toString(Qt::ISODate), m_cert.notAfter.toString(Qt::ISODate)));
    m_certTrusted = m_cert.isTrusted();
    if (m_certTrusted) {
        pass(QStringLiteral("tls"), tr("%1, certificate valid for %2").arg(tls.protocol, m_host));
        return;
    }
    observe(Observation::Kind::CertificateProblem).cert = m_cert;
    fail(QStringLiteral("tls"), m_cert.errorTexts.join(QStringLiteral("; ")));
}

void ProbeBase::onEncrypted()
{
    if (m_finished)
        return;
    evaluateCertificate();
    if (m_upgrading) {
        m_upgrading = false;
        m_reader.clear();
        onTlsUpgraded();
    } else {
        beginStep(QStringLiteral("greeting"));
    }
}

void ProbeBase::upgradeToTls()
{
    if (m_reader.buffered() > 0) {
        observe(Observation::Kind::InjectionBeforeTls).bytes = m_reader.buffered();
        fail(m_current, tr("Plain-text data injected before TLS"));
        finish();
        return;
    }
    m_upgrading = true;
    note(tr("starting TLS"));
    beginStep(QStringLiteral("tls"));
    m_transport->startTls();
}

void ProbeBase::send(const QByteArray &wire, const QString &shown)
{
    if (m_finished || !m_transport)
        return;
    // What we show of our own commands is escaped too: a setting may hold control
    // characters, and none of them reaches the transcript raw.
    const QString text = shown.isEmpty() ? printable(redactLine(wire.trimmed()), 1000) : shown;
    for (const QString &line : text.split(QLatin1Char('\n')))
        m_context->record(sideName(m_side), QLatin1Char('C'),
                          shown.isEmpty() ? line.trimmed() : printable(line.trimmed().toUtf8(), 1000));
    m_lastSent = text.section(QLatin1Char('\n'), -1).section(QLatin1Char(' '), 0, 0);
    m_lastSendMs = m_context->elapsedMs();
    m_transport->write(wire);
}

void ProbeBase::onReadyRead()
{
    if (m_finished || !m_transport)
        return;
    const QByteArray bytes = m_transport->readAll();
    if (bytes.isEmpty())
        return;
    m_bytesIn += bytes.size();
    if (m_bytesIn > m_context->options().maxBytesPerConnection) {
        observe(Observation::Kind::LimitExceeded).detail =
            tr("The server sent more than %1 bytes").arg(m_context->options().maxBytesPerConnection);
        fail(m_current, tr("Too much data from the server"));
        finish();
        return;
    }
    m_reader.append(bytes);
    processBuffer();
}

void ProbeBase::processBuffer()
{
    while (!m_finished && !m_upgrading) {
        if (m_literalNeeded >= 0) {
            QByteArray literal;
            if (!m_reader.takeBytes(m_literalNeeded, &literal))
                break;
            m_literalAccum += literal;
            m_literalNeeded = -1;
            continue;
        }
        QByteArray line;
        if (!m_reader.nextLine(&line))
            break;
        if (m_foldLiterals) {
            const qint64 n = ImapResponse::trailingLiteralSize(line);
            if (n >= 0) {
                if (n > m_context->options().maxBytesPerConnection) {
                    observe(Observation::Kind::LimitExceeded).detail = tr("The server announced a literal of %1 bytes").arg(n);
                    fail(m_current, tr("Oversized literal"));
                    finish();
                    return;
                }
                m_literalAccum += line + "\r\n";
                m_literalNeeded = n;
                continue;
            }
            line = std::exchange(m_literalAccum, QByteArray()) + line;
        }
        // Redacted here, as bytes: before the line is escaped (invalid UTF-8 shows
        // as \xNN), cut (evidence at 200 characters) or parsed into anything kept.
        line = redactLine(line);
        m_context->record(sideName(m_side), QLatin1Char('S'), printable(line, 1000));
        if (!m_greeted) {
            m_greeted = true;
            m_sniffTimer.stop();
            discard(m_sniff);
        }
        onLine(line);
    }
    if (!m_finished && !m_upgrading && m_reader.overflowed()) {
        observe(Observation::Kind::LimitExceeded).detail = tr("A line longer than %1 bytes without an end").arg(m_reader.maxLine());
        fail(m_current, tr("Endless line from the server"));
        finish();
    }
}

QByteArray ProbeBase::redactLine(const QByteArray &line) const
{
    return m_context->redactor().redactBytes(line, statusPrefix(line));
}

QByteArray ProbeBase::addressLiteral() const
{
    QHostAddress a = localAddress();
    bool isV4 = false;
    const quint32 v4 = a.toIPv4Address(&isV4);
    if (isV4)
        return '[' + QHostAddress(v4).toString().toLatin1() + ']';
    if (a.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + a.toString().toLatin1() + ']';
    return QByteArrayLiteral("[127.0.0.1]");
}

void ProbeBase::onClosed()
{
    if (m_finished)
        return;
    if (m_closing) {
        finish();
        return;
    }
    note(tr("the server closed the connection"));
    if (m_upgrading || (m_implicitTls && m_current == QLatin1String("tls"))) {
        onFailed(Transport::Error::TlsHandshake, tr("The server closed the connection during the TLS handshake"));
        return;
    }
    observe(Observation::Kind::ClosedByServer);
    fail(m_current, tr("Connection closed by the server"));
    finish();
}

void ProbeBase::onFailed(Transport::Error error, const QString &detail)
{
    if (m_finished)
        return;
    note(QStringLiteral("error: %1").arg(detail));
    if (m_current == QLatin1String("connect")) {
        fail(QStringLiteral("connect"), detail);
        observe(error == Transport::Error::Refused ? Observation::Kind::ConnectRefused : Observation::Kind::ConnectFailed)
            .detail = detail;
        finish();
        return;
    }
    if (error == Transport::Error::TlsHandshake && m_implicitTls && !m_upgrading && !m_plainSniffed) {
        fail(QStringLiteral("tls"), detail);
        sniffPlainText(detail);
        return;
    }
    if (error == Transport::Error::TlsHandshake || m_current == QLatin1String("tls")) {
        fail(QStringLiteral("tls"), detail);
        Observation &o = observe(Observation::Kind::TlsHandshakeFailed);
        o.duringStartTls = m_upgrading;
        o.detail = detail;
        finish();
        return;
    }
    observe(Observation::Kind::ConnectionLost).detail = detail;
    fail(m_current, detail);
    finish();
}

void ProbeBase::onDeadline()
{
    if (m_finished)
        return;
    if (m_closing) {
        note(tr("no goodbye from the server: closing the connection"));
        finish();
        return;
    }
    const int secs = (m_context->options().stepTimeoutMs + 999) / 1000;
    const QString why = tr("No answer within %n second(s)", nullptr, secs);
    fail(m_current, why);
    Observation::Kind kind = Observation::Kind::NoReply;
    if (m_current == QLatin1String("dns")) {
        m_context->resolver().cancelAll();
        kind = Observation::Kind::NameLookupTimedOut;
    } else if (m_current == QLatin1String("connect")) {
        kind = Observation::Kind::ConnectTimedOut;
    } else if (m_current == QLatin1String("greeting")) {
        kind = Observation::Kind::GreetingSilent;
    } else if (m_current == QLatin1String("tls")) {
        kind = Observation::Kind::TlsHandshakeTimedOut;
    }
    Observation &o = observe(kind);
    o.command = m_lastSent.isEmpty() ? m_current : m_lastSent;
    o.detail = why;
    o.bytes = secs;
    finish();
}

void ProbeBase::withCredentialConsent(std::function<void(bool)> decided)
{
    // Whatever the answer, say what it means for the login step.
    const QString loginStep = m_current;
    auto proceed = [this, loginStep, decided](bool allowed) {
        const bool cert = isEncrypted();
        if (!allowed) {
            skip(loginStep, cert ? tr("Not tried: the certificate was not accepted")
                                 : tr("Not tried: the password would travel unencrypted"));
            observe(Observation::Kind::LoginWithheld);
        } else if (!cert) {
            observe(Observation::Kind::PlaintextLoginSent);
        }
        decided(allowed);
    };
    const CheckOptions &o = m_context->options();
    ConsentProvider *consent = m_context->consent();
    QPointer<ProbeBase> guard(this);
    auto resume = [guard, proceed](bool ok) {
        if (!guard || guard->m_finished)
            return;
        guard->m_paused = false;
        guard->rearmDeadline();
        proceed(ok);
    };
    if (isEncrypted()) {
        if (m_certTrusted)
            return proceed(true);
        if (o.acceptedCertificates.contains(m_cert.sha256, Qt::CaseInsensitive)) {
            note(tr("certificate %1 accepted by the user").arg(m_cert.sha256));
            return proceed(true);
        }
        if (!consent)
            return proceed(false);
        m_paused = true;
        m_deadline.stop();
        consent->askAcceptCertificate(m_cert, resume);
        return;
    }
    if (o.allowPlaintextLogin) {
        note(tr("sending the login without encryption: allowed by the user"));
        return proceed(true);
    }
    if (!consent)
        return proceed(false);
    m_paused = true;
    m_deadline.stop();
    consent->askPlaintextLogin(m_host, m_port, resume);
}

void ProbeBase::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    // What leaves the probe is redacted here, where the server's words entered.
    const Redactor &r = m_context->redactor();
    auto redactReply = [&r](SmtpReply &reply) {
        for (QStringList *l : {&reply.lines, &reply.raw})
            for (QString &t : *l)
                t = r.redact(t);
    };
    for (Observation &o : m_observations) {
        for (QString *t : {&o.said, &o.detail, &o.command, &o.responseCode, &o.mechanism, &o.prefix, &o.greeting})
            *t = r.redact(*t);
        for (QStringList *l : {&o.capabilities, &o.offered})
            for (QString &t : *l)
                t = r.redact(t);
        if (o.smtpReply)
            redactReply(*o.smtpReply);
        if (o.transaction)
            for (std::optional<SmtpReply> *x : {&o.transaction->authReply, &o.transaction->mailReply, &o.transaction->rcptReply,
                                                &o.transaction->altMailReply, &o.transaction->altRcptReply})
                if (*x)
                    redactReply(**x);
    }
    m_sniffTimer.stop();
    for (CheckStep &s : m_steps) {
        if (s.status == StepStatus::Pending || s.status == StepStatus::Running) {
            s.status = StepStatus::Skipped;
            if (s.id == stepId(QStringLiteral("tls")) && !server().ssl)
                s.detail = tr("Use SSL is off");
            Q_EMIT stepUpdated(s);
        }
    }
    discard(m_transport);
    discard(m_sniff);
    Q_EMIT finished();
}

} // namespace mailfix
