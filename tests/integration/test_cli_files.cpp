// SPDX-License-Identifier: GPL-3.0-or-later
// Files never hang (issue 14): --settings and --ca-file of both programs given a
// FIFO, a device, a folder, a 50 MB file, a missing or unreadable file: one line on
// stderr, exit 2, nothing on stdout, within seconds. And the terminal is not the
// server's: control characters from a settings file or a server reach stdout and
// stderr only escaped.
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QEventLoop>
#include <QTimer>
#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

#ifndef MAILFIX_CLI_PATH
#define MAILFIX_CLI_PATH "mailfix-cli"
#endif

namespace {

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

Run runProgram(const QString &program, const QStringList &args, int timeoutMs = 15000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILFIX_INCOMING_PASSWORD"));
    env.remove(QStringLiteral("MAILFIX_OUTGOING_PASSWORD"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Qt's own warning about a missing runtime directory is not the program's line.
    static QTemporaryDir runtime;
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    Run r;
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QList<QString> programs()
{
    QList<QString> list{QStringLiteral(MAILFIX_CLI_PATH)};
#ifdef MAILFIX_WIZARD_PATH
    list << QStringLiteral(MAILFIX_WIZARD_PATH);
#endif
    return list;
}

QStringList argsFor(const QString &program, const QString &option, const QString &path)
{
    if (program == QLatin1String(MAILFIX_CLI_PATH))
        return {QStringLiteral("check"), QStringLiteral("--outgoing-host"), QStringLiteral("smtp.example.invalid"),
                option, path};
    return {option, path};
}

QByteArray writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return content;
}

} // namespace

TEST_CASE("cli: --settings and --ca-file of both programs never hang on a bad file", "[integration][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    struct Case
    {
        QString name;
        QString path;
        const char *expected; ///< a word the one line must hold
    };
    QList<Case> cases;
    cases.append({QStringLiteral("missing"), dir.filePath(QStringLiteral("missing.json")), "no such file"});
    cases.append({QStringLiteral("folder"), dir.path(), "folder"});
    cases.append({QStringLiteral("device /dev/zero"), QStringLiteral("/dev/zero"), "not a regular file"});
    cases.append({QStringLiteral("device /dev/null"), QStringLiteral("/dev/null"), "not a regular file"});
    const QString big = dir.filePath(QStringLiteral("big.json"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(50LL * 1024 * 1024)); // sparse: 50 MB without writing them
    }
    cases.append({QStringLiteral("50 MB file"), big, "larger than"});
#ifdef Q_OS_UNIX
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    cases.append({QStringLiteral("FIFO with no writer"), fifo, "not a regular file"});
    const QString unreadable = dir.filePath(QStringLiteral("unreadable.json"));
    writeFile(unreadable, "{}");
    REQUIRE(chmod(QFile::encodeName(unreadable).constData(), 0) == 0);
    if (geteuid() != 0) // root reads any file
        cases.append({QStringLiteral("unreadable"), unreadable, "cannot be read"});
#endif
    for (const QString &program : programs()) {
        for (const QString &option : {QStringLiteral("--settings"), QStringLiteral("--ca-file")}) {
            for (const Case &c : cases) {
                INFO(program.toStdString() << " " << option.toStdString() << " " << c.name.toStdString());
                QElapsedTimer t;
                t.start();
                const Run r = runProgram(program, argsFor(program, option, c.path));
                INFO("stderr: " << r.err.toStdString());
                REQUIRE(r.finished);
                CHECK(t.elapsed() < 10000);
                CHECK(r.exitCode == 2);
                CHECK(r.out.isEmpty());
                CHECK(r.err.trimmed().count('\n') == 0);
                CHECK(r.err.contains(c.expected));
            }
        }
    }
}

TEST_CASE("cli: a broken CA file is one line and exit 2 in both programs", "[integration][files]")
{
    QTemporaryDir dir;
    const QString notPem = dir.filePath(QStringLiteral("not.pem"));
    writeFile(notPem, "this is not a certificate\n");
    for (const QString &program : programs()) {
        INFO(program.toStdString());
        const Run r = runProgram(program, argsFor(program, QStringLiteral("--ca-file"), notPem));
        REQUIRE(r.finished);
        CHECK(r.exitCode == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains("no certificate"));
        CHECK(r.err.trimmed().count('\n') == 0);
    }
}

namespace {

/// No raw control character (C0 but line feed, DEL, C1 in UTF-8, bidi overrides).
bool hasRawControl(const QByteArray &bytes)
{
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            return true;
    }
    const QString text = QString::fromUtf8(bytes);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x80 && u < 0xa0) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("cli: control characters in a settings file's keys and name reach stderr escaped", "[integration][terminal]")
{
    QTemporaryDir dir;
    // Key names with ESC, BEL, a CSI in C1 and a bidi override; the file name too.
    const QString name = dir.filePath(QStringLiteral("evil\x1b]0;title\x07.json"));
    writeFile(name, "{\"incoming\": {\"ho\\u001b[2Jst\": \"x\", \"\\u009b31m\": 1, \"\\u202eevil\": 2},"
                    " \"\\u0007bell\": 3, \"outgoing\": {\"host\": \"smtp.example.invalid\"}}");
    for (const QString &program : programs()) {
        INFO(program.toStdString());
        // The CLI checks (a .invalid host: no network) and warns; the wizard's run
        // needs a display, so only its warnings are looked at.
        QStringList args = argsFor(program, QStringLiteral("--settings"), name);
        if (program != QLatin1String(MAILFIX_CLI_PATH)) // the wizard: paint once offscreen, then quit
            args << QStringLiteral("--screenshot-page") << QStringLiteral("0") << QStringLiteral("--screenshot-out")
                 << dir.filePath(QStringLiteral("shot.png"));
        const Run r = runProgram(program, args, 20000);
        INFO("stderr: " << r.err.toStdString());
        REQUIRE(r.finished);
        CHECK(r.err.contains("unknown key"));
        CHECK(r.err.toLower().contains("\\x1b"));
        CHECK_FALSE(hasRawControl(r.err));
        if (program == QLatin1String(MAILFIX_CLI_PATH))
            CHECK_FALSE(hasRawControl(r.out));
    }
    // A missing file whose name holds control characters: one escaped line.
    const Run r = runProgram(QStringLiteral(MAILFIX_CLI_PATH),
                             {QStringLiteral("check"), QStringLiteral("--settings"),
                              dir.filePath(QStringLiteral("gone\r\x1b[1A\xe2\x80\xae.json"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.trimmed().count('\n') == 0);
    CHECK_FALSE(hasRawControl(r.err));
}

TEST_CASE("cli: what a server says reaches the text report and transcript escaped", "[integration][terminal]")
{
    // A server that answers every SMTP command with control characters in its words.
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    const QByteArray evil = "\x1b]0;owned\x07 \x1b[2J\x1b[31m red \xc2\x9b" "31m \xe2\x80\xae" "dlrow \x7f\x08\x08";
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            s->write("220 mail.test ESMTP " + evil + "\r\n");
            QObject::connect(s, &QTcpSocket::readyRead, s, [s, evil] {
                while (s->canReadLine()) {
                    const QByteArray line = s->readLine().trimmed().toUpper();
                    if (line.startsWith("EHLO"))
                        s->write("250-mail.test " + evil + "\r\n250 8BITMIME\r\n");
                    else if (line.startsWith("QUIT"))
                        s->write("221 bye " + evil + "\r\n");
                    else if (line.startsWith("RCPT"))
                        s->write("554 5.7.1 Relay access denied " + evil + "\r\n");
                    else
                        s->write("250 ok " + evil + "\r\n");
                }
            });
        }
    });
    for (const QStringList &extra : {QStringList{QStringLiteral("--format"), QStringLiteral("text"),
                                                 QStringLiteral("--transcript"), QStringLiteral("--no-color")},
                                     QStringList{QStringLiteral("--format"), QStringLiteral("text"),
                                                 QStringLiteral("--transcript")}}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MAILFIX_INCOMING_PASSWORD"));
        env.remove(QStringLiteral("MAILFIX_OUTGOING_PASSWORD"));
        env.remove(QStringLiteral("NO_COLOR"));
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(MAILFIX_CLI_PATH),
                QStringList{QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("ann@example.test"),
                            QStringLiteral("--outgoing-host"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("--outgoing-port"), QString::number(server.serverPort()),
                            QStringLiteral("--outgoing-ssl"), QStringLiteral("off"), QStringLiteral("--timeout"),
                            QStringLiteral("5")} +
                    extra);
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        REQUIRE(p.state() == QProcess::NotRunning);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        INFO(out.toStdString() << err.toStdString());
        CHECK(out.contains("Relay access denied"));
        CHECK(out.toLower().contains("\\x1b"));
        CHECK_FALSE(hasRawControl(out));
        CHECK_FALSE(hasRawControl(err));
    }
}

#ifdef Q_OS_UNIX
TEST_CASE("cli: the password prompt shows a user name's bidi override escaped", "[integration][terminal]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) {
        WARN("no script(1) for a terminal: prompt not tested");
        return;
    }
    // No controlling terminal is needed here (CI has none): script(1) makes one for the
    // CLI. The answer is sent only once the prompt is seen, and the CLI turns echo off
    // (which flushes typed input) before it shows the prompt.
    // script(1) gives mailfix-cli a terminal, so that it prompts.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILFIX_INCOMING_PASSWORD"));
    env.remove(QStringLiteral("MAILFIX_OUTGOING_PASSWORD"));
    env.insert(QStringLiteral("MF_CLI"), QStringLiteral(MAILFIX_CLI_PATH));
    env.insert(QStringLiteral("MF_USER"), QStringLiteral("ann\u202Egnp.exe"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("script"),
            {QStringLiteral("-qec"),
             QStringLiteral("\"$MF_CLI\" check --incoming-host imap.example.invalid --incoming-user \"$MF_USER\" "
                            "--format text --no-color"),
             QStringLiteral("/dev/null")});
    REQUIRE(p.waitForStarted());
    // Answer only once the prompt is there: the prompt flushes what was typed before.
    QByteArray all;
    QElapsedTimer t;
    t.start();
    while (!all.contains("password for") && t.elapsed() < 15000) {
        p.waitForReadyRead(500);
        all += p.readAllStandardOutput() + p.readAllStandardError();
    }
    p.write("\n");
    const bool finished = p.waitForFinished(20000);
    if (!finished)
        p.kill();
    all += p.readAllStandardOutput() + p.readAllStandardError();
    REQUIRE(finished);
    INFO(all.toStdString());
    CHECK(all.contains("password for ann\\u202Egnp.exe@imap.example.invalid"));
    CHECK_FALSE(all.contains("\xe2\x80\xae"));
}
#endif
