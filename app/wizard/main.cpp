// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "DialogConsentProvider.h"
#include "LanguageSettings.h"
#include "MailfixWizard.h"
#include "ReadAloudView.h"
#include "ResultsPage.h"
#include "SessionStore.h"

#include "account/PrintableText.h"
#include "account/SettingsFile.h"
#include "model/Translations.h"
#include "wording/FixCatalog.h"
#include "net/CaFile.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSslCertificate>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace mailfix;

namespace {

/// Takes a password from the environment and removes it there.
Secret takePassword(const char *name)
{
    const QByteArray value = qgetenv(name);
    qunsetenv(name);
    return Secret(value);
}

/// One line on stderr; nothing from a file reaches the terminal raw.
void printError(const QString &line)
{
    const QString text = PrintableText::escape(line) + QLatin1Char('\n');
    std::fputs(text.toUtf8().constData(), stderr);
}

void grabAndQuit(MailfixWizard *wizard, const QString &out)
{
    // Give the window one more round to paint its final state.
    QTimer::singleShot(300, wizard, [wizard, out] {
        const QPixmap pm = wizard->grab();
        const bool ok = pm.save(out);
        std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(out));
        QApplication::exit(ok ? 0 : 3);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("mailfix"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailfix"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILFIX_VERSION));

    // --help, --version and mistakes need no window (and no display): a plain
    // application object for the translations, the command line parsed again in
    // the chosen language, one answer.
    const CommandLine cl = CommandLine::parse(args);
    if (cl.action != CommandLine::Action::Run) {
        QCoreApplication core(argc, argv);
        Translations::installInterface(LanguageSettings::interfaceLanguage(cl.language));
        const CommandLine again = CommandLine::parse(args);
        if (again.action == CommandLine::Action::Error) {
            printError(again.message);
            return 2;
        }
        std::fputs(again.message.toUtf8().constData(), stdout);
        return 0;
    }

    // The files come next, before any window: a FIFO, a device, a folder or a huge file
    // is one line on stderr and exit 2, never a blocked open (the same readers as mailfix-cli).
    QByteArray caData;
    if (!cl.caFile.isEmpty()) {
        const CaFile::Result ca = CaFile::load(cl.caFile, &caData);
        if (!ca.ok()) {
            printError(QStringLiteral("mailfix: --ca-file ") + ca.error);
            return 2;
        }
    }
    AccountSettings fromFile;
    if (!cl.settingsFile.isEmpty()) {
        const SettingsParseResult r = SettingsFile::readFile(cl.settingsFile, &fromFile);
        if (!r.ok) {
            printError(QStringLiteral("mailfix: ") + r.error);
            return 2;
        }
        for (const QString &k : r.unknownKeys)
            printError(QStringLiteral("mailfix: warning: %1: unknown key '%2' ignored").arg(cl.settingsFile, k));
    }

#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // Without a display Qt would end in "could not load the Qt platform plugin xcb …
    // Reinstalling the application may fix this problem", which misleads on an SSH session.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !args.contains(QLatin1String("-platform"))) {
        std::fputs("mailfix: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
                   "Run it in a desktop session or with 'ssh -X', or use mailfix-cli for checks without a window.\n",
                   stderr);
        return 2;
    }
#endif

    Secret incomingPassword = takePassword("MAILFIX_INCOMING_PASSWORD");
    Secret outgoingPassword = takePassword("MAILFIX_OUTGOING_PASSWORD");

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.mailfix.Mailfix"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mailfix.svg")));

    // The helpdesk's language for the window, the customer's for the phone's words.
    const PhoneLanguage interface = LanguageSettings::interfaceLanguage(cl.language);
    Translations::installInterface(interface);
    FixCatalog::setDefaultLanguage(LanguageSettings::phoneLanguage(cl.phoneLanguage, cl.language));

    // Certificates need Qt's TLS backend, which wants the application object; still
    // before any window.
    CheckOptions options;
    if (!cl.caFile.isEmpty()) {
        const CaFile::Result ca = CaFile::parse(caData, cl.caFile);
        if (!ca.ok()) {
            printError(QStringLiteral("mailfix: --ca-file ") + ca.error);
            return 2;
        }
        options.extraCaCertificates = ca.certificates;
    }
    SessionStore session;
    MailfixWizard wizard;
    wizard.setCheckOptions(options);
    wizard.setConfirmQuit(cl.screenshotPage < 0);
    wizard.setSaveLanguages(cl.screenshotPage < 0);
    if (cl.screenshotPage >= 0)
        wizard.consent()->setAutoAnswer(false);

    AccountSettings settings = fromFile;
    bool prefilled = !cl.settingsFile.isEmpty();
    if (cl.settingsFile.isEmpty() && cl.screenshotPage < 0 && session.hasSaved()) {
        AccountSettings saved;
        QDateTime savedAt;
        session.loadSaved(&saved, &savedAt);
        std::unique_ptr<QMessageBox> question(SessionStore::restoreQuestion(saved, savedAt));
        if (question->exec() == QMessageBox::Yes) {
            settings = saved;
            prefilled = true;
        } else {
            session.clear();
        }
    }
    if (!cl.ios.isEmpty()) {
        settings.ios = *IosVersion::parse(cl.ios);
        prefilled = true;
    }
    if (!incomingPassword.isEmpty() || !outgoingPassword.isEmpty()) {
        settings.incoming.password = incomingPassword;
        settings.outgoing.password = outgoingPassword;
        prefilled = true;
    }
    incomingPassword.wipe();
    outgoingPassword.wipe();
    if (prefilled)
        wizard.applySettings(settings, true);
    settings = AccountSettings(); // forget the passwords here
    wizard.setSessionStore(&session);

    if (cl.screenshotPage < 0)
        session.restoreGeometry(&wizard);
    wizard.show();

    const bool screenshot = cl.screenshotPage >= 0;
    if (cl.check) {
        QTimer::singleShot(0, &wizard, [&wizard, screenshot, &cl] {
            if (screenshot)
                QObject::connect(&wizard, &MailfixWizard::checkFinished, &wizard, [&wizard, &cl] {
                    if (cl.screenshotReadAloud > 0) {
                        wizard.resultsPage()->enterReadAloud();
                        for (int i = 1; i < cl.screenshotReadAloud; ++i)
                            wizard.resultsPage()->readAloud()->markDone();
                    }
                    grabAndQuit(&wizard, cl.screenshotOut);
                });
            if (!wizard.startCheck() && screenshot)
                grabAndQuit(&wizard, cl.screenshotOut);
        });
    } else if (screenshot) {
        QTimer::singleShot(0, &wizard, [&wizard, &cl] {
            wizard.navigateTo(cl.screenshotPage);
            grabAndQuit(&wizard, cl.screenshotOut);
        });
    }
    return app.exec();
}
