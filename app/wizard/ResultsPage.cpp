// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResultsPage.h"
#include "model/Codes.h"
#include "FieldRow.h"
#include "FindingCard.h"
#include "PhoneScreenView.h"
#include "ReadAloudView.h"

#include "wording/FixCatalog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLabel>
#include <QHeaderView>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace mailfix {

ResultsPage::ResultsPage(QWidget *parent)
    : QWizardPage(parent), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel Check"), this)), m_tabs(new QTabWidget(this)), m_steps(new QTreeWidget(this)),
      m_summary(new QLabel(this)), m_cardsBox(new QWidget), m_cardsLayout(new QVBoxLayout(m_cardsBox)),
      m_phone(new PhoneScreenView), m_phoneCaption(new QLabel), m_copy(new QPushButton(tr("C&opy Report"), this)),
      m_copyReply(new QPushButton(tr("Copy Fix Steps as &E-mail Reply"), this)),
      m_save(new QPushButton(tr("&Save Report"), this)), m_notice(new QLabel(this)), m_customer(new QLineEdit(this)),
      m_ticket(new QLineEdit(this)), m_agent(new QLineEdit(this)),
      m_readAloudButton(new QPushButton(tr("Read Fi&x Steps Aloud"), this)), m_stack(new QStackedWidget(this)),
      m_readAloud(new ReadAloudView)
{
    setTitle(tr("Check & Results"));
    setFinalPage(true);
    // The results, or (read-aloud mode) one fix step at a time in their place.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack, 1);
    auto *normal = new QWidget;
    normal->setObjectName(QStringLiteral("resultsView"));
    auto *layout = new QVBoxLayout(normal);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(normal);
    m_stack->addWidget(m_readAloud);
    connect(m_readAloud, &ReadAloudView::exitRequested, this, &ResultsPage::leaveReadAloud);
    connect(m_readAloud, &ReadAloudView::recheckRequested, this, [this](const QString &side) {
        Q_EMIT recheckRequested(side);
        if (!m_running)
            m_readAloud->recheckNotStarted();
    });

    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setAccessibleName(tr("Check status"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Press Check (Ctrl+Return) to test the settings against the servers."));
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setAccessibleName(tr("Check progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancel->setEnabled(false);
    m_cancel->setAutoDefault(false);
    m_cancel->setToolTip(tr("Stop the check now (Esc)"));
    // Shown only while a check runs: no full bar and no dead button afterwards.
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ResultsPage::cancelRequested);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);

    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setAccessibleName(tr("Result"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);
    // Read-aloud beside the verdict: the first thing to reach on a call (the row of report buttons is full).
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_readAloudButton, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);
    m_notice->setObjectName(QStringLiteral("checkNotice"));
    m_notice->setAccessibleName(tr("Notice"));
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->hide();

    // Left: findings and steps; right: the phone.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_steps->setObjectName(QStringLiteral("checkSteps"));
    m_steps->setAccessibleName(tr("Check steps"));
    m_steps->setColumnCount(2);
    m_steps->setHeaderLabels({tr("Step"), tr("Details")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("findingsArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cardsLayout->setContentsMargins(0, 0, 4, 0);
    m_cardsLayout->addStretch(1);
    scroll->setWidget(m_cardsBox);
    m_tabs->addTab(scroll, tr("&Findings"));
    m_tabs->addTab(m_steps, tr("S&teps"));
    auto *left = m_tabs;
    splitter->addWidget(left);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_phoneCaption->setWordWrap(true);
    m_phoneCaption->setAlignment(Qt::AlignHCenter);
    m_phoneCaption->setObjectName(QStringLiteral("phoneCaption"));
    rightLayout->addWidget(m_phone, 1);
    rightLayout->addWidget(m_phoneCaption);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    right->hide();
    layout->addWidget(splitter, 1);

    // For the ticket: who, which ticket, who helped; they name the saved report.
    auto *details = new QHBoxLayout;
    const QList<std::pair<QLineEdit *, QString>> detailFields{{m_customer, tr("C&ustomer:")},
                                                              {m_ticket, tr("Tic&ket:")},
                                                              {m_agent, tr("A&gent:")}};
    const QStringList detailNames{QStringLiteral("reportCustomer"), QStringLiteral("reportTicket"),
                                  QStringLiteral("reportAgent")};
    for (int i = 0; i < detailFields.size(); ++i) {
        auto *label = new QLabel(detailFields.at(i).second, this);
        QLineEdit *edit = detailFields.at(i).first;
        edit->setObjectName(detailNames.at(i));
        edit->setPlaceholderText(tr("optional"));
        edit->setAccessibleName(QString(detailFields.at(i).second).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        edit->setAccessibleDescription(tr("Goes into the report and its file name; optional"));
        label->setBuddy(edit);
        details->addWidget(label);
        details->addWidget(edit, 1);
    }
    layout->addLayout(details);

    auto *buttons = new QHBoxLayout;
    m_copy->setObjectName(QStringLiteral("copyReportButton"));
    m_copy->setToolTip(tr("Copy the summary and the fix steps to the clipboard, without passwords (Ctrl+C)"));
    m_copy->setAutoDefault(false);
    connect(m_copy, &QPushButton::clicked, this, &ResultsPage::copyRequested);
    m_copyReply->setObjectName(QStringLiteral("copyReplyButton"));
    m_copyReply->setToolTip(tr("Copy the fix steps as a reply to the customer's e-mail"));
    m_copyReply->setAutoDefault(false);
    m_copyReply->setEnabled(false);
    connect(m_copyReply, &QPushButton::clicked, this, &ResultsPage::copyReplyRequested);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setAutoDefault(false);
    auto *menu = new QMenu(m_save);
    menu->addAction(tr("As &Text…"), this, [this] { Q_EMIT saveRequested(QStringLiteral("txt")); });
    menu->addAction(tr("As &HTML…"), this, [this] { Q_EMIT saveRequested(QStringLiteral("html")); });
    menu->addAction(tr("As &PDF…"), this, [this] { Q_EMIT saveRequested(QStringLiteral("pdf")); });
    m_save->setMenu(menu);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_readAloudButton->setObjectName(QStringLiteral("readAloudButton"));
    m_readAloudButton->setToolTip(tr("The fix steps one at a time in large type, to read out to the customer"));
    m_readAloudButton->setAutoDefault(false);
    m_readAloudButton->setEnabled(false);
    m_readAloudButton->hide();
    connect(m_readAloudButton, &QPushButton::clicked, this, &ResultsPage::enterReadAloud);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyReply);
    buttons->addWidget(m_save);
    buttons->addWidget(m_notice, 1);
    layout->addLayout(buttons);
    // A second row for the wizard's further actions (send to the phone, the round
    // trip): one row is too narrow for all of them in French or Spanish.
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
}

void ResultsPage::enterReadAloud()
{
    if (m_running || !ReadAloudView::hasSteps(m_report))
        return;
    m_readAloud->start(m_report);
    m_stack->setCurrentWidget(m_readAloud);
    m_readAloud->doneButton()->setFocus(Qt::OtherFocusReason);
}

void ResultsPage::leaveReadAloud()
{
    if (!isReadingAloud())
        return;
    m_stack->setCurrentIndex(0);
    if (m_readAloudButton->isEnabled())
        m_readAloudButton->setFocus(Qt::OtherFocusReason);
    else if (m_selected)
        m_selected->setFocus(Qt::OtherFocusReason);
}

bool ResultsPage::isReadingAloud() const
{
    return m_stack->currentWidget() == m_readAloud;
}

void ResultsPage::showNotice(const QString &message)
{
    m_notice->setText(message);
    m_notice->setVisible(!message.isEmpty());
}

ReportDetails ResultsPage::ticket() const
{
    ReportDetails d;
    d.customer = m_customer->text();
    d.ticket = m_ticket->text();
    d.agent = m_agent->text();
    d.when = m_finishedAt;
    return d;
}

void ResultsPage::reset()
{
    m_running = false;
    Q_EMIT completeChanged();
    m_steps->clear();
    m_stepItems.clear();
    m_selected = nullptr;
    qDeleteAll(m_cards);
    m_cards.clear();
    m_summary->clear();
    m_customer->clear();
    m_ticket->clear();
    m_agent->clear();
    m_finishedAt = QDateTime();
    m_report = CheckReport();
    leaveReadAloud();
    m_readAloudButton->setEnabled(false);
    m_readAloudButton->hide();
    showNotice(QString());
    m_phone->parentWidget()->hide();
    m_progress->hide();
    m_cancel->hide();
    m_copy->setEnabled(false);
    m_copyReply->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Press Check (Ctrl+Return) to test the settings against the servers."));
}

bool ResultsPage::isComplete() const
{
    return !m_running;
}

QString ResultsPage::summaryText() const
{
    return m_summary->text();
}

QString ResultsPage::stepTitle(const QString &id) const
{
    if (id == Step::Roundtrip)
        return tr("Round trip: test message sent and received");
    const QString side = id.section(QLatin1Char('.'), 0, 0);
    const QString leaf = id.section(QLatin1Char('.'), 1);
    const QString sideText = side == QLatin1String("incoming") ? tr("Incoming") : tr("Outgoing");
    QString what = leaf;
    if (leaf == QLatin1String("dns"))
        what = tr("host name");
    else if (leaf == QLatin1String("connect"))
        what = tr("connection");
    else if (leaf == QLatin1String("tls"))
        what = tr("SSL");
    else if (leaf == QLatin1String("greeting"))
        what = tr("greeting");
    else if (leaf == QLatin1String("ehlo") || leaf == QLatin1String("capability"))
        what = tr("capabilities");
    else if (leaf == QLatin1String("auth") || leaf == QLatin1String("login"))
        what = tr("login");
    else if (leaf == QLatin1String("sender"))
        what = tr("sender");
    else if (leaf == QLatin1String("relay"))
        what = tr("relay");
    return sideText + QStringLiteral(": ") + what;
}

void ResultsPage::addActionWidget(QWidget *w)
{
    m_buttons->insertWidget(m_buttons->count() - 1, w);
}

void ResultsPage::startRunning(const AccountSettings &settings)
{
    m_settings = settings;
    m_running = true;
    Q_EMIT completeChanged();
    m_steps->clear();
    m_stepItems.clear();
    m_tabs->setCurrentWidget(m_steps);
    qDeleteAll(m_cards);
    m_cards.clear();
    m_summary->clear();
    m_phone->parentWidget()->hide();
    m_selected = nullptr;
    m_progress->setRange(0, 0); // busy until the first step reports
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    showNotice(QString());
    m_copyReply->setEnabled(false);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    m_readAloudButton->setEnabled(false);
    if (isReadingAloud())
        m_readAloud->showChecking();
    m_status->setText(tr("Checking the settings against the servers…"));
}

void ResultsPage::setProgress(int done, int total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

static int stepOrder(const QString &leaf)
{
    static const QStringList order{QStringLiteral("dns"),  QStringLiteral("connect"),    QStringLiteral("tls"),
                                   QStringLiteral("greeting"), QStringLiteral("ehlo"), QStringLiteral("capability"),
                                   QStringLiteral("auth"), QStringLiteral("login"),      QStringLiteral("sender"),
                                   QStringLiteral("relay")};
    const int i = int(order.indexOf(leaf));
    return i < 0 ? 100 : i;
}

QTreeWidgetItem *ResultsPage::sideItem(const QString &side)
{
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i)
        if (m_steps->topLevelItem(i)->data(0, Qt::UserRole).toString() == side)
            return m_steps->topLevelItem(i);
    auto *item = new QTreeWidgetItem;
    item->setData(0, Qt::UserRole, side);
    QFont bold = m_steps->font();
    bold.setBold(true);
    item->setFont(0, bold);
    if (side == Step::Roundtrip) {
        item->setText(0, tr("Round Trip (send and receive)"));
        m_steps->addTopLevelItem(item);
    } else if (side == QLatin1String("incoming")) {
        item->setText(0, tr("Incoming Mail Server (%1)")
                             .arg(m_settings.incomingType == IncomingType::Imap ? QStringLiteral("IMAP") : QStringLiteral("POP")));
        m_steps->insertTopLevelItem(0, item);
    } else {
        item->setText(0, tr("Outgoing Mail Server (SMTP)"));
        m_steps->addTopLevelItem(item);
    }
    item->setFirstColumnSpanned(true);
    item->setExpanded(true);
    return item;
}

void ResultsPage::updateStep(const CheckStep &step)
{
    QTreeWidgetItem *item = m_stepItems.value(step.id);
    if (!item) {
        QTreeWidgetItem *parent = sideItem(step.id.section(QLatin1Char('.'), 0, 0));
        const int order = stepOrder(step.id.section(QLatin1Char('.'), 1));
        item = new QTreeWidgetItem;
        item->setData(0, Qt::UserRole, order);
        int at = 0;
        while (at < parent->childCount() && parent->child(at)->data(0, Qt::UserRole).toInt() <= order)
            ++at;
        parent->insertChild(at, item);
        m_stepItems.insert(step.id, item);
    }
    FieldRow::State st = FieldRow::State::Waiting;
    QString stateText = tr("waiting");
    switch (step.status) {
    case StepStatus::Pending: break;
    case StepStatus::Running: st = FieldRow::State::Checking; stateText = tr("checking"); break;
    case StepStatus::Pass: st = FieldRow::State::Passed; stateText = tr("passed"); break;
    case StepStatus::Fail: st = FieldRow::State::Failed; stateText = tr("failed"); break;
    case StepStatus::Warn: st = FieldRow::State::Warning; stateText = tr("warning"); break;
    case StepStatus::Skipped: st = FieldRow::State::Waiting; stateText = tr("skipped"); break;
    }
    const QString title = stepTitle(step.id).section(QStringLiteral(": "), 1);
    item->setIcon(0, FieldRow::stateIcon(st));
    item->setText(0, step.status == StepStatus::Skipped ? tr("%1 (skipped)").arg(title) : title);
    item->setText(1, step.detail);
    item->setToolTip(1, step.detail);
    item->setData(0, Qt::AccessibleTextRole, QString(stepTitle(step.id) + QStringLiteral(", ") + stateText));
}

void ResultsPage::showBlocked(const QString &message)
{
    m_status->setText(message);
}

void ResultsPage::showReport(const CheckReport &report, const QString &note)
{
    m_settings = report.settings;
    m_running = false;
    Q_EMIT completeChanged();
    m_cancel->setEnabled(false);
    m_cancel->hide();
    m_progress->hide();
    m_finishedAt = QDateTime::currentDateTime();
    m_copy->setEnabled(true);
    m_copyReply->setEnabled(!report.cancelled);
    m_report = report;
    const bool steps = !report.cancelled && ReadAloudView::hasSteps(report);
    m_readAloudButton->setEnabled(steps);
    m_readAloudButton->setVisible(steps); // nothing to read out: no button
    m_save->setEnabled(true);
    for (const CheckStep &s : report.checks)
        updateStep(s);
    const QString summary = ReportExporter::verdict(report);
    m_summary->setText(summary);
    m_status->setText(note.isEmpty() ? tr("Check finished in %1 s.").arg(double(report.totalMs) / 1000.0, 0, 'f', 1)
                                     : note);

    qDeleteAll(m_cards);
    m_cards.clear();
    m_selected = nullptr;
    FindingCard *firstWithField = nullptr;
    // Tab order = the order on screen: Read Aloud beside the verdict, the tabs, the cards.
    setTabOrder(m_readAloudButton, m_tabs->tabBar());
    QWidget *prev = m_tabs->tabBar();
    for (const Finding &f : report.findings) {
        auto *card = new FindingCard(f, report.settings, m_cardsBox);
        connect(card, &FindingCard::goToField, this, &ResultsPage::goToField);
        connect(card, &FindingCard::selected, this, [this, card] { selectCard(card); });
        connect(card, &FindingCard::step, this, [this, card](int by) {
            const int at = int(m_cards.indexOf(card)) + by;
            if (at >= 0 && at < m_cards.size())
                m_cards.at(at)->setFocus(Qt::TabFocusReason);
        });
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, card);
        card->show(); // at once, not on the layout's queued show
        m_cards.append(card);
        // Tab order = the order on screen: each card, then its own buttons.
        setTabOrder(prev, card);
        prev = card;
        for (QWidget *w : card->focusableChildren()) {
            setTabOrder(prev, w);
            prev = w;
        }
        if (!firstWithField && !f.field.isEmpty() && f.severity != Severity::Info)
            firstWithField = card;
    }
    for (QWidget *w : {static_cast<QWidget *>(m_customer), static_cast<QWidget *>(m_ticket),
                       static_cast<QWidget *>(m_agent), static_cast<QWidget *>(m_copy),
                       static_cast<QWidget *>(m_copyReply), static_cast<QWidget *>(m_save)}) {
        setTabOrder(prev, w);
        prev = w;
    }
    m_tabs->setCurrentIndex(m_cards.isEmpty() ? 1 : 0);
    if (firstWithField) {
        selectCard(firstWithField);
    } else if (!report.cancelled && report.ok()) {
        m_phone->showFields(m_settings, {});
        m_phoneCaption->setText(tr("Nothing to change on the phone."));
        m_phone->parentWidget()->show();
    } else {
        m_phone->parentWidget()->hide();
    }
    if (isReadingAloud())
        m_readAloud->update(report);
}

void ResultsPage::selectCard(FindingCard *card)
{
    if (m_selected == card)
        return;
    if (m_selected)
        m_selected->setSelected(false);
    m_selected = card;
    card->setSelected(true);
    showOnPhone(card->finding());
}

void ResultsPage::showOnPhone(const Finding &finding)
{
    if (finding.field.isEmpty())
        return;
    QStringList fields{finding.field};
    fields << finding.alsoFields;
    m_phone->showFields(m_settings, fields);
    m_phoneCaption->setText(tr("On the phone: %1").arg(FixCatalog::screenPath(finding.field, m_settings)));
    m_phone->parentWidget()->show();
}

} // namespace mailfix
