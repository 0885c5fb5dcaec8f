// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertPage.h"

#include "account/AccountSettings.h"
#include "diagnosis/PhoneSymptoms.h"
#include "model/Translations.h"
#include "wording/FixCatalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace mailfix {

void fillLanguages(QComboBox *box, PhoneLanguage current)
{
    const QSignalBlocker block(box);
    box->clear();
    for (PhoneLanguage l : PhoneLanguages::all()) {
        box->addItem(Translations::nativeName(l), PhoneLanguages::code(l));
        if (l == current)
            box->setCurrentIndex(box->count() - 1);
    }
}

PhoneLanguage languageOf(const QComboBox *box)
{
    return PhoneLanguages::fromCode(box->currentData().toString()).value_or(PhoneLanguage::English);
}

AlertPage::AlertPage(QWidget *parent)
    : QWizardPage(parent), m_list(new QListWidget(this)), m_phoneLanguage(new QComboBox(this)),
      m_interfaceLanguage(new QComboBox(this)), m_restartNote(new QLabel(this))
{
    setObjectName(QStringLiteral("alertPage"));
    setTitle(tr("What does the phone say?"));
    setSubTitle(tr("Ask the customer to read out the alert on the phone. Picking it tells which settings to ask "
                   "for first."));
    auto *layout = new QVBoxLayout(this);

    auto *languages = new QFormLayout;
    m_phoneLanguage->setObjectName(QStringLiteral("phoneLanguage"));
    m_phoneLanguage->setAccessibleName(tr("Customer's phone language"));
    m_phoneLanguage->setToolTip(tr("The language the customer's phone is set to: the alerts, labels and fix steps "
                                   "follow it"));
    auto *phoneLabel = new QLabel(tr("Customer's &phone language:"), this);
    phoneLabel->setBuddy(m_phoneLanguage);
    languages->addRow(phoneLabel, m_phoneLanguage);
    m_interfaceLanguage->setObjectName(QStringLiteral("interfaceLanguage"));
    m_interfaceLanguage->setAccessibleName(tr("Window language"));
    m_interfaceLanguage->setToolTip(tr("The language of Mailfix's own window (yours)"));
    auto *windowLabel = new QLabel(tr("Window lan&guage:"), this);
    windowLabel->setBuddy(m_interfaceLanguage);
    languages->addRow(windowLabel, m_interfaceLanguage);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    m_restartNote->setText(tr("The window language changes the next time Mailfix starts."));
    m_restartNote->hide();
    languages->addRow(QString(), m_restartNote);

    auto *listLabel = new QLabel(tr("The phone &says:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("alertList"));
    m_list->setAccessibleName(tr("What the phone says"));
    m_list->setAccessibleDescription(tr("Up and Down choose the alert the customer reads out; Enter picks it"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->installEventFilter(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(languages);
    // The tab order follows the screen: the list, then the languages.
    setTabOrder(m_list, m_phoneLanguage);
    setTabOrder(m_phoneLanguage, m_interfaceLanguage);

    connect(m_list, &QListWidget::itemClicked, this, [this] { pickCurrent(); });
    connect(m_phoneLanguage, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT phoneLanguageChosen(languageOf(m_phoneLanguage)); });
    connect(m_interfaceLanguage, &QComboBox::currentIndexChanged, this, [this] {
        const PhoneLanguage l = languageOf(m_interfaceLanguage);
        m_restartNote->setVisible(l != Translations::interfaceLanguage());
        Q_EMIT interfaceLanguageChosen(l);
    });
    fillLanguages(m_phoneLanguage, FixCatalog::defaultLanguage());
    fillLanguages(m_interfaceLanguage, Translations::interfaceLanguage());
}

void AlertPage::refresh(const AccountSettings &s, PhoneLanguage language)
{
    if (languageOf(m_phoneLanguage) != language)
        fillLanguages(m_phoneLanguage, language);
    const int current = m_list->currentRow();
    const QList<PhoneSymptom> &all = PhoneSymptoms::all();
    const QString unknown = tr("I don't know / something else: go to the settings");
    if (m_list->count() != all.size() + 1) {
        m_list->clear();
        for (int i = 0; i <= all.size(); ++i)
            new QListWidgetItem(m_list);
    }
    for (int i = 0; i <= all.size(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        QString text = i < all.size() ? FixCatalog::symptomAlert(all.at(i), s, language) : unknown;
        const QString accessible = text;
        // The alert's title on its own line, as the phone shows it.
        const QString dash = QStringLiteral(" \u2014 ");
        if (i < all.size() && text.contains(dash))
            text.replace(text.indexOf(dash), dash.size(), QLatin1Char('\n'));
        item->setText(text);
        item->setData(Qt::UserRole, i < all.size() ? all.at(i).id : QString());
        item->setData(Qt::AccessibleTextRole, accessible);
        item->setToolTip(accessible);
    }
    m_list->setCurrentRow(current >= 0 ? current : 0);
}

void AlertPage::setInterfaceLanguage(PhoneLanguage language)
{
    fillLanguages(m_interfaceLanguage, language);
    m_restartNote->setVisible(language != Translations::interfaceLanguage());
}

QString AlertPage::symptomAt(int row) const
{
    const QListWidgetItem *item = m_list->item(row);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AlertPage::setPicked(const QString &symptomId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        QFont f = m_list->font();
        f.setBold(!symptomId.isEmpty() && item->data(Qt::UserRole).toString() == symptomId);
        item->setFont(f);
    }
}

void AlertPage::pickCurrent()
{
    if (m_list->currentRow() < 0)
        return;
    Q_EMIT picked(symptomAt(m_list->currentRow()));
}

bool AlertPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter picks here; it must not also press the wizard's Next.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            pickCurrent();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

} // namespace mailfix
