// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "account/ProviderDirectory.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace mailfix {

/// Provider-specific causes of a refused login, from the provider data
/// (resources/providers.json) and what the server said. Pure functions: the
/// caller recognises the provider (ProviderDirectory::recognize) and has the
/// generic verdict (ReplyClassifier) already.
namespace ProviderRules {

/// The rules, spelled once (reports and tests name them).
namespace Rule {
inline const QString OutlookBasicAuthEnded = QStringLiteral("outlook.basic_auth_ended");
inline const QString ExchangeOnlineBasicAuthEnded = QStringLiteral("microsoft365.basic_auth_ended");
inline const QString ExchangeOnlineSmtpAuthDisabled = QStringLiteral("microsoft365.smtp_auth_disabled");
inline const QString ProviderSignIn = QStringLiteral("provider.signin_required");
inline const QString AppPassword = QStringLiteral("provider.app_password_required");
inline const QString WebmailSwitch = QStringLiteral("provider.webmail_switch");
inline const QString AdminDisabled = QStringLiteral("provider.admin_disabled");
inline const QString IosMicrosoftSend = QStringLiteral("ios.11_0_microsoft_send");
} // namespace Rule

/// Every rule above.
QStringList ruleIds();

/// What the server said when it refused the login.
struct LoginRefusal
{
    ProviderDirectory::Protocol protocol = ProviderDirectory::Protocol::Smtp;
    int code = 0;         ///< SMTP reply code (535); 0 for IMAP and POP3
    QString enhanced;     ///< SMTP enhanced status code ("5.7.139")
    QString responseCode; ///< IMAP response code ("AUTHENTICATIONFAILED") or POP3 one ("AUTH")
    QString text;         ///< the reply's text
};

/// A provider-specific finding.
struct Verdict
{
    QString rule;     ///< a Rule:: constant
    QString code;     ///< Code::AuthAppPasswordRequired, Code::AuthDisabled or Code::IosKnownBug
    QString field;    ///< leaf ("password", "user") for logins; Field::IosVersion for the iOS bug
    QString provider; ///< provider id
    ProviderDirectory::Login login = ProviderDirectory::Login::Password; ///< the login rule behind it
    QDate since; ///< when the rule took effect; null: unknown
    bool sinceConfirmed = false;
    bool adminTask = false; ///< the organisation's administrator must act, not the customer
};

/// The provider's own cause for a refused login, or nothing when the generic verdict
/// (\a genericCode, a Code:: constant from ReplyClassifier) stands. Only credential
/// refusals are reconsidered (auth.failed, auth.app_password_required, auth.disabled).
std::optional<Verdict> loginRefused(const ProviderDirectory::Provider *provider, const LoginRefusal &refusal,
                                    const QString &genericCode);

/// iOS 11.0 could not send through Microsoft's servers (fixed in 11.0.1): a finding of its
/// own, only when every live check passed. \a outgoing is the outgoing server's provider.
std::optional<Verdict> iosKnownBug(const IosVersion &ios, const ProviderDirectory::Provider *outgoing,
                                   bool liveChecksPassed);

} // namespace ProviderRules
} // namespace mailfix
