// SPDX-License-Identifier: GPL-3.0-or-later
// The round trip's mailbox watchers against scripted servers, for what Dovecot never
// does: an IMAP server without IDLE (so the watcher polls) and without UIDPLUS (so it
// must not EXPUNGE, which would take every other \Deleted message along), and a POP3
// server where the message shows up only in a later session.
#include "HostileServer.h"

#include "ConsentProvider.h"
#include "roundtrip/ImapWatcher.h"
#include "roundtrip/Pop3Watcher.h"
#include "roundtrip/RoundTripContext.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace mailfix;
using namespace mailfix::hostile;

namespace {

const QString Token = QStringLiteral("Mailfix test 0123456789AB");

AccountSettings plainSettings(IncomingType type, quint16 port)
{
    AccountSettings s;
    s.email = QStringLiteral("alice@example.test");
    s.incomingType = type;
    s.incoming.host = QStringLiteral("127.0.0.1");
    s.incoming.port = port;
    s.incoming.ssl = false;
    s.incoming.user = QStringLiteral("alice");
    s.incoming.password = Secret("Watcher-Secret-5");
    return s;
}

CheckOptions plainAllowed()
{
    CheckOptions o;
    o.stepTimeoutMs = 3000;
    o.allowPlaintextLogin = true;
    return o;
}

/// Runs the event loop until \a done or \a ms pass.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

/// What a watcher reported.
struct Seen
{
    int ready = 0, found = 0, failed = 0, deleted = 0;
    bool deletedOk = false;
    QString detail;
    explicit Seen(MailboxWatcher &w)
    {
        QObject::connect(&w, &MailboxWatcher::ready, [this] { ++ready; });
        QObject::connect(&w, &MailboxWatcher::found, [this] { ++found; });
        QObject::connect(&w, &MailboxWatcher::failed, [this](const QString &d) {
            ++failed;
            detail = d;
        });
        QObject::connect(&w, &MailboxWatcher::deleted, [this](bool ok, const QString &d) {
            ++deleted;
            deletedOk = ok;
            detail = d;
        });
    }
};

QByteArray tagOf(const QByteArray &line)
{
    return line.left(line.indexOf(' '));
}

} // namespace

TEST_CASE("round-trip watcher: IMAP without IDLE polls, and without UIDPLUS only flags the message",
          "[hostile][roundtrip]")
{
    HostileServer server;
    server.onConnect = [](Conn &c) { c.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] scripted ready\r\n"); };
    server.onLine = [](Conn &c, const QByteArray &line) {
        const QByteArray tag = tagOf(line);
        const QByteArray cmd = line.mid(tag.size() + 1).toUpper();
        if (c.stage == 1) { // the AUTHENTICATE PLAIN response
            c.stage = 0;
            c.send(c.property("authTag").toByteArray() + " OK logged in\r\n");
        } else if (cmd.startsWith("CAPABILITY")) {
            c.send("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + " OK done\r\n");
        } else if (cmd.startsWith("AUTHENTICATE PLAIN")) {
            c.stage = 1;
            c.setProperty("authTag", tag);
            c.send("+ \r\n");
        } else if (cmd.startsWith("SELECT")) {
            c.send("* 3 EXISTS\r\n" + tag + " OK [READ-WRITE] selected\r\n");
        } else if (cmd.startsWith("UID SEARCH")) {
            const int n = ++c.counters[QStringLiteral("search")];
            c.send((n < 3 ? QByteArray("* SEARCH\r\n") : QByteArray("* SEARCH 42\r\n")) + tag +
                   " OK searched\r\n");
        } else if (cmd.startsWith("LOGOUT")) {
            c.send("* BYE bye\r\n" + tag + " OK bye\r\n");
            c.close();
        } else {
            c.send(tag + " OK fine\r\n");
        }
    };
    const quint16 port = server.start();
    REQUIRE(port != 0);

    RoundTripContext context(plainSettings(IncomingType::Imap, port), plainAllowed(), nullptr);
    ImapWatcher watcher(&context);
    Seen seen(watcher);
    watcher.prepare();
    REQUIRE(waitFor([&] { return seen.ready == 1 || seen.failed; }, 5000));
    INFO(seen.detail.toStdString());
    REQUIRE(seen.ready == 1);
    QElapsedTimer t;
    t.start();
    watcher.watch(Token);
    REQUIRE(waitFor([&] { return seen.deleted == 1 || seen.failed; }, 8000));
    CHECK(seen.failed == 0);
    CHECK(seen.found == 1);
    CHECK(t.elapsed() >= 1500); // two empty searches a second apart: it polled
    CHECK_FALSE(seen.deletedOk);
    CHECK(seen.detail.contains(QStringLiteral("not expunged")));
    const QByteArray received = server.allPlain();
    CHECK(received.contains("UID STORE 42 +FLAGS.SILENT (\\Deleted)"));
    CHECK_FALSE(received.contains("EXPUNGE"));
    CHECK_FALSE(received.contains("IDLE"));
    CHECK(received.contains(QByteArray("UID SEARCH HEADER SUBJECT \"" + Token.toUtf8() + '"')));
    for (const TranscriptLine &l : context.transcript())
        CHECK_FALSE(containsCredential(l.text.toUtf8(), "Watcher-Secret-5"));
}

TEST_CASE("round-trip watcher: POP3 sees the message in a later session, deletes only it",
          "[hostile][roundtrip]")
{
    HostileServer server;
    int sessions = 0;
    server.onConnect = [&sessions](Conn &c) {
        c.stage = ++sessions;
        c.send("+OK scripted POP3\r\n");
    };
    server.onLine = [](Conn &c, const QByteArray &line) {
        // Session 1: two old messages. From session 3 on, a third: the test message.
        const bool arrived = c.stage >= 3;
        if (line.startsWith("UIDL")) {
            c.send(QByteArray("+OK\r\n1 old-a\r\n2 old-b\r\n") + (arrived ? "3 new-c\r\n" : "") + ".\r\n");
        } else if (line.startsWith("TOP 3 0")) {
            c.send("+OK\r\nFrom: <alice@example.test>\r\nSubject: " + Token.toUtf8() + "\r\n\r\n.\r\n");
        } else if (line.startsWith("TOP")) {
            c.send("+OK\r\nSubject: something else\r\n\r\n.\r\n");
        } else if (line.startsWith("QUIT")) {
            c.send("+OK bye\r\n");
            c.close();
        } else {
            c.send("+OK\r\n");
        }
    };
    const quint16 port = server.start();
    REQUIRE(port != 0);

    RoundTripContext context(plainSettings(IncomingType::Pop, port), plainAllowed(), nullptr);
    Pop3Watcher watcher(&context);
    Seen seen(watcher);
    watcher.prepare();
    REQUIRE(waitFor([&] { return seen.ready == 1 || seen.failed; }, 5000));
    INFO(seen.detail.toStdString());
    REQUIRE(seen.ready == 1);
    watcher.watch(Token);
    REQUIRE(waitFor([&] { return seen.deleted == 1 || seen.failed; }, 8000));
    CHECK(seen.failed == 0);
    CHECK(seen.deletedOk);
    const QByteArray received = server.allPlain();
    CHECK(received.count("DELE ") == 1);
    CHECK(received.contains("DELE 3\r\n"));
    CHECK_FALSE(received.contains("TOP 1 0")); // known before the message was sent: never read
    CHECK_FALSE(received.contains("TOP 2 0"));
    CHECK(sessions >= 3);
}
