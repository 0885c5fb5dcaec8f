// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckOptions.h"
#include "protocol/ConsentProvider.h"

namespace mailfix {

/// The command line answers the core's questions from its options only: it never asks.
class CliConsent : public ConsentProvider
{
public:
    explicit CliConsent(const CheckOptions &options) : m_options(options) {}
    void askAcceptCertificate(const CertificateInfo &certificate, std::function<void(bool)> answer) override;
    void askPlaintextLogin(const QString &host, quint16 port, std::function<void(bool)> answer) override;

private:
    const CheckOptions &m_options;
};

} // namespace mailfix
