// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/CheckContext.h"
#include "net/SocketTransport.h"

namespace mailfix {

CheckContext::CheckContext(const AccountSettings &settings, const CheckOptions &options, ConsentProvider *consent,
                           QObject *parent)
    : QObject(parent), m_settings(settings), m_options(options), m_consent(consent)
{
    m_clock.start();
    for (const Secret *s : {&settings.incoming.password, &settings.outgoing.password})
        m_redactor.addSecret(s->reveal());
    m_tls = SocketTransport::verifyingTls(options.extraCaCertificates);
}

CheckContext::~CheckContext() = default;

Transport *CheckContext::createTransport(QObject *parent)
{
    if (m_factory)
        return m_factory(parent);
    return new SocketTransport(m_tls, parent);
}

void CheckContext::record(const QString &server, QChar dir, const QString &text)
{
    if (m_truncated)
        return;
    TranscriptLine line{server, elapsedMs(), dir, m_redactor.redact(text)};
    m_transcriptBytes += line.text.size() + 16;
    if (m_transcriptBytes > m_options.maxTranscriptBytes) {
        m_truncated = true;
        line.dir = QLatin1Char('*');
        line.text = tr("[transcript truncated at %1 bytes]").arg(m_options.maxTranscriptBytes);
    }
    m_transcript.append(line);
    Q_EMIT transcriptLine(line);
}

} // namespace mailfix
