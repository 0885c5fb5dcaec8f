// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingCard.h"
#include "FieldRow.h"

#include "account/AccountSettings.h"
#include "wording/FixCatalog.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailfix {

FindingCard::FindingCard(const Finding &finding, const AccountSettings &settings, QWidget *parent)
    : QFrame(parent), m_finding(finding)
{
    setObjectName(QStringLiteral("finding.") + finding.code);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const FieldRow::State st = finding.severity == Severity::Error     ? FieldRow::State::Failed
                               : finding.severity == Severity::Warning ? FieldRow::State::Warning
                                                                       : FieldRow::State::Waiting;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(FieldRow::stateIcon(st).pixmap(QSize(size, size), devicePixelRatioF()));
    const QString severityText = finding.severity == Severity::Error     ? tr("Error")
                                 : finding.severity == Severity::Warning ? tr("Warning")
                                                                         : tr("Note");
    icon->setAccessibleName(severityText);
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *title = new QLabel(finding.title.isEmpty() ? finding.code : finding.title, this);
    title->setObjectName(QStringLiteral("findingTitle"));
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->addWidget(title, 1);
    layout->addLayout(head);
    setAccessibleName(severityText + QStringLiteral(": ") + title->text());

    if (!finding.field.isEmpty()) {
        QStringList labels{FixCatalog::fieldLabel(finding.field, settings.ios)};
        for (const QString &f : finding.alsoFields)
            labels << FixCatalog::fieldLabel(f, settings.ios);
        labels.removeDuplicates();
        auto *where = new QLabel(tr("Change <b>%1</b> in %2")
                                     .arg(labels.join(tr(" and ")).toHtmlEscaped(),
                                          FixCatalog::screenPath(finding.field, settings).toHtmlEscaped()),
                                 this);
        where->setObjectName(QStringLiteral("findingWhere"));
        where->setWordWrap(true);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(where);
    }

    if (!finding.fix.isEmpty()) {
        QString html = QStringLiteral("<ol style=\"margin-left:0px; -qt-list-indent:1;\">");
        for (const QString &step : finding.fix)
            html += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
        m_fix = new QLabel(html, this);
        m_fix->setObjectName(QStringLiteral("findingFix"));
        m_fix->setTextFormat(Qt::RichText);
        m_fix->setWordWrap(true);
        m_fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fix->setAccessibleName(tr("Fix steps"));
        m_fix->setAccessibleDescription(finding.fix.join(QLatin1Char('\n')));
        layout->addWidget(m_fix);
    }

    const QString alert = FixCatalog::phoneAlert(finding, settings);
    if (!alert.isEmpty()) {
        auto *a = new QLabel(tr("The phone says: <i>%1</i>").arg(alert.toHtmlEscaped()), this);
        a->setObjectName(QStringLiteral("findingAlert"));
        a->setWordWrap(true);
        a->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(a);
    }

    auto *buttons = new QHBoxLayout;
    if (!finding.evidence.isEmpty()) {
        m_evidenceButton = new QToolButton(this);
        m_evidenceButton->setObjectName(QStringLiteral("evidenceButton"));
        m_evidenceButton->setText(tr("Show the evidence"));
        m_evidenceButton->setCheckable(true);
        m_evidenceButton->setArrowType(Qt::RightArrow);
        m_evidenceButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_evidenceButton->setAutoRaise(true);
        m_evidence = new QLabel(finding.evidence, this);
        m_evidence->setObjectName(QStringLiteral("findingEvidence"));
        m_evidence->setTextFormat(Qt::PlainText);
        m_evidence->setWordWrap(true);
        m_evidence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_evidence->setAccessibleName(tr("Evidence"));
        m_evidence->hide();
        connect(m_evidenceButton, &QToolButton::toggled, this, [this](bool on) {
            m_evidence->setVisible(on);
            m_evidenceButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            m_evidenceButton->setText(on ? tr("Hide the evidence") : tr("Show the evidence"));
        });
        buttons->addWidget(m_evidenceButton);
    }
    buttons->addStretch(1);
    if (!finding.field.isEmpty()) {
        auto *go = new QPushButton(tr("Edit %1").arg(FixCatalog::fieldLabel(finding.field, settings.ios)), this);
        go->setObjectName(QStringLiteral("goToFieldButton"));
        go->setAutoDefault(false);
        connect(go, &QPushButton::clicked, this, [this] { Q_EMIT goToField(m_finding.field); });
        buttons->addWidget(go);
        m_goButton = go;
    }
    layout->addLayout(buttons);
    if (m_evidence)
        layout->addWidget(m_evidence);
    for (QLabel *label : findChildren<QLabel *>())
        label->installEventFilter(this);
}

QList<QWidget *> FindingCard::focusableChildren() const
{
    QList<QWidget *> out;
    if (m_evidenceButton)
        out << m_evidenceButton;
    if (m_goButton)
        out << m_goButton;
    return out;
}

void FindingCard::setSelected(bool on)
{
    m_selected = on;
    setProperty("selected", on);
    setAccessibleDescription(on ? tr("selected, shown on the phone picture") : QString());
    update();
}

void FindingCard::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    Q_EMIT selected();
    QFrame::mousePressEvent(event);
}

bool FindingCard::eventFilter(QObject *watched, QEvent *event)
{
    // Selectable text takes the click for itself; the card is selected all the same.
    if (event->type() == QEvent::MouseButtonPress && qobject_cast<QLabel *>(watched)) {
        setFocus(Qt::MouseFocusReason);
        Q_EMIT selected();
    }
    return QFrame::eventFilter(watched, event);
}

void FindingCard::focusInEvent(QFocusEvent *event)
{
    Q_EMIT selected();
    update();
    QFrame::focusInEvent(event);
}

void FindingCard::focusOutEvent(QFocusEvent *event)
{
    update();
    QFrame::focusOutEvent(event);
}

void FindingCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        Q_EMIT step(event->key() == Qt::Key_Down ? 1 : -1);
        return;
    }
    if (event->key() == Qt::Key_Space && !m_finding.field.isEmpty()) {
        Q_EMIT goToField(m_finding.field);
        return;
    }
    QFrame::keyPressEvent(event);
}

void FindingCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_selected && !hasFocus())
        return;
    // The selected card in the highlight colour; the focused one with a heavier frame.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Highlight));
    pen.setWidthF(hasFocus() ? 3.0 : 1.5);
    p.setPen(pen);
    p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
}

} // namespace mailfix
