// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckOptions.h"
#include "account/AccountSettings.h"
#include "model/CheckReport.h"
#include "model/PhoneLanguage.h"

#include <QHash>
#include <QSet>
#include <QWizard>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mailfix {

class AlertPage;
class Checker;
class DialogConsentProvider;
class FieldRow;
class FormPage;
class PhoneHandover;
class ResultsPage;
class SessionStore;

/// The wizard: the phone's settings screens in the phone's order, then the
/// check and its results. A thin view over the core: it builds AccountSettings
/// from its widgets, runs the Checker, and finds each finding's widget by the
/// finding's field name.
class MailfixWizard : public QWizard
{
    Q_OBJECT
public:
    /// PhoneSaysPage ("What does the phone say?") comes first on screen (the start
    /// id, Alt+0); its id is last so the settings pages keep theirs (Alt+1 … Alt+6).
    enum Page { StartPage, AccountPage, IncomingPage, OutgoingPage, AdvancedPage, CheckPage, PhoneSaysPage };

    explicit MailfixWizard(QWidget *parent = nullptr);
    ~MailfixWizard() override;

    int nextId() const override;

    /// The settings as typed, passwords included (for the check only).
    AccountSettings settings() const;
    /// Fills the widgets; passwords only when \a withPasswords and set.
    void applySettings(const AccountSettings &s, bool withPasswords = true);
    void setCheckOptions(const CheckOptions &options) { m_options = options; }
    const CheckOptions &checkOptions() const { return m_options; }
    void setSessionStore(SessionStore *store);
    DialogConsentProvider *consent() const { return m_consent; }

    FieldRow *row(const QString &field) const { return m_rows.value(field); }
    QWidget *fieldWidget(const QString &field) const;
    /// The page holding \a field.
    static int pageOf(const QString &field);
    /// Static problems that stop a check before any network traffic.
    QList<Finding> inputProblems() const;

    /// Starts the check, or shows the input problems on their fields and returns false.
    bool startCheck();
    /// Checks \a side alone again (after its fix steps were done); the other side keeps its results.
    bool recheckSide(ServerSide side);
    /// The sides ("incoming." / "outgoing.") the last started check covers.
    QStringList checkedPrefixes() const { return m_checkedPrefixes; }
    void cancelCheck();
    bool isChecking() const;
    /// The report of the last finished check (merged after a partial re-check).
    const CheckReport &lastReport() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    /// Shows \a report on the results page as the last check's (reopened or for tests).
    void showReport(const CheckReport &report);
    ResultsPage *resultsPage() const { return m_results; }
    PhoneHandover *handover() const { return m_handover; }
    bool saveReport(const QString &path, const QString &format, QString *error = nullptr);
    void copyReport();
    /// Shows \a field's page and puts the cursor in it.
    void goToField(const QString &field);
    void navigateTo(int pageId);
    void showAbout();
    /// Help for the page on screen (F1).
    void showHelp();
    /// Clears everything for the next caller: fields, passwords, results, the saved session.
    void newCustomer();
    /// Whether anything was typed that the next start would not offer again.
    bool hasUnsavedWork() const;
    /// Saves the typed settings (no passwords) and the window geometry now.
    void saveSession();
    /// The list of pages (Alt+1 … Alt+6 jump to them).
    QListWidget *pageList() const { return m_pageList; }
    /// Sizes the page list to its longest entry (after its texts change).
    void fitPageList();
    FormPage *formPage(int id) const;
    /// Asking before quitting with typed settings (the program switches it on; off for embedding and tests).
    void setConfirmQuit(bool on) { m_confirmQuit = on; }
    /// Puts the cursor in the first empty field of the page on screen.
    void focusFirstField();
    /// "Find my settings": the search from the typed email (and passwords) in a dialog.
    void findSettings();

    /// The alert the customer read out (PhoneSymptoms id), empty for "I don't know":
    /// the ask-first line and rows on the pages, the first field focused, the side
    /// and likely causes on top of the findings. Goes to the first field to ask
    /// (the Start page for "I don't know").
    void pickSymptom(const QString &symptomId);
    QString symptomId() const { return m_symptomId; }
    /// The fields to ask for first (the picked alert's), in order; empty without one.
    QStringList askFirst() const;
    /// The side the findings are ordered by: the picked alert's, else the only side given.
    QString symptomSide() const;
    AlertPage *alertPage() const { return m_alert; }
    /// The item "0 What does the phone say?" above the list of pages.
    QListWidget *alertItem() const { return m_alertItem; }

    /// The customer's phone language, at once: the alerts, the pages' phone
    /// labels and pictures, and the findings' titles and fix steps.
    void setPhoneLanguage(PhoneLanguage language);
    PhoneLanguage phoneLanguage() const;
    /// The helpdesk's window language: saved, applied the next time Mailfix starts.
    void setInterfaceLanguage(PhoneLanguage language);
    /// Whether language choices are saved (QSettings); the program switches it on.
    void setSaveLanguages(bool on) { m_saveLanguages = on; }
    /// "Languages…": both language choices, from any page.
    void showLanguages();

Q_SIGNALS:
    void checkStarted();
    void checkFinished(const mailfix::CheckReport &report);

protected:
    void initializePage(int id) override;
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void done(int result) override;

private:
    QLineEdit *lineEdit(const QString &field, const QString &placeholder = {});
    QCheckBox *switchBox(const QString &field);
    QComboBox *authCombo(const QString &field);
    FieldRow *addRow(FormPage *page, const QString &field, QWidget *editor, const QString &description);
    void buildPages();
    void onEdited(const QString &field);
    void refreshValidation();
    void refreshPaths();
    void updatePortDefault(ServerSide side, bool oldSsl, IncomingType oldType);
    bool startCheckOf(std::optional<ServerSide> only);
    void onStep(const CheckStep &step);
    void onFinished(const CheckReport &report);
    void applyFinalStates(const CheckReport &report, const QStringList &checkedPrefixes);
    void saveReportInteractive(const QString &format);
    void updateCheckButton();
    void updateDefaultButton();
    void assignMnemonics();
    void updateFormPhone(QWidget *focused = nullptr);
    void addRecent(const CheckReport &report);
    void clearAll();

    QHash<QString, FieldRow *> m_rows;
    QList<FormPage *> m_formPages;
    ResultsPage *m_results = nullptr;
    PhoneHandover *m_handover = nullptr;
    QComboBox *m_ios = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_name = nullptr, *m_email = nullptr, *m_description = nullptr;
    QLineEdit *m_inHost = nullptr, *m_inUser = nullptr, *m_inPassword = nullptr, *m_inPort = nullptr, *m_prefix = nullptr;
    QCheckBox *m_inSsl = nullptr;
    QComboBox *m_inAuth = nullptr;
    QCheckBox *m_outServer = nullptr, *m_outSsl = nullptr;
    QLineEdit *m_outHost = nullptr, *m_outUser = nullptr, *m_outPassword = nullptr, *m_outPort = nullptr;
    QComboBox *m_outAuth = nullptr;
    QListWidget *m_pageList = nullptr;
    QPushButton *m_newCustomer = nullptr;
    QPushButton *m_recent = nullptr;
    bool m_confirmQuit = false;
    bool m_quitAsked = false;

    QPushButton *m_findWorking = nullptr;
    Checker *m_checker = nullptr;
    DialogConsentProvider *m_consent = nullptr;
    SessionStore *m_session = nullptr;
    CheckOptions m_options;
    QSet<QString> m_touched;
    bool m_showAllProblems = false;
    bool m_applying = false;
    bool m_lastSsl[2] = {true, true};
    IncomingType m_lastType = IncomingType::Imap;

    // The running check and the last result.
    QHash<QString, StepStatus> m_stepStatus;
    AccountSettings m_running;
    QStringList m_checkedPrefixes; ///< "incoming." / "outgoing." checked by the running check
    CheckReport m_report;
    bool m_hasReport = false;
    std::optional<AccountSettings> m_lastChecked;
    QList<ServerSide> m_notGiven; ///< sides the running check leaves out: nothing was typed for them
    QString m_lastNote;           ///< the note shown with the last report

    AlertPage *m_alert = nullptr;
    QListWidget *m_alertItem = nullptr;
    QPushButton *m_languages = nullptr;
    QString m_symptomId;
    bool m_saveLanguages = false;
    void updateAskFirst();
    void refreshPhoneWords();
    QList<std::function<void()>> m_phoneWords; ///< re-word the phone's words on the form pages
};

} // namespace mailfix
