// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's "Find my settings" and "Find working settings", run inside the network
// namespace of tests/netns/netlab.py (test_discovery.py case "wizard" starts it there).
#include "WizardDriver.h"

#include "DiscoveryDialog.h"
#include "MailfixWizard.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSslCertificate>
#include <QTreeWidget>

using namespace mailfix;
using namespace mailfix::test;

namespace {

QJsonObject lab()
{
    QFile f(qEnvironmentVariable("MAILFIX_NETLAB"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void setUp(MailfixWizard &w, const QJsonObject &l)
{
    CheckOptions o;
    o.extraCaCertificates = QSslCertificate::fromPath(l.value(QStringLiteral("ca_file")).toString());
    REQUIRE_FALSE(o.extraCaCertificates.isEmpty());
    o.stepTimeoutMs = 4000;
    w.setCheckOptions(o);
    w.show();
}

template <typename Pred> bool waitFor(Pred pred, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!pred() && t.elapsed() < ms)
        QTest::qWait(20);
    return pred();
}

} // namespace

TEST_CASE("wizard: Find my settings from the email and passwords, apply, then the check passes",
          "[discovery]")
{
    const QJsonObject l = lab();
    const QString password = l.value(QStringLiteral("password")).toString();
    MailfixWizard w;
    setUp(w, l);
    w.navigateTo(MailfixWizard::AccountPage);
    type(w, Field::Email, QStringLiteral("alice@guess.test"));
    type(w, Field::IncomingPassword, password);
    type(w, Field::OutgoingPassword, password);
    type(w, Field::OutgoingHost, QStringLiteral("smtp.guess.test"));
    type(w, Field::OutgoingPort, QStringLiteral("25"));
    field<QCheckBox>(w, Field::OutgoingSsl)->setChecked(false);

    auto *find = w.findChild<QPushButton *>(QStringLiteral("findSettings"));
    REQUIRE(find);
    QTest::mouseClick(find, Qt::LeftButton);
    auto *dialog = w.findChild<DiscoveryDialog *>();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return !dialog->isRunning(); }));
    const DiscoveryResult &r = dialog->result();
    CHECK(r.found[0]);
    CHECK(r.found[1]);
    CHECK(r.verified[0] == Verified::Login);
    CHECK(r.verified[1] == Verified::Relay);
    CHECK(r.suggested.incoming.host == QStringLiteral("imap.guess.test"));
    CHECK(dialog->changesLabel()->text().contains(QStringLiteral("25 →")));
    CHECK(dialog->candidateList()->topLevelItemCount() > 0);
    REQUIRE(dialog->applyButton()->isEnabled());

    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    const CheckReport report = finished.first().first().value<CheckReport>();
    CHECK(report.ok());
    CHECK(field<QLineEdit>(w, Field::IncomingHost)->text() == QStringLiteral("imap.guess.test"));
    const QString port = field<QLineEdit>(w, Field::OutgoingPort)->text();
    CHECK((port == QStringLiteral("587") || port == QStringLiteral("465")));
    CHECK(field<QCheckBox>(w, Field::OutgoingSsl)->isChecked());
    // The passwords typed stay in their fields.
    CHECK(field<QLineEdit>(w, Field::IncomingPassword)->text() == password);
}

TEST_CASE("wizard: after a failing check, Find working settings is offered", "[discovery]")
{
    const QJsonObject l = lab();
    MailfixWizard w;
    setUp(w, l);
    type(w, Field::Email, QStringLiteral("alice@stale.test"));
    type(w, Field::IncomingHost, QStringLiteral("old.stale.test"));
    type(w, Field::OutgoingHost, QStringLiteral("old.stale.test"));
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    w.navigateTo(MailfixWizard::CheckPage);
    REQUIRE(w.startCheck());
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    auto *again = w.findChild<QPushButton *>(QStringLiteral("findWorkingSettings"));
    REQUIRE(again);
    CHECK(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    auto *dialog = w.findChild<DiscoveryDialog *>();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return !dialog->isRunning(); }));
    CHECK(dialog->result().suggested.incoming.host == QStringLiteral("imap.stale.test"));
    CHECK(dialog->changesLabel()->text().contains(QStringLiteral("old.stale.test")));
    dialog->close();
}
