// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace mailfix {

/// How a check runs; the same for the wizard and the CLI.
struct CheckOptions
{
    int stepTimeoutMs = 6000;     ///< deadline of every single network step
    /// Deadline of the whole check; 0: the step deadline plus one second, so the check
    /// never outlasts its longest deadline by more than a second.
    int totalTimeoutMs = 0;
    int effectiveTotalTimeoutMs() const { return totalTimeoutMs > 0 ? totalTimeoutMs : stepTimeoutMs + 1000; }
    QList<QSslCertificate> extraCaCertificates; ///< trusted besides the system's (--ca-file)
    QString relayRecipient = QStringLiteral("mailfix-relay-test@example.com");
    bool allowPlaintextLogin = false;           ///< --allow-plaintext-login
    QStringList acceptedCertificates;           ///< SHA-256 hex of certificates the user accepted
    // Limits against hostile servers.
    int maxLineBytes = 16 * 1024;
    int maxReplyLines = 200;
    qint64 maxBytesPerConnection = 1024 * 1024;
    qint64 maxTranscriptBytes = 512 * 1024;
};

} // namespace mailfix
