// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckOptions.h"
#include "account/AccountSettings.h"
#include "net/Resolver.h"
#include "model/CheckReport.h"
#include "model/Redactor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>
#include <functional>

namespace mailfix {

class ConsentProvider;
class Transport;

/// What all probes of one check share: settings, options, one resolver, one clock,
/// the redacted transcript and the way to make a transport.
class CheckContext : public QObject
{
    Q_OBJECT
public:
    using TransportFactory = std::function<Transport *(QObject *parent)>;

    CheckContext(const AccountSettings &settings, const CheckOptions &options, ConsentProvider *consent,
                 QObject *parent = nullptr);
    ~CheckContext() override;

    const AccountSettings &settings() const { return m_settings; }
    const CheckOptions &options() const { return m_options; }
    ConsentProvider *consent() const { return m_consent; }
    Resolver &resolver() { return m_resolver; }
    const Redactor &redactor() const { return m_redactor; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    QSslConfiguration tlsConfiguration() const { return m_tls; }

    Transport *createTransport(QObject *parent);
    void setTransportFactory(TransportFactory factory) { m_factory = std::move(factory); }

    /// Adds a redacted line to the transcript; stops adding past the size cap.
    void record(const QString &server, QChar dir, const QString &text);
    const QList<TranscriptLine> &transcript() const { return m_transcript; }
    bool transcriptTruncated() const { return m_truncated; }

Q_SIGNALS:
    void transcriptLine(const mailfix::TranscriptLine &line);

private:
    AccountSettings m_settings;
    CheckOptions m_options;
    ConsentProvider *m_consent;
    Resolver m_resolver;
    Redactor m_redactor;
    QElapsedTimer m_clock;
    QSslConfiguration m_tls;
    TransportFactory m_factory;
    QList<TranscriptLine> m_transcript;
    qint64 m_transcriptBytes = 0;
    bool m_truncated = false;
};

} // namespace mailfix
