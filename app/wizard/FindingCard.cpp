// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingCard.h"
#include "FieldRow.h"

#include "account/AccountSettings.h"
#include "wording/FixCatalog.h"

#include <QFontDatabase>
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
    }
    layout->addLayout(buttons);
    if (m_evidence)
        layout->addWidget(m_evidence);
}

void FindingCard::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT showOnPhone(m_finding);
    QFrame::mousePressEvent(event);
}

void FindingCard::focusInEvent(QFocusEvent *event)
{
    Q_EMIT showOnPhone(m_finding);
    QFrame::focusInEvent(event);
}

} // namespace mailfix
