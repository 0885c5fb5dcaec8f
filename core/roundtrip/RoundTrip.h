// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckOptions.h"
#include "account/AccountSettings.h"
#include "model/CheckReport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace mailfix {

class ConsentProvider;
class MailboxWatcher;
class RoundTripContext;
class SmtpSender;

/// What one round trip found: the check step "roundtrip" and its findings.
struct RoundTripResult
{
    StepStatus status = StepStatus::Skipped;
    qint64 deliveryMs = -1; ///< from the server's "queued" to the message in the mailbox
    qint64 elapsedMs = 0;   ///< the whole round trip
    QString detail;
    QList<Finding> findings; ///< roundtrip.not_delivered / .rejected / .slow
    QList<TranscriptLine> transcript;
    bool deleted = false; ///< the test message was removed again
};

/// The send-and-receive round trip (CONTRACT.md section 7), run after a passing check:
/// logs in to the incoming server, sends one short message "Mailfix test <id>" from the
/// account to itself through the outgoing server, watches for it (IMAP INBOX with IDLE
/// or polling, POP3 polling) for at most the given time, reports the delivery time and
/// deletes exactly that message. It is the only part of Mailfix that sends DATA.
class RoundTrip : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 60000;
    static constexpr int SlowMs = 30000;

    explicit RoundTrip(QObject *parent = nullptr);
    ~RoundTrip() override;

    /// Starts; finished() follows exactly once. \a consent may be nullptr ("never").
    void start(const AccountSettings &settings, const CheckOptions &options, ConsentProvider *consent,
               int timeoutMs = DefaultTimeoutMs);
    void cancel();
    bool isRunning() const { return m_running; }

    static RoundTripResult runBlocking(const AccountSettings &settings, const CheckOptions &options,
                                       ConsentProvider *consent, int timeoutMs = DefaultTimeoutMs);
    /// Why no round trip can follow \a check (errors, a side missing, a login not
    /// verified); empty when it can.
    static QString skipReason(const CheckReport &check);
    static RoundTripResult skipped(const QString &why);
    /// Adds the step "roundtrip", the findings and the transcript to \a report.
    static void addTo(CheckReport &report, const RoundTripResult &result);
    /// The subject of the test message for \a id.
    static QString subjectFor(const QString &id) { return QStringLiteral("Mailfix test ") + id; }

Q_SIGNALS:
    void finished(const mailfix::RoundTripResult &result);

private:
    void onReady();
    void onAccepted(const QString &reply);
    void onRejected(const QString &reply);
    void onFound();
    void onDeleted(bool ok, const QString &detail);
    void onTimeout();
    void finish(StepStatus status, const QString &detail);
    QByteArray message() const;

    RoundTripContext *m_context = nullptr;
    SmtpSender *m_sender = nullptr;
    MailboxWatcher *m_watcher = nullptr;
    QTimer m_timeout;
    QElapsedTimer m_sinceQueued;
    RoundTripResult m_result;
    QString m_id;
    QString m_queuedReply;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_running = false;
    bool m_found = false;
};

} // namespace mailfix
