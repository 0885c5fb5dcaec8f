// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderAdvice.h"

#include "diagnosis/ProviderRules.h"

#include <QLocale>

namespace mailfix {

namespace {

using Provider = ProviderDirectory::Provider;
using Login = ProviderDirectory::Login;
namespace Rule = ProviderRules::Rule;

QString addAsLabel(const Provider &p)
{
    return ProviderDirectory::addAsLabel(p.addAs);
}

QString helpStep(const Provider &p)
{
    return ProviderAdvice::tr("%1's own instructions: %2").arg(p.name, p.helpUrl);
}

/// Remove the account and add it again with the phone's own account type.
QStringList readdSteps(const Provider &p, const ProviderAdvice::Phone &phone)
{
    QStringList steps;
    if (!phone.deleteAccountStep.isEmpty())
        steps << phone.deleteAccountStep;
    steps << ProviderAdvice::tr("Open %1, choose %2 and sign in there with your %3 account; the phone then "
                                "needs no password in the mail settings.")
                 .arg(phone.addAccountPath, addAsLabel(p), p.name);
    return steps;
}

ProviderAdvice::Words signIn(const Provider &p, const Provider::Rule &when,
                             const ProviderAdvice::Phone &phone, const QDate &today)
{
    ProviderAdvice::Words w;
    const QString since = ProviderAdvice::sinceText(when.since, when.confirmed, today);
    if (since.isEmpty())
        w.title = ProviderAdvice::tr(
                      "%1 no longer accepts passwords from mail apps: remove this account and add it "
                      "again with Add Account > %2")
                      .arg(p.name, addAsLabel(p));
    else if (when.since > today)
        w.title = ProviderAdvice::tr(
                      "%1 stops accepting passwords from mail apps %2: remove this account and add it "
                      "again with Add Account > %3")
                      .arg(p.name, since, addAsLabel(p));
    else
        w.title = ProviderAdvice::tr(
                      "%1 stopped accepting passwords from mail apps %2: remove this account and add "
                      "it again with Add Account > %3")
                      .arg(p.name, since, addAsLabel(p));
    w.fix = readdSteps(p, phone);
    if (p.family == QLatin1String("google")) {
        w.fix << ProviderAdvice::tr(
                     "Or keep this account: turn on 2-Step Verification for your Google account, create "
                     "an app password (%1) and enter it in %2.")
                     .arg(p.settingPath, phone.passwordField);
    } else if (p.family == QLatin1String("microsoft")) {
        w.fix << ProviderAdvice::tr(
            "App passwords do not help here: Microsoft accepts only its own sign-in.");
    }
    w.fix << helpStep(p);
    return w;
}

ProviderAdvice::Words appPassword(const Provider &p, const Provider::Rule &when,
                                  const ProviderAdvice::Phone &phone, const QDate &today)
{
    ProviderAdvice::Words w;
    if (!p.phoneSupported) {
        w.title = ProviderAdvice::tr("%1 cannot be used in the iPhone's Mail app").arg(p.name);
        w.fix << ProviderAdvice::tr(
                     "%1 offers IMAP and SMTP only through its Bridge program on a computer; the "
                     "phone cannot reach it.")
                     .arg(p.name);
        w.fix << ProviderAdvice::tr("Use %1's own app on the phone instead, and remove this account.")
                     .arg(p.name);
        w.fix << helpStep(p);
        return w;
    }
    const QString since = ProviderAdvice::sinceText(when.since, when.confirmed, today);
    w.title = since.isEmpty()
                  ? ProviderAdvice::tr("%1 needs an app password, not your normal password").arg(p.name)
                  : ProviderAdvice::tr("%1 needs an app password, not your normal password (%2)")
                        .arg(p.name, since);
    if (p.settingPath.isEmpty())
        w.fix << ProviderAdvice::tr("Sign in to %1 in a web browser and create an app password for Mail.")
                     .arg(p.name);
    else
        w.fix << ProviderAdvice::tr("Sign in to %1 in a web browser and create an app password for Mail: %2.")
                     .arg(p.name, p.settingPath);
    w.fix << ProviderAdvice::tr(
                 "On the phone, delete what is in %1 and enter the app password exactly as shown "
                 "(without spaces), then tap Done.")
                 .arg(phone.passwordField);
    if (p.addAs != ProviderDirectory::AddAs::Other)
        w.fix << ProviderAdvice::tr(
                     "Or remove this account and add it again with %1 > %2, which signs in without an "
                     "app password.")
                     .arg(phone.addAccountPath, addAsLabel(p));
    w.fix << helpStep(p);
    return w;
}

ProviderAdvice::Words webmailSwitch(const Provider &p, const ProviderAdvice::Phone &phone)
{
    ProviderAdvice::Words w;
    w.title = ProviderAdvice::tr("Mail apps must first be allowed in your %1 account").arg(p.name);
    if (p.settingPath.isEmpty())
        w.fix << ProviderAdvice::tr(
                     "Sign in to %1 in a web browser and turn on access for mail apps (IMAP, POP, "
                     "SMTP) in the settings.")
                     .arg(p.name);
    else
        w.fix << ProviderAdvice::tr("Sign in to %1 in a web browser and turn on access for mail apps: %2.")
                     .arg(p.name, p.settingPath);
    w.fix << ProviderAdvice::tr(
                 "Then try again on the phone with your normal %1 password; if that switch was "
                 "already on, check the password in %2.")
                 .arg(p.name, phone.passwordField);
    w.fix << helpStep(p);
    return w;
}

ProviderAdvice::Words adminDisabled(const Provider &p, const QString &protocolName)
{
    ProviderAdvice::Words w;
    w.title = ProviderAdvice::tr("Your organisation has turned off %1 for this %2 account")
                  .arg(protocolName, p.name);
    w.fix << ProviderAdvice::tr(
                 "This is a task for your organisation's %1 administrator: nothing on the phone can "
                 "turn it on.")
                 .arg(p.name);
    w.fix << ProviderAdvice::tr("Ask the administrator to allow %1 for your account.").arg(protocolName);
    if (p.addAs != ProviderDirectory::AddAs::Other)
        w.fix << ProviderAdvice::tr("Or ask whether the account may be added with Add Account > %1 instead.")
                     .arg(addAsLabel(p));
    w.fix << helpStep(p);
    return w;
}

ProviderAdvice::Words smtpAuthOff(const Provider &p, const Provider::Rule &when,
                                  const ProviderAdvice::Phone &phone, const QDate &today)
{
    ProviderAdvice::Words w;
    w.title = ProviderAdvice::tr("Sending with a password (SMTP AUTH) is turned off for this %1 mailbox")
                  .arg(p.name);
    w.fix << ProviderAdvice::tr(
        "This is a task for your organisation's Microsoft 365 administrator, not a setting "
        "on the phone: the password may well be right.");
    if (p.settingPath.isEmpty())
        w.fix << ProviderAdvice::tr("Ask the administrator to turn on Authenticated SMTP for this mailbox.");
    else
        w.fix << ProviderAdvice::tr(
                     "Ask the administrator to turn on Authenticated SMTP for this mailbox (%1).")
                     .arg(p.settingPath);
    if (when.since.isValid()) {
        const QString date = ProviderAdvice::dateText(when.since, when.confirmed);
        w.fix << (when.since > today
                      ? ProviderAdvice::tr(
                            "Microsoft turns it off by default for existing organisations at %1 "
                            "(administrators can turn it on again).")
                            .arg(date)
                      : ProviderAdvice::tr(
                            "Microsoft has turned it off by default for existing organisations since "
                            "%1 (administrators can turn it on again).")
                            .arg(date));
    }
    w.fix << ProviderAdvice::tr(
                 "Without SMTP AUTH the phone can still send: remove this account and add it again "
                 "with %1 > %2.")
                 .arg(phone.addAccountPath, addAsLabel(p));
    w.fix << helpStep(p);
    return w;
}

ProviderAdvice::Words iosBug(const ProviderAdvice::Phone &phone)
{
    ProviderAdvice::Words w;
    w.title =
        ProviderAdvice::tr("iOS 11.0 cannot send mail through Microsoft's servers (fixed in iOS 11.0.1)");
    w.fix << ProviderAdvice::tr("The settings are right: the fault is in iOS 11.0 itself.");
    w.fix << ProviderAdvice::tr("Update the phone in %1, then send again.").arg(phone.updateIosPath);
    return w;
}

} // namespace

QString ProviderAdvice::dateText(const QDate &date, bool confirmed)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    if (confirmed)
        return locale.toString(date, QStringLiteral("d MMMM yyyy"));
    return tr("about %1", "an unconfirmed month").arg(locale.toString(date, QStringLiteral("MMMM yyyy")));
}

QString ProviderAdvice::sinceText(const QDate &since, bool confirmed, const QDate &today)
{
    if (!since.isValid())
        return {};
    const QString date = dateText(since, confirmed);
    if (since > today)
        return confirmed ? tr("on %1", "a future date").arg(date) : tr("from %1", "a future date").arg(date);
    return confirmed ? tr("on %1", "a past date").arg(date) : tr("since %1", "a past date").arg(date);
}

std::optional<ProviderAdvice::Words> ProviderAdvice::words(const QString &rule, const Provider &p,
                                                           const Provider::Rule &when,
                                                           const QString &protocolName, const Phone &phone,
                                                           const QDate &today)
{
    if (rule == Rule::OutlookBasicAuthEnded || rule == Rule::ExchangeOnlineBasicAuthEnded ||
        rule == Rule::ProviderSignIn)
        return signIn(p, when, phone, today);
    if (rule == Rule::AppPassword)
        return appPassword(p, when, phone, today);
    if (rule == Rule::WebmailSwitch)
        return webmailSwitch(p, phone);
    if (rule == Rule::AdminDisabled)
        return adminDisabled(p, protocolName);
    if (rule == Rule::ExchangeOnlineSmtpAuthDisabled)
        return smtpAuthOff(p, when, phone, today);
    if (rule == Rule::IosMicrosoftSend)
        return iosBug(phone);
    return std::nullopt;
}

} // namespace mailfix
