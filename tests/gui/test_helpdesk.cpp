// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard on a helpdesk call, by keyboard: safe keys, pages like a form, mnemonics, help,
// finding cards, New Customer, restore, the report for a ticket, and the shortest path to a cause.
#include "TestServers.h"
#include "WizardDriver.h"

#include "FieldRow.h"
#include "FindingCard.h"
#include "FormPage.h"
#include "MailfixWizard.h"
#include "PhoneScreenView.h"
#include "ReportExporter.h"
#include "ResultsPage.h"
#include "SessionStore.h"

#include "wording/FixCatalog.h"
#include "model/Codes.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace mailfix;
using namespace mailfix::test;

namespace {

/// A wizard on screen with the keyboard focus, as on a call.
struct Call
{
    MailfixWizard w;
    int keys = 0; ///< key presses other than the characters of typed values
    Call()
    {
        w.setConfirmQuit(false);
        w.show();
        w.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&w));
    }
    QWidget *focus() const { return QApplication::focusWidget() ? QApplication::focusWidget() : (QWidget *)&w; }
    /// One key press, counted.
    void press(Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        ++keys;
        QTest::keyClick(focus(), key, mods);
    }
    /// The characters of a value into the focused field (not counted as navigation).
    void typeText(const QString &text) { QTest::keyClicks(focus(), text); }
};

/// A server that accepts and never says a word: a check against it runs until cancelled.
struct SilentServer
{
    QTcpServer server;
    SilentServer() { REQUIRE(server.listen(QHostAddress::LocalHost)); }
    quint16 port() const { return server.serverPort(); }
};

Finding described(const QString &code, const QString &field, Severity severity, const AccountSettings &s)
{
    Finding f = Finding::make(code, field);
    f.severity = severity;
    f.facts.side = field.section(QLatin1Char('.'), 0, 0);
    FixCatalog::describe(f, s);
    return f;
}

CheckReport relayReport()
{
    CheckReport r;
    r.settings.email = QStringLiteral("carol@example.test");
    r.settings.outgoing.host = QStringLiteral("smtp.example.test");
    r.settings.outgoing.port = 587;
    Finding relay = described(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error, r.settings);
    relay.alsoFields = {Field::OutgoingPassword};
    relay.evidence = QStringLiteral("RCPT TO: 554 5.7.1 Relay access denied");
    r.findings = {relay, described(Code::AuthMechanismInfo, Field::OutgoingAuth, Severity::Info, r.settings)};
    r.checks = {{QStringLiteral("outgoing.relay"), StepStatus::Fail, 40, QStringLiteral("554 5.7.1")}};
    r.transcript = {{QStringLiteral("outgoing"), 1, QLatin1Char('S'), QStringLiteral("220 smtp.example.test ESMTP")}};
    r.totalMs = 300;
    return r;
}

} // namespace

TEST_CASE("Esc never closes the wizard or loses typed work, and during a check it cancels", "[gui]")
{
    Call c;
    c.w.setConfirmQuit(true);
    type(c.w, Field::Email, QStringLiteral("dave@example.test"));
    for (int id : {MailfixWizard::StartPage, MailfixWizard::AccountPage, MailfixWizard::IncomingPage,
                   MailfixWizard::OutgoingPage, MailfixWizard::AdvancedPage}) {
        INFO("page " << id);
        c.w.navigateTo(id);
        c.press(Qt::Key_Escape);
        CHECK(c.w.isVisible());
        CHECK(c.w.currentId() == id);
        CHECK(field<QLineEdit>(c.w, Field::Email)->text() == QLatin1String("dave@example.test"));
    }

    SilentServer silent;
    CheckOptions o;
    o.stepTimeoutMs = 20000;
    c.w.setCheckOptions(o);
    type(c.w, Field::OutgoingHost, QStringLiteral("127.0.0.1"));
    type(c.w, Field::OutgoingPort, QString::number(silent.port()));
    QSignalSpy finished(&c.w, &MailfixWizard::checkFinished);
    c.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(c.w.isChecking());
    auto *cancel = field<QPushButton>(c.w, QStringLiteral("cancelCheckButton"));
    CHECK(cancel->isVisible());
    c.press(Qt::Key_Escape);
    REQUIRE((finished.count() == 1 || finished.wait(5000)));
    CHECK(finished.first().at(0).value<CheckReport>().cancelled);
    CHECK(c.w.isVisible());
    // After the check no full bar and no dead Cancel button stay.
    CHECK(!cancel->isVisible());
    CHECK(!field<QProgressBar>(c.w, QStringLiteral("checkProgress"))->isVisible());
    // Enter on the results is Check Again, not Close.
    auto *check = qobject_cast<QPushButton *>(c.w.button(QWizard::CustomButton1));
    auto *close = qobject_cast<QPushButton *>(c.w.button(QWizard::FinishButton));
    CHECK(check->isDefault());
    CHECK(!close->isDefault());
    QSignalSpy started(&c.w, &MailfixWizard::checkStarted);
    c.press(Qt::Key_Return);
    CHECK(started.count() == 1);
    c.press(Qt::Key_Escape);
    REQUIRE(finished.wait(5000));
    CHECK(c.w.isVisible());
}

TEST_CASE("quitting with typed settings asks once, No by default", "[gui]")
{
    Call c;
    c.w.setConfirmQuit(true);
    type(c.w, Field::Email, QStringLiteral("erin@example.test"));
    QString text;
    bool defaultIsNo = false;
    auto answer = [&](QMessageBox::StandardButton which) {
        QTimer::singleShot(0, [&, which] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            CHECK(box->objectName() == QLatin1String("quitQuestion"));
            text = box->text();
            defaultIsNo = box->defaultButton() == box->button(QMessageBox::No);
            if (which == QMessageBox::No)
                QTest::keyClick(box, Qt::Key_Return); // Enter takes the default: No
            else
                box->button(which)->click();
        });
    };
    answer(QMessageBox::No);
    QTest::mouseClick(c.w.button(QWizard::CancelButton), Qt::LeftButton);
    CHECK(defaultIsNo);
    CHECK(text.contains(QStringLiteral("erin@example.test")));
    CHECK(c.w.isVisible());
    CHECK(field<QLineEdit>(c.w, Field::Email)->text() == QLatin1String("erin@example.test"));
    answer(QMessageBox::Yes);
    QTest::mouseClick(c.w.button(QWizard::CancelButton), Qt::LeftButton);
    CHECK(!c.w.isVisible());
}

TEST_CASE("pages like a form: Alt+1 … Alt+6, focus on the first empty field, the phone beside", "[gui]")
{
    Call c;
    REQUIRE(c.w.pageList()->count() == 6);
    c.press(Qt::Key_4, Qt::AltModifier);
    CHECK(c.w.currentId() == MailfixWizard::OutgoingPage);
    CHECK(c.w.focusWidget() == field(c.w, Field::OutgoingHost)); // not the Primary Server switch
    CHECK(c.w.pageList()->currentRow() == 3);
    FormPage *out = c.w.formPage(MailfixWizard::OutgoingPage);
    REQUIRE(out);
    CHECK(out->phone()->isVisible());
    CHECK(out->phone()->highlighted() == QStringList{Field::OutgoingHost});
    c.press(Qt::Key_Tab);
    CHECK(out->phone()->highlighted() == QStringList{Field::OutgoingUser}); // the picture follows the cursor
    c.press(Qt::Key_2, Qt::AltModifier);
    CHECK(c.w.currentId() == MailfixWizard::AccountPage);
    CHECK(c.w.focusWidget() == field(c.w, Field::Email));
    c.press(Qt::Key_5, Qt::AltModifier);
    CHECK(c.w.currentId() == MailfixWizard::AdvancedPage);
    c.press(Qt::Key_1, Qt::AltModifier);
    CHECK(c.w.currentId() == MailfixWizard::StartPage);

    SECTION("fields keep a readable width on a wide screen")
    {
        c.w.resize(1920, 1000);
        QTest::qWait(20);
        c.press(Qt::Key_3, Qt::AltModifier);
        const int width = field(c.w, Field::IncomingHost)->width();
        CHECK(width > 150);
        CHECK(width < 700);
    }
}

TEST_CASE("every label has a mnemonic, none twice on a page, and it reaches its field", "[gui]")
{
    Call c;
    const QList<QAbstractButton *> buttons{c.w.button(QWizard::CustomButton1), c.w.button(QWizard::BackButton),
                                           c.w.button(QWizard::NextButton),    c.w.button(QWizard::FinishButton),
                                           c.w.button(QWizard::CancelButton),  c.w.button(QWizard::HelpButton)};
    const QList<QAbstractButton *> side = c.w.findChild<QWidget *>(QStringLiteral("sidePanel"))
                                              ->findChildren<QAbstractButton *>();
    for (int id : c.w.pageIds()) {
        c.w.navigateTo(id);
        INFO("page " << id);
        FormPage *fp = c.w.formPage(id);
        if (fp)
            for (FieldRow *row : fp->rows()) {
                INFO(row->field().toStdString());
                CHECK(row->label()->text().contains(QLatin1Char('&')));
            }
        QStringList keys = pageMnemonics(c.w.currentPage(), buttons + side);
        const int all = int(keys.size());
        keys.removeDuplicates();
        INFO(keys.join(QLatin1Char(' ')).toStdString());
        CHECK(keys.size() == all);
    }
    // The mnemonic puts the cursor in its field.
    c.w.navigateTo(MailfixWizard::OutgoingPage);
    FieldRow *user = c.w.row(Field::OutgoingUser);
    const QString label = user->label()->text();
    const QChar key = label.at(label.indexOf(QLatin1Char('&')) + 1).toUpper();
    c.press(Qt::Key(key.unicode()), Qt::AltModifier);
    CHECK(c.w.focusWidget() == field(c.w, Field::OutgoingUser));
}

TEST_CASE("F1 opens help for the page on screen", "[gui]")
{
    Call c;
    c.w.navigateTo(MailfixWizard::OutgoingPage);
    c.press(Qt::Key_F1);
    auto *help = c.w.findChild<QDialog *>(QStringLiteral("helpDialog"));
    REQUIRE(help);
    CHECK(help->isVisible());
    const QString text = help->findChild<QTextBrowser *>()->toPlainText();
    CHECK(text.contains(QStringLiteral("Outgoing Mail Server")));
    CHECK(text.contains(QStringLiteral("Alt+1")));
    help->close();
}

TEST_CASE("tab order is the order on screen, and a description survives a state change", "[gui]")
{
    Call c;
    c.press(Qt::Key_4, Qt::AltModifier);
    QWidget *page = c.w.currentPage();
    int lastY = -1;
    for (int i = 0; i < 6; ++i) {
        QWidget *f = c.w.focusWidget();
        REQUIRE(f);
        if (!page->isAncestorOf(f))
            break;
        const int y = f->mapTo(page, QPoint(0, 0)).y();
        INFO(f->objectName().toStdString());
        CHECK(y >= lastY);
        lastY = y;
        c.press(Qt::Key_Tab);
    }
    // The buttons at the bottom, left to right.
    QList<QWidget *> order;
    QWidget *w = c.w.button(QWizard::HelpButton);
    for (int i = 0; i < 8 && w; ++i, w = w->nextInFocusChain())
        order << w;
    CHECK(order.indexOf(c.w.button(QWizard::CustomButton1)) < order.indexOf(c.w.button(QWizard::NextButton)));

    FieldRow *host = c.w.row(Field::OutgoingHost);
    const QString before = host->editor()->accessibleDescription();
    host->setState(FieldRow::State::Failed);
    CHECK(host->editor()->accessibleDescription().contains(QStringLiteral("host name")));
    CHECK(host->editor()->accessibleDescription().contains(QStringLiteral("failed")));
    CHECK(before.contains(QStringLiteral("host name")));
}

TEST_CASE("finding cards: a click on the text selects, Up/Down move, the phone follows", "[gui]")
{
    Call c;
    CheckReport r = relayReport();
    Finding tls = described(Code::TlsRequired, Field::OutgoingSsl, Severity::Error, r.settings);
    r.findings.insert(1, tls);
    c.w.showReport(r);
    REQUIRE(c.w.currentId() == MailfixWizard::CheckPage);
    const QList<FindingCard *> cards = c.w.resultsPage()->cards();
    REQUIRE(cards.size() == 3);
    PhoneScreenView *phone = c.w.resultsPage()->phone();
    CHECK(c.w.resultsPage()->selectedCard() == cards.at(0));
    CHECK(phone->highlighted().contains(Field::OutgoingUser));
    auto *title = cards.at(1)->findChild<QLabel *>(QStringLiteral("findingTitle"));
    QTest::mouseClick(title, Qt::LeftButton);
    CHECK(c.w.resultsPage()->selectedCard() == cards.at(1));
    CHECK(cards.at(1)->hasFocus());
    CHECK(phone->highlighted().contains(Field::OutgoingSsl));
    c.press(Qt::Key_Up);
    CHECK(c.w.resultsPage()->selectedCard() == cards.at(0));
    CHECK(phone->highlighted().contains(Field::OutgoingUser));
    c.press(Qt::Key_Down);
    CHECK(c.w.resultsPage()->selectedCard() == cards.at(1));
    // No two buttons share a key on the results page (Copy Report is not Alt+C).
    const QList<QAbstractButton *> buttons{c.w.button(QWizard::CustomButton1), c.w.button(QWizard::BackButton),
                                           c.w.button(QWizard::FinishButton), c.w.button(QWizard::HelpButton)};
    QStringList keys = pageMnemonics(c.w.currentPage(), buttons);
    const int all = int(keys.size());
    keys.removeDuplicates();
    CHECK(keys.size() == all);
}

TEST_CASE("New Customer clears everything, and restore names the caller and defaults to No", "[gui]")
{
    QStandardPaths::setTestModeEnabled(true);
    SessionStore store;
    store.clear();
    Call c;
    c.w.setSessionStore(&store);
    type(c.w, Field::Email, QStringLiteral("frank@example.test"));
    type(c.w, Field::IncomingHost, QStringLiteral("imap.example.test"));
    type(c.w, Field::IncomingPassword, QStringLiteral("secret-123"));
    c.w.showReport(relayReport());
    c.w.navigateTo(MailfixWizard::IncomingPage);
    auto *newButton = field<QPushButton>(c.w, QStringLiteral("newCustomerButton"));
    INFO("side visible " << newButton->isVisible() << " focus " << c.focus()->objectName().toStdString());
    CHECK(newButton->isVisible());
    c.press(Qt::Key_W, Qt::AltModifier);
    // A button's mnemonic clicks it after its short animation.
    CHECK(QTest::qWaitFor([&] { return c.w.currentId() == MailfixWizard::AccountPage; }, 2000));
    CHECK(c.w.focusWidget() == field(c.w, Field::Email));
    for (const QString &f : {Field::Email, Field::IncomingHost, Field::IncomingPassword})
        CHECK(field<QLineEdit>(c.w, f)->text().isEmpty());
    CHECK(!c.w.hasReport());
    CHECK(c.w.resultsPage()->cards().isEmpty());
    CHECK(!store.hasSaved());

    // The restore question of the next start.
    AccountSettings s;
    s.email = QStringLiteral("gina@example.test");
    const QDateTime at = QDateTime::currentDateTime();
    std::unique_ptr<QMessageBox> box(SessionStore::restoreQuestion(s, at));
    CHECK(box->text().contains(QStringLiteral("gina@example.test")));
    CHECK(box->text().contains(QLocale().toString(at, QLocale::ShortFormat)));
    CHECK(box->defaultButton() == box->button(QMessageBox::No));

    // Recent checks keep the settings, never a password.
    AccountSettings withPassword = s;
    withPassword.incoming.host = QStringLiteral("imap.example.test");
    withPassword.incoming.password = Secret(QByteArrayLiteral("pw-never-kept"));
    store.addRecent(withPassword, QStringLiteral("ok"));
    store.addRecent(withPassword, QStringLiteral("ok again")); // the same caller once
    const QList<SessionStore::Recent> recent = store.recent();
    REQUIRE(!recent.isEmpty());
    CHECK(recent.first().settings.email == QLatin1String("gina@example.test"));
    CHECK(recent.first().verdict == QLatin1String("ok again"));
    CHECK(recent.first().settings.incoming.password.isEmpty());
    CHECK(std::count_if(recent.cbegin(), recent.cend(), [](const SessionStore::Recent &r) {
              return r.settings.email == QLatin1String("gina@example.test");
          }) == 1);
    QSettings settings;
    for (const QString &key : settings.allKeys())
        CHECK(!settings.value(key).toString().contains(QStringLiteral("pw-never-kept")));
    store.clear();
}

TEST_CASE("the report for a ticket: summary and picture first, file name, copies", "[gui]")
{
    const CheckReport r = relayReport();
    ReportDetails d;
    d.customer = QStringLiteral("Carol Smith");
    d.ticket = QStringLiteral("T-4711");
    d.agent = QStringLiteral("Sam");
    d.when = QDateTime(QDate(2026, 12, 2), QTime(9, 30));
    CHECK(ReportExporter::fileName(d, r, QStringLiteral("pdf")) ==
          QLatin1String("mailfix-Carol-Smith-T-4711-20261202-0930.pdf"));
    CHECK(ReportExporter::fileName({}, r, QStringLiteral("txt")).startsWith(QStringLiteral("mailfix-carol@example.test-")));

    const QString summary = ReportExporter::summaryText(r, d);
    CHECK(summary.contains(QStringLiteral("T-4711")));
    CHECK(summary.contains(QStringLiteral("One problem stops")));
    CHECK(!summary.contains(Code::SmtpRelayDenied)); // codes only in the appendix
    CHECK(!summary.contains(QStringLiteral("220 smtp.example.test")));
    const QString text = ReportExporter::text(r, d);
    CHECK(text.indexOf(QStringLiteral("One problem stops")) < text.indexOf(Code::SmtpRelayDenied));
    CHECK(text.indexOf(Code::SmtpRelayDenied) < text.lastIndexOf(QStringLiteral("220 smtp.example.test")));
    const QString reply = ReportExporter::emailReply(r, d);
    CHECK(reply.startsWith(QStringLiteral("Hello Carol Smith,")));
    CHECK(reply.contains(r.findings.first().fix.first()));

    // Copy Report on the results page: the summary, not the transcript.
    Call c;
    c.w.showReport(r);
    c.w.resultsPage()->findChild<QLineEdit *>(QStringLiteral("reportTicket"))->setText(QStringLiteral("T-4711"));
    QTest::mouseClick(field<QPushButton>(c.w, QStringLiteral("copyReportButton")), Qt::LeftButton);
    const QString clip = QGuiApplication::clipboard()->text();
    CHECK(clip.contains(QStringLiteral("T-4711")));
    CHECK(clip.contains(QStringLiteral("One problem stops")));
    CHECK(!clip.contains(QStringLiteral("220 smtp.example.test")));
    QTest::mouseClick(field<QPushButton>(c.w, QStringLiteral("copyReplyButton")), Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Hello,")));

    SECTION("the PDF's first page holds the summary and the phone picture")
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QString error;
        REQUIRE(ReportExporter::save(r, pdf, QStringLiteral("pdf"), &error, d));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            WARN("pdftoppm (poppler-utils) missing: the PDF is not rendered");
            return;
        }
        QProcess p;
        p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                             QStringLiteral("1"), QStringLiteral("-r"), QStringLiteral("60"),
                                             QStringLiteral("-png"), pdf, dir.filePath(QStringLiteral("page"))});
        REQUIRE(p.waitForFinished(20000));
        REQUIRE(p.exitCode() == 0);
        const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
        REQUIRE(!pngs.isEmpty());
        const QImage page(dir.filePath(pngs.first()));
        REQUIRE(!page.isNull());
        // The phone picture: its highlighted row's colour (and its grey background) on page 1.
        int highlight = 0, grey = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor px = page.pixelColor(x, y);
                highlight += qAbs(px.red() - 0xff) < 8 && qAbs(px.green() - 0xe4) < 10 && qAbs(px.blue() - 0xdc) < 10;
                grey += qAbs(px.red() - 0xf2) < 4 && qAbs(px.green() - 0xf2) < 4 && qAbs(px.blue() - 0xf7) < 4;
            }
        CHECK(highlight > 50);
        CHECK(grey > 500);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                  QStringLiteral("1"), pdf, QStringLiteral("-")});
            REQUIRE(p.waitForFinished(20000));
            const QString first = QString::fromUtf8(p.readAllStandardOutput());
            CHECK(first.contains(QStringLiteral("One problem stops")));
            CHECK(first.contains(QStringLiteral("T-4711")));
            CHECK(!first.contains(QStringLiteral("220 smtp.example.test")));
        }
        if (qEnvironmentVariableIsSet("MAILFIX_SCREENSHOT_DIR")) {
            const QDir shots(qEnvironmentVariable("MAILFIX_SCREENSHOT_DIR"));
            page.save(shots.filePath(QStringLiteral("report-page1.png")));
            QFile::remove(shots.filePath(QStringLiteral("report.pdf")));
            QFile::copy(pdf, shots.filePath(QStringLiteral("report.pdf"))); // scripts/screenshots.sh renders it larger
        }
    }
}

TEST_CASE("acceptance: a cold-start relaying call reaches its cause in at most 25 keys", "[gui][servers]")
{
    if (!serversAvailable())
        return;
    const TestServers &ts = TestServers::get();
    QStandardPaths::setTestModeEnabled(true);
    Call c;
    c.w.setCheckOptions(ts.options());
    QSignalSpy finished(&c.w, &MailfixWizard::checkFinished);
    // Cold start on the Start page. Only what the caller has: Email and the outgoing server;
    // the outgoing User Name left empty, Use SSL and Authentication as the phone's defaults.
    c.press(Qt::Key_2, Qt::AltModifier);            // Account page, cursor in Email
    c.typeText(ts.user("alice", "email"));
    c.press(Qt::Key_4, Qt::AltModifier);            // Outgoing page, cursor in Host Name
    c.typeText(ts.hostname());
    // The test server cannot listen on 587: its port is typed, as the phone's default would stand.
    const QString portLabel = c.w.row(Field::OutgoingPort)->label()->text();
    c.press(Qt::Key(portLabel.at(portLabel.indexOf(QLatin1Char('&')) + 1).toUpper().unicode()), Qt::AltModifier);
    REQUIRE(c.w.focusWidget() == field(c.w, Field::OutgoingPort));
    c.press(Qt::Key_A, Qt::ControlModifier);
    c.typeText(QString::number(ts.port("smtp", "submission")));
    c.press(Qt::Key_Return, Qt::ControlModifier); // Check
    REQUIRE((finished.count() == 1 || finished.wait(CheckDeadlineMs)));
    const CheckReport r = finished.first().at(0).value<CheckReport>();
    INFO(mailfix::test::describe(r).toStdString());
    INFO("keys " << c.keys);
    CHECK(c.keys <= 25);
    WARN("cold-start relaying call: " << c.keys << " key presses besides the typed values");
    // Incoming not given: not checked, not an error.
    for (const Finding &f : r.findings)
        CHECK(!f.field.startsWith(QLatin1String("incoming.")));
    const QList<FindingCard *> cards = c.w.resultsPage()->cards();
    REQUIRE(!cards.isEmpty());
    const QString first = cards.first()->finding().code;
    CHECK((first == Code::SmtpRelayDenied || first == Code::AuthCredentialsMissing));
    CHECK(c.w.resultsPage()->phone()->highlighted().contains(Field::OutgoingUser));
    CHECK(c.w.resultsPage()->statusLabel()->text().contains(QStringLiteral("incoming server was not checked")));
    // The verdict line stays while a notice shows.
    const QString verdict = c.w.resultsPage()->summaryText();
    c.press(Qt::Key_O, Qt::AltModifier); // Copy Report
    CHECK(QTest::qWaitFor([&] { return c.w.resultsPage()->noticeLabel()->isVisible(); }, 2000));
    CHECK(c.w.resultsPage()->summaryText() == verdict);
    CHECK(c.w.resultsPage()->noticeLabel()->isVisible());
    const QString clip = QGuiApplication::clipboard()->text();
    CHECK(clip.contains(verdict));
    CHECK(!clip.contains(QStringLiteral("Transcript")));
    CHECK(!clip.contains(ts.password()));
}
