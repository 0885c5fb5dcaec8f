// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mailfix {

/// The wizard's command line (CONTRACT.md section 3), parsed before any window
/// exists so that --help, --version and mistakes work without a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action { Run, Help, Version, Error };

    Action action = Action::Run;
    QString message;       ///< help or version text (stdout), or the error line (stderr)
    QString settingsFile;
    bool check = false;
    QString caFile;
    QString ios;
    QString language;      ///< --lang: the interface's and (unless --phone-lang) the phone's; empty: as saved or the system's
    QString phoneLanguage; ///< --phone-lang: the customer's phone, for the fix steps and the phone's words
    int screenshotPage = -1; ///< hidden: open this page, grab the window, exit
    QString screenshotOut;
    int screenshotReadAloud = 0; ///< hidden: with --check, the read-aloud mode at this step (1-based) in the picture

    static CommandLine parse(const QStringList &arguments);
};

} // namespace mailfix
