// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderRules.h"

#include "model/Codes.h"

#include <QRegularExpression>

namespace mailfix::ProviderRules {

namespace {

using Provider = ProviderDirectory::Provider;
using Login = ProviderDirectory::Login;
using Protocol = ProviderDirectory::Protocol;

bool matches(const QString &text, const char *pattern)
{
    const QRegularExpression re(QLatin1String(pattern), QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

Verdict make(const QString &rule, const QString &code, const char *field, const Provider &p,
             const Provider::Rule &r)
{
    Verdict v;
    v.rule = rule;
    v.code = code;
    v.field = QLatin1String(field);
    v.provider = p.id;
    v.login = r.login;
    v.since = r.since;
    v.sinceConfirmed = r.confirmed;
    return v;
}

bool isMicrosoftHosted(const Provider &p)
{
    // Exchange Online and Outlook.com; an organisation's own Exchange server has its own rules.
    return p.family == QLatin1String("microsoft") && !p.hostSuffixes.isEmpty();
}

// Exchange Online's refusals of SMTP AUTH that no password can fix: 5.7.139 (SMTP AUTH
// off for the mailbox or tenant, security defaults, conditional access) and 5.7.30
// (basic authentication not supported for Client Submission).
bool isSmtpAuthOff(const LoginRefusal &r)
{
    if (r.protocol != Protocol::Smtp)
        return false;
    if (r.enhanced == QLatin1String("5.7.30"))
        return true;
    if (r.enhanced == QLatin1String("5.7.139"))
        return !matches(r.text, "password|credential") ||
               matches(r.text, "SmtpClientAuthentication|disabled");
    return matches(r.text,
                   "SmtpClientAuthentication|basic authentication is not supported for client submission");
}

// The text names someone other than the customer: the organisation's administrator.
bool namesAdministrator(const QString &text)
{
    return matches(text, "admin|your (domain|organi[sz]ation|tenant)|for (this|your) domain|security defaults"
                         "|conditional access");
}

std::optional<Verdict> microsoft(const Provider &p, const LoginRefusal &r)
{
    if (!p.customDomains) {
        // Outlook.com: passwords (app passwords too) ended for every protocol.
        return make(Rule::OutlookBasicAuthEnded, Code::AuthAppPasswordRequired, "password", p, p.rule);
    }
    if (r.protocol == Protocol::Smtp) {
        if (isSmtpAuthOff(r)) {
            Verdict v = make(Rule::ExchangeOnlineSmtpAuthDisabled, Code::AuthDisabled, "user", p, p.smtpRule);
            v.login = Login::AdminSetting;
            v.adminTask = true;
            return v;
        }
        // 535 5.7.3 on SMTP: a password can still be right there (until the tenant turns it off).
        return std::nullopt;
    }
    return make(Rule::ExchangeOnlineBasicAuthEnded, Code::AuthAppPasswordRequired, "password", p, p.rule);
}

} // namespace

QStringList ruleIds()
{
    return {Rule::OutlookBasicAuthEnded,
            Rule::ExchangeOnlineBasicAuthEnded,
            Rule::ExchangeOnlineSmtpAuthDisabled,
            Rule::ProviderSignIn,
            Rule::AppPassword,
            Rule::WebmailSwitch,
            Rule::AdminDisabled,
            Rule::IosMicrosoftSend};
}

std::optional<Verdict> loginRefused(const Provider *p, const LoginRefusal &r, const QString &generic)
{
    if (!p)
        return std::nullopt;
    const bool failed = generic == Code::AuthFailed;
    const bool appPassword = generic == Code::AuthAppPasswordRequired;
    const bool disabled = generic == Code::AuthDisabled;
    if (!failed && !appPassword && !disabled)
        return std::nullopt; // TLS, mechanism, rate limits: the provider changes nothing there
    if (isMicrosoftHosted(*p))
        return microsoft(*p, r);

    const Provider::Rule &rule = p->ruleFor(r.protocol);
    if (disabled) {
        // "Disabled for your domain, contact your administrator": a task for the organisation.
        if (rule.login == Login::AdminSetting ||
            (p->customDomains && namesAdministrator(r.text) && rule.login != Login::EnableInWebmail)) {
            Verdict v = make(Rule::AdminDisabled, Code::AuthDisabled, "user", *p, rule);
            v.adminTask = true;
            return v;
        }
        // Otherwise the switch the customer has in the provider's settings (Gmail's IMAP
        // switch, GMX's "POP3 und IMAP Zugriff erlauben").
        if (rule.login != Login::Password)
            return make(Rule::WebmailSwitch, Code::AuthDisabled, "user", *p, rule);
        return std::nullopt;
    }
    switch (rule.login) {
    case Login::ProviderSignIn:
        return make(Rule::ProviderSignIn, Code::AuthAppPasswordRequired, "password", *p, rule);
    case Login::AppPassword:
        return make(Rule::AppPassword, Code::AuthAppPasswordRequired, "password", *p, rule);
    case Login::EnableInWebmail:
        // The server itself asks for an app password (two-factor on): that, not the switch.
        if (appPassword) {
            Verdict v = make(Rule::AppPassword, Code::AuthAppPasswordRequired, "password", *p, rule);
            v.login = Login::AppPassword;
            return v;
        }
        // These providers refuse with the words of a wrong password while the switch is off.
        return make(Rule::WebmailSwitch, Code::AuthDisabled, "user", *p, rule);
    case Login::AdminSetting:
    case Login::Password:
        break;
    }
    return std::nullopt;
}

std::optional<Verdict> iosKnownBug(const IosVersion &ios, const Provider *outgoing, bool liveChecksPassed)
{
    // Fixed in iOS 11.0.1; only worth saying when everything else is right.
    if (!liveChecksPassed || !outgoing || ios.major != 11 || ios.minor != 0 || ios.patch != 0)
        return std::nullopt;
    if (outgoing->family != QLatin1String("microsoft"))
        return std::nullopt;
    Verdict v;
    v.rule = Rule::IosMicrosoftSend;
    v.code = Code::IosKnownBug;
    v.field = Field::IosVersion;
    v.provider = outgoing->id;
    v.login = outgoing->smtpRule.login;
    v.since = QDate(2017, 9, 19); // iOS 11.0's release
    v.sinceConfirmed = false;
    return v;
}

} // namespace mailfix::ProviderRules
