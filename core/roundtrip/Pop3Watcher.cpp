// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Watcher.h"

#include "protocol/Sasl.h"
#include "protocol/SmtpReply.h"
#include "roundtrip/RoundTripContext.h"
#include "roundtrip/RoundTripSession.h"

#include <QRegularExpression>

namespace mailfix {

Pop3Watcher::Pop3Watcher(RoundTripContext *context, QObject *parent)
    : MailboxWatcher(parent), m_context(context)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &Pop3Watcher::connectSession);
}

void Pop3Watcher::prepare()
{
    m_watching = false;
    connectSession();
}

void Pop3Watcher::watch(const QString &token)
{
    m_token = token;
    m_watching = true;
    connectSession();
}

void Pop3Watcher::stop()
{
    m_poll.stop();
    m_state = State::Done;
    if (m_session)
        m_session->close();
}

void Pop3Watcher::fail(const QString &detail)
{
    stop();
    Q_EMIT failed(detail);
}

void Pop3Watcher::connectSession()
{
    if (m_session) {
        m_session->close();
        m_session->deleteLater();
    }
    m_session = new RoundTripSession(m_context, ServerSide::Incoming, this);
    connect(m_session, &RoundTripSession::line, this, &Pop3Watcher::onLine);
    connect(m_session, &RoundTripSession::failed, this, [this](const QString &d) {
        if (m_state != State::Done && m_state != State::Idle && m_state != State::Quit)
            fail(d);
    });
    connect(m_session, &RoundTripSession::tlsUpgraded, this, &Pop3Watcher::login);
    m_state = State::Greeting;
    m_multi = false;
    m_lines.clear();
    m_session->open();
}

void Pop3Watcher::onLine(const QByteArray &line)
{
    if (m_multi) {
        if (line == ".") {
            m_multi = false;
            onMultiLine(std::exchange(m_lines, {}));
            return;
        }
        m_lines.append(line.startsWith("..") ? line.mid(1) : line);
        if (m_lines.size() > 100000)
            fail(tr("the server's listing has no end"));
        return;
    }
    if (line.startsWith("+OK"))
        onStatus(true, line);
    else if (line.startsWith("-ERR"))
        onStatus(false, line);
    else if (m_state != State::Greeting)
        fail(tr("not a POP3 reply: %1").arg(printable(line, 200)));
}

void Pop3Watcher::onStatus(bool ok, const QByteArray &line)
{
    const ServerSettings &s = m_context->settings().incoming;
    const QString shown = printable(line, 300);
    switch (m_state) {
    case State::Greeting: {
        if (!ok)
            return fail(tr("the server refused the connection: %1").arg(shown));
        static const QRegularExpression stamp(QStringLiteral("<[^<>@\\s]+@[^<>\\s]+>"));
        m_apopStamp = stamp.match(QString::fromLatin1(line)).captured(0).toLatin1();
        if (m_session->wantsStartTls()) {
            m_state = State::Stls;
            m_session->send(QByteArrayLiteral("STLS"));
            return;
        }
        login();
        return;
    }
    case State::Stls:
        if (!ok)
            return fail(tr("STLS refused: %1").arg(shown));
        m_session->startTls();
        return;
    case State::User:
        if (!ok)
            return fail(tr("the login was refused: %1").arg(shown));
        m_state = State::Pass;
        m_session->send("PASS " + s.password.reveal(), QStringLiteral("PASS ********"));
        return;
    case State::Pass:
    case State::Apop:
        if (!ok)
            return fail(tr("the login was refused: %1").arg(shown));
        m_state = m_noUidl ? State::Stat : State::Uidl;
        m_session->send(m_noUidl ? QByteArrayLiteral("STAT") : QByteArrayLiteral("UIDL"));
        return;
    case State::Uidl:
        if (!ok) {
            m_noUidl = true;
            m_state = State::Stat;
            m_session->send(QByteArrayLiteral("STAT"));
            return;
        }
        m_multi = true;
        return;
    case State::Stat: {
        if (!ok)
            return fail(tr("STAT failed: %1").arg(shown));
        const int count = line.split(' ').value(1).toInt();
        m_candidates.clear();
        if (m_watching)
            for (int n = m_knownCount + 1; n <= count; ++n)
                m_candidates.append({n, QByteArray::number(n)});
        else
            m_knownCount = count;
        if (m_watching)
            return nextCandidate();
        return quit();
    }
    case State::Top:
        if (!ok) {
            nextCandidate();
            return;
        }
        m_multi = true;
        return;
    case State::Dele:
        m_deleted = ok;
        quit();
        return;
    case State::Quit:
        m_session->close();
        if (!m_watching) {
            m_state = State::Idle;
            Q_EMIT ready();
        } else if (m_foundIt) {
            m_state = State::Done;
            const bool gone = ok && m_deleted;
            Q_EMIT deleted(gone, gone ? tr("the test message was deleted")
                                      : tr("the server did not confirm the deletion: %1").arg(shown));
        } else if (m_state != State::Done) {
            m_state = State::Idle;
            m_poll.start(1000);
        }
        return;
    default:
        return;
    }
}

void Pop3Watcher::onMultiLine(const QList<QByteArray> &lines)
{
    if (m_state == State::Uidl) {
        m_candidates.clear();
        for (const QByteArray &l : lines) {
            const QList<QByteArray> parts = l.split(' ');
            if (parts.size() < 2)
                continue;
            if (!m_watching)
                m_known.insert(parts.at(1));
            else if (!m_known.contains(parts.at(1)))
                m_candidates.append({parts.at(0).toInt(), parts.at(1)});
        }
        if (!m_watching)
            return quit();
        return nextCandidate();
    }
    if (m_state == State::Top) {
        // Only the header: is this our message?
        QByteArray subject;
        bool inSubject = false;
        for (const QByteArray &l : lines) {
            if (l.isEmpty())
                break;
            if (inSubject && (l.startsWith(' ') || l.startsWith('\t'))) {
                subject += l;
                continue;
            }
            inSubject = l.toLower().startsWith("subject:");
            if (inSubject)
                subject = l.mid(8);
        }
        if (!m_token.isEmpty() && subject.contains(m_token.toUtf8())) {
            m_foundIt = true;
            Q_EMIT found();
            m_state = State::Dele;
            m_session->send("DELE " + QByteArray::number(m_current));
            return;
        }
        nextCandidate();
    }
}

void Pop3Watcher::nextCandidate()
{
    if (m_candidates.isEmpty())
        return quit();
    const auto [n, uid] = m_candidates.takeFirst();
    m_known.insert(uid); // not ours, or ours: never looked at twice
    if (m_noUidl)
        m_knownCount = std::max(m_knownCount, n);
    m_current = n;
    m_state = State::Top;
    m_session->send("TOP " + QByteArray::number(n) + " 0");
}

void Pop3Watcher::quit()
{
    m_state = State::Quit;
    m_session->send(QByteArrayLiteral("QUIT"));
}

void Pop3Watcher::login()
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
        if (s.auth == AuthMethod::Md5 && !m_apopStamp.isEmpty()) {
            m_state = State::Apop;
            m_session->send("APOP " + user + ' ' + Sasl::apop(m_apopStamp, s.password.reveal()),
                            QStringLiteral("APOP %1 ********").arg(QString::fromUtf8(user)));
            return;
        }
        m_state = State::User;
        m_session->send("USER " + user);
    });
}

} // namespace mailfix
