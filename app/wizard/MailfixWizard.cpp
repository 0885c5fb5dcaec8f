// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailfixWizard.h"
#include "DialogConsentProvider.h"
#include "FieldRow.h"
#include "FormPage.h"
#include "ReportExporter.h"
#include "PhoneHandover.h"
#include "ResultsPage.h"
#include "SessionStore.h"

#include "Checker.h"
#include "diagnosis/Validator.h"
#include "diagnosis/FixCatalog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QStandardPaths>

namespace mailfix {

namespace {
const QString AccountName = QStringLiteral("account.name");
const QString AccountDescription = QStringLiteral("account.description");

/// Codes that mean "what was typed cannot be right": no network traffic until fixed.
bool blocksCheck(const Finding &f)
{
    if (f.code == QLatin1String("settings.host_malformed") || f.code == QLatin1String("settings.port_invalid") ||
        f.code == QLatin1String("settings.email_malformed"))
        return true;
    // An empty password or user name is a diagnosis (the phone's own alert), not a typo.
    return f.code == QLatin1String("settings.missing") &&
           (f.field == Field::Email || f.field.endsWith(QLatin1String(".host")));
}

QString sideOf(const Finding &f)
{
    const QString side = f.facts.side;
    if (!side.isEmpty())
        return side;
    if (f.field.startsWith(QLatin1String("incoming.")))
        return QStringLiteral("incoming");
    if (f.field.startsWith(QLatin1String("outgoing.")))
        return QStringLiteral("outgoing");
    return {};
}

bool sameSide(const ServerSettings &a, const ServerSettings &b)
{
    return a.host == b.host && a.port == b.port && a.ssl == b.ssl && a.auth == b.auth && a.user == b.user &&
           a.password.reveal() == b.password.reveal();
}
} // namespace

MailfixWizard::MailfixWizard(QWidget *parent)
    : QWizard(parent), m_checker(new Checker(this)), m_consent(new DialogConsentProvider(this))
{
    setObjectName(QStringLiteral("mailfixWizard"));
    setWindowTitle(tr("Mailfix — iPhone Mail Settings Check"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::IndependentPages | QWizard::HaveCustomButton1 | QWizard::HaveHelpButton |
               QWizard::NoCancelButtonOnLastPage | QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::CustomButton1, tr("&Check"));
    setButtonText(QWizard::CancelButton, tr("&Quit"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("checkButton"));
    button(QWizard::CustomButton1)->setToolTip(tr("Check these settings against the servers (Ctrl+Return)"));
    button(QWizard::CustomButton1)->setAccessibleName(tr("Check"));
    setButtonLayout({QWizard::HelpButton, QWizard::Stretch, QWizard::CustomButton1, QWizard::BackButton,
                     QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            startCheck();
    });
    connect(this, &QWizard::helpRequested, this, &MailfixWizard::showAbout);
    m_checker->setConsentProvider(m_consent);
    connect(m_checker, &Checker::stepUpdated, this, &MailfixWizard::onStep);
    connect(m_checker, &Checker::progress, this, [this](int done, int total) { m_results->setProgress(done, total); });
    connect(m_checker, &Checker::finished, this, &MailfixWizard::onFinished);

    m_applying = true; // no reactions while the widgets are made
    buildPages();
    m_applying = false;

    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *sc = new QShortcut(k, this);
        connect(sc, &QShortcut::activated, this, [this] { startCheck(); });
    }
    if (button(QWizard::HelpButton)->shortcut().isEmpty())
        button(QWizard::HelpButton)->setShortcut(QKeySequence::HelpContents);
    auto *copy = new QShortcut(QKeySequence::Copy, m_results);
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, this, [this] {
        if (m_hasReport)
            copyReport();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setButtonText(QWizard::CustomButton1, id == CheckPage && m_hasReport ? tr("Check &Again") : tr("&Check"));
        refreshPaths();
    });

    // Quit, Close and the window's close button all end here.
    connect(this, &QDialog::finished, this, [this] {
        cancelCheck();
        saveSession();
    });
    setMinimumSize(720, 560);
    resize(900, 650);
    refreshPaths();
    refreshValidation();
}

MailfixWizard::~MailfixWizard()
{
    m_checker->disconnect(this);
    m_checker->cancel();
}

int MailfixWizard::nextId() const
{
    switch (currentId()) {
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
    const QString label = field == AccountName          ? tr("Name", "iOS label")
                          : field == AccountDescription ? tr("Description", "iOS label")
                          : field == Field::IncomingType ? tr("Account Type")
                                                        : FixCatalog::fieldLabel(field, IosVersion());
    auto *row = new FieldRow(field, label, editor);
    editor->setAccessibleDescription(description);
    editor->setToolTip(description);
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
    account->addHeading(tr("Account Information", "iOS label"));
    m_name = lineEdit(AccountName, tr("John Appleseed", "iOS placeholder"));
    addRow(account, AccountName, m_name, tr("The name shown as sender"));
    m_email = lineEdit(Field::Email, tr("example@example.com"));
    addRow(account, Field::Email, m_email, tr("The email address of the account"));
    m_description = lineEdit(AccountDescription, tr("My Email Account", "iOS placeholder"));
    addRow(account, AccountDescription, m_description, tr("The account's name in the phone's list of accounts"));
    account->finish();
    setPage(AccountPage, account);

    // (3) Incoming Mail Server.
    auto *incoming = new FormPage(tr("Incoming Mail Server"), Field::IncomingHost);
    incoming->setSubTitle(tr("On the Account screen, under Incoming Mail Server."));
    incoming->addHeading(tr("Incoming Mail Server", "iOS label"));
    m_inHost = lineEdit(Field::IncomingHost, tr("mail.example.com"));
    addRow(incoming, Field::IncomingHost, m_inHost, tr("Incoming mail server host name, without https:// or a port"));
    m_inUser = lineEdit(Field::IncomingUser, tr("Required", "iOS placeholder"));
    addRow(incoming, Field::IncomingUser, m_inUser, tr("Incoming mail server user name"));
    m_inPassword = lineEdit(Field::IncomingPassword, tr("Required", "iOS placeholder"));
    m_inPassword->setEchoMode(QLineEdit::Password);
    m_inPassword->setClearButtonEnabled(false);
    addRow(incoming, Field::IncomingPassword, m_inPassword,
           tr("Incoming mail server password; used for this check only, never stored"));
    incoming->finish();
    setPage(IncomingPage, incoming);

    // (4) Outgoing Mail Server > SMTP > Primary Server.
    auto *outgoing = new FormPage(tr("Outgoing Mail Server"), Field::OutgoingHost);
    outgoing->setSubTitle(tr("Account > Outgoing Mail Server > SMTP > Primary Server."));
    m_outServer = switchBox(Field::OutgoingServer);
    m_outServer->setChecked(true);
    addRow(outgoing, Field::OutgoingServer, m_outServer, tr("Whether the primary SMTP server is switched on"));
    outgoing->addHeading(tr("Outgoing Mail Server", "iOS label"));
    m_outHost = lineEdit(Field::OutgoingHost, tr("smtp.example.com"));
    addRow(outgoing, Field::OutgoingHost, m_outHost, tr("Outgoing (SMTP) server host name"));
    m_outUser = lineEdit(Field::OutgoingUser, tr("Optional", "iOS placeholder"));
    addRow(outgoing, Field::OutgoingUser, m_outUser, tr("Outgoing server user name; the phone shows it as Optional"));
    m_outPassword = lineEdit(Field::OutgoingPassword, tr("Optional", "iOS placeholder"));
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
    setPage(OutgoingPage, outgoing);

    // (5) Advanced.
    auto *advanced = new FormPage(tr("Advanced"), Field::IncomingPort);
    advanced->setSubTitle(tr("At the bottom of the Account screen: Advanced."));
    advanced->addHeading(tr("Incoming Settings", "iOS label"));
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
    setPage(AdvancedPage, advanced);

    m_formPages = {start, account, incoming, outgoing, advanced};

    // (6) Check & Results.
    m_results = new ResultsPage;
    setPage(CheckPage, m_results);
    connect(m_results, &ResultsPage::cancelRequested, this, &MailfixWizard::cancelCheck);
    connect(m_results, &ResultsPage::goToField, this, &MailfixWizard::goToField);
    connect(m_results, &ResultsPage::copyRequested, this, &MailfixWizard::copyReport);
    connect(m_results, &ResultsPage::saveRequested, this, &MailfixWizard::saveReportInteractive);
    m_handover = new PhoneHandover(m_consent);
    m_results->addActionWidget(m_handover);
    connect(m_handover, &PhoneHandover::roundTripFinished, this, [this](const RoundTripResult &r) {
        RoundTrip::addTo(m_report, r);
        m_results->showReport(m_report);
    });
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
    const AccountSettings s = settings();
    QList<Finding> out;
    for (Finding f : Validator::validate(s)) {
        if (!blocksCheck(f))
            continue;
        FixCatalog::describe(f, s);
        out.append(f);
    }
    if (!IosVersion::parse(m_ios->currentText())) {
        Finding f = Finding::make(QStringLiteral("settings.ios_invalid"), Field::IosVersion);
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
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("incoming.")) || it.key().startsWith(QLatin1String("outgoing.")) ||
            it.key() == Field::Email || it.key() == Field::IosVersion)
            if (it.key() != Field::IncomingType)
                it.value()->setLabelText(FixCatalog::fieldLabel(it.key(), v));
    }
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
    AccountSettings run = full;
    QStringList prefixes{QStringLiteral("incoming."), QStringLiteral("outgoing.")};
    // Check again: when only one server's settings changed, check only that one and keep the other's results.
    if (m_hasReport && m_lastChecked && !m_report.cancelled) {
        const AccountSettings &last = *m_lastChecked;
        const bool inSame = sameSide(last.incoming, full.incoming) && last.incomingType == full.incomingType &&
                            last.imapPathPrefix == full.imapPathPrefix;
        const bool outSame = sameSide(last.outgoing, full.outgoing) && last.outgoingServerOn == full.outgoingServerOn &&
                             last.email == full.email;
        if (inSame && !outSame && full.hasSide(ServerSide::Outgoing) && full.hasSide(ServerSide::Incoming)) {
            run.incoming = ServerSettings();
            prefixes = {QStringLiteral("outgoing.")};
        } else if (outSame && !inSame && full.hasSide(ServerSide::Incoming) && full.hasSide(ServerSide::Outgoing)) {
            run.outgoing = ServerSettings();
            run.outgoingServerOn = true;
            prefixes = {QStringLiteral("incoming.")};
        }
    }
    m_checkedPrefixes = prefixes;
    m_running = full;
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
    m_checker->start(run, m_options);
    updateCheckButton();
    m_results->startRunning(full);
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
        // A field's state is the worst of the steps that test it.
        bool fail = false, warn = false, running = false, pending = false, pass = false;
        for (auto it = m_stepStatus.cbegin(); it != m_stepStatus.cend(); ++it) {
            if (!fieldsForStep(it.key()).contains(field))
                continue;
            fail |= it.value() == StepStatus::Fail;
            warn |= it.value() == StepStatus::Warn;
            running |= it.value() == StepStatus::Running;
            pending |= it.value() == StepStatus::Pending;
            pass |= it.value() == StepStatus::Pass;
        }
        const FieldRow::State st = fail      ? FieldRow::State::Failed
                                   : running ? FieldRow::State::Checking
                                   : pending ? FieldRow::State::Waiting
                                   : warn    ? FieldRow::State::Warning
                                   : pass    ? FieldRow::State::Passed
                                             : FieldRow::State::Idle;
        row->setState(st, step.detail);
    }
}

void MailfixWizard::applyFinalStates(const CheckReport &report, const QStringList &checkedPrefixes)
{
    QHash<QString, Severity> named;
    QSet<QString> unexplainedSides;
    for (const Finding &f : report.findings) {
        if (f.severity == Severity::Info)
            continue;
        QStringList fields{f.field};
        fields << f.alsoFields;
        for (const QString &field : std::as_const(fields)) {
            if (field.isEmpty())
                continue;
            if (!named.contains(field) || int(f.severity) < int(named.value(field)))
                named.insert(field, f.severity);
        }
        if (f.field.isEmpty() && f.severity == Severity::Error)
            unexplainedSides.insert(sideOf(f));
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const QString &field = it.key();
        FieldRow *row = it.value();
        if (named.contains(field)) {
            row->setState(named.value(field) == Severity::Error ? FieldRow::State::Failed : FieldRow::State::Warning);
            continue;
        }
        const bool checked = std::any_of(checkedPrefixes.cbegin(), checkedPrefixes.cend(),
                                         [&](const QString &p) { return field.startsWith(p); }) ||
                             field == Field::Email;
        if (!checked)
            continue;
        switch (row->state()) {
        case FieldRow::State::Failed:
        case FieldRow::State::Warning:
            // A failed step with no finding on this field: the cause is elsewhere unless nothing names it.
            row->setState(unexplainedSides.contains(field.section(QLatin1Char('.'), 0, 0)) ||
                                  unexplainedSides.contains(QString())
                              ? FieldRow::State::Failed
                              : FieldRow::State::Passed);
            break;
        case FieldRow::State::Passed:
            break;
        default:
            if (field != Field::Email)
                row->setState(FieldRow::State::Idle);
            break;
        }
    }
}

void MailfixWizard::onFinished(const CheckReport &fresh)
{
    CheckReport report = fresh;
    QString note;
    if (m_checkedPrefixes.size() == 1 && m_hasReport && !fresh.cancelled) {
        // Merge: the side not checked again keeps its previous results.
        const QString kept = m_checkedPrefixes.first() == QLatin1String("incoming.") ? QStringLiteral("outgoing")
                                                                                    : QStringLiteral("incoming");
        QList<Finding> findings;
        for (const Finding &f : std::as_const(m_report.findings))
            if (sideOf(f) == kept)
                findings.append(f);
        for (const Finding &f : std::as_const(fresh.findings))
            if (sideOf(f) != kept)
                findings.append(f);
        QList<CheckStep> steps;
        for (const CheckStep &s : std::as_const(m_report.checks))
            if (s.id.startsWith(kept))
                steps.append(s);
        steps += fresh.checks;
        QList<TranscriptLine> transcript;
        for (const TranscriptLine &t : std::as_const(m_report.transcript))
            if (t.server.startsWith(kept))
                transcript.append(t);
        transcript += fresh.transcript;
        report.findings = findings;
        report.checks = steps;
        report.transcript = transcript;
        report.settings = m_running;
        for (Finding &f : report.findings)
            FixCatalog::describe(f, report.settings);
        report.sortFindings();
        note = kept == QLatin1String("incoming")
                   ? tr("Only the outgoing server was checked again; the incoming results are from the previous check.")
                   : tr("Only the incoming server was checked again; the outgoing results are from the previous check.");
    } else {
        report.settings = m_running;
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
    m_results->showReport(report, note);
    m_handover->checkFinished(report, m_running);
    updateCheckButton();
    if (currentId() == CheckPage)
        setButtonText(QWizard::CustomButton1, tr("Check &Again"));
    Q_EMIT checkFinished(report);
}

void MailfixWizard::copyReport()
{
    if (!m_hasReport)
        return;
    ReportExporter::copyToClipboard(m_report);
    m_results->showBlocked(tr("The report was copied to the clipboard (without passwords)."));
}

bool MailfixWizard::saveReport(const QString &path, const QString &format, QString *error)
{
    if (!m_hasReport) {
        if (error)
            *error = tr("There is no report yet: run the check first.");
        return false;
    }
    return ReportExporter::save(m_report, path, format, error);
}

void MailfixWizard::saveReportInteractive(const QString &format)
{
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF files (*.pdf)")
                           : format == QLatin1String("html") ? tr("HTML files (*.html *.htm)")
                                                             : tr("Text files (*.txt)");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = dir + QStringLiteral("/mailfix-report.") + format;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, format, &error))
        QMessageBox::warning(this, tr("Save Report"), error);
    else
        m_results->showBlocked(tr("Report saved to %1 (without passwords).").arg(path));
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
    cancelCheck();
    QWizard::closeEvent(event);
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
