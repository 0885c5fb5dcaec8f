// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs mailfix-cli as a user would: no stdin, the passwords only in the two environment
// variables (from the settings given), nothing else of the test's environment changed.

#include "account/AccountSettings.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <catch2/catch.hpp>

#ifndef MAILFIX_CLI_PATH
#define MAILFIX_CLI_PATH "mailfix-cli"
#endif

namespace mailfix::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args, const AccountSettings &s = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILFIX_INCOMING_PASSWORD"));
    env.remove(QStringLiteral("MAILFIX_OUTGOING_PASSWORD"));
    if (!s.incoming.password.isEmpty())
        env.insert(QStringLiteral("MAILFIX_INCOMING_PASSWORD"), QString::fromUtf8(s.incoming.password.reveal()));
    if (!s.outgoing.password.isEmpty())
        env.insert(QStringLiteral("MAILFIX_OUTGOING_PASSWORD"), QString::fromUtf8(s.outgoing.password.reveal()));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(MAILFIX_CLI_PATH), args);
    REQUIRE(p.waitForFinished(90000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace mailfix::test
