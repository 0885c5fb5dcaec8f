// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandTable.h"

#include "Terminal.h"
#include "Usage.h"

#ifndef MAILFIX_VERSION
#define MAILFIX_VERSION "0.0.0"
#endif

#include <QCoreApplication>

namespace mailfix {

const QList<Command> &CommandTable::commands()
{
    // Adding a command is one line here (and its file in CMakeLists.txt); nullptr
    // until the command is part of the build.
    static const QList<Command> table{
        {"check", runCheck,
         QT_TRANSLATE_NOOP("mailfix-cli", "check one account's settings against its servers (or many: --batch FILE)"),
         "mailfix-cli check --email ann@example.com --incoming-host imap.example.com --incoming-user ann "
         "--outgoing-host smtp.example.com --outgoing-user ann"},
        {"suggest", runSuggest,
         QT_TRANSLATE_NOOP("mailfix-cli", "find the settings that work for an address (CONTRACT.md section 5)"),
         "mailfix-cli suggest --email ann@example.com"},
        {"profile", runProfile,
         QT_TRANSLATE_NOOP("mailfix-cli", "write an Apple configuration profile for the phone (CONTRACT.md section 6)"),
         "mailfix-cli profile --settings ann.json --output ann.mobileconfig"},
    };
    return table;
}

QString CommandTable::versionText()
{
    return QStringLiteral("mailfix-cli " MAILFIX_VERSION "\n");
}

QString CommandTable::exitStatusText()
{
    return QCoreApplication::translate("mailfix-cli", "\nExit status:\n"
                          "  0  no error finding (check), settings found (suggest), profile written (profile)\n"
                          "  1  at least one error finding (check; in a batch: in any account, or a broken line);\n"
                          "     suggest: no working incoming and outgoing server found\n"
                          "  2  bad usage or bad input: one line on stderr, nothing else done\n"
                          "  3  internal failure, or the check was cut short\n");
}

QString CommandTable::examplesText(const QString &command)
{
    QString out = QLatin1Char('\n') + QCoreApplication::translate("mailfix-cli", "Examples:") + QLatin1Char('\n');
    for (const Command &c : commands())
        if (command.isEmpty() || command == QLatin1String(c.name))
            out += QStringLiteral("  %1\n").arg(QLatin1String(c.example));
    if (command.isEmpty() || command == QLatin1String("check"))
        out += QStringLiteral(
            "  MAILFIX_INCOMING_PASSWORD=... mailfix-cli check --settings ann.json --format json\n"
            "  mailfix-cli check --batch accounts.jsonl --jobs 8 > results.jsonl\n");
    out += QCoreApplication::translate("mailfix-cli", "\nPasswords never go on the command line: set MAILFIX_INCOMING_PASSWORD and\n"
                          "MAILFIX_OUTGOING_PASSWORD, or type them at the prompt (stdin a terminal).\n"
                          "See the manual page mailfix-cli(1) and docs/CONTRACT.md.\n");
    return out;
}

QString CommandTable::helpText()
{
    QString h = QCoreApplication::translate("mailfix-cli", "Usage: mailfix-cli COMMAND [options]\n"
        "Checks an iPhone's mail account settings against the real servers and says which field to change.\n"
        "\nCommands:\n");
    for (const Command &c : commands())
        h += QStringLiteral("  %1  %2%3\n")
                 .arg(QString::fromLatin1(c.name).leftJustified(8), QCoreApplication::translate("mailfix-cli", c.summary),
                      c.run ? QString() : QCoreApplication::translate("mailfix-cli", " [not in this build]"));
    h += QCoreApplication::translate("mailfix-cli", "\nOptions:\n"
                        "  -h, --help     this help; 'mailfix-cli COMMAND --help' lists a command's options\n"
                        "  -V, --version  print the version\n");
    return h + exitStatusText() + examplesText(QString());
}

int CommandTable::dispatch(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (arguments.size() == 2 && (first == QLatin1String("--help") || first == QLatin1String("-h") ||
                                  first == QLatin1String("-help") || first == QLatin1String("help"))) {
        Terminal::writeOut(helpText());
        return ExitOk;
    }
    if (arguments.size() == 2 && (first == QLatin1String("--version") || first == QLatin1String("-V") ||
                                  first == QLatin1String("-version"))) {
        Terminal::writeOut(versionText());
        return ExitOk;
    }
    // The command is the first argument; an older order (options, then "check") still works.
    qsizetype at = -1;
    for (qsizetype i = 1; i < arguments.size() && at < 0; ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        for (const Command &c : commands())
            if (a == QLatin1String(c.name))
                at = i;
        if (i == 1 && !a.startsWith(QLatin1Char('-')) && at < 0)
            usage(QCoreApplication::translate("mailfix-cli", "unknown command '%1'; the commands are check, suggest and profile "
                                 "(see mailfix-cli --help)")
                      .arg(a.left(100)));
    }
    if (at < 0) {
        if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
            Terminal::writeOut(helpText());
            return ExitOk;
        }
        if (first == QLatin1String("--version") || first == QLatin1String("-V")) {
            Terminal::writeOut(versionText());
            return ExitOk;
        }
        usage(QCoreApplication::translate("mailfix-cli", "no command given; use 'mailfix-cli check [options]' (see mailfix-cli --help)"));
    }
    QStringList rest = arguments;
    const QString name = rest.takeAt(at);
    for (const Command &c : commands()) {
        if (name != QLatin1String(c.name))
            continue;
        if (!c.run)
            usage(QCoreApplication::translate("mailfix-cli", "'%1' is not available in this build of mailfix-cli").arg(name));
        return c.run(rest);
    }
    usage(QCoreApplication::translate("mailfix-cli", "unknown command '%1'").arg(name));
}

} // namespace mailfix
