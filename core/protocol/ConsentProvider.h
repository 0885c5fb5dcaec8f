// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/CertificateInfo.h"

#include <functional>

namespace mailfix {

/// The only way the core asks the person anything. Answers may come later (a dialog);
/// the probe waits, with its deadline paused.
class ConsentProvider
{
public:
    virtual ~ConsentProvider() = default;
    /// May the password go to this server although its certificate failed verification?
    virtual void askAcceptCertificate(const CertificateInfo &certificate, std::function<void(bool)> answer) = 0;
    /// May the password go to host:port without encryption?
    virtual void askPlaintextLogin(const QString &host, quint16 port, std::function<void(bool)> answer) = 0;
};

} // namespace mailfix
