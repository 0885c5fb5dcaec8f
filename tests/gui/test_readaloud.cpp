// SPDX-License-Identifier: GPL-3.0-or-later
// Read-aloud mode on the results: the fix steps one at a time, Done and Back, Esc,
// the screen reader's text, and the re-check of only the side whose steps were done.
// Also the page list's width and the phone's SMTP screen.
#include "TestServers.h"
#include "WizardDriver.h"

#include "MailfixWizard.h"
#include "PhoneScreenView.h"
#include "ReadAloudView.h"
#include "ResultsPage.h"

#include "CheckSession.h"
#include "model/Codes.h"
#include "wording/FixCatalog.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace mailfix;
using namespace mailfix::test;

namespace {

/// What a screen reader is told: the objects whose name or description changed.
QList<std::pair<QObject *, QAccessible::Event>> &accessibleEvents()
{
    static QList<std::pair<QObject *, QAccessible::Event>> events;
    return events;
}

void recordAccessible(QAccessibleEvent *event)
{
    accessibleEvents().append({event->object(), event->type()});
}

Finding described(const QString &code, const QString &field, Severity severity, const AccountSettings &s)
{
    Finding f = Finding::make(code, field);
    f.severity = severity;
    f.facts.side = field.section(QLatin1Char('.'), 0, 0);
    FixCatalog::describe(f, s);
    return f;
}

/// Findings on both sides, the outgoing first, interleaved, and a note without steps to read.
CheckReport twoSidedReport()
{
    CheckReport r;
    r.settings.email = QStringLiteral("carol@example.test");
    r.settings.incoming.host = QStringLiteral("imap.example.test");
    r.settings.outgoing.host = QStringLiteral("smtp.example.test");
    r.settings.outgoing.port = 587;
    Finding relay = described(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error, r.settings);
    relay.alsoFields = {Field::OutgoingPassword};
    r.findings = {relay, described(Code::AuthFailed, Field::IncomingPassword, Severity::Error, r.settings),
                  described(Code::TlsRequired, Field::OutgoingSsl, Severity::Warning, r.settings),
                  described(Code::AuthMechanismInfo, Field::OutgoingAuth, Severity::Info, r.settings)};
    r.totalMs = 300;
    return r;
}

/// The steps in the order read-aloud must give them: a side's together, sides in the order of their first finding.
QStringList expectedSteps(const CheckReport &r)
{
    QStringList out;
    QStringList sides;
    for (const Finding &f : r.findings)
        if (f.severity != Severity::Info && !f.fix.isEmpty() && !sides.contains(CheckSession::sideOf(f)))
            sides << CheckSession::sideOf(f);
    for (const QString &side : sides)
        for (const Finding &f : r.findings)
            if (f.severity != Severity::Info && CheckSession::sideOf(f) == side)
                out << f.fix;
    return out;
}

} // namespace

TEST_CASE("read-aloud: the steps one at a time in order, Done advances, Back goes back, the last of a side asks for its re-check",
          "[gui][readaloud]")
{
    const CheckReport r = twoSidedReport();
    const QStringList expected = expectedSteps(r);
    REQUIRE(expected.size() >= 3);
    ReadAloudView view;
    view.resize(900, 600);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QSignalSpy recheck(&view, &ReadAloudView::recheckRequested);
    view.start(r);
    REQUIRE(view.stepCount() == expected.size());

    // The first step, alone, large, with its finding, field and "Step 1 of N".
    CHECK(view.currentIndex() == 0);
    CHECK(view.stepLabel()->text() == expected.at(0));
    CHECK(view.stepLabel()->font().pointSizeF() >= 2 * QApplication::font().pointSizeF());
    const auto *counter = view.findChild<QLabel *>(QStringLiteral("readAloudCounter"));
    REQUIRE(counter);
    const int firstSteps = int(r.findings.first().fix.size());
    CHECK(counter->text() == QStringLiteral("Step 1 of %1").arg(firstSteps));
    CHECK(view.findChild<QLabel *>(QStringLiteral("readAloudFinding"))->text() == r.findings.first().title);
    CHECK(view.findChild<QLabel *>(QStringLiteral("readAloudField"))
              ->text()
              .contains(FixCatalog::fieldLabel(Field::OutgoingUser, r.settings.ios)));
    // The screen reader gets the step as it changes.
    CHECK(view.stepLabel()->accessibleDescription() == expected.at(0));
    CHECK(view.doneButton()->accessibleDescription().contains(expected.at(0)));
    CHECK(view.doneButton()->hasFocus());
    CHECK(!view.backButton()->isEnabled());

    // Enter is Done; Back (and Backspace) go to the step before. The new step is announced.
    accessibleEvents().clear();
    const QAccessible::UpdateHandler previousHandler = QAccessible::installUpdateHandler(recordAccessible);
    const bool wasActive = QAccessible::isActive();
    QAccessible::setActive(true);
    // The offscreen platform has no accessibility bridge: Qt drops the events there (Xvfb has one).
    const bool bridge = QAccessible::isActive();
    QTest::keyClick(view.doneButton(), Qt::Key_Return);
    QAccessible::setActive(wasActive);
    QAccessible::installUpdateHandler(previousHandler);
    if (bridge) {
        CHECK(accessibleEvents().contains(
            std::pair<QObject *, QAccessible::Event>(view.stepLabel(), QAccessible::NameChanged)));
        CHECK(accessibleEvents().contains(
            std::pair<QObject *, QAccessible::Event>(view.doneButton(), QAccessible::DescriptionChanged)));
    } else {
        WARN("no accessibility bridge on " << QGuiApplication::platformName().toStdString()
                                           << ": the announcement events are not observed, only the texts");
    }
    CHECK(view.currentIndex() == 1);
    CHECK(view.stepLabel()->text() == expected.at(1));
    CHECK(counter->text() == QStringLiteral("Step 2 of %1").arg(firstSteps));
    CHECK(view.doneButton()->accessibleDescription().contains(expected.at(1)));
    QTest::mouseClick(view.backButton(), Qt::LeftButton);
    CHECK(view.currentIndex() == 0);
    CHECK(view.stepLabel()->text() == expected.at(0));
    QTest::keyClick(view.doneButton(), Qt::Key_Space);
    CHECK(view.currentIndex() == 1);
    QTest::keyClick(&view, Qt::Key_Backspace);
    CHECK(view.currentIndex() == 0);

    // Through the outgoing side's steps: the last Done asks for the outgoing side alone.
    int outgoingSteps = 0;
    for (const Finding &f : r.findings)
        if (f.severity != Severity::Info && CheckSession::sideOf(f) == QLatin1String("outgoing"))
            outgoingSteps += int(f.fix.size());
    for (int i = 0; i < outgoingSteps; ++i) {
        INFO("step " << i);
        CHECK(recheck.isEmpty());
        CHECK(view.stepLabel()->text() == expected.at(i));
        QTest::keyClick(view.doneButton(), Qt::Key_Return);
    }
    REQUIRE(recheck.size() == 1);
    CHECK(recheck.first().at(0).toString() == QLatin1String("outgoing"));

    // The re-check found nothing left outgoing: on with the incoming steps.
    CheckReport after = r;
    after.findings.removeIf([](const Finding &f) { return CheckSession::sideOf(f) == QLatin1String("outgoing"); });
    view.showChecking();
    CHECK(!view.doneButton()->isEnabled());
    view.update(after);
    CHECK(view.findChild<QLabel *>(QStringLiteral("readAloudBanner"))->isVisible());
    CHECK(view.stepLabel()->text() == expected.at(outgoingSteps));
    CHECK(view.doneButton()->isEnabled());
}

TEST_CASE("read-aloud on the results page: Alt+X enters, no mnemonic twice, Esc leaves", "[gui][readaloud]")
{
    MailfixWizard w;
    w.setConfirmQuit(false);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    const CheckReport r = twoSidedReport();
    w.showReport(r);
    ResultsPage *page = w.resultsPage();
    REQUIRE(page->readAloudButton()->isEnabled());
    const QList<QAbstractButton *> buttons{w.button(QWizard::CustomButton1), w.button(QWizard::BackButton),
                                           w.button(QWizard::FinishButton), w.button(QWizard::HelpButton)};
    const QList<QAbstractButton *> side =
        w.findChild<QWidget *>(QStringLiteral("sidePanel"))->findChildren<QAbstractButton *>();
    auto noClash = [&] {
        QStringList keys = pageMnemonics(w.currentPage(), buttons + side);
        const int all = int(keys.size());
        keys.removeDuplicates();
        INFO(keys.join(QLatin1Char(' ')).toStdString());
        CHECK(keys.size() == all);
    };
    noClash();
    page->readAloudButton()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_X, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return page->isReadingAloud(); }, 2000));
    CHECK(page->readAloud()->isVisible());
    CHECK(page->readAloud()->doneButton()->hasFocus());
    CHECK(page->readAloud()->stepLabel()->text() == expectedSteps(r).first());
    noClash();

    // Esc leaves the mode, never the window; Enter on Done advanced meanwhile.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(page->readAloud()->currentIndex() == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(!page->isReadingAloud());
    CHECK(w.isVisible());
    CHECK(w.currentId() == MailfixWizard::CheckPage);

}

TEST_CASE("read-aloud: the last Done of a side re-checks only that side against the servers", "[gui][servers][readaloud]")
{
    if (!serversAvailable())
        return;
    MailfixWizard w;
    w.setConfirmQuit(false);
    w.setCheckOptions(TestServers::get().options());
    w.show();
    fillGood(w);
    type(w, Field::OutgoingUser, QString());
    type(w, Field::OutgoingPassword, QString());
    const CheckReport first = runCheck(w);
    INFO(mailfix::test::describe(first).toStdString());
    REQUIRE(w.checkedPrefixes().size() == 2);
    ResultsPage *page = w.resultsPage();
    REQUIRE(page->readAloudButton()->isEnabled());
    page->enterReadAloud();
    ReadAloudView *view = page->readAloud();
    REQUIRE(view->stepCount() > 0);
    for (const Finding &f : first.findings)
        if (f.severity != Severity::Info && !f.fix.isEmpty())
            REQUIRE(CheckSession::sideOf(f) == QLatin1String("outgoing"));

    QSignalSpy started(&w, &MailfixWizard::checkStarted);
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    const int steps = view->stepCount();
    for (int i = 0; i < steps; ++i) {
        INFO("step " << i);
        CHECK(started.isEmpty());
        QTest::keyClick(view->doneButton(), Qt::Key_Return);
    }
    REQUIRE(started.size() == 1);
    CHECK(w.checkedPrefixes() == QStringList{QStringLiteral("outgoing.")});
    const CheckReport again = waitFinished(finished);
    // The incoming side kept its results from the first check (merged, not checked again).
    CHECK(std::any_of(again.checks.cbegin(), again.checks.cend(),
                      [](const CheckStep &s) { return s.id.startsWith(QLatin1String("incoming.")); }));
    CHECK(page->statusLabel()->text().contains(QStringLiteral("Only the outgoing server was checked again")));
    // Still in the mode; the form was not changed, so the outgoing steps come again.
    CHECK(page->isReadingAloud());
    CHECK(view->doneButton()->isEnabled());
    CHECK(view->currentIndex() == 0);
}

TEST_CASE("the page list fits its longest entry, also in longer languages, without a horizontal scroll bar", "[gui]")
{
    MailfixWizard w;
    w.setConfirmQuit(false);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QListWidget *list = w.pageList();
    auto fits = [&] {
        QApplication::processEvents();
        const QFontMetrics fm(list->font());
        for (int i = 0; i < list->count(); ++i) {
            INFO(list->item(i)->text().toStdString());
            CHECK(list->visualItemRect(list->item(i)).width() >= fm.horizontalAdvance(list->item(i)->text()));
            CHECK(list->viewport()->width() >= fm.horizontalAdvance(list->item(i)->text()));
        }
        CHECK(!list->horizontalScrollBar()->isVisible());
    };
    fits();
    // German titles are about a third longer: the list follows its texts, not a fixed width.
    const QStringList german{QStringLiteral("1  Start"), QStringLiteral("2  Account"),
                             QStringLiteral("3  Server für eintreffende E-Mails"),
                             QStringLiteral("4  Server für ausgehende E-Mails"), QStringLiteral("5  Erweitert"),
                             QStringLiteral("6  Prüfung und Ergebnisse")};
    const int before = list->width();
    for (int i = 0; i < list->count() && i < german.size(); ++i)
        list->item(i)->setText(german.at(i));
    w.fitPageList();
    fits();
    CHECK(list->width() > before);
}

TEST_CASE("the phone picture's SMTP screen: the primary server with Other SMTP Servers below", "[gui]")
{
    PhoneScreenView phone;
    AccountSettings s;
    s.outgoing.host = QStringLiteral("smtp.example.test");
    s.outgoingServerOn = false;
    phone.showFields(s, {Field::OutgoingServer});
    const QStringList texts = phone.screenTexts();
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    const int primary = int(texts.indexOf(QStringLiteral("PRIMARY SERVER")));
    const int others = int(texts.indexOf(QStringLiteral("OTHER SMTP SERVERS")));
    CHECK(texts.first() == QStringLiteral("SMTP"));
    CHECK(primary >= 0);
    CHECK(others > primary);
    CHECK(texts.indexOf(s.outgoing.host) > primary);
    CHECK(texts.indexOf(s.outgoing.host) < others);
    if (qEnvironmentVariableIsSet("MAILFIX_SCREENSHOT_DIR")) {
        phone.resize(340, 600);
        phone.grab().save(qEnvironmentVariable("MAILFIX_SCREENSHOT_DIR") + QStringLiteral("/phone-smtp-screen.png"));
    }
    // Another outgoing field: the server's own screen, as before.
    phone.showFields(s, {Field::OutgoingHost});
    CHECK(!phone.screenTexts().contains(QStringLiteral("OTHER SMTP SERVERS")));
}
