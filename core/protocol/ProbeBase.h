// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/CheckContext.h"
#include "net/CertificateInfo.h"
#include "net/LineReader.h"
#include "net/Resolver.h"
#include "net/Transport.h"
#include "protocol/Observation.h"
#include "model/CheckReport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mailfix {

/// Shared machinery of the SMTP, IMAP and POP3 probes: resolve, connect (Happy
/// Eyeballs), implicit TLS or plain-first with a TLS sniff on silence, deadlines
/// per step, line reading with limits, STARTTLS with injection detection,
/// certificate evaluation and the consent gate for credentials.
class ProbeBase : public QObject
{
    Q_OBJECT
public:
    ProbeBase(CheckContext *context, ServerSide side, QObject *parent = nullptr);
    ~ProbeBase() override;

    void start();
    void cancel();
    /// The check's overall deadline passed: report the current step as timed out.
    void expire() { onDeadline(); }
    bool isFinished() const { return m_finished; }
    ServerSide side() const { return m_side; }
    /// What the probe saw, in order; strings redacted. Complete once finished().
    const QList<Observation> &observations() const { return m_observations; }
    const QList<CheckStep> &steps() const { return m_steps; }

    static bool isImplicitTlsPort(int port) { return port == 465 || port == 993 || port == 995; }
    /// Ports whose servers greet in plain text first (STARTTLS when Use SSL is on).
    static bool isKnownPlainPort(int port)
    {
        return port == 25 || port == 587 || port == 143 || port == 110 || port == 2525;
    }
    /// "SMTP", "IMAP", "POP3", "HTTP", "SSH", "FTP", "TLS" or "unknown" from a first line.
    static QString detectProtocol(const QByteArray &firstLine);

Q_SIGNALS:
    void stepUpdated(const mailfix::CheckStep &step);
    void finished();

protected:
    // What a protocol supplies.
    virtual MailProtocol protocol() const = 0;
    QString protocolName() const { return mailfix::protocolName(protocol()); }
    virtual QStringList stepLeaves() const = 0;      ///< all steps in order, e.g. {"dns","connect",...}
    virtual void onLine(const QByteArray &line) = 0; ///< one server line (literals folded in for IMAP)
    virtual void onTlsUpgraded() = 0;                ///< STARTTLS handshake done; speak again
    /// Bytes at the start of \a line that are the protocol's status token ("250-",
    /// "* OK", "+OK"): kept when the line is redacted, so a short password cannot
    /// garble a reply code. The rest of every line is redacted before anyone sees it.
    virtual qsizetype statusPrefix(const QByteArray &line) const
    {
        Q_UNUSED(line);
        return 0;
    }

    // Steps.
    QString stepId(const QString &leaf) const { return sideName(m_side) + QLatin1Char('.') + leaf; }
    void beginStep(const QString &leaf);
    void endStep(const QString &leaf, StepStatus status, const QString &detail = {});
    void pass(const QString &leaf, const QString &detail = {}) { endStep(leaf, StepStatus::Pass, detail); }
    void fail(const QString &leaf, const QString &detail = {}) { endStep(leaf, StepStatus::Fail, detail); }
    void skip(const QString &leaf, const QString &detail = {}) { endStep(leaf, StepStatus::Skipped, detail); }
    QString currentStep() const { return m_current; }
    void rearmDeadline();

    // Observations: what the server said and did. Diagnosis decides what it means.
    /// Records one observation with the connection's facts filled in; the reference
    /// is valid until the next observe().
    Observation &observe(Observation::Kind kind);
    /// A first line that belongs to another protocol: observe it and stop.
    void reportMismatch(const QByteArray &line);

    // Wire.
    /// Sends \a wire; the transcript shows \a shown (or the redacted, escaped wire).
    void send(const QByteArray &wire, const QString &shown = {});
    /// A server's raw line, redacted at the byte level (every encoding of a password,
    /// before anything escapes or cuts it).
    QByteArray redactLine(const QByteArray &line) const;
    void note(const QString &event) { m_context->record(sideName(m_side), QLatin1Char('*'), event); }
    /// Server said "go ahead" to STARTTLS: refuse if anything followed in the same read.
    void upgradeToTls();
    void setFoldLiterals(bool on) { m_foldLiterals = on; }
    /// Finishes the probe: closes the connection, marks steps not reached as skipped.
    void finish();

    // Security state.
    bool isEncrypted() const { return m_transport && m_transport->isEncrypted(); }
    bool certificateTrusted() const { return m_certTrusted; }
    /// Calls proceed(true) when credentials may be sent now: trusted TLS, or the user's
    /// explicit consent (accepted certificate / plaintext allowed). Deadline paused meanwhile.
    void withCredentialConsent(std::function<void(bool allowed)> proceed);

    const ServerSettings &server() const { return m_context->settings().server(m_side); }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    CheckContext *context() const { return m_context; }
    const CertificateInfo &certificate() const { return m_cert; }
    bool isImplicitTls() const { return m_implicitTls; }
    QHostAddress localAddress() const { return m_transport ? m_transport->localAddress() : QHostAddress(); }
    /// "EHLO"-style literal of our own address: "[192.0.2.1]" or "[IPv6:...]".
    QByteArray addressLiteral() const;
    /// We said goodbye (or only the goodbye's reply is still due): a close by the
    /// server from now on is expected, and silence past a short grace ends the probe
    /// without a finding.
    void expectClose();
    static constexpr int GoodbyeGraceMs = 1500;

private:
    void onResolved(const Resolver::Answer &answer);
    void openTransport(Transport *t, bool implicitTls);
    /// Makes \a t the probe's connection: its bytes, TLS and errors come here.
    void adopt(Transport *t, bool implicitTls);
    /// Stops listening to \a t, closes it and forgets it.
    void discard(Transport *&t);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onClosed();
    void onFailed(Transport::Error error, const QString &detail);
    void onDeadline();
    void startTlsSniff();
    void onSniffEncrypted();
    void evaluateCertificate();
    void sniffPlainText(const QString &tlsError);
    void processBuffer();

    CheckContext *m_context;
    ServerSide m_side;
    QString m_host;
    quint16 m_port = 0;
    bool m_implicitTls = false;
    bool m_upgrading = false;
    bool m_greeted = false;
    bool m_finished = false;
    bool m_certTrusted = false;
    bool m_foldLiterals = false;
    bool m_paused = false;
    bool m_closing = false;
    bool m_plainSniffed = false;
    Transport *m_transport = nullptr;
    Transport *m_sniff = nullptr;
    QList<QHostAddress> m_addresses;
    LineReader m_reader;
    qint64 m_bytesIn = 0;
    qint64 m_literalNeeded = -1;
    QByteArray m_literalAccum;
    QTimer m_deadline;
    QTimer m_sniffTimer;
    QString m_current;
    QList<CheckStep> m_steps;
    QList<Observation> m_observations;
    QHash<QString, qint64> m_stepStart;
    CertificateInfo m_cert;
    QString m_greeting; ///< the server's accepted greeting (goes into every observation)
    QString m_lastSent;
    qint64 m_lastSendMs = -1;
};

} // namespace mailfix
