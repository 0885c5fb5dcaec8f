// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "account/AccountSettings.h"
#include "model/Translations.h"

#include <QCommandLineParser>

namespace mailfix {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine cl;
    QCommandLineParser p;
    p.setApplicationDescription(tr("Mailfix checks an iPhone's mail account settings against the real servers "
                                   "and shows what to change on the phone."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("V"), QStringLiteral("version")}, tr("Show the version and exit."));
    const QCommandLineOption settings(QStringLiteral("settings"), tr("Fill in the settings from a JSON settings file."),
                                      tr("FILE"));
    const QCommandLineOption check(QStringLiteral("check"), tr("Run the check at once and open on the results."));
    const QCommandLineOption ca(QStringLiteral("ca-file"),
                                tr("Trust the CA certificates in this PEM file as well as the system's."), tr("PEM"));
    const QCommandLineOption ios(QStringLiteral("ios"), tr("The phone's iOS version (default: the newest)."),
                                 tr("VERSION"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The language of the window and of the phone's words: en, de, fr or es "
                                     "(default: as chosen last, else the system's)."),
                                  tr("LANG"));
    const QCommandLineOption phoneLang(QStringLiteral("phone-lang"),
                                       tr("The language the customer's phone is set to, when it differs: "
                                          "the fix steps and the phone's labels are then in this one."),
                                       tr("LANG"));
    QCommandLineOption shotPage(QStringLiteral("screenshot-page"), QString(), QStringLiteral("N"));
    shotPage.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shotOut(QStringLiteral("screenshot-out"), QString(), QStringLiteral("FILE"));
    shotOut.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption shotReadAloud(QStringLiteral("screenshot-read-aloud"), QString(), QStringLiteral("STEP"));
    shotReadAloud.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOptions({help, version, settings, check, ca, ios, lang, phoneLang, shotPage, shotOut, shotReadAloud});

    if (!p.parse(arguments)) {
        cl.action = Action::Error;
        cl.message = tr("mailfix: %1 (try --help)").arg(p.errorText());
        return cl;
    }
    if (p.isSet(help)) {
        cl.action = Action::Help;
        cl.message = p.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("mailfix")) +
                     tr("\nPasswords are never taken from the command line: set MAILFIX_INCOMING_PASSWORD and\n"
                        "MAILFIX_OUTGOING_PASSWORD, or type them into the password fields.\n");
        return cl;
    }
    if (p.isSet(version)) {
        cl.action = Action::Version;
        cl.message = QStringLiteral("mailfix %1\n").arg(QStringLiteral(MAILFIX_VERSION));
        return cl;
    }
    if (!p.positionalArguments().isEmpty()) {
        cl.action = Action::Error;
        cl.message = tr("mailfix: unexpected argument '%1' (try --help)").arg(p.positionalArguments().first());
        return cl;
    }
    cl.settingsFile = p.value(settings);
    cl.check = p.isSet(check);
    cl.caFile = p.value(ca);
    cl.ios = p.value(ios);
    if (p.isSet(ios) && !IosVersion::parse(cl.ios)) {
        cl.action = Action::Error;
        cl.message = tr("mailfix: '%1' is not an iOS version (e.g. 17 or 17.4)").arg(cl.ios);
        return cl;
    }
    for (const QCommandLineOption *o : {&lang, &phoneLang}) {
        const QString v = p.value(*o);
        if (p.isSet(*o) && (v.trimmed().isEmpty() || !Translations::resolve(v))) {
            cl.action = Action::Error;
            cl.message = tr("mailfix: --%1 must be one of %2, not '%3'")
                             .arg(o->names().first(), Translations::codes().join(QStringLiteral(", ")), v.left(20));
            return cl;
        }
    }
    cl.language = p.value(lang);
    cl.phoneLanguage = p.value(phoneLang);
    if (p.isSet(shotPage)) {
        bool ok = false;
        cl.screenshotPage = p.value(shotPage).toInt(&ok);
        if (!ok || cl.screenshotPage < 0) {
            cl.action = Action::Error;
            cl.message = tr("mailfix: bad --screenshot-page");
            return cl;
        }
        cl.screenshotOut = p.value(shotOut);
        cl.screenshotReadAloud = qBound(0, p.value(shotReadAloud).toInt(), 99);
    }
    return cl;
}

} // namespace mailfix
