// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "wording/FieldScreens.h"
#include "model/PhoneLanguage.h"
#include "wording/PhoneVocabulary.h"

#include <QString>
#include <QStringList>

namespace mailfix {

/// The phone's words for one customer: the labels and paths of iOS \a ios in the
/// phone's \a language, from the PhoneVocabulary table. The helpdesk's own
/// interface language plays no part here.
class Wording
{
public:
    explicit Wording(const IosVersion &ios = IosVersion(), PhoneLanguage language = PhoneLanguage::English,
                     const PhoneVocabulary &vocabulary = PhoneVocabulary::builtIn());

    const IosVersion &ios() const { return m_ios; }
    PhoneLanguage language() const { return m_language; }

    /// The phone's word \a id ("advanced", "primaryServer", ...).
    QString word(const QString &id) const;
    /// The phone's label for \a field: "Host Name", "Use SSL", ...; the field name when it has none.
    QString fieldLabel(const QString &field) const;
    /// The phone's label for an Authentication value ("MD5 Challenge-Response", ...).
    QString authLabel(AuthMethod method) const;

    /// \a parts joined with the language's separator (" > ").
    QString join(const QStringList &parts) const;
    /// Settings > ... > the list of mail accounts.
    QStringList accountsParts() const;
    /// The path to \a screen; \a account names the account's row in the list.
    QStringList screenParts(PhoneScreen screen, const QString &account) const;
    /// The account as the phone lists it: its Description, else its Email, else "(account)".
    QString accountName(const AccountSettings &s) const;
    /// The full path to \a screen for the account \a s.
    QString screenPath(PhoneScreen screen, const AccountSettings &s) const;

private:
    const PhoneVocabulary *m_vocabulary;
    IosVersion m_ios;
    PhoneLanguage m_language;
};

} // namespace mailfix
