// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadAloudView.h"

#include "CheckSession.h"
#include "wording/FixCatalog.h"
#include "wording/Wording.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailfix {

namespace {
bool readOut(const Finding &f)
{
    return f.severity != Severity::Info && !f.fix.isEmpty();
}
} // namespace

ReadAloudView::ReadAloudView(QWidget *parent)
    : QWidget(parent), m_banner(new QLabel(this)), m_context(new QLabel(this)), m_title(new QLabel(this)),
      m_where(new QLabel(this)), m_counter(new QLabel(this)), m_step(new QLabel(this)),
      m_back(new QPushButton(tr("&Previous Step"), this)), m_done(new QPushButton(tr("&Done"), this)),
      m_exit(new QPushButton(tr("E&xit Read-Aloud (Esc)"), this))
{
    setObjectName(QStringLiteral("readAloudView"));
    setAccessibleName(tr("Read-aloud mode"));
    auto *layout = new QVBoxLayout(this);
    const qreal base = font().pointSizeF() > 0 ? font().pointSizeF() : 10.0;

    m_banner->setObjectName(QStringLiteral("readAloudBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Re-check"));
    m_banner->hide();
    QFont bannerFont = font();
    bannerFont.setBold(true);
    bannerFont.setPointSizeF(base * 1.3);
    m_banner->setFont(bannerFont);
    layout->addWidget(m_banner);

    m_context->setObjectName(QStringLiteral("readAloudContext"));
    m_context->setWordWrap(true);
    QFont contextFont = font();
    contextFont.setPointSizeF(base * 1.2);
    m_context->setFont(contextFont);
    layout->addWidget(m_context);
    m_title->setObjectName(QStringLiteral("readAloudFinding"));
    m_title->setWordWrap(true);
    QFont titleFont = contextFont;
    titleFont.setBold(true);
    titleFont.setPointSizeF(base * 1.4);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_where->setObjectName(QStringLiteral("readAloudField"));
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setFont(contextFont);
    layout->addWidget(m_where);

    // The step itself: big, black on white, whatever the desktop theme.
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("readAloudCard"));
    card->setAutoFillBackground(true);
    QPalette pal = card->palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, Qt::black);
    card->setPalette(pal);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 18, 24, 24);
    m_counter->setObjectName(QStringLiteral("readAloudCounter"));
    QFont counterFont = font();
    counterFont.setBold(true);
    counterFont.setPointSizeF(base * 1.6);
    m_counter->setFont(counterFont);
    m_counter->setPalette(pal);
    cardLayout->addWidget(m_counter);
    m_step->setObjectName(QStringLiteral("readAloudStep"));
    m_step->setWordWrap(true);
    m_step->setTextFormat(Qt::PlainText);
    m_step->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_step->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont stepFont = font();
    stepFont.setPointSizeF(qMax(base * 2.4, 22.0));
    m_step->setFont(stepFont);
    m_step->setPalette(pal);
    m_step->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    cardLayout->addWidget(m_step, 1);
    layout->addWidget(card, 1);

    auto *buttons = new QHBoxLayout;
    QFont buttonFont = font();
    buttonFont.setPointSizeF(base * 1.3);
    for (QPushButton *b : {m_back, m_done, m_exit})
        b->setFont(buttonFont);
    m_back->setObjectName(QStringLiteral("readAloudBack"));
    m_back->setAccessibleName(tr("Back to the previous step"));
    m_back->setToolTip(tr("Back to the previous step (Backspace)"));
    m_done->setObjectName(QStringLiteral("readAloudDone"));
    m_done->setToolTip(tr("This step is done: on to the next (Enter or Space)"));
    m_done->setAutoDefault(true);
    m_done->setMinimumWidth(m_done->sizeHint().width() * 2);
    m_exit->setObjectName(QStringLiteral("readAloudExit"));
    m_exit->setAutoDefault(false);
    m_back->setAutoDefault(false);
    connect(m_done, &QPushButton::clicked, this, &ReadAloudView::markDone);
    connect(m_back, &QPushButton::clicked, this, &ReadAloudView::goBack);
    connect(m_exit, &QPushButton::clicked, this, &ReadAloudView::exitRequested);
    buttons->addWidget(m_back);
    buttons->addWidget(m_done);
    buttons->addStretch(1);
    buttons->addWidget(m_exit);
    layout->addLayout(buttons);
    setTabOrder(m_done, m_back);
    setTabOrder(m_back, m_exit);
}

bool ReadAloudView::hasSteps(const CheckReport &report)
{
    return std::any_of(report.findings.cbegin(), report.findings.cend(), readOut);
}

QString ReadAloudView::sideName(const QString &side) const
{
    // The phone's own heading, in the phone's language, like the steps.
    const Wording w(m_report.settings.ios, FixCatalog::defaultLanguage());
    if (side == QLatin1String("incoming"))
        return w.word(QStringLiteral("incomingMailServer"));
    if (side == QLatin1String("outgoing"))
        return w.word(QStringLiteral("outgoingMailServer"));
    return w.word(QStringLiteral("account"));
}

void ReadAloudView::build(const CheckReport &report)
{
    m_report = report;
    m_items.clear();
    // A side's steps together, the sides in the order of their first finding.
    QStringList sides;
    for (const Finding &f : report.findings)
        if (readOut(f) && !sides.contains(CheckSession::sideOf(f)))
            sides << CheckSession::sideOf(f);
    for (const QString &side : std::as_const(sides)) {
        QList<const Finding *> findings;
        for (const Finding &f : report.findings)
            if (readOut(f) && CheckSession::sideOf(f) == side)
                findings << &f;
        for (int i = 0; i < findings.size(); ++i) {
            const Finding &f = *findings.at(i);
            QString where;
            if (!f.field.isEmpty()) {
                QStringList labels{FixCatalog::fieldLabel(f.field, report.settings.ios)};
                for (const QString &also : f.alsoFields)
                    labels << FixCatalog::fieldLabel(also, report.settings.ios);
                labels.removeDuplicates();
                where = tr("Field: %1 — %2")
                            .arg(labels.join(QStringLiteral(", ")), FixCatalog::screenPath(f.field, report.settings));
            }
            for (int s = 0; s < f.fix.size(); ++s) {
                Item item;
                item.side = side;
                item.title = f.title.isEmpty() ? f.code : f.title;
                item.where = where;
                item.text = f.fix.at(s);
                item.finding = i;
                item.findings = int(findings.size());
                item.step = s;
                item.steps = int(f.fix.size());
                m_items << item;
            }
        }
    }
}

void ReadAloudView::start(const CheckReport &report)
{
    m_doneSides.clear();
    m_recheckingSide.clear();
    m_banner->hide();
    build(report);
    showItem(0);
}

void ReadAloudView::update(const CheckReport &report)
{
    const QString side = m_recheckingSide;
    m_recheckingSide.clear();
    build(report);
    if (side.isEmpty()) {
        // A check the view did not ask for (Check Again): all steps anew.
        m_doneSides.clear();
        m_banner->hide();
        showItem(0);
        return;
    }
    const bool left = std::any_of(m_items.cbegin(), m_items.cend(), [&](const Item &i) { return i.side == side; });
    if (report.cancelled) {
        m_doneSides.remove(side);
        m_banner->setText(tr("The check was stopped. The steps for %1 follow again.").arg(sideName(side)));
    } else if (left) {
        m_doneSides.remove(side);
        m_banner->setText(tr("%1 was checked again: something is still wrong. Its steps follow.").arg(sideName(side)));
    } else {
        m_banner->setText(tr("%1 was checked again: nothing left to change there.").arg(sideName(side)));
    }
    m_banner->show();
    // The re-checked side first when it still has steps; otherwise the next side not yet read out.
    int at = int(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).side == side && !m_doneSides.contains(side)) {
            at = i;
            break;
        }
    if (at == m_items.size())
        for (int i = 0; i < m_items.size(); ++i)
            if (!m_doneSides.contains(m_items.at(i).side)) {
                at = i;
                break;
            }
    showItem(at);
}

void ReadAloudView::showChecking()
{
    const QString side = m_recheckingSide;
    m_context->clear();
    m_title->setText(side.isEmpty() ? tr("Checking the settings again…")
                                    : tr("Checking %1 again…").arg(sideName(side)));
    m_where->clear();
    m_counter->clear();
    m_step->setText(tr("One moment: the check runs with the settings in the form."));
    m_done->setEnabled(false);
    m_back->setEnabled(false);
    announce();
}

QString ReadAloudView::currentText() const
{
    return m_at >= 0 && m_at < m_items.size() ? m_items.at(m_at).text : QString();
}

void ReadAloudView::showItem(int at)
{
    m_at = qBound(0, at, int(m_items.size()));
    m_back->setEnabled(m_at > 0 && !m_items.isEmpty());
    if (m_at >= m_items.size()) {
        m_context->clear();
        m_title->setText(m_items.isEmpty() ? tr("Nothing to change on the phone.") : tr("All steps are done."));
        m_where->clear();
        m_counter->clear();
        m_step->setText(tr("Leave read-aloud mode with Esc."));
        m_done->setEnabled(false);
        m_exit->setFocus(Qt::OtherFocusReason);
        announce();
        return;
    }
    const Item &item = m_items.at(m_at);
    m_context->setText(item.findings > 1 ? tr("%1 · problem %2 of %3").arg(sideName(item.side)).arg(item.finding + 1).arg(item.findings)
                                         : sideName(item.side));
    m_title->setText(item.title);
    m_where->setText(item.where);
    m_where->setVisible(!item.where.isEmpty());
    m_counter->setText(tr("Step %1 of %2").arg(item.step + 1).arg(item.steps));
    m_step->setText(item.text);
    m_done->setEnabled(true);
    m_done->setFocus(Qt::OtherFocusReason);
    announce();
}

void ReadAloudView::announce()
{
    // A screen reader hears each new step: the step is the label's name and the Done button's description.
    const QString spoken = m_counter->text().isEmpty() ? m_title->text()
                                                       : m_counter->text() + QStringLiteral(": ") + m_step->text();
    m_step->setAccessibleName(m_counter->text().isEmpty() ? m_title->text() : m_counter->text());
    m_step->setAccessibleDescription(m_step->text());
    m_done->setAccessibleDescription(spoken);
    setAccessibleDescription(m_context->text() + QLatin1Char(' ') + m_title->text() + QLatin1Char(' ') + spoken);
    // (Cheap without a screen reader: Qt drops the events then.)
    QAccessibleEvent name(m_step, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&name);
    QAccessibleEvent description(m_done, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
}

void ReadAloudView::markDone()
{
    if (m_at >= m_items.size() || !m_done->isEnabled())
        return;
    const QString side = m_items.at(m_at).side;
    const bool lastOfSide = m_at + 1 >= m_items.size() || m_items.at(m_at + 1).side != side;
    if (lastOfSide) {
        m_doneSides.insert(side);
        if (!side.isEmpty()) {
            m_recheckingSide = side;
            Q_EMIT recheckRequested(side);
            return;
        }
    }
    showItem(m_at + 1);
}

void ReadAloudView::recheckNotStarted()
{
    if (m_recheckingSide.isEmpty())
        return;
    m_recheckingSide.clear();
    showItem(m_at + 1);
}

void ReadAloudView::goBack()
{
    if (m_at <= 0)
        return;
    m_doneSides.remove(m_items.at(m_at - 1).side);
    showItem(m_at - 1);
}

void ReadAloudView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        switch (event->key()) {
        case Qt::Key_Escape: Q_EMIT exitRequested(); return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space: markDone(); return;
        case Qt::Key_Backspace: goBack(); return;
        default: break;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace mailfix
