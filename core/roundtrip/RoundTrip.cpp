// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundTrip.h"

#include "model/Codes.h"
#include "roundtrip/ImapWatcher.h"
#include "roundtrip/Pop3Watcher.h"
#include "roundtrip/RoundTripContext.h"
#include "roundtrip/SmtpSender.h"

#include <QDateTime>
#include <QEventLoop>
#include <QRandomGenerator>

namespace mailfix {

namespace {

bool stepPassed(const CheckReport &r, const QString &id)
{
    for (const CheckStep &s : r.checks)
        if (s.id == id)
            return s.status == StepStatus::Pass;
    return false;
}

QString seconds(qint64 ms)
{
    if (ms % 1000 == 0 || ms >= 10000)
        return QString::number(qRound64(ms / 1000.0));
    return QString::number(ms / 1000.0, 'f', 2);
}

} // namespace

RoundTrip::RoundTrip(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &RoundTrip::onTimeout);
}

RoundTrip::~RoundTrip()
{
    delete m_sender;
    delete m_watcher;
    delete m_context;
}

QString RoundTrip::skipReason(const CheckReport &check)
{
    if (check.cancelled)
        return tr("the check was cancelled");
    if (!check.ok())
        return tr("the check found errors: mail cannot make the trip until they are fixed");
    const AccountSettings &s = check.settings;
    if (!s.hasSide(ServerSide::Incoming) || !s.hasSide(ServerSide::Outgoing))
        return tr("the round trip needs both the incoming and the outgoing server");
    if (!stepPassed(check, QStringLiteral("incoming.") + Step::Login))
        return tr("the login to the incoming server was not verified (no password, or not tried)");
    const bool smtpLogin = !s.outgoing.user.trimmed().isEmpty() && s.outgoing.auth != AuthMethod::None;
    if (smtpLogin && !stepPassed(check, QStringLiteral("outgoing.") + Step::Auth))
        return tr("the login to the outgoing server was not verified (no password, or not tried)");
    return {};
}

RoundTripResult RoundTrip::skipped(const QString &why)
{
    RoundTripResult r;
    r.status = StepStatus::Skipped;
    r.detail = why;
    return r;
}

void RoundTrip::addTo(CheckReport &report, const RoundTripResult &result)
{
    CheckStep step;
    step.id = Step::Roundtrip;
    step.status = result.status;
    // Delivered: the delivery time; otherwise how long the round trip tried.
    step.elapsedMs = result.deliveryMs >= 0 ? result.deliveryMs : std::max<qint64>(0, result.elapsedMs);
    step.detail = result.detail;
    report.checks.append(step);
    report.findings += result.findings;
    for (TranscriptLine l : result.transcript) {
        l.tMs += report.totalMs;
        report.transcript.append(l);
    }
    report.sortFindings();
}

void RoundTrip::start(const AccountSettings &settings, const CheckOptions &options, ConsentProvider *consent,
                      int timeoutMs)
{
    m_result = RoundTripResult();
    m_found = false;
    m_running = true;
    m_timeoutMs = std::max(1, timeoutMs);
    m_id = QString::number(QRandomGenerator::system()->generate64(), 36)
               .toUpper()
               .rightJustified(12, QLatin1Char('0'));
    delete m_context;
    m_context = new RoundTripContext(settings, options, consent, this);
    m_sender = new SmtpSender(m_context, this);
    if (settings.incomingType == IncomingType::Imap)
        m_watcher = new ImapWatcher(m_context, this);
    else
        m_watcher = new Pop3Watcher(m_context, this);
    connect(m_watcher, &MailboxWatcher::ready, this, &RoundTrip::onReady);
    connect(m_watcher, &MailboxWatcher::found, this, &RoundTrip::onFound);
    connect(m_watcher, &MailboxWatcher::deleted, this, &RoundTrip::onDeleted);
    connect(m_watcher, &MailboxWatcher::failed, this, [this](const QString &d) {
        finish(StepStatus::Fail, m_found ? tr("The message arrived, but: %1").arg(d)
                                         : tr("The incoming server could not be watched: %1").arg(d));
    });
    connect(m_sender, &SmtpSender::accepted, this, &RoundTrip::onAccepted);
    connect(m_sender, &SmtpSender::rejected, this, &RoundTrip::onRejected);
    connect(m_sender, &SmtpSender::failed, this, [this](const QString &d) {
        finish(StepStatus::Fail, tr("The test message could not be sent: %1").arg(d));
    });
    // First the mailbox (so a fast delivery is not missed), then the message.
    m_watcher->prepare();
}

void RoundTrip::onReady()
{
    m_sender->send(message());
}

QByteArray RoundTrip::message() const
{
    const AccountSettings &s = m_context->settings();
    const QByteArray email = s.email.trimmed().toUtf8();
    const QByteArray domain = email.mid(email.lastIndexOf('@') + 1);
    QByteArray m;
    m += "From: <" + email + ">\r\n";
    m += "To: <" + email + ">\r\n";
    m += "Subject: " + subjectFor(m_id).toLatin1() + "\r\n";
    m += "Date: " + QDateTime::currentDateTime().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    m += "Message-ID: <mailfix-" + m_id.toLatin1() + '@' + domain + ">\r\n";
    m += "Auto-Submitted: auto-generated\r\n";
    m += "MIME-Version: 1.0\r\n";
    m += "Content-Type: text/plain; charset=us-ascii\r\n";
    m += "\r\n";
    m += "Mailfix sent this message to itself to test that mail goes out and comes back.\r\n";
    m += "It deletes the message when it arrives; if you see it, you may delete it.\r\n";
    return m;
}

void RoundTrip::onAccepted(const QString &reply)
{
    m_queuedReply = reply;
    m_sinceQueued.start();
    m_timeout.start(m_timeoutMs);
    m_watcher->watch(subjectFor(m_id));
}

void RoundTrip::onRejected(const QString &reply)
{
    Finding f = Finding::make(Code::RoundtripRejected, Field::Email, reply);
    f.title = tr("The outgoing server refused the test message");
    f.fix = {tr("The server accepted the login but refused the message itself. Its reply says why: "
                "ask the mail provider about it, quoting the reply."),
             tr("Until then, messages from the phone will be refused the same way.")};
    m_result.findings.append(f);
    finish(StepStatus::Fail, tr("Refused: %1").arg(reply));
}

void RoundTrip::onFound()
{
    m_found = true;
    m_timeout.stop();
    m_result.deliveryMs = m_sinceQueued.elapsed();
    // Deleting it is the last step; give it one step deadline.
    m_timeout.start(m_context->options().stepTimeoutMs);
}

void RoundTrip::onDeleted(bool ok, const QString &detail)
{
    m_result.deleted = ok;
    const qint64 ms = m_result.deliveryMs;
    if (ms > SlowMs) {
        Finding f =
            Finding::make(Code::RoundtripSlow, QString(),
                          tr("Arrived %1 s after the server took it").arg(seconds(ms)), Severity::Warning);
        f.title = tr("Mail to this account arrives slowly");
        f.fix = {tr("The test message took %1 seconds from the outgoing server to the mailbox. "
                    "Mail works, but a delay this long is worth asking the provider about.")
                     .arg(seconds(ms))};
        m_result.findings.append(f);
    }
    finish(StepStatus::Pass, tr("Delivered in %1 s; %2").arg(seconds(ms), detail));
}

void RoundTrip::onTimeout()
{
    if (m_found) {
        finish(StepStatus::Pass,
               tr("Delivered in %1 s; deleting it got no answer in time").arg(seconds(m_result.deliveryMs)));
        return;
    }
    const QString evidence = tr("Sent \"%1\"; the outgoing server said \"%2\"; not in the mailbox after %3 s")
                                 .arg(subjectFor(m_id), m_queuedReply, seconds(m_timeoutMs));
    Finding f = Finding::make(Code::RoundtripNotDelivered, QString(), evidence);
    f.title = tr("The test message was sent but never arrived");
    f.fix = {tr("The outgoing server took the message, but it did not reach this account's mailbox within %1 "
                "seconds.")
                 .arg(seconds(m_timeoutMs)),
             tr("Look for it in the Junk folder; if it is not there, ask the mail provider, quoting the "
                "server's reply.")};
    m_result.findings.append(f);
    finish(StepStatus::Fail, evidence);
}

void RoundTrip::cancel()
{
    if (m_running)
        finish(StepStatus::Skipped, tr("cancelled"));
}

void RoundTrip::finish(StepStatus status, const QString &detail)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    if (m_watcher)
        m_watcher->stop();
    m_result.status = status;
    m_result.detail = detail;
    m_result.transcript = m_context->transcript();
    m_result.elapsedMs = m_context->elapsedMs();
    // The objects may be on the call stack: free them later.
    for (QObject *o : {static_cast<QObject *>(m_sender), static_cast<QObject *>(m_watcher),
                       static_cast<QObject *>(m_context)})
        if (o)
            o->deleteLater();
    m_sender = nullptr;
    m_watcher = nullptr;
    m_context = nullptr;
    Q_EMIT finished(m_result);
}

RoundTripResult RoundTrip::runBlocking(const AccountSettings &settings, const CheckOptions &options,
                                       ConsentProvider *consent, int timeoutMs)
{
    RoundTrip rt;
    RoundTripResult result;
    QEventLoop loop;
    connect(&rt, &RoundTrip::finished, &loop, [&](const RoundTripResult &r) {
        result = r;
        loop.quit();
    });
    rt.start(settings, options, consent, timeoutMs);
    if (rt.isRunning())
        loop.exec();
    return result;
}

} // namespace mailfix
