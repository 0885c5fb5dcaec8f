// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapWatcher.h"

#include "protocol/ImapResponse.h"
#include "protocol/Sasl.h"
#include "protocol/SmtpReply.h"
#include "roundtrip/RoundTripContext.h"
#include "roundtrip/RoundTripSession.h"

namespace mailfix {

namespace {
QByteArray quoted(const QByteArray &s)
{
    QByteArray q = s;
    q.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + q + '"';
}
} // namespace

ImapWatcher::ImapWatcher(RoundTripContext *context, QObject *parent)
    : MailboxWatcher(parent), m_context(context),
      m_session(new RoundTripSession(context, ServerSide::Incoming, this))
{
    connect(m_session, &RoundTripSession::line, this, &ImapWatcher::onLine);
    connect(m_session, &RoundTripSession::failed, this, [this](const QString &d) {
        if (m_state != State::Done && m_state != State::Logout)
            fail(d);
    });
    connect(m_session, &RoundTripSession::tlsUpgraded, this, [this] {
        m_caps.clear();
        command(State::Capability, QByteArrayLiteral("CAPABILITY"));
    });
    m_again.setSingleShot(true);
    connect(&m_again, &QTimer::timeout, this, [this] {
        if (m_state == State::Idle) {
            m_state = State::IdleDone;
            m_session->send(QByteArrayLiteral("DONE"));
        } else if (m_state == State::Ready) {
            search();
        }
    });
}

void ImapWatcher::prepare()
{
    m_state = State::Greeting;
    m_session->open();
}

void ImapWatcher::fail(const QString &detail)
{
    m_state = State::Done;
    m_again.stop();
    m_session->close();
    Q_EMIT failed(detail);
}

void ImapWatcher::stop()
{
    m_again.stop();
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_session->close();
}

void ImapWatcher::command(State next, const QByteArray &text, const QString &shown)
{
    m_state = next;
    m_tag = "m" + QByteArray::number(++m_tagNo);
    m_session->send(m_tag + ' ' + text,
                    shown.isEmpty() ? QString() : QString::fromLatin1(m_tag) + QLatin1Char(' ') + shown);
}

void ImapWatcher::onLine(const QByteArray &line)
{
    const auto r = ImapResponse::parse(line);
    if (!r)
        return fail(tr("not an IMAP response: %1").arg(printable(line, 200)));
    if (r->kind == ImapResponse::Kind::Untagged) {
        if (!r->capabilities.isEmpty())
            m_caps = r->capabilities;
        if (m_state == State::Greeting) {
            if (r->status != QLatin1String("OK") && r->status != QLatin1String("PREAUTH"))
                return fail(tr("the server refused the connection: %1").arg(r->raw));
            if (m_session->wantsStartTls())
                return command(State::StartTls, QByteArrayLiteral("STARTTLS"));
            return command(State::Capability, QByteArrayLiteral("CAPABILITY"));
        }
        if (line.startsWith("* SEARCH"))
            for (const QByteArray &u : line.mid(8).trimmed().split(' '))
                if (!u.isEmpty())
                    m_uids.append(u);
        if (line.endsWith(" EXISTS") || line.endsWith(" RECENT")) {
            m_newMail = true;
            if (m_state == State::Idle) {
                m_again.stop();
                m_state = State::IdleDone;
                m_session->send(QByteArrayLiteral("DONE"));
            }
        }
        if (r->status == QLatin1String("BYE") && m_state != State::Logout)
            return fail(tr("the server ended the session: %1").arg(r->raw));
        return;
    }
    if (r->kind == ImapResponse::Kind::Continuation) {
        const ServerSettings &s = m_context->settings().incoming;
        if (m_state == State::Idle) {
            // Idling: wait for EXISTS, but look again now and then in case it never comes.
            m_session->waitWithoutDeadline();
            m_again.start(5000);
        } else if (m_state == State::LoginStep && m_mechanism == QLatin1String("PLAIN")) {
            m_session->send(Sasl::plain(s.user.trimmed().toUtf8(), s.password.reveal()),
                            QStringLiteral("********"));
        } else if (m_state == State::LoginStep && m_mechanism == QLatin1String("CRAM-MD5")) {
            m_session->send(Sasl::cramMd5(s.user.trimmed().toUtf8(), s.password.reveal(), r->text.toLatin1()),
                            QStringLiteral("******** (CRAM-MD5 response)"));
            m_mechanism = QStringLiteral("CRAM-MD5-sent");
        } else {
            m_session->send(QByteArrayLiteral("*"), QStringLiteral("* (cancel)"));
        }
        return;
    }
    if (r->tag != m_tag)
        return;
    const bool ok = r->status == QLatin1String("OK");
    switch (m_state) {
    case State::StartTls:
        if (!ok)
            return fail(tr("STARTTLS refused: %1").arg(r->raw));
        m_session->startTls();
        return;
    case State::Capability:
        login();
        return;
    case State::Login:
    case State::LoginStep:
        if (!ok)
            return fail(tr("the login was refused: %1").arg(r->raw));
        return command(State::Capability2, QByteArrayLiteral("CAPABILITY"));
    case State::Capability2:
        return command(State::Select, QByteArrayLiteral("SELECT INBOX"));
    case State::Select:
        if (!ok)
            return fail(tr("INBOX cannot be opened: %1").arg(r->raw));
        m_state = State::Ready;
        Q_EMIT ready();
        return;
    case State::Search:
        if (!ok)
            return fail(tr("the server cannot search INBOX: %1").arg(r->raw));
        afterSearch();
        return;
    case State::IdleDone:
        search();
        return;
    case State::Store: {
        if (!ok) {
            command(State::Logout, QByteArrayLiteral("LOGOUT"));
            Q_EMIT deleted(false, tr("the test message could not be flagged for deletion: %1").arg(r->raw));
            return;
        }
        if (!m_caps.contains(QLatin1String("UIDPLUS"))) {
            command(State::Logout, QByteArrayLiteral("LOGOUT"));
            Q_EMIT deleted(false,
                           tr("the test message is flagged as deleted; the server has no UID EXPUNGE, "
                              "so it was not expunged (that would remove other deleted messages too)"));
            return;
        }
        command(State::Expunge, "UID EXPUNGE " + m_uids.join(','));
        return;
    }
    case State::Expunge:
        command(State::Logout, QByteArrayLiteral("LOGOUT"));
        Q_EMIT deleted(ok,
                       ok ? tr("the test message was deleted") : tr("UID EXPUNGE failed: %1").arg(r->raw));
        return;
    case State::Logout:
        m_state = State::Done;
        m_session->close();
        return;
    default:
        return;
    }
}

void ImapWatcher::login()
{
    const ServerSettings &given = m_context->settings().incoming;
    if (given.password.isEmpty())
        return fail(tr("no incoming password was given"));
    m_session->mayLogin([this](bool allowed) {
        if (!allowed)
            return fail(
                tr("the password may not be sent to this server (certificate or encryption not accepted)"));
        const ServerSettings &s = m_context->settings().incoming;
        const QByteArray user = s.user.trimmed().toUtf8();
        if (s.auth == AuthMethod::Md5 && m_caps.contains(QLatin1String("AUTH=CRAM-MD5"))) {
            m_mechanism = QStringLiteral("CRAM-MD5");
            return command(State::LoginStep, QByteArrayLiteral("AUTHENTICATE CRAM-MD5"));
        }
        if (m_caps.contains(QLatin1String("AUTH=PLAIN"))) {
            m_mechanism = QStringLiteral("PLAIN");
            if (m_caps.contains(QLatin1String("SASL-IR")))
                return command(State::Login, "AUTHENTICATE PLAIN " + Sasl::plain(user, s.password.reveal()),
                               QStringLiteral("AUTHENTICATE PLAIN ********"));
            return command(State::LoginStep, QByteArrayLiteral("AUTHENTICATE PLAIN"));
        }
        const QByteArray pw = s.password.reveal();
        if (pw.contains('\r') || pw.contains('\n') || pw.contains('\0'))
            return fail(tr("the password cannot be sent with IMAP LOGIN"));
        command(State::Login, "LOGIN " + quoted(user) + ' ' + quoted(pw),
                QStringLiteral("LOGIN %1 ********").arg(QString::fromUtf8(quoted(user))));
    });
}

void ImapWatcher::watch(const QString &token)
{
    m_token = token;
    if (m_state == State::Ready)
        search();
}

void ImapWatcher::search()
{
    m_uids.clear();
    m_newMail = false;
    command(State::Search, "UID SEARCH HEADER SUBJECT " + quoted(m_token.toUtf8()));
}

void ImapWatcher::afterSearch()
{
    if (!m_uids.isEmpty()) {
        Q_EMIT found();
        command(State::Store, "UID STORE " + m_uids.join(',') + " +FLAGS.SILENT (\\Deleted)");
        return;
    }
    if (m_newMail) {
        search(); // something arrived while searching
        return;
    }
    if (m_caps.contains(QLatin1String("IDLE"))) {
        command(State::Idle, QByteArrayLiteral("IDLE"));
        return;
    }
    m_state = State::Ready;
    m_session->waitWithoutDeadline();
    m_again.start(1000);
}

} // namespace mailfix
