// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checker.h"
#include "protocol/ConsentProvider.h"
#include "diagnosis/Diagnosis.h"
#include "wording/FixCatalog.h"
#include "diagnosis/Validator.h"
#include "protocol/ImapProbe.h"
#include "protocol/Pop3Probe.h"
#include "protocol/SmtpProbe.h"

#include <QEventLoop>

namespace mailfix {

class Checker::PausingConsent : public ConsentProvider
{
public:
    PausingConsent(Checker *checker, ConsentProvider *inner) : m_checker(checker), m_inner(inner) {}
    void askAcceptCertificate(const CertificateInfo &certificate, std::function<void(bool)> answer) override
    {
        m_checker->questionAsked();
        QPointer<Checker> guard(m_checker);
        m_inner->askAcceptCertificate(certificate, [guard, answer](bool ok) {
            if (guard)
                guard->questionAnswered();
            answer(ok);
        });
    }
    void askPlaintextLogin(const QString &host, quint16 port, std::function<void(bool)> answer) override
    {
        m_checker->questionAsked();
        QPointer<Checker> guard(m_checker);
        m_inner->askPlaintextLogin(host, port, [guard, answer](bool ok) {
            if (guard)
                guard->questionAnswered();
            answer(ok);
        });
    }

private:
    Checker *m_checker;
    ConsentProvider *m_inner;
};

void Checker::questionAsked()
{
    if (m_openQuestions++ == 0) {
        m_questionClock.start();
        if (m_overall.isActive()) {
            m_remainingMs = m_overall.remainingTime();
            m_overall.stop();
        }
    }
}

void Checker::questionAnswered()
{
    if (--m_openQuestions == 0 && m_questionClock.isValid()) {
        m_questionMs += m_questionClock.elapsed();
        m_questionClock.invalidate();
    }
    if (m_openQuestions == 0 && m_running)
        m_overall.start(std::max(m_remainingMs, 0));
}

Checker::Checker(QObject *parent) : QObject(parent)
{
    m_overall.setSingleShot(true);
    connect(&m_overall, &QTimer::timeout, this, [this] {
        // The whole check's deadline: whatever step each probe is in has run out of time.
        for (ProbeBase *p : std::as_const(m_probes))
            p->expire();
    });
}

Checker::~Checker()
{
    for (ProbeBase *p : std::as_const(m_probes))
        p->disconnect(this);
}

void Checker::start(const AccountSettings &settings, const CheckOptions &options)
{
    if (m_running)
        cancel();
    qDeleteAll(m_probes);
    m_probes.clear();
    delete m_context;
    m_report = CheckReport();
    m_report.settings = settings;
    m_running = true;

    m_report.findings = Validator::validate(settings);
    m_openQuestions = 0;
    m_questionMs = 0;
    m_questionClock.invalidate();
    m_pausingConsent = m_consent ? std::make_unique<PausingConsent>(this, m_consent) : nullptr;
    m_context = new CheckContext(settings, options, m_pausingConsent.get(), this);
    if (m_factory)
        m_context->setTransportFactory(m_factory);
    connect(m_context, &CheckContext::transcriptLine, this, &Checker::transcriptLine);

    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        if (!settings.hasSide(side) || !Validator::sideUsable(m_report.findings, side))
            continue;
        ProbeBase *probe = nullptr;
        if (side == ServerSide::Outgoing)
            probe = new SmtpProbe(m_context, this);
        else if (settings.incomingType == IncomingType::Imap)
            probe = new ImapProbe(m_context, this);
        else
            probe = new Pop3Probe(m_context, this);
        connect(probe, &ProbeBase::stepUpdated, this, &Checker::updateStep);
        connect(probe, &ProbeBase::finished, this, &Checker::onProbeFinished, Qt::QueuedConnection);
        m_probes.append(probe);
    }
    // Both sides from the first packet on.
    for (ProbeBase *p : std::as_const(m_probes))
        p->start();
    m_overall.start(options.effectiveTotalTimeoutMs());
    if (m_probes.isEmpty())
        QTimer::singleShot(0, this, &Checker::complete);
}

void Checker::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    for (ProbeBase *p : std::as_const(m_probes))
        p->cancel();
}

void Checker::updateStep(const CheckStep &step)
{
    bool found = false;
    for (CheckStep &s : m_report.checks) {
        if (s.id == step.id) {
            s = step;
            found = true;
        }
    }
    if (!found)
        m_report.checks.append(step);
    Q_EMIT stepUpdated(step);
    int done = 0;
    for (const CheckStep &s : std::as_const(m_report.checks))
        done += (s.status != StepStatus::Pending && s.status != StepStatus::Running) ? 1 : 0;
    Q_EMIT progress(done, int(m_report.checks.size()));
}

void Checker::onProbeFinished()
{
    if (std::all_of(m_probes.cbegin(), m_probes.cend(), [](const ProbeBase *p) { return p->isFinished(); }))
        complete();
}

void Checker::complete()
{
    if (!m_running)
        return;
    m_running = false;
    m_overall.stop();
    for (const ProbeBase *p : std::as_const(m_probes))
        m_report.findings.append(Diagnosis::findings(p->observations(), m_report.settings));
    for (const CheckStep &step : Diagnosis::correctSteps(m_report.checks, m_report.findings))
        Q_EMIT stepUpdated(step);
    Diagnosis::conclude(m_report);
    // Titles and fix steps from redacted values only (the report's strings are redacted where they enter).
    const AccountSettings shown = m_report.redactValues(m_context->redactor());
    for (Finding &f : m_report.findings)
        FixCatalog::describe(f, shown);
    if (m_context) {
        m_report.transcript = m_context->transcript();
        // The check's own time: the seconds a question (a certificate, a plaintext login) waited
        // for the person do not count, also for one still open when the check ends.
        const qint64 open = m_questionClock.isValid() ? m_questionClock.elapsed() : 0;
        m_report.totalMs = std::max<qint64>(0, m_context->elapsedMs() - m_questionMs - open);
    }
    Q_EMIT finished(m_report);
}

CheckReport Checker::runBlocking(const AccountSettings &settings, const CheckOptions &options, ConsentProvider *consent)
{
    Checker checker;
    checker.setConsentProvider(consent);
    QEventLoop loop;
    CheckReport result;
    connect(&checker, &Checker::finished, &loop, [&](const CheckReport &r) {
        result = r;
        loop.quit();
    });
    checker.start(settings, options);
    if (checker.isRunning())
        loop.exec();
    return result;
}

} // namespace mailfix
