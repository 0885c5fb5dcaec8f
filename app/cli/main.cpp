// SPDX-License-Identifier: GPL-3.0-or-later
// mailfix-cli: checks an iPhone's mail settings from the command line (CONTRACT.md section 3).
// The commands are in CommandTable.cpp; each runs parse → collect passwords → run → render.

#include "CommandTable.h"
#include "PasswordSource.h"
#include "Terminal.h"
#include "Usage.h"

#include "model/Translations.h"
#include "wording/FixCatalog.h"

#include <QCoreApplication>

#include <exception>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#ifndef MAILFIX_VERSION
#define MAILFIX_VERSION "0.0.0"
#endif

namespace {

/// --lang LANG / --lang=LANG, wherever it stands (CONTRACT.md section 8); the
/// system's language without it. Applied before any command, so --help speaks it too.
void applyLanguage(const QStringList &args)
{
    QString request;
    bool given = false;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") || a == QLatin1String("-lang")) {
            if (i + 1 >= args.size())
                mailfix::usage(QCoreApplication::translate("mailfix-cli", "--lang needs a language: en, de, fr or es"));
            request = args.at(i + 1);
            given = true;
            ++i;
        } else if (a.startsWith(QLatin1String("--lang=")) || a.startsWith(QLatin1String("-lang="))) {
            request = a.section(QLatin1Char('='), 1);
            given = true;
        }
    }
    const auto language = mailfix::Translations::resolve(request);
    if (!language || (given && request.trimmed().isEmpty()))
        mailfix::usage(QCoreApplication::translate("mailfix-cli", "--lang must be one of %1, not '%2'")
                           .arg(mailfix::Translations::codes().join(QStringLiteral(", ")), request.left(20)));
    mailfix::Translations::installInterface(*language);
    mailfix::FixCatalog::setDefaultLanguage(*language);
}

} // namespace

int main(int argc, char **argv)
{
    // Take the passwords out of the environment before anything else runs.
    mailfix::PasswordSource::takeFromEnvironment();
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailfix-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILFIX_VERSION));
    try {
        applyLanguage(QCoreApplication::arguments());
        return mailfix::CommandTable::dispatch(QCoreApplication::arguments());
    } catch (const mailfix::UsageError &e) {
        mailfix::Terminal::writeErr(QStringLiteral("mailfix-cli: ") + e.message);
        return mailfix::ExitUsage;
    } catch (const std::exception &e) {
        mailfix::Terminal::writeErr(QCoreApplication::translate("mailfix-cli", "mailfix-cli: internal error: ") + QString::fromLocal8Bit(e.what()));
        return mailfix::ExitInternal;
    } catch (...) {
        mailfix::Terminal::writeErr(QCoreApplication::translate("mailfix-cli", "mailfix-cli: internal error"));
        return mailfix::ExitInternal;
    }
}
