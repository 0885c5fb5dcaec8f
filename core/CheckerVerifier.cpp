// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckerVerifier.h"

#include "Checker.h"

namespace mailfix {

QObject *CheckerVerifier::start(const AccountSettings &settings, int stepTimeoutMs,
                                std::function<void(const CheckReport &)> done)
{
    auto *checker = new Checker;
    checker->setConsentProvider(m_consent);
    CheckOptions o = m_options;
    o.stepTimeoutMs = stepTimeoutMs;
    o.totalTimeoutMs = 0;
    QObject::connect(checker, &Checker::finished, checker, [done](const CheckReport &r) { done(r); });
    checker->start(settings, o);
    return checker;
}

} // namespace mailfix
