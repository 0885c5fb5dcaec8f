// SPDX-License-Identifier: GPL-3.0-or-later
// The real wizard, driven through its widgets by their field names.
#include "TestServers.h"
#include "WizardDriver.h"

#include "FieldRow.h"
#include "FindingCard.h"
#include "MailfixWizard.h"
#include "PhoneScreenView.h"
#include "ResultsPage.h"

#include "account/SettingsFile.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mailfix;
using namespace mailfix::test;


TEST_CASE("outgoing user name and password left empty: both fields fail and the relay fix is shown", "[gui][servers]")
{
    if (!serversAvailable())
        return;
    MailfixWizard w;
    w.setCheckOptions(TestServers::get().options());
    w.show();
    fillGood(w);
    type(w, Field::OutgoingUser, QString());
    type(w, Field::OutgoingPassword, QString());

    const CheckReport r = runCheck(w);
    INFO(mailfix::test::describe(r).toStdString());
    CHECK(w.currentId() == MailfixWizard::CheckPage);
    CHECK(state(w, Field::OutgoingUser) == QLatin1String("failed"));
    CHECK(state(w, Field::OutgoingPassword) == QLatin1String("failed"));
    // What works is shown as working.
    CHECK(state(w, Field::OutgoingHost) == QLatin1String("passed"));
    CHECK(state(w, Field::IncomingHost) == QLatin1String("passed"));
    CHECK(state(w, Field::IncomingPassword) == QLatin1String("passed"));

    // The results show the relay finding with its fix steps, first.
    const QList<FindingCard *> cards = w.resultsPage()->cards();
    REQUIRE(!cards.isEmpty());
    const FindingCard *relay = nullptr;
    for (const FindingCard *c : cards)
        if (c->finding().code == QLatin1String("smtp.relay_denied") ||
            c->finding().code == QLatin1String("auth.credentials_missing"))
            relay = c;
    REQUIRE(relay);
    CHECK(cards.first()->finding().severity == Severity::Error);
    REQUIRE(relay->fixLabel());
    CHECK(relay->isVisibleTo(&w));
    const QString fixText = relay->fixLabel()->text();
    CHECK(fixText.contains(QStringLiteral("User Name")));
    CHECK(fixText.contains(QStringLiteral("Primary Server")));
    // The phone picture highlights the field to change.
    CHECK(w.resultsPage()->phone()->highlighted().contains(Field::OutgoingUser));
}

TEST_CASE("all settings right: everything ends green", "[gui][servers]")
{
    if (!serversAvailable())
        return;
    MailfixWizard w;
    w.setCheckOptions(TestServers::get().options());
    w.show();
    fillGood(w);
    const CheckReport r = runCheck(w);
    INFO(mailfix::test::describe(r).toStdString());
    CHECK(r.ok());
    for (const QString &f : {Field::IncomingHost, Field::IncomingUser, Field::IncomingPassword, Field::IncomingPort,
                             Field::IncomingSsl, Field::OutgoingHost, Field::OutgoingUser, Field::OutgoingPassword,
                             Field::OutgoingPort, Field::OutgoingSsl}) {
        INFO(f.toStdString());
        CHECK(state(w, f) == QLatin1String("passed"));
    }
    CHECK(w.resultsPage()->summaryText().contains(QStringLiteral("All checks passed")));

    SECTION("check again after changing only the outgoing side re-checks only that side")
    {
        type(w, Field::OutgoingUser, QString());
        type(w, Field::OutgoingPassword, QString());
        const CheckReport again = runCheck(w);
        INFO(mailfix::test::describe(again).toStdString());
        CHECK(state(w, Field::OutgoingUser) == QLatin1String("failed"));
        CHECK(state(w, Field::IncomingHost) == QLatin1String("passed"));
        bool incomingKept = false;
        for (const CheckStep &s : again.checks)
            incomingKept |= s.id.startsWith(QLatin1String("incoming."));
        CHECK(incomingKept);
    }
}

TEST_CASE("bad input is flagged on the field before any network traffic", "[gui]")
{
    MailfixWizard w;
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    type(w, Field::Email, QStringLiteral("alice@example.test"));
    type(w, Field::IncomingHost, QStringLiteral("imap.example.test"));
    type(w, Field::OutgoingHost, QStringLiteral("smtp.example.test"));
    type(w, Field::IncomingUser, QStringLiteral("alice"));
    REQUIRE(w.inputProblems().isEmpty());

    struct Case
    {
        QString field;
        QString text;
        QString good;
    };
    const QList<Case> cases{
        {Field::IncomingHost, QStringLiteral("imap example test"), QStringLiteral("imap.example.test")},
        {Field::OutgoingHost, QStringLiteral("https://smtp.example.test/"), QStringLiteral("smtp.example.test")},
        {Field::OutgoingPort, QStringLiteral("70000"), QStringLiteral("587")},
        {Field::IncomingPort, QStringLiteral("99999"), QStringLiteral("993")},
        {Field::Email, QString(), QStringLiteral("alice@example.test")},
        {Field::Email, QStringLiteral("alice at example"), QStringLiteral("alice@example.test")},
    };
    for (const Case &c : cases) {
        INFO(c.field.toStdString() << " = '" << c.text.toStdString() << "'");
        type(w, c.field, c.text);
        // On the field itself, at once.
        CHECK(!field(w, c.field)->property("validationError").toString().isEmpty());
        auto *message = w.findChild<QLabel *>(c.field + QStringLiteral(".message"));
        REQUIRE(message);
        CHECK(!message->text().isEmpty());
        // The check refuses: nothing is started, nothing sent.
        QSignalSpy started(&w, &MailfixWizard::checkStarted);
        QTest::mouseClick(w.button(QWizard::CustomButton1), Qt::LeftButton);
        QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier);
        CHECK(started.isEmpty());
        CHECK(!w.isChecking());
        // The cursor is put into the field to fix.
        CHECK(w.focusWidget() == field(w, c.field));
        type(w, c.field, c.good);
        CHECK(field(w, c.field)->property("validationError").toString().isEmpty());
    }
    CHECK(w.inputProblems().isEmpty());
}

TEST_CASE("Use SSL changes the default port as on the phone", "[gui]")
{
    MailfixWizard w;
    auto *port = field<QLineEdit>(w, Field::IncomingPort);
    CHECK(port->text() == QLatin1String("993"));
    field<QCheckBox>(w, Field::IncomingSsl)->setChecked(false);
    CHECK(port->text() == QLatin1String("143"));
    field<QComboBox>(w, Field::IncomingType)->setCurrentIndex(1); // POP
    CHECK(port->text() == QLatin1String("110"));
    auto *out = field<QLineEdit>(w, Field::OutgoingPort);
    field<QCheckBox>(w, Field::OutgoingSsl)->setChecked(false);
    CHECK(out->text() == QLatin1String("25"));
    // A port the person typed stays.
    type(w, Field::OutgoingPort, QStringLiteral("2525"));
    field<QCheckBox>(w, Field::OutgoingSsl)->setChecked(true);
    CHECK(out->text() == QLatin1String("2525"));
}

TEST_CASE("every input has its field name and an accessible name", "[gui]")
{
    MailfixWizard w;
    for (const QString &f : Field::all()) {
        INFO(f.toStdString());
        QWidget *widget = w.findChild<QWidget *>(f);
        REQUIRE(widget);
        CHECK(!widget->accessibleName().isEmpty());
        CHECK(!widget->accessibleDescription().isEmpty());
    }
}

TEST_CASE("a settings file (--settings) prefills the wizard", "[gui]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"account": {"email": "bob@example.test"},
               "incoming": {"type": "pop", "host": "pop.example.test", "port": 995, "ssl": true, "user": "bob"},
               "outgoing": {"server": true, "host": "smtp.example.test", "port": 465, "ssl": true,
                            "auth": "md5", "user": "bob@example.test"},
               "ios": {"version": "17.4"}})");
    f.close();

    // The same path the program takes: SettingsFile into the wizard.
    AccountSettings s;
    const SettingsParseResult r = SettingsFile::readFile(path, &s);
    REQUIRE(r.ok);
    MailfixWizard w;
    w.applySettings(s, false);
    CHECK(field<QLineEdit>(w, Field::Email)->text() == QLatin1String("bob@example.test"));
    CHECK(field<QComboBox>(w, Field::IncomingType)->currentText() == QLatin1String("POP"));
    CHECK(field<QLineEdit>(w, Field::IncomingHost)->text() == QLatin1String("pop.example.test"));
    CHECK(field<QLineEdit>(w, Field::IncomingPort)->text() == QLatin1String("995"));
    CHECK(field<QLineEdit>(w, Field::OutgoingPort)->text() == QLatin1String("465"));
    CHECK(field<QComboBox>(w, Field::OutgoingAuth)->currentText() == QLatin1String("MD5 Challenge-Response"));
    CHECK(field<QComboBox>(w, Field::IosVersion)->currentText() == QLatin1String("17.4"));
    CHECK(!field(w, Field::IncomingPathPrefix + QStringLiteral(".row"))->isVisibleTo(&w));
    CHECK(w.settings().outgoing.user == QLatin1String("bob@example.test"));
    // iOS 17 paths.
    CHECK(w.findChild<QLabel *>(QStringLiteral("pathLabel"))->text().contains(QStringLiteral("General")));

#ifdef MAILFIX_WIZARD_PATH
    SECTION("the program: --help, --version, a bad option, a broken file")
    {
        QProcess p;
        p.start(QStringLiteral(MAILFIX_WIZARD_PATH), {QStringLiteral("--version")});
        REQUIRE(p.waitForFinished(20000));
        CHECK(p.exitCode() == 0);
        CHECK(p.readAllStandardOutput().startsWith("mailfix "));
        p.start(QStringLiteral(MAILFIX_WIZARD_PATH), {QStringLiteral("--frobnicate")});
        REQUIRE(p.waitForFinished(20000));
        CHECK(p.exitCode() == 2);
        CHECK(p.readAllStandardError().contains("frobnicate"));
        p.start(QStringLiteral(MAILFIX_WIZARD_PATH), {QStringLiteral("--help")});
        REQUIRE(p.waitForFinished(20000));
        CHECK(p.readAllStandardOutput().contains("--settings"));
    }
#endif
}

TEST_CASE("a saved report holds no password", "[gui][servers]")
{
    if (!serversAvailable())
        return;
    MailfixWizard w;
    w.setCheckOptions(TestServers::get().options());
    w.show();
    fillGood(w);
    const QString password = TestServers::get().password();
    REQUIRE(!password.isEmpty());
    runCheck(w);
    REQUIRE(w.hasReport());

    QTemporaryDir dir;
    const QByteArray plain = password.toUtf8();
    for (const QString &format : {QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("json")}) {
        INFO(format.toStdString());
        const QString path = dir.filePath(QStringLiteral("report.") + format);
        QString error;
        REQUIRE(w.saveReport(path, format, &error));
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK(bytes.size() > 100);
        CHECK(!bytes.contains(plain));
        CHECK(!bytes.contains(plain.toBase64()));
        if (format == QLatin1String("txt")) {
            CHECK(bytes.contains(TestServers::get().hostname().toUtf8()));
            CHECK(bytes.contains(MAILFIX_VERSION));
        }
    }
}

TEST_CASE("cancel stops the check at once", "[gui][servers]")
{
    if (!serversAvailable())
        return;
    MailfixWizard w;
    w.setCheckOptions(TestServers::get().options());
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    fillGood(w);
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    QTest::keyClick(&w, Qt::Key_Return, Qt::ControlModifier); // the Check shortcut
    REQUIRE(w.isChecking());
    auto *cancel = w.findChild<QAbstractButton *>(QStringLiteral("cancelCheckButton"));
    REQUIRE(cancel);
    REQUIRE(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE((finished.count() == 1 || finished.wait(5000)));
    CHECK(finished.first().at(0).value<CheckReport>().cancelled);
    CHECK(!w.isChecking());
}
