// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormPage.h"
#include "FieldRow.h"

#include "account/AccountSettings.h"
#include "wording/FixCatalog.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mailfix {

FormPage::FormPage(const QString &title, const QString &screenField, QWidget *parent)
    : QWizardPage(parent), m_screenField(screenField), m_path(new QLabel(this)), m_layout(new QVBoxLayout(this))
{
    setTitle(title);
    m_path->setObjectName(QStringLiteral("pathLabel"));
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_path->setAccessibleName(tr("Where to find this screen on the phone"));
    m_layout->addWidget(m_path);
    m_layout->addSpacing(6);
}

void FormPage::addHeading(const QString &text)
{
    auto *label = new QLabel(text.toUpper(), this);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAccessibleName(text);
    m_layout->addSpacing(4);
    m_layout->addWidget(label);
}

void FormPage::addRow(FieldRow *row)
{
    row->setParent(this);
    m_layout->addWidget(row);
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
