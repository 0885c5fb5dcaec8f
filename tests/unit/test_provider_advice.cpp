// SPDX-License-Identifier: GPL-3.0-or-later
// What the customer reads for each provider rule, for every provider in the data.
#include "account/ProviderDirectory.h"
#include "diagnosis/ProviderAdvice.h"
#include "diagnosis/ProviderRules.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace mailfix;
using Provider = ProviderDirectory::Provider;
using Login = ProviderDirectory::Login;
namespace Rule = ProviderRules::Rule;

namespace {

ProviderAdvice::Phone phone()
{
    return {QStringLiteral("Settings > Apps > Mail > Mail Accounts > Add Account"),
            QStringLiteral("Open the account and tap Delete Account."),
            QStringLiteral("Incoming Mail Server > Password"),
            QStringLiteral("Settings > General > Software Update")};
}

const QDate kToday(2026, 12, 1);

QString ruleForLogin(const Provider &p, Login login)
{
    if (p.family == QLatin1String("microsoft") && !p.hostSuffixes.isEmpty())
        return p.customDomains ? Rule::ExchangeOnlineBasicAuthEnded : Rule::OutlookBasicAuthEnded;
    switch (login) {
    case Login::ProviderSignIn:
        return Rule::ProviderSignIn;
    case Login::AppPassword:
        return Rule::AppPassword;
    case Login::EnableInWebmail:
        return Rule::WebmailSwitch;
    case Login::AdminSetting:
        return Rule::AdminDisabled;
    case Login::Password:
        break;
    }
    return {};
}

} // namespace

TEST_CASE("ProviderAdvice: every provider's login rule is worded with its name, date and help link",
          "[provider][wording]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    int worded = 0;
    for (const Provider &p : ProviderDirectory::all()) {
        const QString rule = ruleForLogin(p, p.rule.login);
        INFO("provider " << p.id.toStdString() << " rule " << rule.toStdString());
        if (rule.isEmpty())
            continue;
        const auto w = ProviderAdvice::words(rule, p, p.rule, QStringLiteral("IMAP"), phone(), kToday);
        REQUIRE(w);
        ++worded;
        CHECK(w->title.contains(p.name));
        CHECK(w->fix.join(QLatin1Char('\n')).contains(p.helpUrl));
        for (const QString &step : w->fix)
            CHECK_FALSE(step.trimmed().isEmpty());
        if (p.rule.since.isValid() && p.phoneSupported && rule != Rule::WebmailSwitch) {
            const QString month = QLocale().toString(p.rule.since, QStringLiteral("MMMM yyyy"));
            CHECK(w->title.contains(month));
            if (p.rule.confirmed)
                CHECK(w->title.contains(QLocale().toString(p.rule.since, QStringLiteral("d MMMM yyyy"))));
            else
                CHECK(w->title.contains(QStringLiteral("about ") + month));
        }
        if (p.addAs != ProviderDirectory::AddAs::Other && p.phoneSupported)
            CHECK(QString(w->title + w->fix.join(QLatin1Char('\n')))
                      .contains(ProviderDirectory::addAsLabel(p.addAs)));
    }
    CHECK(worded >= 25);
}

TEST_CASE("ProviderAdvice: the sentences the issue asks for", "[provider][wording]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Provider &outlook = *ProviderDirectory::byId(QStringLiteral("microsoft"));
    const auto o = ProviderAdvice::words(Rule::OutlookBasicAuthEnded, outlook, outlook.rule,
                                         QStringLiteral("IMAP"), phone(), kToday);
    REQUIRE(o);
    CHECK(o->title ==
          QStringLiteral(
              "Outlook.com stopped accepting passwords from mail apps on 16 September 2024: remove this "
              "account and add it again with Add Account > Outlook.com"));

    const Provider &m365 = *ProviderDirectory::byId(QStringLiteral("microsoft365"));
    const auto smtp = ProviderAdvice::words(Rule::ExchangeOnlineSmtpAuthDisabled, m365, m365.smtpRule,
                                            QStringLiteral("SMTP"), phone(), kToday);
    REQUIRE(smtp);
    const QString steps = smtp->fix.join(QLatin1Char('\n'));
    CHECK(smtp->title.contains(QStringLiteral("SMTP AUTH")));
    CHECK(steps.contains(QStringLiteral("administrator")));
    // The end of December 2026 is ahead on 1 December 2026, and its day is not announced.
    CHECK(steps.contains(
        QStringLiteral("turns it off by default for existing organisations at about December 2026")));
    const auto later = ProviderAdvice::words(Rule::ExchangeOnlineSmtpAuthDisabled, m365, m365.smtpRule,
                                             QStringLiteral("SMTP"), phone(), QDate(2027, 2, 1));
    CHECK(later->fix.join(QLatin1Char('\n')).contains(QStringLiteral("since about December 2026")));

    const Provider &gmx = *ProviderDirectory::byId(QStringLiteral("gmx"));
    const auto sw =
        ProviderAdvice::words(Rule::WebmailSwitch, gmx, gmx.rule, QStringLiteral("IMAP"), phone(), kToday);
    CHECK(sw->title == QStringLiteral("Mail apps must first be allowed in your GMX account"));
    CHECK(sw->fix.join(QLatin1Char('\n')).contains(QStringLiteral("POP3 und IMAP Zugriff erlauben")));

    const Provider &yahoo = *ProviderDirectory::byId(QStringLiteral("yahoo"));
    const auto ap =
        ProviderAdvice::words(Rule::AppPassword, yahoo, yahoo.rule, QStringLiteral("IMAP"), phone(), kToday);
    CHECK(ap->title == QStringLiteral("Yahoo needs an app password, not your normal password"));
    CHECK(ap->fix.join(QLatin1Char('\n')).contains(QStringLiteral("Generate app password")));
    CHECK(ap->fix.join(QLatin1Char('\n')).contains(QStringLiteral("Add Account > Yahoo")));

    const Provider &proton = *ProviderDirectory::byId(QStringLiteral("proton"));
    const auto pr = ProviderAdvice::words(Rule::AppPassword, proton, proton.rule, QStringLiteral("IMAP"),
                                          phone(), kToday);
    CHECK(pr->title.contains(QStringLiteral("cannot be used")));

    const Provider &workspace = *ProviderDirectory::byId(QStringLiteral("google_workspace"));
    const auto admin = ProviderAdvice::words(Rule::AdminDisabled, workspace, workspace.rule,
                                             QStringLiteral("IMAP"), phone(), kToday);
    CHECK(admin->title ==
          QStringLiteral("Your organisation has turned off IMAP for this Google Workspace account"));

    const auto bug = ProviderAdvice::words(Rule::IosMicrosoftSend, outlook, outlook.rule,
                                           QStringLiteral("SMTP"), phone(), kToday);
    CHECK(bug->title.contains(QStringLiteral("iOS 11.0.1")));
    CHECK(bug->fix.join(QLatin1Char('\n')).contains(QStringLiteral("Software Update")));

    CHECK_FALSE(ProviderAdvice::words(QStringLiteral("no.such_rule"), outlook, outlook.rule, QString(),
                                      phone(), kToday));
    // Every rule has words.
    for (const QString &r : ProviderRules::ruleIds())
        CHECK(ProviderAdvice::words(r, m365, m365.rule, QStringLiteral("IMAP"), phone(), kToday).has_value());
}

TEST_CASE("ProviderAdvice: dates", "[provider][wording]")
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(ProviderAdvice::sinceText(QDate(2024, 9, 16), true, kToday) ==
          QStringLiteral("on 16 September 2024"));
    CHECK(ProviderAdvice::sinceText(QDate(2017, 6, 15), false, kToday) ==
          QStringLiteral("since about June 2017"));
    CHECK(ProviderAdvice::sinceText(QDate(2026, 12, 31), false, kToday) ==
          QStringLiteral("from about December 2026"));
    CHECK(ProviderAdvice::sinceText(QDate(2027, 1, 5), true, kToday) == QStringLiteral("on 5 January 2027"));
    CHECK(ProviderAdvice::sinceText(QDate(), true, kToday).isEmpty());
}
