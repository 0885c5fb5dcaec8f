// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckReport.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mailfix {

/// Read-aloud mode of the results: the fix steps one at a time, large, in the
/// customer's phone language (the findings' own fix lines), for an agent who reads
/// them out on a call. A side's steps come together; when the last of them is done,
/// the view asks for a re-check of just that side.
class ReadAloudView : public QWidget
{
    Q_OBJECT
public:
    explicit ReadAloudView(QWidget *parent = nullptr);

    /// Starts over with \a report's steps (errors and warnings with fix steps).
    void start(const CheckReport &report);
    /// The report after a check: the re-checked side's new steps follow (or the next side's).
    void update(const CheckReport &report);
    /// A check runs (the re-check this view asked for, or Check Again).
    void showChecking();
    /// Whether there is anything to read out in \a report.
    static bool hasSteps(const CheckReport &report);

    int stepCount() const { return int(m_items.size()); }
    /// The step on screen (0-based); stepCount() when all are done.
    int currentIndex() const { return m_at; }
    QString currentText() const;
    QLabel *stepLabel() const { return m_step; }
    QPushButton *doneButton() const { return m_done; }
    QPushButton *backButton() const { return m_back; }

    /// The re-check asked for could not start: go on with the next step.
    void recheckNotStarted();

    void markDone();
    void goBack();

Q_SIGNALS:
    /// The last step of \a side ("incoming"/"outgoing") was done: check that side again.
    void recheckRequested(const QString &side);
    void exitRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Item
    {
        QString side;
        QString title;
        QString where;
        QString text;
        int finding = 0;
        int findings = 0;
        int step = 0;
        int steps = 0;
    };
    void build(const CheckReport &report);
    void showItem(int at);
    void announce();
    QString sideName(const QString &side) const;

    CheckReport m_report;
    QList<Item> m_items;
    int m_at = 0;
    QSet<QString> m_doneSides;  ///< sides whose steps were all read out
    QString m_recheckingSide;   ///< the side this view asked to check again
    QLabel *m_banner;
    QLabel *m_context;
    QLabel *m_title;
    QLabel *m_where;
    QLabel *m_counter;
    QLabel *m_step;
    QPushButton *m_back;
    QPushButton *m_done;
    QPushButton *m_exit;
};

} // namespace mailfix
