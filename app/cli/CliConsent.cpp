// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliConsent.h"

#include "net/CertificateInfo.h"

namespace mailfix {

void CliConsent::askAcceptCertificate(const CertificateInfo &certificate, std::function<void(bool)> answer)
{
    answer(!certificate.sha256.isEmpty() && m_options.acceptedCertificates.contains(certificate.sha256.toLower()));
}

void CliConsent::askPlaintextLogin(const QString &host, quint16 port, std::function<void(bool)> answer)
{
    Q_UNUSED(host)
    Q_UNUSED(port)
    answer(m_options.allowPlaintextLogin);
}

} // namespace mailfix
