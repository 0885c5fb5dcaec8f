// SPDX-License-Identifier: GPL-3.0-or-later
// "Send these settings to the phone" and the round-trip check box in the real wizard,
// against the real servers.
#include "Plist.h"
#include "TestServers.h"
#include "WizardDriver.h"

#include "MailfixWizard.h"
#include "PhoneHandover.h"
#include "PhoneProfileDialog.h"
#include "ResultsPage.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace mailfix;
using namespace mailfix::test;

TEST_CASE("send to phone: offered only after a verified check, writes a profile without a password",
          "[gui][servers][profile]")
{
    if (!serversAvailable())
        return;
    MailfixWizard w;
    w.setCheckOptions(TestServers::get().options());
    w.show();
    fillGood(w);
    PhoneHandover *h = w.handover();
    REQUIRE(h);
    CHECK_FALSE(h->sendButton()->isEnabled()); // nothing verified yet

    const CheckReport r = runCheck(w);
    INFO(describe(r).toStdString());
    REQUIRE(r.ok());
    CHECK(h->sendButton()->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("alice.mobileconfig"));
    QString instructions;
    bool saved = false;
    QObject::connect(h, &PhoneHandover::dialogOpened, h, [&](QDialog *d) {
        QTimer::singleShot(0, d, [&, d] {
            auto *dialog = qobject_cast<PhoneProfileDialog *>(d);
            REQUIRE(dialog);
            instructions = dialog->instructions();
            saved = dialog->saveTo(path);
            CHECK(dialog->findChild<QLabel *>(QStringLiteral("profileLocation"))
                      ->text()
                      .contains(QStringLiteral("alice.mobileconfig")));
            CHECK_FALSE(dialog->findChild<QLabel *>(QStringLiteral("ownAccountWarning")));
            dialog->reject();
        });
    });
    QTest::mouseClick(h->sendButton(), Qt::LeftButton);
    REQUIRE(saved);
    CHECK(instructions.contains(QStringLiteral("AirDrop")));
    CHECK(instructions.contains(QStringLiteral("Safari")));
    CHECK(instructions.contains(QStringLiteral("8 minutes")));
    CHECK(instructions.contains(QStringLiteral("VPN &amp; Device Management"))); // the newest iOS by default

    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    CHECK_FALSE(xml.contains(TestServers::get().password().toUtf8()));
    const QVariantMap m =
        PlistReader::parse(xml).toMap().value(QStringLiteral("PayloadContent")).toList().value(0).toMap();
    CHECK(m.value(QStringLiteral("EmailAddress")) == TestServers::get().user("alice", "email"));
    CHECK(m.value(QStringLiteral("IncomingMailServerPortNumber")).toInt() ==
          TestServers::get().port("imap", "imap"));
    CHECK(m.value(QStringLiteral("OutgoingPasswordSameAsIncomingPassword")).toBool());

    SECTION("a check that does not verify the logins takes the offer back")
    {
        type(w, Field::IncomingPassword, QString());
        type(w, Field::OutgoingPassword, QString());
        runCheck(w);
        CHECK_FALSE(h->sendButton()->isEnabled());
    }
}

TEST_CASE("round-trip check box: the message travels and the results show the round trip",
          "[gui][servers][roundtrip]")
{
    if (!serversAvailable())
        return;
    MailfixWizard w;
    w.setCheckOptions(TestServers::get().options());
    w.show();
    fillGood(w);
    PhoneHandover *h = w.handover();
    h->roundTripBox()->setChecked(true); // before the check: runs when it passes
    QSignalSpy done(h, &PhoneHandover::roundTripFinished);
    const CheckReport r = runCheck(w);
    REQUIRE(r.ok());
    REQUIRE((done.count() == 1 || done.wait(30000)));
    const RoundTripResult rt = done.takeFirst().at(0).value<RoundTripResult>();
    CHECK(rt.status == StepStatus::Pass);
    CHECK(rt.deleted);
    CHECK(h->statusLabel()->text().contains(QStringLiteral("arrived")));
    bool shown = false;
    for (const CheckStep &s : w.lastReport().checks)
        shown |= s.id == QLatin1String("roundtrip") && s.status == StepStatus::Pass;
    CHECK(shown);
}

TEST_CASE(
    "send to phone: worded per iOS version, and Google/Microsoft accounts are pointed to their own type",
    "[gui][profile]")
{
    CHECK(PhoneProfileDialog::profilesPath(*IosVersion::parse(QStringLiteral("17.4")))
              .contains(QStringLiteral("VPN & Device Management")));
    CHECK(PhoneProfileDialog::profilesPath(*IosVersion::parse(QStringLiteral("15.0")))
              .contains(QStringLiteral("VPN & Device Management")));
    CHECK(PhoneProfileDialog::profilesPath(*IosVersion::parse(QStringLiteral("14.8")))
              .contains(QStringLiteral("Profiles & Device Management")));
    CHECK(PhoneProfileDialog::profilesPath(*IosVersion::parse(QStringLiteral("11.4"))) ==
          QStringLiteral("Settings > General > Profiles"));

    AccountSettings s;
    s.email = QStringLiteral("someone@gmail.com");
    CHECK(PhoneProfileDialog::ownAccountProvider(s) == QStringLiteral("Google"));
    s.email = QStringLiteral("someone@example.org");
    s.incoming.host = QStringLiteral("outlook.office365.com");
    CHECK(PhoneProfileDialog::ownAccountProvider(s) == QStringLiteral("Microsoft"));
    s.incoming.host = QStringLiteral("imap.example.org");
    s.email = QStringLiteral("x@hotmail.de");
    CHECK(PhoneProfileDialog::ownAccountProvider(s) == QStringLiteral("Microsoft"));
    s.email = QStringLiteral("x@notgmail.com");
    CHECK(PhoneProfileDialog::ownAccountProvider(s).isEmpty());

    s.email = QStringLiteral("someone@gmail.com");
    s.incoming.host = QStringLiteral("imap.gmail.com");
    s.outgoing.host = QStringLiteral("smtp.gmail.com");
    PhoneProfileDialog d(s, false);
    CHECK(d.findChild<QLabel *>(QStringLiteral("ownAccountWarning")));
}
