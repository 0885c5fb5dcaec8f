// SPDX-License-Identifier: GPL-3.0-or-later
// mailfix-cli: checks an iPhone's mail settings from the command line (CONTRACT.md section 3).
// The commands are in CommandTable.cpp; each runs parse → collect passwords → run → render.

#include "CommandTable.h"
#include "PasswordSource.h"
#include "Terminal.h"
#include "Usage.h"

#include <QCoreApplication>

#include <exception>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

#ifndef MAILFIX_VERSION
#define MAILFIX_VERSION "0.0.0"
#endif

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
        return mailfix::CommandTable::dispatch(QCoreApplication::arguments());
    } catch (const mailfix::UsageError &e) {
        mailfix::Terminal::writeErr(QStringLiteral("mailfix-cli: ") + e.message);
        return mailfix::ExitUsage;
    } catch (const std::exception &e) {
        mailfix::Terminal::writeErr(QStringLiteral("mailfix-cli: internal error: ") + QString::fromLocal8Bit(e.what()));
        return mailfix::ExitInternal;
    } catch (...) {
        mailfix::Terminal::writeErr(QStringLiteral("mailfix-cli: internal error"));
        return mailfix::ExitInternal;
    }
}
