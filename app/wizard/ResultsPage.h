// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportExporter.h"
#include "model/CheckReport.h"

#include <QHash>
#include <QWizardPage>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QProgressBar;
class QStackedWidget;
class QPushButton;
class QVBoxLayout;

namespace mailfix {

class FindingCard;
class PhoneScreenView;
class ReadAloudView;

/// Check & Results: live progress of the check, then the findings worst first
/// next to a picture of the phone screen to change.
class ResultsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget *parent = nullptr);

    void startRunning(const AccountSettings &settings);
    void setProgress(int done, int total);
    void updateStep(const CheckStep &step);
    /// \a note says what was (not) checked again, for partial re-checks.
    void showReport(const CheckReport &report, const QString &note = {});
    void showBlocked(const QString &message);
    /// A passing notice ("copied", "saved"): shown beside the result, never in its place.
    void showNotice(const QString &message);
    /// Back to "nothing checked yet" (New Customer).
    void reset();
    /// The report's customer, ticket and agent as typed, and when the check finished.
    ReportDetails ticket() const;
    /// The card shown on the phone picture.
    FindingCard *selectedCard() const { return m_selected; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *noticeLabel() const { return m_notice; }
    /// Unblocks "Finish"; the page is complete only when no check runs.
    bool isComplete() const override;

    QList<FindingCard *> cards() const { return m_cards; }
    PhoneScreenView *phone() const { return m_phone; }
    QString summaryText() const;
    /// Read-aloud mode: the fix steps one at a time in place of the results (Esc leaves it).
    void enterReadAloud();
    void leaveReadAloud();
    bool isReadingAloud() const;
    ReadAloudView *readAloud() const { return m_readAloud; }
    QPushButton *readAloudButton() const { return m_readAloudButton; }
    /// Puts \a w in the row of report buttons (the phone hand-over).
    void addActionWidget(QWidget *w);

Q_SIGNALS:
    void cancelRequested();
    void goToField(const QString &field);
    void copyRequested();
    void copyReplyRequested();
    void saveRequested(const QString &format);
    /// Read-aloud: the steps of \a side ("incoming"/"outgoing") are done; check it alone again.
    void recheckRequested(const QString &side);

private:
    void showOnPhone(const Finding &finding);
    void selectCard(FindingCard *card);
    QString stepTitle(const QString &id) const;

    AccountSettings m_settings;
    bool m_running = false;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTabWidget *m_tabs;
    QTreeWidget *m_steps;
    QHash<QString, QTreeWidgetItem *> m_stepItems;
    QTreeWidgetItem *sideItem(const QString &side);
    QLabel *m_summary;
    QWidget *m_cardsBox;
    QVBoxLayout *m_cardsLayout;
    QList<FindingCard *> m_cards;
    PhoneScreenView *m_phone;
    QLabel *m_phoneCaption;
    QPushButton *m_copy;
    QPushButton *m_copyReply;
    QPushButton *m_save;
    QLabel *m_notice;
    QLineEdit *m_customer;
    QLineEdit *m_ticket;
    QLineEdit *m_agent;
    QDateTime m_finishedAt;
    FindingCard *m_selected = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_readAloudButton;
    QStackedWidget *m_stack;
    ReadAloudView *m_readAloud;
    CheckReport m_report;
};

} // namespace mailfix
