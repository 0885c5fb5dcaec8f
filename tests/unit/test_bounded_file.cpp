// SPDX-License-Identifier: GPL-3.0-or-later
// The readers of files a person names (BoundedFile, CaFile, SettingsFile batch lines)
// and the terminal escaping: classes of input, each answered at once.
#include "account/BoundedFile.h"
#include "account/PrintableText.h"
#include "account/SettingsFile.h"
#include "net/CaFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace mailfix;

TEST_CASE("BoundedFile reads only regular files, and only up to the limit", "[files]")
{
    QTemporaryDir dir;
    const QString small = dir.filePath(QStringLiteral("small"));
    {
        QFile f(small);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    BoundedFile::Result r = BoundedFile::read(small, 5);
    CHECK(r.ok());
    CHECK(r.data == "hello");
    CHECK(BoundedFile::read(small, 4).status == BoundedFile::Status::TooLarge);
    CHECK(BoundedFile::read(dir.filePath(QStringLiteral("none")), 10).status == BoundedFile::Status::Missing);
    CHECK(BoundedFile::read(QString(), 10).status == BoundedFile::Status::Missing);
    CHECK(BoundedFile::read(dir.path(), 10).status == BoundedFile::Status::Folder);
#ifdef Q_OS_UNIX
    CHECK(BoundedFile::read(QStringLiteral("/dev/zero"), 10).status == BoundedFile::Status::NotRegular);
    CHECK(BoundedFile::read(QStringLiteral("/dev/null"), 10).status == BoundedFile::Status::NotRegular);
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(BoundedFile::read(fifo, 10).status == BoundedFile::Status::NotRegular);
    // Through a symbolic link, the target decides.
    const QString link = dir.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(fifo, link));
    CHECK(BoundedFile::read(link, 10).status == BoundedFile::Status::NotRegular);
#endif
    for (auto s : {BoundedFile::Status::Missing, BoundedFile::Status::Folder, BoundedFile::Status::NotRegular,
                   BoundedFile::Status::Unreadable, BoundedFile::Status::TooLarge}) {
        BoundedFile::Result failed;
        failed.status = s;
        const QString line = BoundedFile::describe(failed, QStringLiteral("settings file"), 1024 * 1024);
        CHECK_FALSE(line.isEmpty());
        CHECK_FALSE(line.contains(QLatin1Char('\n')));
    }
}

TEST_CASE("CaFile: a file without a certificate is one line", "[files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ca.pem"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    f.close();
    const CaFile::Result r = CaFile::read(path);
    CHECK_FALSE(r.ok());
    CHECK(r.error.startsWith(path));
    CHECK(r.error.contains(QStringLiteral("no certificate")));
    CHECK(CaFile::read(dir.path()).error.contains(QStringLiteral("folder")));
}

TEST_CASE("SettingsFile batch lines: id, passwords, and no password in any message", "[settingsfile][batch]")
{
    SettingsParseOptions batch;
    batch.batchLine = true;
    AccountSettings s;
    SettingsParseResult r = SettingsFile::parse(
        R"({"id": "a-1", "incoming": {"host": "imap.example.test", "user": "ann", "password": "p\"w{5}\u00e9"},
            "outgoing": {"host": "smtp.example.test", "password": "x"}})",
        &s, QStringLiteral("b.jsonl: line 1"), batch);
    REQUIRE(r.ok);
    CHECK(r.hasId);
    CHECK(r.id == QLatin1String("a-1"));
    CHECK(s.incoming.password.reveal() == QStringLiteral("p\"w{5}\u00e9").toUtf8());
    CHECK(s.outgoing.password.reveal() == "x");
    CHECK(r.ignoredPasswordFields.isEmpty());
    CHECK(r.unknownKeys.isEmpty());

    // A whole number is an id too; anything else is an error naming the line.
    AccountSettings n;
    r = SettingsFile::parse(R"({"id": 42, "outgoing": {"host": "h.test"}})", &n, QStringLiteral("f: line 2"), batch);
    CHECK(r.ok);
    CHECK(r.id == QLatin1String("42"));
    r = SettingsFile::parse(R"({"id": [1], "outgoing": {"host": "h.test"}})", &n, QStringLiteral("f: line 3"), batch);
    CHECK_FALSE(r.ok);
    CHECK(r.error.startsWith(QStringLiteral("f: line 3: ")));
    CHECK_FALSE(r.error.contains(QStringLiteral("line 1")));

    // A password of the wrong type or length is an error that never shows its value.
    for (const char *line : {R"({"incoming": {"host": "h.test", "password": 987654321}})",
                             R"({"incoming": {"host": "h.test", "password": ["987654321"]}})",
                             R"({"incoming": {"host": "h.test", "password": {"v": "987654321"}}})",
                             R"({"incoming": {"host": "h.test", "password": true}})"}) {
        AccountSettings x;
        r = SettingsFile::parse(line, &x, QStringLiteral("f: line 4"), batch);
        INFO(line);
        CHECK_FALSE(r.ok);
        CHECK(r.error.contains(QStringLiteral("incoming.password")));
        CHECK_FALSE(r.error.contains(QStringLiteral("987654321")));
    }
    AccountSettings x;
    r = SettingsFile::parse(QByteArray(R"({"outgoing": {"host": "h.test", "password": ")") +
                                QByteArray(2000, 'q') + "\"}}",
                            &x, QStringLiteral("f: line 5"), batch);
    CHECK_FALSE(r.ok);
    CHECK_FALSE(r.error.contains(QStringLiteral("qqqq")));

    // Outside batch lines nothing changes: passwords ignored, "id" unknown.
    AccountSettings plain;
    r = SettingsFile::parse(R"({"id": "z", "incoming": {"host": "h.test", "password": "secret"}})", &plain,
                            QStringLiteral("s.json"));
    CHECK(r.ok);
    CHECK(plain.incoming.password.isEmpty());
    CHECK(r.ignoredPasswordFields == QStringList{QStringLiteral("incoming.password")});
    CHECK(r.unknownKeys.contains(QStringLiteral("id")));
}

TEST_CASE("PrintableText escapes every terminal control, keeps ordinary text", "[terminal]")
{
    for (char16_t u : {char16_t(0x00), char16_t(0x07), char16_t(0x08), char16_t(0x0d), char16_t(0x1b), char16_t(0x7f),
                       char16_t(0x85), char16_t(0x9b), char16_t(0x202e), char16_t(0x2066), char16_t(0x2028)}) {
        const QString text = QStringLiteral("a") + QChar(u) + QStringLiteral("b");
        const QString out = PrintableText::escape(text);
        INFO(int(u));
        CHECK_FALSE(out.contains(QChar(u)));
        CHECK(out.startsWith(QLatin1Char('a')));
        CHECK(out.endsWith(QLatin1Char('b')));
        CHECK(out.contains(QLatin1Char('\\')));
    }
    CHECK(PrintableText::escape(QStringLiteral("\x1b[31m")) == QStringLiteral("\\x1B[31m"));
    CHECK(PrintableText::escape(QStringLiteral("line\nnext"), true) == QStringLiteral("line\nnext"));
    CHECK(PrintableText::escape(QStringLiteral("line\nnext")) == QStringLiteral("line\\x0Anext"));
    const QString ordinary = QStringLiteral("Grüße, 日本語, emoji \U0001F600, tab-free");
    CHECK(PrintableText::escape(ordinary) == ordinary);
}
