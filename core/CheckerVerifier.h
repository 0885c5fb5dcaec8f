// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckOptions.h"
#include "discovery/CandidateVerifier.h"

namespace mailfix {

class ConsentProvider;

/// Checks discovery's candidates with the Checker: the same probes, options and
/// consent rules as a check.
class CheckerVerifier : public CandidateVerifier
{
public:
    /// \a consent must outlive the search; nullptr means "never consent".
    CheckerVerifier(const CheckOptions &options, ConsentProvider *consent)
        : m_options(options), m_consent(consent)
    {
    }
    QObject *start(const AccountSettings &settings, int stepTimeoutMs,
                   std::function<void(const CheckReport &)> done) override;

private:
    CheckOptions m_options;
    ConsentProvider *m_consent;
};

} // namespace mailfix
