// SPDX-License-Identifier: GPL-3.0-or-later
// The real consent dialogs ("accept this certificate?", "send the password without
// encryption?") answered through their buttons and keys, against the real servers;
// and the session autosave restored into a new wizard, without the password.
#include "TestServers.h"
#include "WizardDriver.h"

#include "DialogConsentProvider.h"
#include "MailfixWizard.h"
#include "ResultsPage.h"
#include "SessionStore.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace mailfix;
using namespace mailfix::test;

namespace {

// QSignalSpy needs the signal's argument type known to the meta-type system.
[[maybe_unused]] const int DialogPointerType = qRegisterMetaType<QDialog *>();

/// Waits (with a deadline) for the consent provider to open its question; returns it.
QMessageBox *waitForQuestion(MailfixWizard &w, QSignalSpy &shown, const QString &objectName)
{
    REQUIRE(shown.isValid());
    REQUIRE((shown.count() > 0 || shown.wait(CheckDeadlineMs)));
    auto *box = qobject_cast<QMessageBox *>(w.consent()->openQuestion());
    REQUIRE(box);
    CHECK(box->objectName() == objectName);
    CHECK(box->isVisible());
    CHECK(QApplication::activeModalWidget() == box);
    REQUIRE(QTest::qWaitForWindowExposed(box));
    return box;
}

QPushButton *button(QMessageBox *box, const char *name)
{
    auto *b = box->findChild<QPushButton *>(QLatin1String(name));
    INFO("button " << name);
    REQUIRE(b);
    return b;
}

/// Everything the dialog says, as plain text.
QString dialogText(QMessageBox *box)
{
    return QTextDocumentFragment::fromHtml(box->text()).toPlainText() + QLatin1Char('\n') +
           QTextDocumentFragment::fromHtml(box->informativeText()).toPlainText();
}

/// The safe answer is what Return and Escape give, and it is labelled for screen readers.
void checkSafeDefaults(QMessageBox *box)
{
    QPushButton *accept = button(box, "consentAccept");
    QPushButton *reject = button(box, "consentReject");
    CHECK(!box->accessibleName().isEmpty());
    CHECK(!box->accessibleDescription().isEmpty());
    CHECK(!accept->accessibleName().isEmpty());
    CHECK(!reject->accessibleName().isEmpty());
    CHECK(box->defaultButton() == reject);
    CHECK(box->escapeButton() == reject);
    CHECK(reject->isDefault());
    CHECK(!accept->isDefault());
    CHECK(box->focusWidget() == reject);
}

/// Presses \a key where the keyboard focus of the dialog is, as a person would.
void press(QMessageBox *box, Qt::Key key)
{
    QWidget *target = box->focusWidget() ? box->focusWidget() : box;
    QTest::keyClick(target, key);
}

QStringList authLines(const CheckReport &r, const QString &side)
{
    QStringList out;
    for (const TranscriptLine &l : r.transcript)
        if (l.server.startsWith(side) && l.dir == QLatin1Char('C') &&
            l.text.startsWith(QLatin1String("AUTH")))
            out << l.text;
    return out;
}

bool transcriptHasPassword(const CheckReport &r)
{
    const QByteArray pw = TestServers::get().password().toUtf8();
    const QByteArray plain =
        QByteArray(1, '\0') + TestServers::get().user("alice", "user").toUtf8() + QByteArray(1, '\0') + pw;
    for (const TranscriptLine &l : r.transcript) {
        const QByteArray t = l.text.toUtf8();
        if (t.contains(pw) || t.contains(pw.toBase64()) || t.contains(plain.toBase64()))
            return true;
    }
    return false;
}

QString fingerprint(const QSslCertificate &c)
{
    const QByteArray hex = c.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

/// For docs/screenshots: the wizard with the dialog over it, as on the screen.
void screenshot(MailfixWizard &w, QMessageBox *box, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAILFIX_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QPixmap shot;
    // A real screen (Xvfb) shows both windows as placed; offscreen has no screen image.
    if (QGuiApplication::platformName() != QLatin1String("offscreen") && w.screen()) {
        const QRect area = w.frameGeometry().united(box->frameGeometry());
        shot = w.screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    }
    if (shot.isNull())
        shot = box->grab();
    const QString path = QDir(dir).filePath(name);
    CHECK(shot.save(path));
    WARN("wrote " << path.toStdString());
}

struct CertFixture
{
    MailfixWizard w;
    QSslCertificate cert;

    CertFixture()
    {
        const TestServers &ts = TestServers::get();
        w.setCheckOptions(ts.options());
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        fillGood(w);
        // The submission service that presents a certificate for wrong.example.net (from the test CA).
        type(w, Field::OutgoingPort, QString::number(ts.port("smtp", "wrongname")));
        const QString certFile = ts.json.value(QStringLiteral("certs"))
                                     .toObject()
                                     .value(QStringLiteral("wrongname"))
                                     .toObject()
                                     .value(QStringLiteral("cert"))
                                     .toString();
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(certFile);
        REQUIRE(certs.size() == 1);
        cert = certs.first();
    }
};

} // namespace

TEST_CASE("certificate for another name: the real dialog shows the certificate, Return refuses",
          "[gui][servers][consent]")
{
    if (!serversAvailable())
        return;
    CertFixture f;
    MailfixWizard &w = f.w;
    QSignalSpy shown(w.consent(), &DialogConsentProvider::questionShown);
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    clickCheck(w);
    QMessageBox *box = waitForQuestion(w, shown, QStringLiteral("certificateDialog"));

    // What a person needs to judge the certificate.
    const QString text = dialogText(box);
    INFO("dialog text:\n" << text.toStdString());
    const QLocale locale;
    CHECK(text.contains(TestServers::get().hostname()));
    CHECK(text.contains(QString::number(TestServers::get().port("smtp", "wrongname"))));
    CHECK(text.contains(QStringLiteral("wrong.example.net")));
    CHECK(text.contains(QStringLiteral("Mailfix Test CA")));
    CHECK(text.contains(f.cert.issuerDisplayName()));
    CHECK(text.contains(locale.toString(f.cert.effectiveDate().toLocalTime(), QLocale::LongFormat)));
    CHECK(text.contains(locale.toString(f.cert.expiryDate().toLocalTime(), QLocale::LongFormat)));
    CHECK(text.contains(fingerprint(f.cert)));
    CHECK(fingerprint(f.cert).size() == 32 * 3 - 1);
    checkSafeDefaults(box);
    screenshot(w, box, QStringLiteral("8-certificate-dialog.png"));

    // Waiting for the person does not run the check into its deadline, and nothing was sent yet.
    CHECK(w.isChecking());
    CHECK(finished.isEmpty());

    QPointer<QMessageBox> guard(box);
    press(box, Qt::Key_Return);
    const CheckReport r = waitFinished(finished);
    INFO(describe(r).toStdString());
    CHECK((guard.isNull() || !guard->isVisible())); // closed
    CHECK(shown.count() == 1); // asked once

    const Finding *mismatch = findingFor(r, QStringLiteral("cert.hostname_mismatch"), Field::OutgoingHost);
    REQUIRE(mismatch);
    CHECK(mismatch->evidence.contains(QLatin1String("wrong.example.net")));
    CHECK(findingFor(r, QStringLiteral("auth.skipped_untrusted")));
    CHECK(state(w, Field::OutgoingHost) == QLatin1String("failed"));
    CHECK(state(w, Field::OutgoingUser) != QLatin1String("passed"));
    CHECK(state(w, Field::IncomingPassword) == QLatin1String("passed"));
    // The server never got the password: the outgoing conversation went as far as TLS, never to AUTH.
    bool ehlo = false;
    for (const TranscriptLine &l : r.transcript)
        ehlo |= l.server.startsWith(QLatin1String("outgoing")) && l.text.startsWith(QLatin1String("EHLO"));
    CHECK(ehlo);
    CHECK(authLines(r, QStringLiteral("outgoing")).isEmpty());
    CHECK_FALSE(transcriptHasPassword(r));
}

TEST_CASE("certificate for another name: accepting it in the real dialog lets the login through",
          "[gui][servers][consent]")
{
    if (!serversAvailable())
        return;
    CertFixture f;
    MailfixWizard &w = f.w;
    QSignalSpy shown(w.consent(), &DialogConsentProvider::questionShown);
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    clickCheck(w);
    QMessageBox *box = waitForQuestion(w, shown, QStringLiteral("certificateDialog"));
    CHECK(dialogText(box).contains(QStringLiteral("wrong.example.net")));
    QTest::mouseClick(button(box, "consentAccept"), Qt::LeftButton);
    const CheckReport r = waitFinished(finished);
    INFO(describe(r).toStdString());

    CHECK(state(w, Field::OutgoingUser) == QLatin1String("passed"));
    CHECK(state(w, Field::OutgoingPassword) == QLatin1String("passed"));
    // Accepting it for this check does not make the certificate right.
    CHECK(findingFor(r, QStringLiteral("cert.hostname_mismatch"), Field::OutgoingHost));
    CHECK(state(w, Field::OutgoingHost) == QLatin1String("failed"));
    CHECK_FALSE(findingFor(r, QStringLiteral("auth.skipped_untrusted")));
    CHECK(authLines(r, QStringLiteral("outgoing")).size() == 1);
    CHECK_FALSE(transcriptHasPassword(r)); // sent, but redacted in the report
}

TEST_CASE("the check time shown leaves out the seconds the certificate question was open",
          "[gui][servers][consent]")
{
    if (!serversAvailable())
        return;
    CertFixture f;
    MailfixWizard &w = f.w;
    QSignalSpy shown(w.consent(), &DialogConsentProvider::questionShown);
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    QElapsedTimer wall;
    wall.start();
    clickCheck(w);
    QMessageBox *box = waitForQuestion(w, shown, QStringLiteral("certificateDialog"));
    // The person reads the certificate for three seconds before answering.
    constexpr int ReadingMs = 3000;
    QTest::qWait(ReadingMs);
    QTest::mouseClick(button(box, "consentAccept"), Qt::LeftButton);
    const CheckReport r = waitFinished(finished);
    const qint64 wallMs = wall.elapsed();
    INFO("wall " << wallMs << " ms, reported " << r.totalMs << " ms");
    REQUIRE(wallMs >= ReadingMs);
    CHECK(r.totalMs >= 0);
    CHECK(r.totalMs <= wallMs - ReadingMs);
    // The results page says that time, not the wall clock's.
    const QString status = w.resultsPage()->statusLabel()->text();
    CHECK(status == QStringLiteral("Check finished in %1 s.").arg(double(r.totalMs) / 1000.0, 0, 'f', 1));
}

TEST_CASE("closing the window while the certificate question is open: no password is sent",
          "[gui][servers][consent]")
{
    if (!serversAvailable())
        return;
    CertFixture f;
    MailfixWizard &w = f.w;
    QSignalSpy shown(w.consent(), &DialogConsentProvider::questionShown);
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    clickCheck(w);
    QPointer<QMessageBox> box = waitForQuestion(w, shown, QStringLiteral("certificateDialog"));
    w.close();
    const CheckReport r = waitFinished(finished);
    INFO(describe(r).toStdString());
    CHECK(r.cancelled);
    CHECK(!w.isChecking());
    CHECK((box.isNull() || !box->isVisible()));
    CHECK(authLines(r, QStringLiteral("outgoing")).isEmpty());
}

TEST_CASE("two questions at once (incoming unencrypted, outgoing certificate): closing the window closes both",
          "[gui][servers][consent]")
{
    if (!serversAvailable())
        return;
    CertFixture f;
    MailfixWizard &w = f.w;
    // Incoming with Use SSL off: Dovecot on loopback would take the password before TLS, so the check asks.
    w.goToField(Field::IncomingSsl);
    auto *ssl = field<QCheckBox>(w, Field::IncomingSsl);
    REQUIRE(ssl->hasFocus());
    QTest::keyClick(ssl, Qt::Key_Space);
    REQUIRE(!ssl->isChecked());
    type(w, Field::IncomingPort, QString::number(TestServers::get().port("imap", "imap")));

    QList<QPointer<QDialog>> questions;
    QObject::connect(w.consent(), &DialogConsentProvider::questionShown, &w,
                     [&](QDialog *d) { questions.append(d); });
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    clickCheck(w);
    REQUIRE(QTest::qWaitFor([&] { return questions.size() == 2; }, CheckDeadlineMs));
    QStringList names;
    for (const QPointer<QDialog> &q : std::as_const(questions))
        names << q->objectName();
    names.sort();
    CHECK(names == QStringList{QStringLiteral("certificateDialog"), QStringLiteral("plaintextDialog")});

    w.close();
    const CheckReport r = waitFinished(finished);
    INFO(describe(r).toStdString());
    CHECK(r.cancelled);
    for (const QPointer<QDialog> &q : std::as_const(questions)) {
        INFO("question " << (q ? q->objectName().toStdString() : std::string("(deleted)")));
        CHECK((q.isNull() || !q->isVisible()));
    }
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(authLines(r, QStringLiteral("outgoing")).isEmpty());
    CHECK_FALSE(transcriptHasPassword(r));
}

TEST_CASE("password without encryption: the real warning, Escape refuses, accepting logs in with a warning",
          "[gui][servers][consent]")
{
    if (!serversAvailable())
        return;
    const TestServers &ts = TestServers::get();
    MailfixWizard w;
    w.setCheckOptions(ts.options());
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    fillGood(w);
    // Use SSL off, as a person would switch it, then the port that allows AUTH before TLS.
    w.goToField(Field::OutgoingSsl);
    auto *ssl = field<QCheckBox>(w, Field::OutgoingSsl);
    REQUIRE(ssl->isChecked());
    REQUIRE(ssl->hasFocus());
    QTest::keyClick(ssl, Qt::Key_Space);
    REQUIRE(!ssl->isChecked());
    const int port = ts.port("smtp", "submission_plain_ok");
    type(w, Field::OutgoingPort, QString::number(port));

    QSignalSpy shown(w.consent(), &DialogConsentProvider::questionShown);
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);

    SECTION("refused with Escape: no password sent")
    {
        clickCheck(w);
        QMessageBox *box = waitForQuestion(w, shown, QStringLiteral("plaintextDialog"));
        const QString text = dialogText(box);
        INFO("dialog text:\n" << text.toStdString());
        CHECK(text.contains(ts.hostname()));
        CHECK(text.contains(QString::number(port)));
        CHECK(text.contains(QStringLiteral("no encryption")));
        CHECK(text.contains(QStringLiteral("readable by anyone")));
        CHECK(box->icon() == QMessageBox::Critical);
        checkSafeDefaults(box);
        press(box, Qt::Key_Escape);
        const CheckReport r = waitFinished(finished);
        INFO(describe(r).toStdString());
        CHECK(findingFor(r, QStringLiteral("auth.skipped_plaintext")));
        CHECK_FALSE(findingFor(r, QStringLiteral("tls.plaintext_login")));
        CHECK(state(w, Field::OutgoingUser) != QLatin1String("passed"));
        CHECK(authLines(r, QStringLiteral("outgoing")).isEmpty());
        CHECK_FALSE(transcriptHasPassword(r));
    }
    SECTION("accepted: the login goes through, with the plaintext warning")
    {
        clickCheck(w);
        QMessageBox *box = waitForQuestion(w, shown, QStringLiteral("plaintextDialog"));
        QTest::mouseClick(button(box, "consentAccept"), Qt::LeftButton);
        const CheckReport r = waitFinished(finished);
        INFO(describe(r).toStdString());
        const Finding *warning = findingFor(r, QStringLiteral("tls.plaintext_login"), Field::OutgoingSsl);
        REQUIRE(warning);
        CHECK(warning->severity == Severity::Warning);
        CHECK_FALSE(findingFor(r, QStringLiteral("auth.skipped_plaintext")));
        CHECK(state(w, Field::OutgoingUser) == QLatin1String("passed"));
        CHECK(state(w, Field::OutgoingSsl) != QLatin1String("passed"));
        CHECK(authLines(r, QStringLiteral("outgoing")).size() == 1);
        CHECK_FALSE(transcriptHasPassword(r));
    }
    CHECK(shown.count() == 1);
}

TEST_CASE("the typed settings are autosaved and offered to the next window, never the password", "[gui]")
{
    // Own settings location and name: nothing of the person's real session is touched.
    QTemporaryDir config;
    REQUIRE(config.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    const QString oldApp = QCoreApplication::applicationName();
    const QString oldOrg = QCoreApplication::organizationName();
    QCoreApplication::setOrganizationName(QStringLiteral("MailfixTest"));
    QCoreApplication::setApplicationName(QStringLiteral("mailfix-session-test"));
    struct Restore
    {
        QString app, org;
        ~Restore()
        {
            QStandardPaths::setTestModeEnabled(false);
            QCoreApplication::setApplicationName(app);
            QCoreApplication::setOrganizationName(org);
        }
    } restore{oldApp, oldOrg};

    const QString password = QStringLiteral("s3cret-Pa55-%1").arg(QCoreApplication::applicationPid());
    const QString key = QStringLiteral("session/settings");
    {
        SessionStore store;
        REQUIRE(!store.hasSaved());
        MailfixWizard w;
        w.setSessionStore(&store);
        w.show();
        type(w, Field::Email, QStringLiteral("carol@example.test"));
        type(w, Field::IncomingHost, QStringLiteral("imap.example.test"));
        type(w, Field::IncomingUser, QStringLiteral("carol"));
        type(w, Field::IncomingPassword, password);
        type(w, Field::OutgoingHost, QStringLiteral("smtp.example.test"));
        type(w, Field::OutgoingUser, QStringLiteral("carol@example.test"));
        type(w, Field::OutgoingPassword, password);
        type(w, Field::OutgoingPort, QStringLiteral("2525"));
        // The autosave comes by itself after a pause in typing; wait for it, with a deadline.
        const bool saved = QTest::qWaitFor(
            [&] { return QSettings().value(key).toString().contains(QLatin1String("2525")); }, 5000);
        REQUIRE(saved);
        // The window stays open: this is what survives a crash.
    }

    // Nothing on disk holds the password.
    QDirIterator it(config.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        INFO(f.fileName().toStdString());
        CHECK(!bytes.contains(password.toUtf8()));
        CHECK(!bytes.contains(password.toUtf8().toBase64()));
        ++files;
    }
    CHECK(files >= 1);

    // The next start: offered (as main.cpp does), restored with the passwords asked for, none there.
    SessionStore next;
    REQUIRE(next.hasSaved());
    AccountSettings saved;
    REQUIRE(next.loadSaved(&saved));
    CHECK(saved.incoming.password.isEmpty());
    CHECK(saved.outgoing.password.isEmpty());
    MailfixWizard w2;
    w2.applySettings(saved, true);
    w2.setSessionStore(&next);
    CHECK(field<QLineEdit>(w2, Field::Email)->text() == QLatin1String("carol@example.test"));
    CHECK(field<QLineEdit>(w2, Field::IncomingHost)->text() == QLatin1String("imap.example.test"));
    CHECK(field<QLineEdit>(w2, Field::IncomingUser)->text() == QLatin1String("carol"));
    CHECK(field<QLineEdit>(w2, Field::OutgoingHost)->text() == QLatin1String("smtp.example.test"));
    CHECK(field<QLineEdit>(w2, Field::OutgoingUser)->text() == QLatin1String("carol@example.test"));
    CHECK(field<QLineEdit>(w2, Field::OutgoingPort)->text() == QLatin1String("2525"));
    CHECK(field<QLineEdit>(w2, Field::IncomingPassword)->text().isEmpty());
    CHECK(field<QLineEdit>(w2, Field::OutgoingPassword)->text().isEmpty());
    CHECK(w2.settings().incoming.password.isEmpty());
    CHECK(w2.settings().outgoing.password.isEmpty());

    // Declining the offer forgets the session.
    next.clear();
    CHECK(!SessionStore().hasSaved());
}
