// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/CheckContext.h"
#include "model/CheckOptions.h"
#include "account/AccountSettings.h"
#include "model/CheckReport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace mailfix {

class ConsentProvider;
class ProbeBase;

/// Runs one whole check: static validation, then the incoming and outgoing probes at
/// once, then the diagnosis and fix wording. The wizard and the CLI both use it.
class Checker : public QObject
{
    Q_OBJECT
public:
    explicit Checker(QObject *parent = nullptr);
    ~Checker() override;

    /// The consent provider must outlive the check; nullptr means "never consent".
    void setConsentProvider(ConsentProvider *consent) { m_consent = consent; }
    /// For tests: transports other than real sockets.
    void setTransportFactory(CheckContext::TransportFactory factory) { m_factory = std::move(factory); }

    /// Starts the check; emits finished() exactly once (also after cancel()).
    void start(const AccountSettings &settings, const CheckOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const CheckReport &report() const { return m_report; }

    /// Runs a check to the end in a local event loop (CLI, tests).
    static CheckReport runBlocking(const AccountSettings &settings, const CheckOptions &options,
                                   ConsentProvider *consent = nullptr);

Q_SIGNALS:
    void stepUpdated(const mailfix::CheckStep &step);
    void transcriptLine(const mailfix::TranscriptLine &line);
    /// Progress 0..total steps done, for a progress bar.
    void progress(int done, int total);
    void finished(const mailfix::CheckReport &report);

private:
    void onProbeFinished();
    void complete();
    void updateStep(const CheckStep &step);

    /// Passes questions on to m_consent and stops the check's clock while a person
    /// is reading one (a certificate deserves more than the check's deadline).
    class PausingConsent;
    void questionAsked();
    void questionAnswered();

    ConsentProvider *m_consent = nullptr;
    std::unique_ptr<PausingConsent> m_pausingConsent;
    int m_openQuestions = 0;
    int m_remainingMs = 0;
    QElapsedTimer m_questionClock; ///< runs while a question waits for the person
    qint64 m_questionMs = 0;       ///< time questions were open: not part of the check's time
    CheckContext::TransportFactory m_factory;
    CheckContext *m_context = nullptr;
    QList<ProbeBase *> m_probes;
    CheckReport m_report;
    QTimer m_overall;
    bool m_running = false;
};

} // namespace mailfix
