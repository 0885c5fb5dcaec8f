// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real wizard through its widgets, found by their field names.
#pragma once

#include "TestServers.h"

#include "FieldRow.h"
#include "MailfixWizard.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLineEdit>
#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

namespace mailfix::test {

constexpr int CheckDeadlineMs = 60000;

template <typename T = QWidget> T *field(MailfixWizard &w, const QString &name)
{
    T *widget = w.findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(widget);
    return widget;
}

/// Types like a person: select all, then the keys.
inline void type(MailfixWizard &w, const QString &name, const QString &text)
{
    auto *e = field<QLineEdit>(w, name);
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    QTest::keyClicks(e, text);
    REQUIRE(e->text() == text);
}

inline QString state(MailfixWizard &w, const QString &name)
{
    return field(w, name)->property("checkState").toString();
}

/// Fills every page from the test servers' good settings, through the widgets.
inline void fillGood(MailfixWizard &w)
{
    const TestServers &ts = TestServers::get();
    const AccountSettings g = ts.goodSettings();
    type(w, Field::Email, g.email);
    type(w, QStringLiteral("account.name"), g.name);
    type(w, Field::IncomingHost, g.incoming.host);
    type(w, Field::IncomingUser, g.incoming.user);
    type(w, Field::IncomingPassword, ts.password());
    type(w, Field::IncomingPort, QString::number(g.incoming.port));
    field<QCheckBox>(w, Field::OutgoingServer)->setChecked(true);
    type(w, Field::OutgoingHost, g.outgoing.host);
    type(w, Field::OutgoingUser, g.outgoing.user);
    type(w, Field::OutgoingPassword, ts.password());
    type(w, Field::OutgoingPort, QString::number(g.outgoing.port));
}

/// Clicks Check; returns once the check has started.
inline void clickCheck(MailfixWizard &w)
{
    QSignalSpy started(&w, &MailfixWizard::checkStarted);
    QTest::mouseClick(w.button(QWizard::CustomButton1), Qt::LeftButton);
    REQUIRE(started.count() == 1);
    REQUIRE(w.isChecking());
}

/// Waits (with a deadline) for the check \a finished spies on.
inline CheckReport waitFinished(QSignalSpy &finished)
{
    REQUIRE((finished.count() == 1 || finished.wait(CheckDeadlineMs)));
    return finished.takeFirst().at(0).value<CheckReport>();
}

inline CheckReport runCheck(MailfixWizard &w)
{
    QSignalSpy finished(&w, &MailfixWizard::checkFinished);
    clickCheck(w);
    return waitFinished(finished);
}

inline bool serversAvailable()
{
    if (!TestServers::get().valid) {
        WARN("MAILFIX_TEST_SERVERS not set: skipping (run through ctest, which starts the servers)");
        return false;
    }
    return true;
}

/// The mnemonic letters a person can press on \a page: its buddied labels, its buttons
/// and the visible ones of \a buttons (the wizard's own, the side panel); a letter twice
/// in the list is a clash.
inline QStringList pageMnemonics(QWidget *page, const QList<QAbstractButton *> &buttons)
{
    QStringList keys;
    auto add = [&](const QString &text) {
        const int at = int(text.indexOf(QLatin1Char('&')));
        if (at >= 0 && at + 1 < text.size())
            keys << text.mid(at + 1, 1).toLower();
    };
    for (QLabel *l : page->findChildren<QLabel *>())
        if (l->buddy() && l->isVisibleTo(page))
            add(l->text());
    for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(page))
            add(b->text());
    for (QAbstractButton *b : buttons)
        if (b->isVisible())
            add(b->text());
    return keys;
}

} // namespace mailfix::test
