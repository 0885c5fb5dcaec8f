// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/ProviderDirectory.h"
#include "model/Translations.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailfix {

/// What the customer reads for a provider rule (core/diagnosis/ProviderRules): phrased
/// per login rule, with the provider's name, the date and the help link filled in
/// from resources/providers.json. Dates without a primary source say "about".
class ProviderAdvice
{
#ifdef MAILFIX_LUPDATE_ONLY
    Q_DECLARE_TR_FUNCTIONS(ProviderAdvice) // for lupdate only: the context of the sentences
#endif

public:
    /// The customer's sentences are in the phone language (Translations::phoneText).
    static QString tr(const char *source, const char *disambiguation = nullptr, int n = -1)
    {
        return Translations::phoneText("ProviderAdvice", source, disambiguation, n);
    }

    /// The phone's words the steps need, from the wording of the iOS version in use.
    struct Phone
    {
        QString addAccountPath;    ///< "Settings > Apps > Mail > Mail Accounts > Add Account"
        QString deleteAccountStep; ///< one step: open the account, tap Delete Account, confirm
        QString passwordField;     ///< the password field of the side concerned, as the phone labels it
        QString updateIosPath;     ///< "Settings > General > Software Update"
    };

    struct Words
    {
        QString title;
        QStringList fix;
    };

    /// The title and steps for \a rule (a ProviderRules::Rule) at \a provider, or nothing
    /// for a rule it does not know. \a protocolName ("IMAP", "SMTP") names what was refused;
    /// \a today decides between "since" and "from" for dates ahead.
    static std::optional<Words> words(const QString &rule, const ProviderDirectory::Provider &provider,
                                      const ProviderDirectory::Provider::Rule &when,
                                      const QString &protocolName, const Phone &phone,
                                      const QDate &today = QDate::currentDate());

    /// "on 16 September 2024" (confirmed), "since about September 2024" (not), "" (no date).
    static QString sinceText(const QDate &since, bool confirmed, const QDate &today = QDate::currentDate());
    /// "16 September 2024" or "about September 2024".
    static QString dateText(const QDate &date, bool confirmed);
};

} // namespace mailfix
