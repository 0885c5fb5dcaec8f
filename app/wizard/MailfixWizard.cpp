// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailfixWizard.h"
#include "AlertPage.h"
#include "DialogConsentProvider.h"
#include "DiscoveryDialog.h"
#include "FieldRow.h"
#include "FormPage.h"
#include "ReportExporter.h"
#include "PhoneHandover.h"
#include "ResultsPage.h"
#include "SessionStore.h"

#include "CheckSession.h"
#include "Checker.h"
#include "diagnosis/PhoneSymptoms.h"
#include "diagnosis/Validator.h"
#include "LanguageSettings.h"
#include "model/Translations.h"
#include "wording/FieldScreens.h"
#include "wording/FixCatalog.h"
#include "wording/Wording.h"
#include "PhoneScreenView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QKeySequence>
#include <QFileDialog>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QLayout>
#include <QRegularExpressionValidator>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardPaths>

namespace mailfix {

namespace {
const QString AccountName = FieldScreens::AccountName;
const QString AccountDescription = FieldScreens::AccountDescription;

/// A word of the phone's (PhoneVocabulary) for the form pages.
QString phoneWord(const char *id)
{
    return Wording(IosVersion(), FixCatalog::defaultLanguage()).word(QString::fromLatin1(id));
}

} // namespace

MailfixWizard::MailfixWizard(QWidget *parent)
    : QWizard(parent), m_checker(new Checker(this)), m_consent(new DialogConsentProvider(this))
{
    setObjectName(QStringLiteral("mailfixWizard"));
    setWindowTitle(tr("Mailfix — iPhone Mail Settings Check"));
    setWizardStyle(QWizard::ClassicStyle);
    // The default button is ours to choose: Next on the forms, Check Again on the results.
    setOptions(QWizard::IndependentPages | QWizard::HaveCustomButton1 | QWizard::HaveHelpButton |
               QWizard::NoCancelButtonOnLastPage | QWizard::NoBackButtonOnStartPage | QWizard::NoDefaultButton);
    setButtonText(QWizard::CustomButton1, tr("&Check"));
    setButtonText(QWizard::CancelButton, tr("&Quit"));
    // Alt+C is Check; Close takes L so no page has one key for two buttons.
    setButtonText(QWizard::FinishButton, tr("C&lose"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("checkButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Check these settings against the servers (Ctrl+Return)"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Check"));
    setButtonLayout({QWizard::HelpButton, QWizard::Stretch, QWizard::CustomButton1, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            startCheck();
    });
    connect(this, &QWizard::helpRequested, this, &MailfixWizard::showHelp);
    m_checker->setConsentProvider(m_consent);
    connect(m_checker, &Checker::stepUpdated, this, &MailfixWizard::onStep);
    connect(m_checker, &Checker::progress, this, [this](int done, int total) { m_results->setProgress(done, total); });
    connect(m_checker, &Checker::finished, this, &MailfixWizard::onFinished);

    m_applying = true; // no reactions while the widgets are made
    buildPages();
    m_applying = false;

    // Beside the pages: the list of pages (a form, not a tunnel), New Customer and Recent.
    auto *side = new QWidget;
    side->setObjectName(QStringLiteral("sidePanel"));
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_pageList = new QListWidget(side);
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pageList->setFocusPolicy(Qt::NoFocus); // Alt+1 … Alt+6 reach every page
    // Page 0 above the list: "What does the phone say?" (the list keeps the settings pages 1 … 6).
    m_alertItem = new QListWidget(side);
    m_alertItem->setObjectName(QStringLiteral("alertItem"));
    m_alertItem->setAccessibleName(tr("What the phone says page"));
    m_alertItem->setFocusPolicy(Qt::NoFocus); // Alt+0 reaches it
    {
        auto *item = new QListWidgetItem(tr("%1  %2").arg(0).arg(tr("What the phone says")), m_alertItem);
        item->setData(Qt::UserRole, int(PhoneSaysPage));
        item->setToolTip(tr("Alt+%1").arg(0));
        auto *sc = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_0), this);
        connect(sc, &QShortcut::activated, this, [this] { navigateTo(PhoneSaysPage); });
    }
    m_alertItem->setFixedHeight(fontMetrics().height() + 2 * m_alertItem->frameWidth() + 6);
    m_alertItem->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_alertItem->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_alertItem, &QListWidget::itemClicked, this, [this] { navigateTo(PhoneSaysPage); });
    sideLayout->addWidget(m_alertItem);
    QList<int> ids = pageIds();
    ids.removeAll(int(PhoneSaysPage));
    for (int i = 0; i < ids.size(); ++i) {
        auto *item = new QListWidgetItem(tr("%1  %2").arg(i + 1).arg(page(ids.at(i))->title()), m_pageList);
        item->setData(Qt::UserRole, ids.at(i));
        item->setToolTip(tr("Alt+%1").arg(i + 1));
        auto *sc = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(sc, &QShortcut::activated, this, [this, id = ids.at(i)] { navigateTo(id); });
    }
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pageList->setTextElideMode(Qt::ElideNone);
    fitPageList();
    connect(m_pageList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { navigateTo(item->data(Qt::UserRole).toInt()); });
    sideLayout->addWidget(m_pageList, 1);
    m_newCustomer = new QPushButton(tr("Ne&w Customer"), side);
    m_newCustomer->setObjectName(QStringLiteral("newCustomerButton"));
    m_newCustomer->setToolTip(tr("Clear everything for the next caller (Ctrl+Shift+N)"));
    m_newCustomer->setAutoDefault(false);
    connect(m_newCustomer, &QPushButton::clicked, this, &MailfixWizard::newCustomer);
    auto *newSc = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    connect(newSc, &QShortcut::activated, this, &MailfixWizard::newCustomer);
    sideLayout->addWidget(m_newCustomer);
    m_recent = new QPushButton(tr("&Recent Checks"), side);
    m_recent->setObjectName(QStringLiteral("recentButton"));
    m_recent->setToolTip(tr("Reopen the settings of an earlier caller (never with passwords)"));
    m_recent->setAutoDefault(false);
    auto *recentMenu = new QMenu(m_recent);
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu, &QMenu::aboutToShow, this, [this, recentMenu] {
        recentMenu->clear();
        const QList<SessionStore::Recent> list = m_session ? m_session->recent() : QList<SessionStore::Recent>();
        if (list.isEmpty())
            recentMenu->addAction(tr("No checks yet"))->setEnabled(false);
        for (const SessionStore::Recent &r : list) {
            QAction *a = recentMenu->addAction(
                tr("%1 — %2, %3").arg(r.settings.email.isEmpty() ? tr("(no email)") : r.settings.email,
                                      QLocale().toString(r.when, QLocale::ShortFormat), r.verdict));
            connect(a, &QAction::triggered, this, [this, settings = r.settings] {
                clearAll();
                applySettings(settings, false);
                focusFirstField();
            });
        }
    });
    m_recent->setMenu(recentMenu);
    sideLayout->addWidget(m_recent);
    // No mnemonic: every letter of the word is taken on some page (Check Again, Close,
    // Next, Customer …); Ctrl+Shift+L instead, like Ctrl+Shift+N for New Customer.
    m_languages = new QPushButton(tr("Languages\u2026"), side);
    m_languages->setObjectName(QStringLiteral("languagesButton"));
    m_languages->setToolTip(tr("The window's language and the customer's phone language (Ctrl+Shift+L)"));
    m_languages->setAccessibleName(tr("Languages"));
    m_languages->setAutoDefault(false);
    connect(m_languages, &QPushButton::clicked, this, &MailfixWizard::showLanguages);
    auto *langSc = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    connect(langSc, &QShortcut::activated, this, &MailfixWizard::showLanguages);
    sideLayout->addWidget(m_languages);
    setSideWidget(side);
    assignMnemonics(); // again, now that the side panel's letters are known

    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *sc = new QShortcut(k, this);
        connect(sc, &QShortcut::activated, this, [this] { startCheck(); });
    }
    // F1 besides Alt+H: help for the page on screen.
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &MailfixWizard::showHelp);
    auto *copy = new QShortcut(QKeySequence::Copy, m_results);
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, this, [this] {
        if (m_hasReport)
            copyReport();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setButtonText(QWizard::CustomButton1, id == CheckPage && m_hasReport ? tr("Check &Again") : tr("&Check"));
        refreshPaths();
        if (id == PhoneSaysPage) {
            m_pageList->clearSelection();
            m_pageList->setCurrentRow(-1);
            m_alertItem->setCurrentRow(0);
        } else {
            m_alertItem->clearSelection();
            m_alertItem->setCurrentRow(-1);
        }
        for (int i = 0; i < m_pageList->count(); ++i)
            if (m_pageList->item(i)->data(Qt::UserRole).toInt() == id)
                m_pageList->setCurrentRow(i);
        updateDefaultButton();
        if (id == PhoneSaysPage) {
            m_alert->refresh(settings(), phoneLanguage());
            m_alert->list()->setFocus(Qt::TabFocusReason);
        }
        focusFirstField();
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { updateFormPhone(now); });
    // Tab order = the order on screen: the page, then the buttons left to right.
    QWidget *prevButton = nullptr;
    for (QWizard::WizardButton b : {QWizard::HelpButton, QWizard::CustomButton1, QWizard::BackButton,
                                    QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        if (prevButton)
            setTabOrder(prevButton, button(b));
        prevButton = button(b);
    }

    // Quit, Close and the window's close button all end here.
    connect(this, &QDialog::finished, this, [this] {
        cancelCheck();
        saveSession();
    });
    setMinimumSize(820, 600);
    resize(1060, 700);
    refreshPaths();
    refreshValidation();
    updateDefaultButton();
}

MailfixWizard::~MailfixWizard()
{
    m_checker->disconnect(this);
    m_checker->cancel();
}

int MailfixWizard::nextId() const
{
    switch (currentId()) {
    case PhoneSaysPage: return StartPage;
    case StartPage: return AccountPage;
    case AccountPage: return IncomingPage;
    case IncomingPage: return OutgoingPage;
    case OutgoingPage: return AdvancedPage;
    case AdvancedPage: return CheckPage;
    default: return -1;
    }
}

QLineEdit *MailfixWizard::lineEdit(const QString &field, const QString &placeholder)
{
    auto *e = new QLineEdit;
    e->setObjectName(field);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    connect(e, &QLineEdit::textChanged, this, [this, field] { onEdited(field); });
    return e;
}

QCheckBox *MailfixWizard::switchBox(const QString &field)
{
    auto *c = new QCheckBox(tr("On"));
    c->setObjectName(field);
    connect(c, &QCheckBox::toggled, this, [this, c, field](bool on) {
        c->setText(on ? tr("On") : tr("Off"));
        onEdited(field);
    });
    return c;
}

QComboBox *MailfixWizard::authCombo(const QString &field)
{
    auto *c = new QComboBox;
    c->setObjectName(field);
    for (AuthMethod m : {AuthMethod::Password, AuthMethod::Md5, AuthMethod::Ntlm, AuthMethod::HttpMd5, AuthMethod::None})
        c->addItem(FixCatalog::authLabel(m), authMethodName(m));
    connect(c, &QComboBox::currentIndexChanged, this, [this, field] { onEdited(field); });
    return c;
}

FieldRow *MailfixWizard::addRow(FormPage *page, const QString &field, QWidget *editor, const QString &description)
{
    // The phone's labels come from the vocabulary table (FieldScreens/Wording), like the fix steps'.
    const QString label = field == Field::IncomingType ? tr("Account Type") : FixCatalog::fieldLabel(field, IosVersion());
    auto *row = new FieldRow(field, label, editor);
    row->setDescription(description);
    page->addRow(row);
    m_rows.insert(field, row);
    return row;
}

void MailfixWizard::buildPages()
{
    // (1) Start: which phone, which kind of account.
    auto *start = new FormPage(tr("Start"), Field::IosVersion);
    start->setSubTitle(tr("Which iOS does the phone run, and what kind of account is it?"));
    m_ios = new QComboBox;
    m_ios->setEditable(true);
    m_ios->setInsertPolicy(QComboBox::NoInsert);
    for (int v : {26, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9})
        m_ios->addItem(QString::number(v));
    m_ios->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,2}(\\.\\d{1,2}){0,2}")), m_ios));
    connect(m_ios, &QComboBox::currentTextChanged, this, [this] { onEdited(Field::IosVersion); });
    addRow(start, Field::IosVersion, m_ios, tr("The version shown in Settings > General > About on the phone"));
    start->addHint(tr("Find it on the phone in Settings > General > About (iOS Version, on older phones "
                      "Software Version). The paths and labels below follow that version."));
    m_type = new QComboBox;
    m_type->addItem(QStringLiteral("IMAP"), QStringLiteral("imap"));
    m_type->addItem(QStringLiteral("POP"), QStringLiteral("pop"));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { onEdited(Field::IncomingType); });
    addRow(start, Field::IncomingType, m_type, tr("IMAP or POP, as chosen when the account was added"));
    start->addHint(tr("The Account screen's heading says IMAP or POP (\"IMAP ACCOUNT INFORMATION\")."));
    start->finish();
    setPage(StartPage, start);

    // (2) Account.
    auto *account = new FormPage(tr("Account"), Field::Email);
    account->setSubTitle(tr("The top of the account's screen on the phone."));
    account->addHeading(phoneWord("accountInformation").arg(QStringLiteral("IMAP / POP")));
    m_phoneWords << [account] {
        account->setHeading(0, phoneWord("accountInformation").arg(QStringLiteral("IMAP / POP")));
    };
    m_name = lineEdit(AccountName, tr("John Appleseed", "iOS placeholder"));
    addRow(account, AccountName, m_name, tr("The name shown as sender"));
    m_email = lineEdit(Field::Email, tr("example@example.com"));
    addRow(account, Field::Email, m_email, tr("The email address of the account"));
    m_description = lineEdit(AccountDescription, tr("My Email Account", "iOS placeholder"));
    addRow(account, AccountDescription, m_description, tr("The account's name in the phone's list of accounts"));
    auto *find = new QPushButton(tr("Find my settings"));
    find->setObjectName(QStringLiteral("findSettings"));
    find->setToolTip(tr("Finds the servers that work from the email address (and the passwords, if typed)"));
    connect(find, &QPushButton::clicked, this, &MailfixWizard::findSettings);
    account->addWidget(find);
    account->finish();
    setPage(AccountPage, account);

    // (3) Incoming Mail Server.
    auto *incoming = new FormPage(tr("Incoming Mail Server"), Field::IncomingHost);
    incoming->setSubTitle(tr("On the Account screen, under Incoming Mail Server."));
    incoming->addHeading(phoneWord("incomingMailServer"));
    m_inHost = lineEdit(Field::IncomingHost, tr("mail.example.com"));
    addRow(incoming, Field::IncomingHost, m_inHost, tr("Incoming mail server host name, without https:// or a port"));
    m_inUser = lineEdit(Field::IncomingUser, phoneWord("required"));
    addRow(incoming, Field::IncomingUser, m_inUser, tr("Incoming mail server user name"));
    m_inPassword = lineEdit(Field::IncomingPassword, phoneWord("required"));
    m_inPassword->setEchoMode(QLineEdit::Password);
    m_inPassword->setClearButtonEnabled(false);
    addRow(incoming, Field::IncomingPassword, m_inPassword,
           tr("Incoming mail server password; used for this check only, never stored"));
    incoming->finish();
    m_phoneWords << [this, incoming] {
        incoming->setHeading(0, phoneWord("incomingMailServer"));
        m_inUser->setPlaceholderText(phoneWord("required"));
        m_inPassword->setPlaceholderText(phoneWord("required"));
    };
    setPage(IncomingPage, incoming);

    // (4) Outgoing Mail Server > SMTP > Primary Server.
    auto *outgoing = new FormPage(tr("Outgoing Mail Server"), Field::OutgoingHost);
    outgoing->setSubTitle(tr("Account > Outgoing Mail Server > SMTP > Primary Server."));
    m_outServer = switchBox(Field::OutgoingServer);
    m_outServer->setChecked(true);
    addRow(outgoing, Field::OutgoingServer, m_outServer, tr("Whether the primary SMTP server is switched on"));
    outgoing->addHeading(phoneWord("outgoingMailServer"));
    m_outHost = lineEdit(Field::OutgoingHost, tr("smtp.example.com"));
    addRow(outgoing, Field::OutgoingHost, m_outHost, tr("Outgoing (SMTP) server host name"));
    m_outUser = lineEdit(Field::OutgoingUser, phoneWord("optional"));
    addRow(outgoing, Field::OutgoingUser, m_outUser, tr("Outgoing server user name; the phone shows it as Optional"));
    m_outPassword = lineEdit(Field::OutgoingPassword, phoneWord("optional"));
    m_outPassword->setEchoMode(QLineEdit::Password);
    m_outPassword->setClearButtonEnabled(false);
    addRow(outgoing, Field::OutgoingPassword, m_outPassword,
           tr("Outgoing server password; the phone shows it as Optional; never stored"));
    outgoing->addHeading(QString());
    m_outSsl = switchBox(Field::OutgoingSsl);
    m_outSsl->setChecked(true);
    addRow(outgoing, Field::OutgoingSsl, m_outSsl, tr("Use SSL for the outgoing server"));
    m_outAuth = authCombo(Field::OutgoingAuth);
    addRow(outgoing, Field::OutgoingAuth, m_outAuth, tr("How the phone logs in to the outgoing server"));
    m_outPort = lineEdit(Field::OutgoingPort);
    m_outPort->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_outPort));
    m_outPort->setText(QString::number(AccountSettings::defaultPort(ServerSide::Outgoing, IncomingType::Imap, true)));
    addRow(outgoing, Field::OutgoingPort, m_outPort, tr("Outgoing server port number"));
    outgoing->finish();
    m_phoneWords << [this, outgoing] {
        outgoing->setHeading(0, phoneWord("outgoingMailServer"));
        m_outUser->setPlaceholderText(phoneWord("optional"));
        m_outPassword->setPlaceholderText(phoneWord("optional"));
    };
    setPage(OutgoingPage, outgoing);

    // (5) Advanced.
    auto *advanced = new FormPage(tr("Advanced"), Field::IncomingPort);
    advanced->setSubTitle(tr("At the bottom of the Account screen: Advanced."));
    advanced->addHeading(phoneWord("incomingSettings"));
    m_inSsl = switchBox(Field::IncomingSsl);
    m_inSsl->setChecked(true);
    addRow(advanced, Field::IncomingSsl, m_inSsl, tr("Use SSL for the incoming server; changes the default port"));
    m_inAuth = authCombo(Field::IncomingAuth);
    addRow(advanced, Field::IncomingAuth, m_inAuth, tr("How the phone logs in to the incoming server"));
    m_prefix = lineEdit(Field::IncomingPathPrefix, QStringLiteral("/"));
    addRow(advanced, Field::IncomingPathPrefix, m_prefix,
           tr("IMAP Path Prefix; usually empty. A stray value here gives an empty mailbox"));
    m_inPort = lineEdit(Field::IncomingPort);
    m_inPort->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_inPort));
    m_inPort->setText(QString::number(AccountSettings::defaultPort(ServerSide::Incoming, IncomingType::Imap, true)));
    addRow(advanced, Field::IncomingPort, m_inPort, tr("Incoming server port number"));
    advanced->finish();
    m_phoneWords << [advanced] {
        advanced->setHeading(0, phoneWord("incomingSettings"));
    };
    m_phoneWords << [this] {
        for (QComboBox *c : {m_inAuth, m_outAuth})
            for (int i = 0; i < c->count(); ++i)
                if (auto m = parseAuthMethod(c->itemData(i).toString()))
                    c->setItemText(i, FixCatalog::authLabel(*m));
    };
    setPage(AdvancedPage, advanced);

    m_formPages = {start, account, incoming, outgoing, advanced};

    // (0) What does the phone say? First on screen.
    m_alert = new AlertPage;
    setPage(PhoneSaysPage, m_alert);
    setStartId(PhoneSaysPage);
    m_alert->refresh(AccountSettings(), FixCatalog::defaultLanguage());
    connect(m_alert, &AlertPage::picked, this, &MailfixWizard::pickSymptom);
    connect(m_alert, &AlertPage::phoneLanguageChosen, this, &MailfixWizard::setPhoneLanguage);
    connect(m_alert, &AlertPage::interfaceLanguageChosen, this, &MailfixWizard::setInterfaceLanguage);

    // (6) Check & Results.
    m_results = new ResultsPage;
    setPage(CheckPage, m_results);
    connect(m_results, &ResultsPage::cancelRequested, this, &MailfixWizard::cancelCheck);
    connect(m_results, &ResultsPage::goToField, this, &MailfixWizard::goToField);
    connect(m_results, &ResultsPage::copyRequested, this, &MailfixWizard::copyReport);
    connect(m_results, &ResultsPage::copyReplyRequested, this, [this] {
        if (!m_hasReport)
            return;
        QGuiApplication::clipboard()->setText(ReportExporter::emailReply(m_report, m_results->ticket()));
        m_results->showNotice(tr("The fix steps were copied as an e-mail reply."));
    });
    connect(m_results, &ResultsPage::saveRequested, this, &MailfixWizard::saveReportInteractive);
    connect(m_results, &ResultsPage::recheckRequested, this, [this](const QString &side) {
        recheckSide(side == QLatin1String("incoming") ? ServerSide::Incoming : ServerSide::Outgoing);
    });
    m_findWorking = new QPushButton(tr("F&ind working settings"), m_results);
    m_findWorking->setObjectName(QStringLiteral("findWorkingSettings"));
    m_findWorking->hide();
    m_results->layout()->addWidget(m_findWorking);
    connect(m_findWorking, &QPushButton::clicked, this, &MailfixWizard::findSettings);
    m_handover = new PhoneHandover(m_consent);
    m_results->addActionWidget(m_handover);
    connect(m_handover, &PhoneHandover::roundTripFinished, this, [this](const RoundTripResult &r) {
        RoundTrip::addTo(m_report, r);
        m_results->showReport(m_report);
    });
}

void MailfixWizard::findSettings()
{
    auto *dialog = new DiscoveryDialog(settings(), m_options, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscoveryDialog::applyRequested, this, [this](const AccountSettings &suggested) {
        applySettings(suggested, false); // the typed passwords stay
        navigateTo(CheckPage);
        startCheck();
    });
    dialog->open();
    dialog->start();
}

QWidget *MailfixWizard::fieldWidget(const QString &field) const
{
    FieldRow *r = m_rows.value(field);
    return r ? r->editor() : nullptr;
}

int MailfixWizard::pageOf(const QString &field)
{
    if (field == Field::IosVersion || field == Field::IncomingType)
        return StartPage;
    if (field.startsWith(QLatin1String("account.")))
        return AccountPage;
    if (field == Field::IncomingSsl || field == Field::IncomingAuth || field == Field::IncomingPort ||
        field == Field::IncomingPathPrefix)
        return AdvancedPage;
    if (field.startsWith(QLatin1String("incoming.")))
        return IncomingPage;
    if (field.startsWith(QLatin1String("outgoing.")))
        return OutgoingPage;
    return StartPage;
}

static int portOf(const QLineEdit *e)
{
    const QString t = e->text().trimmed();
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const int v = t.toInt(&ok);
    return ok ? v : -1;
}

AccountSettings MailfixWizard::settings() const
{
    AccountSettings s;
    if (auto v = IosVersion::parse(m_ios->currentText()))
        s.ios = *v;
    s.incomingType = m_type->currentData().toString() == QLatin1String("pop") ? IncomingType::Pop : IncomingType::Imap;
    s.name = m_name->text();
    s.email = m_email->text();
    s.description = m_description->text();
    s.incoming.host = m_inHost->text();
    s.incoming.user = m_inUser->text();
    s.incoming.password = Secret(m_inPassword->text().toUtf8());
    s.incoming.ssl = m_inSsl->isChecked();
    s.incoming.auth = parseAuthMethod(m_inAuth->currentData().toString()).value_or(AuthMethod::Password);
    s.incoming.port = portOf(m_inPort);
    s.imapPathPrefix = s.incomingType == IncomingType::Imap ? m_prefix->text() : QString();
    s.outgoingServerOn = m_outServer->isChecked();
    s.outgoing.host = m_outHost->text();
    s.outgoing.user = m_outUser->text();
    s.outgoing.password = Secret(m_outPassword->text().toUtf8());
    s.outgoing.ssl = m_outSsl->isChecked();
    s.outgoing.auth = parseAuthMethod(m_outAuth->currentData().toString()).value_or(AuthMethod::Password);
    s.outgoing.port = portOf(m_outPort);
    return s;
}

void MailfixWizard::applySettings(const AccountSettings &s, bool withPasswords)
{
    m_applying = true;
    const QString ios = s.ios.minor == 0 && s.ios.patch == 0 ? QString::number(s.ios.major) : s.ios.toString();
    const int iosIndex = m_ios->findText(ios);
    if (iosIndex >= 0)
        m_ios->setCurrentIndex(iosIndex);
    else
        m_ios->setEditText(ios);
    m_type->setCurrentIndex(s.incomingType == IncomingType::Pop ? 1 : 0);
    m_name->setText(s.name);
    m_email->setText(s.email);
    m_description->setText(s.description);
    m_inHost->setText(s.incoming.host);
    m_inUser->setText(s.incoming.user);
    m_inSsl->setChecked(s.incoming.ssl);
    m_inAuth->setCurrentIndex(m_inAuth->findData(authMethodName(s.incoming.auth)));
    m_inPort->setText(QString::number(s.effectivePort(ServerSide::Incoming)));
    m_prefix->setText(s.imapPathPrefix);
    m_outServer->setChecked(s.outgoingServerOn);
    m_outHost->setText(s.outgoing.host);
    m_outUser->setText(s.outgoing.user);
    m_outSsl->setChecked(s.outgoing.ssl);
    m_outAuth->setCurrentIndex(m_outAuth->findData(authMethodName(s.outgoing.auth)));
    m_outPort->setText(QString::number(s.effectivePort(ServerSide::Outgoing)));
    if (withPasswords) {
        if (!s.incoming.password.isEmpty())
            m_inPassword->setText(QString::fromUtf8(s.incoming.password.reveal()));
        if (!s.outgoing.password.isEmpty())
            m_outPassword->setText(QString::fromUtf8(s.outgoing.password.reveal()));
    }
    m_lastSsl[0] = s.incoming.ssl;
    m_lastSsl[1] = s.outgoing.ssl;
    m_lastType = s.incomingType;
    m_applying = false;
    // Prefilled values are shown with their problems at once.
    for (const QString &f : Field::all())
        m_touched.insert(f);
    onEdited(QString());
}

void MailfixWizard::setSessionStore(SessionStore *store)
{
    m_session = store;
}

void MailfixWizard::updatePortDefault(ServerSide side, bool oldSsl, IncomingType oldType)
{
    // As on the phone: switching Use SSL (or the account type) moves a default port to the new default.
    QLineEdit *port = side == ServerSide::Incoming ? m_inPort : m_outPort;
    const AccountSettings s = settings();
    const int oldDefault = AccountSettings::defaultPort(side, oldType, oldSsl);
    const int newDefault = AccountSettings::defaultPort(side, s.incomingType, s.server(side).ssl);
    const int current = portOf(port);
    if (current == 0 || current == oldDefault) {
        const bool was = m_applying;
        m_applying = true;
        port->setText(QString::number(newDefault));
        m_applying = was;
    }
}

void MailfixWizard::onEdited(const QString &field)
{
    if (m_applying)
        return;
    if (!field.isEmpty())
        m_touched.insert(field);
    if (field == Field::IncomingSsl || field == Field::IncomingType) {
        updatePortDefault(ServerSide::Incoming, m_lastSsl[0], m_lastType);
        m_lastSsl[0] = m_inSsl->isChecked();
        m_lastType = settings().incomingType;
    } else if (field == Field::OutgoingSsl) {
        updatePortDefault(ServerSide::Outgoing, m_lastSsl[1], m_lastType);
        m_lastSsl[1] = m_outSsl->isChecked();
    }
    const bool imap = m_type->currentData().toString() != QLatin1String("pop");
    if (FieldRow *prefix = m_rows.value(Field::IncomingPathPrefix))
        prefix->setVisible(imap);
    // An edited field's old result no longer holds.
    if (!field.isEmpty() && !isChecking())
        if (FieldRow *r = m_rows.value(field))
            r->setState(FieldRow::State::Idle);
    refreshValidation();
    refreshPaths();
    if (m_session)
        m_session->scheduleSave(settings());
}

QList<Finding> MailfixWizard::inputProblems() const
{
    QList<Finding> out = CheckSession::inputProblems(settings());
    if (!IosVersion::parse(m_ios->currentText())) {
        Finding f = Finding::make(Code::SettingsIosInvalid, Field::IosVersion);
        f.title = tr("Enter the iOS version as shown in Settings > General > About, e.g. 17.4.");
        out.append(f);
    }
    return out;
}

void MailfixWizard::refreshValidation()
{
    const QList<Finding> problems = inputProblems();
    QHash<QString, QString> messages;
    for (const Finding &f : problems) {
        QStringList fields{f.field};
        fields << f.alsoFields;
        QString text = f.title.isEmpty() ? f.evidence : f.title;
        const QString suggested = f.facts.suggestedHost;
        if (!suggested.isEmpty() && !text.contains(suggested))
            text += QLatin1Char(' ') + tr("Did you mean %1?").arg(suggested);
        for (const QString &field : std::as_const(fields))
            if (!messages.contains(field))
                messages.insert(field, text);
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString msg = messages.value(it.key());
        const bool show = m_showAllProblems || m_touched.contains(it.key());
        it.value()->setProblem(show ? msg : QString());
    }
    updateCheckButton();
    button(QWizard::CustomButton1)->setToolTip(
        problems.isEmpty() ? tr("Check these settings against the servers (Ctrl+Return)")
                           : tr("Fix these first: %1").arg([&] {
                                 QStringList l;
                                 for (const Finding &f : problems)
                                     l << FixCatalog::fieldLabel(f.field, settings().ios);
                                 l.removeDuplicates();
                                 return l.join(QStringLiteral(", "));
                             }()));
}

void MailfixWizard::updateCheckButton()
{
    button(QWizard::CustomButton1)->setEnabled(!isChecking());
}

void MailfixWizard::refreshPaths()
{
    const AccountSettings s = settings();
    for (FormPage *p : std::as_const(m_formPages))
        p->updatePath(s);
    const IosVersion v = s.ios;
    bool changed = false;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("incoming.")) || it.key().startsWith(QLatin1String("outgoing.")) ||
            it.key() == Field::Email || it.key() == Field::IosVersion)
            if (it.key() != Field::IncomingType) {
                const QString label = FixCatalog::fieldLabel(it.key(), v);
                if (label != it.value()->labelText()) {
                    it.value()->setLabelText(label);
                    changed = true;
                }
            }
    }
    if (changed || m_rows.value(Field::Email)->label()->text().indexOf(QLatin1Char('&')) < 0)
        assignMnemonics();
    updateFormPhone();
}

void MailfixWizard::assignMnemonics()
{
    // The letters the buttons around a form page already use (Check, Back, Next, Quit,
    // Help, New Customer, Recent Checks, the page's own buttons), read from their texts
    // as translated, so that no language gets a clash.
    const auto mnemonicOf = [](const QString &text) -> QString {
        const QKeySequence key = QKeySequence::mnemonic(text); // Qt's own reading of "&x" ("&&" is no mnemonic)
        return key.isEmpty() ? QString() : QString(QChar(int(key[0].key()))).toLower();
    };
    QString around;
    // Close and Commit never show on a form page; the others do.
    const QList<QAbstractButton *> notOnForms{button(QWizard::FinishButton), button(QWizard::CommitButton)};
    QList<QAbstractButton *> buttons = findChildren<QAbstractButton *>();
    if (sideWidget()) // QWizard adopts the side panel only when it lays itself out
        for (QAbstractButton *b : sideWidget()->findChildren<QAbstractButton *>())
            if (!buttons.contains(b))
                buttons << b;
    for (QAbstractButton *b : std::as_const(buttons)) {
        const QWidget *w = b;
        while (w && !qobject_cast<const QWizardPage *>(w))
            w = w->parentWidget();
        if (!w && !notOnForms.contains(b)) // the wizard's buttons and the side panel: on every form page
            around += mnemonicOf(b->text());
    }
    for (FormPage *page : std::as_const(m_formPages)) {
        QString used = around;
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>())
            used += mnemonicOf(b->text());
        for (FieldRow *row : page->rows()) {
            const QString plain = row->labelText();
            int at = -1;
            // Word initials first, then any letter.
            for (int pass = 0; pass < 2 && at < 0; ++pass)
                for (int i = 0; i < plain.size() && at < 0; ++i) {
                    const QChar c = plain.at(i).toLower();
                    const bool initial = i == 0 || plain.at(i - 1).isSpace();
                    if (c.isLetterOrNumber() && (pass == 1 || initial) && !used.contains(c))
                        at = i;
                }
            if (at < 0) {
                row->label()->setText(plain);
                continue;
            }
            used += plain.at(at).toLower();
            row->label()->setText(plain.left(at) + QLatin1Char('&') + plain.mid(at));
        }
    }
}

void MailfixWizard::fitPageList()
{
    // As wide as its longest entry in the language on screen (German, French and Spanish
    // titles are longer than English): the delegate's own measure of each text, plus the frame.
    m_pageList->doItemsLayout();
    int widest = 0;
    const QFontMetrics fm(m_pageList->font());
    for (int i = 0; i < m_pageList->count(); ++i)
        widest = qMax(widest, fm.horizontalAdvance(m_pageList->item(i)->text()));
    if (m_alertItem) // page 0, in its own list above
        for (int i = 0; i < m_alertItem->count(); ++i)
            widest = qMax(widest, fm.horizontalAdvance(m_alertItem->item(i)->text()));
    const int content = qMax(m_pageList->sizeHintForColumn(0), widest + 2 * fm.averageCharWidth());
    const int width = content + 2 * m_pageList->frameWidth() +
                      (m_pageList->verticalScrollBar()->isVisible() ? m_pageList->verticalScrollBar()->sizeHint().width() : 0) + 4;
    m_pageList->setFixedWidth(width);
    if (m_alertItem)
        m_alertItem->setFixedWidth(width);
}

FormPage *MailfixWizard::formPage(int id) const
{
    return qobject_cast<FormPage *>(page(id));
}

void MailfixWizard::updateFormPhone(QWidget *focused)
{
    FormPage *fp = formPage(currentId());
    if (!fp)
        return;
    if (!focused)
        focused = focusWidget();
    QString field;
    for (FieldRow *row : fp->rows())
        if (focused && (row->editor() == focused || row->editor()->isAncestorOf(focused)))
            field = row->field();
    if (field.isEmpty() && !fp->phone()->highlighted().isEmpty() && focused && !fp->isAncestorOf(focused))
        field = fp->phone()->highlighted().first();
    fp->showPhone(settings(), field);
}

void MailfixWizard::focusFirstField()
{
    FormPage *fp = formPage(currentId());
    if (!fp)
        return;
    // The first field to ask for (the alert the customer read out) on this page, else the
    // first empty field the check needs (Name and Description do not change whether mail works).
    QWidget *first = nullptr;
    for (const QString &field : askFirst()) {
        FieldRow *row = m_rows.value(field);
        if (row && !row->isHidden() && fp->rows().contains(row)) {
            row->editor()->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    for (FieldRow *row : fp->rows()) {
        if (row->isHidden() || row->field() == AccountName || row->field() == AccountDescription)
            continue;
        auto *edit = qobject_cast<QLineEdit *>(row->editor());
        if (edit && edit->text().isEmpty()) {
            first = edit;
            break;
        }
        if (!first && edit)
            first = edit;
    }
    if (!first && !fp->rows().isEmpty())
        first = fp->rows().first()->editor();
    if (first)
        first->setFocus(Qt::TabFocusReason);
}

void MailfixWizard::updateDefaultButton()
{
    // Enter on the results checks again; on the forms it goes on to the next page.
    auto *check = qobject_cast<QPushButton *>(button(QWizard::CustomButton1));
    auto *next = qobject_cast<QPushButton *>(button(QWizard::NextButton));
    auto *finish = qobject_cast<QPushButton *>(button(QWizard::FinishButton));
    const bool results = currentId() == CheckPage;
    if (finish)
        finish->setDefault(false);
    if (next)
        next->setDefault(!results);
    if (check)
        check->setDefault(results);
}

void MailfixWizard::keyPressEvent(QKeyEvent *event)
{
    // Esc stops a running check and otherwise does nothing: it never throws away what was typed.
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (isChecking())
            cancelCheck();
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

bool MailfixWizard::hasUnsavedWork() const
{
    const AccountSettings s = settings();
    const bool typed = !s.email.isEmpty() || !s.name.isEmpty() || !s.incoming.host.isEmpty() ||
                       !s.outgoing.host.isEmpty() || !s.incoming.user.isEmpty() || !s.outgoing.user.isEmpty() ||
                       !s.incoming.password.isEmpty() || !s.outgoing.password.isEmpty();
    return typed;
}

void MailfixWizard::done(int result)
{
    if (m_confirmQuit && !m_quitAsked && hasUnsavedWork()) {
        QMessageBox box(QMessageBox::Question, tr("Quit Mailfix"),
                        tr("Quit Mailfix? The settings typed for %1 are offered again at the next start "
                           "(without passwords); the results are closed.")
                            .arg(settings().email.isEmpty() ? tr("this caller") : settings().email),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("quitQuestion"));
        box.setDefaultButton(QMessageBox::No);
        box.setEscapeButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
        m_quitAsked = true; // asked once
    }
    QWizard::done(result);
}

void MailfixWizard::clearAll()
{
    cancelCheck();
    m_consent->dismiss();
    AccountSettings empty;
    m_touched.clear();
    m_showAllProblems = false;
    m_hasReport = false;
    m_report = CheckReport();
    m_lastChecked.reset();
    m_notGiven.clear();
    m_lastNote.clear();
    m_symptomId.clear();
    m_alert->setPicked(QString());
    updateAskFirst();
    applySettings(empty, false);
    m_applying = true;
    m_inPassword->clear();
    m_outPassword->clear();
    m_applying = false;
    m_touched.clear();
    for (FieldRow *row : std::as_const(m_rows)) {
        row->setState(FieldRow::State::Idle);
        row->setProblem(QString());
    }
    m_results->reset();
    if (m_session)
        m_session->clear();
    restart();
    refreshValidation();
    refreshPaths();
}

void MailfixWizard::newCustomer()
{
    clearAll();
    navigateTo(AccountPage);
    focusFirstField();
}

void MailfixWizard::addRecent(const CheckReport &report)
{
    if (!m_session || report.cancelled)
        return;
    m_session->addRecent(report.settings, m_results->summaryText());
}

void MailfixWizard::showHelp()
{
    // A built-in help page for the page on screen; About at its end.
    const int id = currentId();
    QString body;
    switch (id) {
    case PhoneSaysPage:
        body = tr("<p>Ask the caller to read out the alert on the phone and pick it (Up, Down, Enter): the pages "
                  "then say which settings to ask for first, and the findings about that alert come first. "
                  "\"I don't know\" goes on to the settings. The alerts follow the customer's phone language.</p>");
        break;
    case StartPage:
        body = tr("<p>Ask the caller which iOS the phone runs (Settings &gt; General &gt; About) and whether the "
                  "account is IMAP or POP. The labels and paths on every page follow that version.</p>");
        break;
    case AccountPage:
        body = tr("<p>Type the account's Email as the phone shows it. The Name and Description do not change "
                  "whether mail works.</p>");
        break;
    case IncomingPage:
        body = tr("<p>The Incoming Mail Server: Host Name, User Name and Password. Leave the Host Name empty "
                  "when the caller only has trouble sending: that side is then not checked.</p>");
        break;
    case OutgoingPage:
        body = tr("<p>The Outgoing Mail Server (SMTP &gt; Primary Server). An empty User Name is allowed on "
                  "the phone; the check tells whether the server needs one. Leave the Host Name empty when "
                  "only receiving fails.</p>");
        break;
    case AdvancedPage:
        body = tr("<p>Use SSL, Authentication, the IMAP Path Prefix and the Server Port of the incoming "
                  "server. Switching Use SSL moves a default port to the new default, as on the phone.</p>");
        break;
    default:
        body = tr("<p>The findings are ordered by what stops mail first. Up and Down move between them; the "
                  "picture shows the phone's screen of the selected one. Enter checks again; Ctrl+C copies "
                  "the summary; the report fields go into the saved report's name.</p>");
        break;
    }
    const QString keys =
        tr("<h4>Keys</h4><p>Alt+1 … Alt+6: go to a page. Ctrl+Return: check. Esc: stop a running check "
           "(it never closes the window). Alt+W: new customer. Alt+R: recent checks. F1: this help.</p>") +
        tr("<p>Alt+0: What does the phone say? Ctrl+Shift+L: the window's and the customer's phone language.</p>");
    const QString about =
        tr("<h4>About</h4><p>Mailfix %1 checks an iPhone's mail settings against the real servers. Passwords "
           "are used for the check only: never stored, never in a report. License: GNU GPL version 3 or later.</p>")
            .arg(QStringLiteral(MAILFIX_VERSION));
    auto *dialog = findChild<QDialog *>(QStringLiteral("helpDialog"));
    QTextBrowser *browser = nullptr;
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("helpDialog"));
        dialog->resize(520, 420);
        auto *l = new QVBoxLayout(dialog);
        browser = new QTextBrowser(dialog);
        browser->setObjectName(QStringLiteral("helpText"));
        l->addWidget(browser);
        auto *close = new QPushButton(tr("Close"), dialog);
        close->setDefault(true);
        connect(close, &QPushButton::clicked, dialog, &QDialog::accept);
        l->addWidget(close, 0, Qt::AlignRight);
    } else {
        browser = dialog->findChild<QTextBrowser *>(QStringLiteral("helpText"));
    }
    dialog->setWindowTitle(tr("Help: %1").arg(page(id) ? page(id)->title() : QString()));
    browser->setHtml(QStringLiteral("<h3>%1</h3>").arg(page(id) ? page(id)->title().toHtmlEscaped() : QString()) + body +
                     keys + about);
    dialog->open();
}

void MailfixWizard::navigateTo(int pageId)
{
    if (currentId() == pageId)
        return;
    if (visitedIds().contains(pageId)) {
        while (currentId() != pageId && currentId() != startId())
            back();
        return;
    }
    for (int guard = 0; guard < 10 && currentId() != pageId; ++guard) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

void MailfixWizard::goToField(const QString &field)
{
    navigateTo(pageOf(field));
    if (QWidget *w = fieldWidget(field)) {
        w->setFocus(Qt::OtherFocusReason);
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->selectAll();
    }
}

void MailfixWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == CheckPage && !isChecking() && !m_hasReport) {
        // Arriving on the last page with Next runs the check.
        QTimer::singleShot(0, this, [this] {
            if (currentId() == CheckPage && !isChecking() && !m_hasReport)
                startCheck();
        });
    }
}

bool MailfixWizard::isChecking() const
{
    return m_checker->isRunning();
}

bool MailfixWizard::startCheck()
{
    return startCheckOf(std::nullopt);
}

bool MailfixWizard::recheckSide(ServerSide side)
{
    return startCheckOf(side);
}

bool MailfixWizard::startCheckOf(std::optional<ServerSide> only)
{
    if (isChecking())
        return false;
    const QList<Finding> problems = inputProblems();
    if (!problems.isEmpty()) {
        m_showAllProblems = true;
        refreshValidation();
        m_results->showBlocked(tr("Fix the marked fields first: nothing was sent to any server."));
        goToField(problems.first().field);
        return false;
    }
    const AccountSettings full = settings();
    // One side asked for (read-aloud, after its steps): that side alone, the other keeps its results.
    const bool previous = m_hasReport && !m_report.cancelled;
    const CheckSession::Plan plan = only && previous ? CheckSession::planSide(full, *only)
                                                     : CheckSession::plan(full, previous ? m_lastChecked : std::nullopt);
    const QStringList prefixes = plan.prefixes;
    m_notGiven = plan.notGiven;
    m_checkedPrefixes = prefixes;
    m_running = CheckSession::toCheck(full);
    m_stepStatus.clear();
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const bool checked = std::any_of(prefixes.cbegin(), prefixes.cend(),
                                         [&](const QString &p) { return it.key().startsWith(p); }) ||
                             (prefixes.size() == 2 && it.key() == Field::Email);
        if (checked)
            it.value()->setState(FieldRow::State::Idle);
    }
    m_handover->reset();
    m_handover->setCheckOptions(m_options);
    m_checker->start(plan.run, m_options);
    updateCheckButton();
    m_results->startRunning(m_running);
    navigateTo(CheckPage);
    setButtonText(QWizard::CustomButton1, tr("Check &Again"));
    Q_EMIT checkStarted();
    return true;
}

void MailfixWizard::cancelCheck()
{
    m_consent->dismiss();
    m_checker->cancel();
}

void MailfixWizard::onStep(const CheckStep &step)
{
    m_stepStatus.insert(step.id, step.status);
    m_results->updateStep(step);
    for (const QString &field : fieldsForStep(step.id)) {
        FieldRow *row = m_rows.value(field);
        if (!row)
            continue;
        const FieldRow::State st = CheckSession::stateFromSteps(field, m_stepStatus);
        row->setState(st, step.detail);
    }
}

void MailfixWizard::applyFinalStates(const CheckReport &report, const QStringList &checkedPrefixes)
{
    QHash<QString, FieldState> current;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        current.insert(it.key(), it.value()->state());
    const QHash<QString, FieldState> states = CheckSession::finalStates(report, checkedPrefixes, current);
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (FieldRow *row = m_rows.value(it.key()); row && row->state() != it.value())
            row->setState(it.value());
}

void MailfixWizard::onFinished(const CheckReport &fresh)
{
    CheckReport report = fresh;
    QString note;
    if (m_checkedPrefixes.size() == 1 && m_hasReport && !fresh.cancelled) {
        // Merge: the side not checked again keeps its previous results.
        report = CheckSession::merge(m_report, fresh, m_checkedPrefixes.first(), m_running);
        note = m_checkedPrefixes.first() == QLatin1String("outgoing.")
                   ? tr("Only the outgoing server was checked again; the incoming results are from the previous check.")
                   : tr("Only the incoming server was checked again; the outgoing results are from the previous check.");
    } else {
        report.settings = m_running;
    }
    // The cause of the caller's symptom on top: with one side given, that side is the complaint.
    const PhoneSymptom *read = PhoneSymptoms::byId(m_symptomId);
    CheckSession::orderFindings(report.findings, symptomSide(), read ? read->likelyCodes : QStringList());
    for (ServerSide side : std::as_const(m_notGiven)) {
        const QString n = side == ServerSide::Incoming
                              ? tr("The incoming server was not checked: no Host Name was given for it.")
                              : tr("The outgoing server was not checked: no Host Name was given for it.");
        note = note.isEmpty() ? n : note + QLatin1Char(' ') + n;
    }
    // The report keeps passwords only so the writers can redact them; the wizard forgets them after rendering.
    m_report = report;
    m_hasReport = true;
    m_lastChecked = report.cancelled ? std::nullopt : std::optional<AccountSettings>(m_running);
    if (report.cancelled) {
        for (FieldRow *row : std::as_const(m_rows))
            if (row->state() == FieldRow::State::Waiting || row->state() == FieldRow::State::Checking)
                row->setState(FieldRow::State::Idle);
    } else {
        applyFinalStates(report, m_checkedPrefixes.size() == 1 ? m_checkedPrefixes
                                                               : QStringList{QStringLiteral("incoming."), QStringLiteral("outgoing.")});
    }
    m_lastNote = note;
    m_results->showReport(report, note);
    addRecent(report);
    m_findWorking->setVisible(!report.cancelled && !report.ok());
    m_handover->checkFinished(report, m_running);
    updateCheckButton();
    updateDefaultButton();
    if (currentId() == CheckPage)
        setButtonText(QWizard::CustomButton1, tr("Check &Again"));
    Q_EMIT checkFinished(report);
}

void MailfixWizard::showReport(const CheckReport &report)
{
    m_report = report;
    m_hasReport = true;
    m_lastChecked.reset();
    m_results->showReport(report);
    navigateTo(CheckPage);
    setButtonText(QWizard::CustomButton1, tr("Check &Again"));
    updateDefaultButton();
}

void MailfixWizard::copyReport()
{
    if (!m_hasReport)
        return;
    ReportExporter::copyToClipboard(m_report, m_results->ticket());
    m_results->showNotice(tr("The summary was copied to the clipboard (without passwords)."));
}

bool MailfixWizard::saveReport(const QString &path, const QString &format, QString *error)
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no report yet: run the check first.");
        return false;
    }
    return ReportExporter::save(m_report, path, format, error, m_results->ticket());
}

void MailfixWizard::saveReportInteractive(const QString &format)
{
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF files (*.pdf)")
                           : format == QLatin1String("html") ? tr("HTML files (*.html *.htm)")
                                                             : tr("Text files (*.txt)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = dir + QLatin1Char('/') + ReportExporter::fileName(m_results->ticket(), m_report, format);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, format, &error))
        QMessageBox::warning(this, tr("Save Report"), error);
    else
        m_results->showNotice(tr("Report saved to %1 (without passwords).").arg(path));
}

void MailfixWizard::showAbout()
{
    QMessageBox::about(
        this, tr("About Mailfix"),
        tr("<h3>Mailfix %1</h3>"
           "<p>Checks an iPhone's mail account settings against the real mail servers and shows "
           "what to change on the phone, screen by screen.</p>"
           "<p>Fill in the settings as they are on the phone, then press <b>Check</b> (Ctrl+Return). "
           "On the results, Ctrl+C copies the report. Passwords are used for the check only: "
           "they are never stored and never appear in a report.</p>"
           "<p>License: GNU GPL version 3 or later.</p>")
            .arg(QStringLiteral(MAILFIX_VERSION)));
}

void MailfixWizard::closeEvent(QCloseEvent *event)
{
    // QDialog's closeEvent goes through done(), which asks before typed settings go.
    QWizard::closeEvent(event);
    if (event->isAccepted())
        cancelCheck();
}

void MailfixWizard::saveSession()
{
    if (!m_session)
        return;
    m_session->scheduleSave(settings());
    m_session->saveNow();
    m_session->saveGeometry(this);
}

} // namespace mailfix

namespace mailfix {

QStringList MailfixWizard::askFirst() const
{
    const PhoneSymptom *read = PhoneSymptoms::byId(m_symptomId);
    return read ? read->askFirst : QStringList();
}

QString MailfixWizard::symptomSide() const
{
    // The alert the customer read out names the side; else, with one side given, that side is the complaint.
    if (const PhoneSymptom *read = PhoneSymptoms::byId(m_symptomId); read && !read->side.isEmpty())
        return read->side;
    if (m_notGiven.size() == 1)
        return m_notGiven.first() == ServerSide::Incoming ? QStringLiteral("outgoing") : QStringLiteral("incoming");
    return {};
}

void MailfixWizard::pickSymptom(const QString &symptomId)
{
    m_symptomId = PhoneSymptoms::byId(symptomId) ? symptomId : QString();
    m_alert->setPicked(m_symptomId);
    updateAskFirst();
    const QStringList ask = askFirst();
    if (ask.isEmpty()) {
        navigateTo(StartPage); // "I don't know": the settings, as without the alert
        focusFirstField();
        return;
    }
    goToField(ask.first());
}

void MailfixWizard::updateAskFirst()
{
    const QStringList ask = askFirst();
    const IosVersion v = settings().ios;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        it.value()->setAskFirst(ask.contains(it.key()));
    QString line;
    if (!ask.isEmpty()) {
        // "Outgoing Mail Server: User Name, Password, Host Name"; pages in the helpdesk's
        // language, the labels as the customer's phone shows them.
        QStringList groups;
        int lastPage = -1;
        QStringList labels;
        auto flush = [&] {
            if (!labels.isEmpty())
                groups << tr("%1: %2").arg(page(lastPage)->title(), labels.join(QStringLiteral(", ")));
            labels.clear();
        };
        for (const QString &field : ask) {
            const int p = pageOf(field);
            if (p != lastPage)
                flush();
            lastPage = p;
            labels << FixCatalog::fieldLabel(field, v);
        }
        flush();
        const PhoneSymptom *read = PhoneSymptoms::byId(m_symptomId);
        const QString alert = FixCatalog::symptomAlert(*read, settings(), phoneLanguage()).section(QStringLiteral(" \u2014 "), 0, 0);
        line = tr("The phone says \u201c%1\u201d. Ask first: %2").arg(alert, groups.join(tr("; then ", "between the groups of fields to ask first")));
    }
    for (FormPage *p : std::as_const(m_formPages))
        p->setAskFirst(line);
}

PhoneLanguage MailfixWizard::phoneLanguage() const
{
    return FixCatalog::defaultLanguage();
}

void MailfixWizard::setPhoneLanguage(PhoneLanguage language)
{
    FixCatalog::setDefaultLanguage(language);
    if (m_saveLanguages)
        LanguageSettings::savePhoneLanguage(language);
    refreshPhoneWords();
}

void MailfixWizard::refreshPhoneWords()
{
    const PhoneLanguage language = phoneLanguage();
    m_alert->refresh(settings(), language);
    for (FormPage *p : std::as_const(m_formPages))
        p->phone()->setPhoneLanguage(language);
    m_results->phone()->setPhoneLanguage(language);
    m_applying = true;
    for (const auto &reword : std::as_const(m_phoneWords))
        reword();
    m_applying = false;
    refreshPaths();
    refreshValidation();
    updateAskFirst();
    if (m_hasReport && !isChecking()) {
        // The findings' titles and fix steps again, in the customer's language.
        CheckSession::redescribe(m_report, language);
        m_results->showReport(m_report, m_lastNote);
    }
    if (auto *dialog = findChild<QDialog *>(QStringLiteral("languagesDialog")))
        if (auto *box = dialog->findChild<QComboBox *>(QStringLiteral("phoneLanguage")); box && languageOf(box) != language)
            fillLanguages(box, language);
}

void MailfixWizard::setInterfaceLanguage(PhoneLanguage language)
{
    if (m_saveLanguages)
        LanguageSettings::saveInterfaceLanguage(language);
    if (languageOf(m_alert->interfaceLanguageBox()) != language)
        m_alert->setInterfaceLanguage(language);
    if (auto *dialog = findChild<QDialog *>(QStringLiteral("languagesDialog"))) {
        if (auto *box = dialog->findChild<QComboBox *>(QStringLiteral("interfaceLanguage")); box && languageOf(box) != language)
            fillLanguages(box, language);
        if (auto *note = dialog->findChild<QLabel *>(QStringLiteral("restartNote")))
            note->setVisible(language != Translations::interfaceLanguage());
    }
}

void MailfixWizard::showLanguages()
{
    auto *dialog = findChild<QDialog *>(QStringLiteral("languagesDialog"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("languagesDialog"));
        dialog->setWindowTitle(tr("Languages"));
        auto *form = new QFormLayout(dialog);
        auto *phone = new QComboBox(dialog);
        phone->setObjectName(QStringLiteral("phoneLanguage"));
        phone->setAccessibleName(tr("Customer's phone language"));
        fillLanguages(phone, phoneLanguage());
        auto *phoneLabel = new QLabel(tr("Customer's &phone language:"), dialog);
        phoneLabel->setBuddy(phone);
        form->addRow(phoneLabel, phone);
        auto *window = new QComboBox(dialog);
        window->setObjectName(QStringLiteral("interfaceLanguage"));
        window->setAccessibleName(tr("Window language"));
        fillLanguages(window, languageOf(m_alert->interfaceLanguageBox()));
        auto *windowLabel = new QLabel(tr("Window lan&guage:"), dialog);
        windowLabel->setBuddy(window);
        form->addRow(windowLabel, window);
        auto *note = new QLabel(tr("The window language changes the next time Mailfix starts."), dialog);
        note->setObjectName(QStringLiteral("restartNote"));
        note->setWordWrap(true);
        note->setVisible(languageOf(window) != Translations::interfaceLanguage());
        form->addRow(note);
        auto *close = new QPushButton(tr("Close"), dialog);
        close->setDefault(true);
        connect(close, &QPushButton::clicked, dialog, &QDialog::accept);
        form->addRow(close);
        connect(phone, &QComboBox::currentIndexChanged, this, [this, phone] { setPhoneLanguage(languageOf(phone)); });
        connect(window, &QComboBox::currentIndexChanged, this,
                [this, window] { setInterfaceLanguage(languageOf(window)); });
    }
    dialog->open();
    if (auto *box = dialog->findChild<QComboBox *>(QStringLiteral("phoneLanguage")))
        box->setFocus(Qt::OtherFocusReason);
}

} // namespace mailfix
