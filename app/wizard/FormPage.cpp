// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormPage.h"
#include "FieldRow.h"
#include "PhoneScreenView.h"

#include "account/AccountSettings.h"
#include "wording/FixCatalog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mailfix {

FormPage::FormPage(const QString &title, const QString &screenField, QWidget *parent)
    : QWizardPage(parent), m_screenField(screenField), m_path(new QLabel(this)), m_askFirst(new QLabel(this)), m_layout(new QVBoxLayout),
      m_phone(new PhoneScreenView(this))
{
    setTitle(title);
    // The form keeps a readable width at any window size; the phone's screen stands beside it.
    auto *outer = new QHBoxLayout(this);
    auto *form = new QWidget(this);
    form->setObjectName(QStringLiteral("formColumn"));
    form->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44);
    form->setLayout(m_layout);
    m_layout->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(form, 3);
    m_phone->setObjectName(QStringLiteral("formPhone"));
    m_phone->setFocusPolicy(Qt::NoFocus);
    m_phone->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    outer->addWidget(m_phone, 2, Qt::AlignTop);
    m_path->setObjectName(QStringLiteral("pathLabel"));
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setAccessibleName(tr("Where to find this screen on the phone"));
    m_layout->addWidget(m_path);
    m_askFirst->setObjectName(QStringLiteral("askFirstLabel"));
    m_askFirst->setWordWrap(true);
    m_askFirst->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_askFirst->setAccessibleName(tr("What to ask the customer first"));
    m_askFirst->setFrameShape(QFrame::StyledPanel);
    m_askFirst->setMargin(4);
    m_askFirst->hide();
    m_layout->addWidget(m_askFirst);
    m_layout->addSpacing(6);
}

void FormPage::setAskFirst(const QString &text)
{
    m_askFirst->setText(text);
    m_askFirst->setVisible(!text.isEmpty());
}

void FormPage::addHeading(const QString &text)
{
    auto *label = new QLabel(this);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_headings.append(label);
    setHeading(int(m_headings.size()) - 1, text);
    m_layout->addSpacing(4);
    m_layout->addWidget(label);
}

void FormPage::setHeading(int index, const QString &text)
{
    QLabel *label = m_headings.at(index);
    label->setText(text.toUpper());
    label->setAccessibleName(text);
}

void FormPage::addRow(FieldRow *row)
{
    row->setParent(this);
    m_layout->addWidget(row);
    m_rows.append(row);
}

void FormPage::addWidget(QWidget *widget)
{
    widget->setParent(this);
    m_layout->addWidget(widget);
}

void FormPage::addHint(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(label);
}

void FormPage::finish()
{
    m_layout->addStretch(1);
}

void FormPage::updatePath(const AccountSettings &settings)
{
    m_path->setText(tr("On the phone: %1").arg(FixCatalog::screenPath(m_screenField, settings)));
}

} // namespace mailfix

namespace mailfix {

void FormPage::showPhone(const AccountSettings &settings, const QString &field)
{
    // The Start page's fields are not on a settings screen: the account screen stands for them.
    const bool onScreen = !field.isEmpty() && field != Field::IosVersion && field != Field::IncomingType;
    const QString screen = m_screenField == Field::IosVersion ? Field::Email : m_screenField;
    m_phone->showFields(settings, {onScreen ? field : screen});
}

} // namespace mailfix
