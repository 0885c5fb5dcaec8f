// SPDX-License-Identifier: GPL-3.0-or-later
// mailfix-cli check --batch: many accounts against the real servers, with broken
// lines and duplicate ids; one JSON line per account in input order; no password in
// any output; and 100,000 lines streamed in bounded memory.
#include "LeakSearch.h"
#include "TestServers.h"
#include "account/SettingsFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mailfix;
using mailfix::test::TestServers;

#ifndef MAILFIX_CLI_PATH
#define MAILFIX_CLI_PATH "mailfix-cli"
#endif

namespace {

/// One batch line: the settings file of \a s plus an id and the passwords.
QByteArray batchLine(const AccountSettings &s, const QString &id, bool withPasswords)
{
    QJsonObject o = SettingsFile::toJsonObject(s);
    if (!id.isNull())
        o.insert(QStringLiteral("id"), id);
    if (withPasswords) {
        for (const ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
            const QString key = side == ServerSide::Incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing");
            QJsonObject server = o.value(key).toObject();
            if (!s.server(side).password.isEmpty())
                server.insert(QStringLiteral("password"), QString::fromUtf8(s.server(side).password.reveal()));
            o.insert(key, server);
        }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct BatchRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 peakKb = -1;
    qint64 wallMs = 0;
};

/// Runs the CLI on \a file; with /usr/bin/time, also its peak memory.
BatchRun runBatch(const QString &file, const QStringList &extra, const QString &outFile = QString())
{
    QTemporaryDir dir;
    const QString timeOut = dir.filePath(QStringLiteral("time.txt"));
    const bool haveTime = QFile::exists(QStringLiteral("/usr/bin/time"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MAILFIX_INCOMING_PASSWORD"));
    env.remove(QStringLiteral("MAILFIX_OUTGOING_PASSWORD"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    if (!outFile.isEmpty())
        p.setStandardOutputFile(outFile);
    QStringList args{QStringLiteral("check"), QStringLiteral("--batch"), file};
    args += extra;
    QElapsedTimer t;
    t.start();
    if (haveTime)
        p.start(QStringLiteral("/usr/bin/time"),
                QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), timeOut,
                            QStringLiteral(MAILFIX_CLI_PATH)} +
                    args);
    else
        p.start(QStringLiteral(MAILFIX_CLI_PATH), args);
    REQUIRE(p.waitForFinished(110000));
    BatchRun r{p.exitCode(), outFile.isEmpty() ? p.readAllStandardOutput() : QByteArray(), p.readAllStandardError()};
    r.wallMs = t.elapsed();
    QFile f(timeOut);
    if (haveTime && f.open(QIODevice::ReadOnly))
        r.peakKb = f.readAll().trimmed().split('\n').last().toLongLong();
    return r;
}

QString writeLines(QTemporaryDir &dir, const char *name, const QList<QByteArray> &lines)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    for (const QByteArray &l : lines)
        f.write(l + '\n');
    return path;
}

} // namespace

TEST_CASE("cli batch: dozens of accounts against the real servers, broken lines and duplicate ids",
          "[integration][batch]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    QTemporaryDir dir;
    QList<QByteArray> lines;
    // What each line must give: "ok", "error" (an error finding) or "broken".
    QList<std::pair<QString, QString>> expected; // id, outcome
    auto good = [&](const QString &id) {
        lines << batchLine(ts.goodSettings(), id, true);
        expected.append({id, QStringLiteral("ok")});
    };
    auto relay = [&](const QString &id) {
        AccountSettings s = ts.goodSettings();
        s.outgoing.user.clear();
        s.outgoing.password = Secret();
        lines << batchLine(s, id, true);
        expected.append({id, QStringLiteral("error")});
    };
    auto broken = [&](const QByteArray &line, const QString &id) {
        lines << line;
        expected.append({id, QStringLiteral("broken")});
    };
    for (int i = 0; i < 30; ++i) {
        const QString id = QStringLiteral("acct-%1").arg(i);
        if (i % 5 == 3)
            relay(id);
        else
            good(id);
        if (i == 4)
            broken("{\"id\": \"broken-json\", \"incoming\": {\"host\": ", QString());
        if (i == 9)
            broken("{\"id\": \"bad-port\", \"incoming\": {\"host\": \"x.invalid\", \"port\": 70000}}",
                   QStringLiteral("bad-port"));
        if (i == 14)
            broken("[1, 2, 3]", QString());
        if (i == 19)
            broken("{\"id\": \"nothing\"}", QStringLiteral("nothing"));
        if (i == 24)
            broken("{\"id\": \"pw-number\", \"incoming\": {\"host\": \"x.invalid\", \"password\": 12345}}",
                   QStringLiteral("pw-number"));
    }
    // Duplicate ids: both run.
    good(QStringLiteral("acct-1"));
    relay(QStringLiteral("acct-3"));
    lines.insert(10, QByteArray()); // a blank line is skipped, not an account
    expected.insert(10, {QStringLiteral("<blank>"), QStringLiteral("blank")});
    const QString file = writeLines(dir, "accounts.jsonl", lines);

    const BatchRun r = runBatch(file, {QStringLiteral("--jobs"), QStringLiteral("6"), QStringLiteral("--ca-file"),
                                       ts.caFile(), QStringLiteral("--relay-recipient"), ts.foreignRecipient(),
                                       QStringLiteral("--timeout"), QStringLiteral("20")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QList<QByteArray> out = r.out.trimmed().split('\n');
    qsizetype nonBlank = 0;
    for (const auto &e : expected)
        nonBlank += e.second != QLatin1String("blank");
    REQUIRE(out.size() == nonBlank);
    int previousLine = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (expected[i].second == QLatin1String("blank"))
            continue;
        const QByteArray &jsonLine = out.at(k++);
        INFO("line " << i + 1 << ": " << jsonLine.left(400).toStdString());
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(jsonLine, &err).object();
        REQUIRE(err.error == QJsonParseError::NoError);
        const int lineNo = o.value(QStringLiteral("line")).toInt();
        CHECK(lineNo == i + 1); // input order, numbered as in the file
        CHECK(lineNo > previousLine);
        previousLine = lineNo;
        if (!expected[i].first.isNull())
            CHECK(o.value(QStringLiteral("id")).toString() == expected[i].first);
        const QString outcome = expected[i].second;
        if (outcome == QLatin1String("broken")) {
            CHECK(o.value(QStringLiteral("ok")).toBool() == false);
            CHECK(o.value(QStringLiteral("error")).toString().contains(QStringLiteral("line %1").arg(i + 1)));
        } else {
            CHECK(o.value(QStringLiteral("ok")).toBool() == (outcome == QLatin1String("ok")));
            CHECK(o.value(QStringLiteral("checks")).isArray());
            CHECK(o.value(QStringLiteral("settings")).isObject());
        }
    }
    CHECK(r.err.contains("id 'acct-1' is also on line"));
    CHECK(r.err.contains("id 'acct-3' is also on line"));
    CHECK(r.err.contains("2 duplicate ids"));
    CHECK(r.err.contains("5 broken lines"));
    // The passwords of the file appear nowhere, in no encoding.
    const QByteArray user = ts.user("alice", "user").toUtf8();
    CHECK(test::findLeak(r.out, user, ts.password().toUtf8()).isEmpty());
    CHECK(test::findLeak(r.err, user, ts.password().toUtf8()).isEmpty());
    CHECK_FALSE(r.out.contains("12345"));
    CHECK_FALSE(r.err.contains("12345"));
}

TEST_CASE("cli batch: bad usage and an unreadable batch file are exit 2", "[integration][batch]")
{
    QTemporaryDir dir;
    const QString file = writeLines(dir, "one.jsonl", {"{\"outgoing\": {\"host\": \"smtp.example.invalid\"}}"});
    const QString empty = writeLines(dir, "empty.jsonl", {});
    const QList<QStringList> cases{
        {QStringLiteral("--batch"), dir.filePath(QStringLiteral("missing.jsonl"))},
        {QStringLiteral("--batch"), dir.path()},
        {QStringLiteral("--batch"), QStringLiteral("/dev/zero")},
        {QStringLiteral("--batch"), empty},
        {QStringLiteral("--batch"), file, QStringLiteral("--jobs"), QStringLiteral("0")},
        {QStringLiteral("--batch"), file, QStringLiteral("--jobs"), QStringLiteral("many")},
        {QStringLiteral("--batch"), file, QStringLiteral("--incoming-host"), QStringLiteral("imap.example.com")},
        {QStringLiteral("--batch"), file, QStringLiteral("--format"), QStringLiteral("text")},
        {QStringLiteral("--jobs"), QStringLiteral("3"), QStringLiteral("--outgoing-host"), QStringLiteral("x.invalid")},
    };
    for (const QStringList &args : cases) {
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(MAILFIX_CLI_PATH), QStringList{QStringLiteral("check")} + args);
        REQUIRE(p.waitForFinished(10000));
        const QByteArray err = p.readAllStandardError();
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << err.toStdString());
        CHECK(p.exitCode() == 2);
        CHECK(err.trimmed().count('\n') == 0);
        CHECK(p.readAllStandardOutput().isEmpty());
    }
}

TEST_CASE("cli batch: 100,000 lines stream in bounded memory", "[integration][batch]")
{
    QTemporaryDir dir;
    // Malformed lines of every kind and settings-only accounts on .invalid hosts (the
    // resolver answers those locally: no network), each with an id.
    auto makeFile = [&](const char *name, int count) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < count; ++i) {
            const QByteArray id = QByteArray::number(i);
            switch (i % 20 == 0 ? 0 : 1 + i % 9) {
            case 0: // one line in twenty is a check (no network: .invalid)
                f.write("{\"id\": " + id + ", \"outgoing\": {\"host\": \"smtp" + id + ".example.invalid\"}}\n");
                break;
            case 1:
                f.write("{\"id\": " + id + ", \"incoming\": {\"host\": \n");
                break;
            case 2:
                f.write("{\"id\": " + id + ", \"incoming\": {\"host\": \"a.invalid\", \"port\": \"x\"}}\n");
                break;
            case 3:
                f.write("\"just a string\"\n");
                break;
            case 4:
                f.write("{\"id\": " + id + ", \"outgoing\": {\"host\": \"smtp.invalid\", \"password\": true}}\n");
                break;
            case 5:
                f.write("{\"id\": " + id + "}\n");
                break;
            case 6:
                f.write("\xff\xfe not utf-8\n");
                break;
            default:
                f.write("{\"id\": " + id + ", \"incoming\": {\"host\": [1,2]}}\n");
                break;
            }
        }
        return path;
    };
    const QString small = makeFile("small.jsonl", 2000);
    const QString large = makeFile("large.jsonl", 100000);
    const QStringList opts{QStringLiteral("--jobs"), QStringLiteral("8"), QStringLiteral("--timeout"),
                           QStringLiteral("5")};
    const BatchRun a = runBatch(small, opts, dir.filePath(QStringLiteral("small.out")));
    const BatchRun b = runBatch(large, opts, dir.filePath(QStringLiteral("large.out")));
    INFO("2,000 lines: " << a.wallMs << " ms, " << a.peakKb << " KB; 100,000 lines: " << b.wallMs << " ms, "
                          << b.peakKb << " KB; " << b.err.right(300).toStdString());
    CHECK(a.exitCode == 1);
    CHECK(b.exitCode == 1);
    CHECK(b.err.contains("100000 lines checked"));
    // One line out per line in, in order.
    QFile out(dir.filePath(QStringLiteral("large.out")));
    REQUIRE(out.open(QIODevice::ReadOnly));
    qint64 expectLine = 1;
    bool inOrder = true;
    while (!out.atEnd()) {
        const QByteArray l = out.readLine();
        const qsizetype at = l.indexOf("\"line\":");
        if (at < 0 || l.mid(at + 7).split(',').first().split('}').first().toLongLong() != expectLine)
            inOrder = false;
        ++expectLine;
    }
    CHECK(inOrder);
    CHECK(expectLine - 1 == 100000);
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAILFIX_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MAILFIX_TEST_ASAN 1
#endif
#ifdef MAILFIX_TEST_ASAN
    // AddressSanitizer's quarantine keeps freed memory: peak RSS says nothing there.
    const bool measureMemory = false;
#else
    const bool measureMemory = true;
#endif
    if (measureMemory && a.peakKb > 0 && b.peakKb > 0) {
        // Fifty times the lines: at most the id table (a few MB) more.
        CHECK(b.peakKb < a.peakKb + 16 * 1024);
        CHECK(b.peakKb < 120 * 1024);
    }
    WARN("batch: 100,000 lines in " << b.wallMs << " ms, peak " << b.peakKb << " KB (2,000 lines: " << a.peakKb
                                    << " KB)");
}
