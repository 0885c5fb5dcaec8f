// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckOptions.h"
#include "account/AccountSettings.h"
#include "model/CheckReport.h"
#include "net/Resolver.h"
#include "model/Redactor.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslConfiguration>

namespace mailfix {

class ConsentProvider;
class Transport;

/// What the sessions of one round trip share: settings, options, consent, one
/// resolver, one clock and the redacted transcript.
class RoundTripContext : public QObject
{
    Q_OBJECT
public:
    RoundTripContext(const AccountSettings &settings, const CheckOptions &options, ConsentProvider *consent,
                     QObject *parent = nullptr);
    ~RoundTripContext() override;

    const AccountSettings &settings() const { return m_settings; }
    const CheckOptions &options() const { return m_options; }
    ConsentProvider *consent() const { return m_consent; }
    Resolver &resolver() { return m_resolver; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    Transport *createTransport(QObject *parent);

    void record(const QString &server, QChar dir, const QString &text);
    const QList<TranscriptLine> &transcript() const { return m_transcript; }

private:
    AccountSettings m_settings;
    CheckOptions m_options;
    ConsentProvider *m_consent;
    Resolver m_resolver;
    Redactor m_redactor;
    QElapsedTimer m_clock;
    QSslConfiguration m_tls;
    QList<TranscriptLine> m_transcript;
    qint64 m_transcriptBytes = 0;
};

} // namespace mailfix
