// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpSender.h"

#include "protocol/Sasl.h"
#include "roundtrip/RoundTripContext.h"
#include "roundtrip/RoundTripSession.h"

namespace mailfix {

SmtpSender::SmtpSender(RoundTripContext *context, QObject *parent)
    : QObject(parent), m_context(context),
      m_session(new RoundTripSession(context, ServerSide::Outgoing, this)),
      m_parser(context->options().maxReplyLines)
{
    connect(m_session, &RoundTripSession::line, this, &SmtpSender::onLine);
    connect(m_session, &RoundTripSession::failed, this, [this](const QString &d) {
        if (m_state != State::Done && m_state != State::Quit)
            fail(d);
    });
    connect(m_session, &RoundTripSession::tlsUpgraded, this, [this] {
        m_parser.reset();
        ehlo(); // RFC 3207: forget what was said before TLS
    });
}

void SmtpSender::send(const QByteArray &message)
{
    m_message = message;
    m_state = State::Greeting;
    m_session->open();
}

void SmtpSender::fail(const QString &detail)
{
    m_state = State::Done;
    m_session->close();
    Q_EMIT failed(detail);
}

void SmtpSender::onLine(const QByteArray &line)
{
    SmtpReply reply;
    QString error;
    switch (m_parser.feedLine(line, &reply, &error)) {
    case SmtpReplyParser::Result::NeedMore:
        return;
    case SmtpReplyParser::Result::Error:
        fail(tr("not an SMTP reply: %1 (%2)").arg(printable(line, 200), error));
        return;
    case SmtpReplyParser::Result::Reply:
        onReply(reply);
        return;
    }
}

void SmtpSender::ehlo()
{
    m_state = State::Ehlo;
    m_session->send("EHLO " + m_session->addressLiteral());
}

void SmtpSender::onReply(const SmtpReply &reply)
{
    switch (m_state) {
    case State::Greeting:
        if (reply.code != 220)
            return fail(tr("the server refused the connection: %1").arg(reply.evidence()));
        ehlo();
        return;
    case State::Ehlo:
        if (reply.code != 250)
            return fail(tr("EHLO refused: %1").arg(reply.evidence()));
        m_caps = EhloCapabilities::parse(reply);
        if (m_session->wantsStartTls()) {
            if (!m_caps.has(QStringLiteral("STARTTLS")))
                return fail(tr("the server offers no STARTTLS"));
            m_state = State::StartTls;
            m_session->send(QByteArrayLiteral("STARTTLS"));
            return;
        }
        login();
        return;
    case State::StartTls:
        if (reply.code != 220)
            return fail(tr("STARTTLS refused: %1").arg(reply.evidence()));
        m_session->startTls();
        return;
    case State::Auth:
    case State::AuthStep: {
        const ServerSettings &s = m_context->settings().outgoing;
        if (reply.code == 334 && ++m_authTurns <= 3) {
            m_state = State::AuthStep;
            const QByteArray challenge = reply.lines.value(0).toLatin1();
            if (m_mechanism == QLatin1String("CRAM-MD5")) {
                m_session->send(Sasl::cramMd5(s.user.trimmed().toUtf8(), s.password.reveal(), challenge),
                                QStringLiteral("******** (CRAM-MD5 response)"));
            } else if (m_mechanism == QLatin1String("LOGIN")) {
                const QByteArray prompt = QByteArray::fromBase64(challenge).toLower();
                const bool password =
                    prompt.contains("pass") || (m_authTurns == 2 && !prompt.contains("user"));
                if (password)
                    m_session->send(s.password.reveal().toBase64(), QStringLiteral("********"));
                else
                    m_session->send(s.user.trimmed().toUtf8().toBase64());
            } else {
                m_session->send(QByteArrayLiteral("*"), QStringLiteral("* (cancel login)"));
            }
            return;
        }
        if (reply.code != 235)
            return fail(tr("the login was refused: %1").arg(reply.evidence()));
        mailFrom();
        return;
    }
    case State::Mail:
        if (!reply.isPositive())
            return refuse(reply);
        m_state = State::Rcpt;
        m_session->send("RCPT TO:<" + m_context->settings().email.trimmed().toUtf8() + '>');
        return;
    case State::Rcpt:
        if (!reply.isPositive())
            return refuse(reply);
        m_state = State::Data;
        m_session->send(QByteArrayLiteral("DATA"));
        return;
    case State::Data:
        if (reply.code != 354)
            return refuse(reply);
        {
            m_state = State::Body;
            // Dot-stuffing (RFC 5321 4.5.2), then the end of data.
            QByteArray body;
            for (QByteArray l : m_message.split('\n')) {
                if (l.endsWith('\r'))
                    l.chop(1);
                if (l.startsWith('.'))
                    l.prepend('.');
                body += l + "\r\n";
            }
            m_context->record(m_session->serverName(), QLatin1Char('C'),
                              tr("(the test message, %1 bytes)").arg(body.size()));
            body += '.';
            m_session->send(body, QStringLiteral("."));
        }
        return;
    case State::Body:
        m_state = State::Quit;
        m_session->send(QByteArrayLiteral("QUIT"));
        if (reply.isPositive())
            Q_EMIT accepted(reply.evidence());
        else
            Q_EMIT rejected(reply.evidence());
        return;
    case State::Quit:
        m_state = State::Done;
        m_session->close();
        return;
    case State::Done:
        return;
    }
}

void SmtpSender::refuse(const SmtpReply &reply)
{
    m_state = State::Done;
    m_session->send(QByteArrayLiteral("QUIT"));
    m_session->close();
    Q_EMIT rejected(reply.evidence());
}

void SmtpSender::login()
{
    const ServerSettings &given = m_context->settings().outgoing;
    if (given.user.trimmed().isEmpty() || given.auth == AuthMethod::None)
        return mailFrom(); // the phone does not log in either
    if (given.password.isEmpty())
        return fail(tr("no outgoing password was given"));
    const QStringList offered = m_caps.authMechanisms;
    if (given.auth == AuthMethod::Password)
        m_mechanism = offered.contains(QLatin1String("PLAIN"))   ? QStringLiteral("PLAIN")
                      : offered.contains(QLatin1String("LOGIN")) ? QStringLiteral("LOGIN")
                                                                 : QString();
    else if (given.auth == AuthMethod::Md5 && offered.contains(QLatin1String("CRAM-MD5")))
        m_mechanism = QStringLiteral("CRAM-MD5");
    if (m_mechanism.isEmpty())
        return fail(
            tr("no login the round trip can use is offered (%1)").arg(offered.join(QLatin1Char(' '))));
    m_session->mayLogin([this](bool allowed) {
        const ServerSettings &s = m_context->settings().outgoing;
        if (!allowed)
            return fail(
                tr("the password may not be sent to this server (certificate or encryption not accepted)"));
        m_state = State::Auth;
        if (m_mechanism == QLatin1String("PLAIN"))
            m_session->send("AUTH PLAIN " + Sasl::plain(s.user.trimmed().toUtf8(), s.password.reveal()),
                            QStringLiteral("AUTH PLAIN ********"));
        else
            m_session->send("AUTH " + m_mechanism.toLatin1());
    });
}

void SmtpSender::mailFrom()
{
    m_state = State::Mail;
    m_session->send("MAIL FROM:<" + m_context->settings().email.trimmed().toUtf8() + '>');
}

} // namespace mailfix
