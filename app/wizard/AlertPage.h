// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PhoneLanguage.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QListWidget;

namespace mailfix {

struct AccountSettings;

/// "What does the phone say?": the alerts the customer can read out, in the
/// phone's own words in the customer's phone language (PhoneSymptoms and
/// FixCatalog::symptomAlert), then "I don't know". Arrows move, Enter (or a
/// click) picks; the two languages beside it. It only shows: what an alert
/// means is the core's (PhoneSymptom).
class AlertPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit AlertPage(QWidget *parent = nullptr);

    /// The alerts again in \a language, with the host or Email of \a s where the phone shows one.
    void refresh(const AccountSettings &s, PhoneLanguage language);
    /// Shows \a language as the window's (the saved choice; it applies at the next start).
    void setInterfaceLanguage(PhoneLanguage language);
    QListWidget *list() const { return m_list; }
    QComboBox *phoneLanguageBox() const { return m_phoneLanguage; }
    QComboBox *interfaceLanguageBox() const { return m_interfaceLanguage; }
    /// The symptom id of the list's row \a row; empty for "I don't know".
    QString symptomAt(int row) const;
    /// Marks the picked row (empty: "I don't know" or none).
    void setPicked(const QString &symptomId);

Q_SIGNALS:
    /// An alert was picked; empty \a symptomId: "I don't know / something else".
    void picked(const QString &symptomId);
    void phoneLanguageChosen(mailfix::PhoneLanguage language);
    void interfaceLanguageChosen(mailfix::PhoneLanguage language);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pickCurrent();

    QListWidget *m_list;
    QComboBox *m_phoneLanguage;
    QComboBox *m_interfaceLanguage;
    QLabel *m_restartNote;
};

/// Fills \a box with Mailfix's languages, each in its own name (Translations::nativeName).
void fillLanguages(QComboBox *box, PhoneLanguage current);
/// The language chosen in a box filled by fillLanguages().
PhoneLanguage languageOf(const QComboBox *box);

} // namespace mailfix
