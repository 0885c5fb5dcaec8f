// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundTripContext.h"

#include "net/SocketTransport.h"

namespace mailfix {

RoundTripContext::RoundTripContext(const AccountSettings &settings, const CheckOptions &options,
                                   ConsentProvider *consent, QObject *parent)
    : QObject(parent), m_settings(settings), m_options(options), m_consent(consent)
{
    m_clock.start();
    for (const Secret *s : {&settings.incoming.password, &settings.outgoing.password})
        m_redactor.addSecret(s->reveal());
    m_tls = SocketTransport::verifyingTls(options.extraCaCertificates);
}

RoundTripContext::~RoundTripContext()
{
    m_settings.incoming.password.wipe();
    m_settings.outgoing.password.wipe();
}

Transport *RoundTripContext::createTransport(QObject *parent)
{
    return new SocketTransport(m_tls, parent);
}

void RoundTripContext::record(const QString &server, QChar dir, const QString &text)
{
    if (m_transcriptBytes > m_options.maxTranscriptBytes)
        return;
    TranscriptLine line{server, elapsedMs(), dir, m_redactor.redact(text)};
    m_transcriptBytes += line.text.size() + 16;
    m_transcript.append(line);
}

} // namespace mailfix
