// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mailfix {

/// One subcommand of mailfix-cli. run() gets the arguments with the command word
/// removed and the program name first, ready for QCommandLineParser::parse(), and
/// returns the exit status (throwing UsageError for bad usage).
struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments); ///< nullptr: not in this build
    const char *summary;
    const char *example;
};

// The commands; each lives in its own <Name>Command.cpp.
int runCheck(const QStringList &arguments);
int runSuggest(const QStringList &arguments);
int runProfile(const QStringList &arguments);

/// The table of commands and the dispatch on the first argument.
class CommandTable
{
public:
    static const QList<Command> &commands();
    /// Runs the command named in \a arguments (QCoreApplication::arguments()).
    static int dispatch(const QStringList &arguments);

    static QString versionText();
    /// `mailfix-cli --help`: every command, the exit status, examples.
    static QString helpText();
    static QString exitStatusText();
    static QString examplesText(const QString &command);
};

} // namespace mailfix
