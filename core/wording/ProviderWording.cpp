// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/ProviderWording.h"

#include "diagnosis/ProviderAdvice.h"
#include "wording/FixSteps.h"
#include "wording/PhonePaths.h"

namespace mailfix::wording {

// A provider rule's own words (core/diagnosis/ProviderAdvice), with this phone's paths.
// Without a rule, the code's wording keeps the provider advice of FixWordingLogin.cpp.
bool ProviderWording::describe(const FixContext &c, FixText &text)
{
    if (c.f.facts.rule.isEmpty() || !c.provider)
        return false;
    ProviderDirectory::Provider::Rule when;
    when.since = QDate::fromString(c.f.facts.since, Qt::ISODate);
    when.confirmed = c.f.facts.sinceConfirmed;
    ProviderAdvice::Phone phone;
    phone.addAccountPath = addAccountPath(c);
    phone.deleteAccountStep = deleteAccountStep(c);
    phone.passwordField = c.side == Side::None ? c.label(Field::IncomingPassword) : c.labelOf("password");
    phone.updateIosPath = generalPath(c, {QStringLiteral("softwareUpdate")});
    const auto words = ProviderAdvice::words(c.f.facts.rule, *c.provider, when, c.protocolName(), phone);
    if (!words)
        return false;
    text = FixText{words->title, words->fix};
    return true;
}

} // namespace mailfix::wording
