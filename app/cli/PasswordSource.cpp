// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordSource.h"

#include "Terminal.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

#include <QCoreApplication>

namespace mailfix {

namespace {

struct EnvPassword
{
    bool set = false;
    Secret value;
};

EnvPassword g_incoming;
EnvPassword g_outgoing;

EnvPassword take(const char *name)
{
    EnvPassword p;
    if (qEnvironmentVariableIsSet(name)) {
        p.set = true;
        QByteArray bytes = qgetenv(name);
        p.value = Secret(bytes);
        bytes.fill('\0');
        qunsetenv(name);
    }
    return p;
}

#ifndef Q_OS_WIN
struct termios g_savedTerminal;
volatile sig_atomic_t g_terminalChanged = 0;

extern "C" void restoreTerminalAndExit(int sig)
{
    if (g_terminalChanged)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    signal(sig, SIG_DFL);
    raise(sig);
}
#endif

} // namespace

void PasswordSource::takeFromEnvironment()
{
    g_incoming = take(IncomingVar);
    g_outgoing = take(OutgoingVar);
}

bool PasswordSource::anyFromEnvironment()
{
    return g_incoming.set || g_outgoing.set;
}

void PasswordSource::discard()
{
    g_incoming.value.wipe();
    g_outgoing.value.wipe();
}

void PasswordSource::fill(AccountSettings &s)
{
    const bool interactive = Terminal::isTerminal(stdin);
    if (g_incoming.set)
        s.incoming.password = g_incoming.value;
    else if (interactive && s.hasSide(ServerSide::Incoming) && !s.incoming.user.isEmpty())
        s.incoming.password = prompt(QCoreApplication::translate("mailfix-cli", "Incoming mail server password for %1@%2: ")
                                         .arg(s.incoming.user, s.incoming.host.trimmed()));
    if (g_outgoing.set)
        s.outgoing.password = g_outgoing.value;
    else if (interactive && s.outgoingServerOn && s.hasSide(ServerSide::Outgoing) && !s.outgoing.user.isEmpty())
        s.outgoing.password = prompt(
            QCoreApplication::translate("mailfix-cli", "Outgoing (SMTP) password for %1@%2 (Optional; press Enter if the phone's field is empty): ")
                .arg(s.outgoing.user, s.outgoing.host.trimmed()));
    discard();
}

Secret PasswordSource::prompt(const QString &text)
{
    // The prompt goes out only once echo is off (TCSAFLUSH discards what was typed
    // before), so that what is typed after it is seen is never lost or echoed.
    const QByteArray p = Terminal::printable(text).toUtf8();
    auto showPrompt = [&p] {
        std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
        std::fflush(stderr);
    };
    QByteArray line;
    line.reserve(256);
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(in, &mode);
    if (console)
        SetConsoleMode(in, (mode & ~ENABLE_ECHO_INPUT) | ENABLE_LINE_INPUT);
    showPrompt();
    wchar_t buf[2];
    QString typed;
    DWORD read = 0;
    while (console && ReadConsoleW(in, buf, 1, &read, nullptr) && read == 1) {
        if (buf[0] == L'\r')
            continue;
        if (buf[0] == L'\n' || typed.size() > 4096)
            break;
        typed += QChar(buf[0]);
    }
    if (console)
        SetConsoleMode(in, mode);
    line = typed.toUtf8();
    typed.fill(QLatin1Char('\0'));
    std::fputs("\n", stderr);
#else
    struct termios t;
    const bool tty = tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0;
    if (tty) {
        t = g_savedTerminal;
        t.c_lflag &= ~tcflag_t(ECHO);
        t.c_lflag |= ECHONL;
        g_terminalChanged = 1;
        signal(SIGINT, restoreTerminalAndExit);
        signal(SIGTERM, restoreTerminalAndExit);
        signal(SIGHUP, restoreTerminalAndExit);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &t);
    }
    showPrompt();
    char c = 0;
    while (read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && line.size() < 4096) {
        if (c != '\r')
            line.append(c);
    }
    c = 0;
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_terminalChanged = 0;
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
    }
#endif
    Secret s(line);
    line.fill('\0');
    return s;
}

} // namespace mailfix
