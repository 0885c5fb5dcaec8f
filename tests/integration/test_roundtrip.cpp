// SPDX-License-Identifier: GPL-3.0-or-later
// The send-and-receive round trip against the real servers: Postfix takes the message and
// hands it to Dovecot over LMTP; the round trip finds it (IMAP, POP3), reports the delivery
// time and deletes it, leaving the mailbox as it was. A server that discards the message and
// one that refuses it at DATA give the two failure findings. Without --round-trip, no DATA.
#include "LeakSearch.h"
#include "TestServers.h"
#include "model/Codes.h"
#include "roundtrip/RoundTrip.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <unistd.h>

using namespace mailfix;
using mailfix::test::describe;
using mailfix::test::findingFor;
using mailfix::test::TestServers;

#ifndef MAILFIX_CLI_PATH
#define MAILFIX_CLI_PATH "mailfix-cli"
#endif

namespace {

/// Messages in alice's Maildir, as Dovecot and Postfix's LMTP leave them.
int mailboxCount()
{
    const auto &ts = TestServers::get();
    const QString base = ts.json.value(QStringLiteral("dir")).toString() + QStringLiteral("/mail/") +
                         ts.user("alice", "email") + QStringLiteral("/Maildir/");
    int n = 0;
    for (const char *sub : {"new", "cur"})
        n += int(QDir(base + QLatin1String(sub)).entryList(QDir::Files).size());
    return n;
}

QByteArray postfixLog()
{
    QFile f(TestServers::get()
                .json.value(QStringLiteral("logs"))
                .toObject()
                .value(QStringLiteral("postfix"))
                .toString());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void checkNoPassword(const RoundTripResult &r)
{
    const QByteArray pw = TestServers::get().password().toUtf8();
    for (const TranscriptLine &l : r.transcript)
        CHECK_FALSE(mailfix::test::containsCredential(l.text.toUtf8(), pw));
}

RoundTripResult passingCheckThenRoundTrip(const AccountSettings &s, int timeoutMs)
{
    const auto &ts = TestServers::get();
    const CheckReport check = Checker::runBlocking(s, ts.options());
    INFO(describe(check).toStdString());
    REQUIRE(RoundTrip::skipReason(check).isEmpty());
    return RoundTrip::runBlocking(s, ts.options(), nullptr, timeoutMs);
}

QString transcriptOf(const RoundTripResult &r)
{
    QString t;
    for (const TranscriptLine &l : r.transcript)
        t += QStringLiteral("%1 %2 %3: %4\n").arg(l.tMs).arg(l.server, QString(l.dir), l.text);
    return t;
}

} // namespace

TEST_CASE("round trip: the message arrives, its delivery time is reported and it is deleted again",
          "[roundtrip]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    struct Variant
    {
        const char *name;
        std::function<void(AccountSettings &)> change;
    };
    const Variant variants[] = {
        {"IMAP with STARTTLS, submission with STARTTLS", [](AccountSettings &) {}},
        {"IMAP and SMTP with TLS from the first byte (on ports of unknown kind)",
         [&](AccountSettings &s) {
             s.incoming.port = ts.port("imap", "imaps");
             s.outgoing.port = ts.port("smtp", "smtps");
         }},
        {"POP3 with STLS",
         [&](AccountSettings &s) {
             s.incomingType = IncomingType::Pop;
             s.incoming.port = ts.port("pop3", "pop3");
         }},
        {"POP3 with TLS from the first byte",
         [&](AccountSettings &s) {
             s.incomingType = IncomingType::Pop;
             s.incoming.port = ts.port("pop3", "pop3s");
         }},
    };
    for (const Variant &v : variants) {
        AccountSettings s = ts.goodSettings();
        v.change(s);
        const int before = mailboxCount();
        QElapsedTimer t;
        t.start();
        const RoundTripResult r = passingCheckThenRoundTrip(s, 10000);
        INFO(v.name << "\n" << r.detail.toStdString() << "\n" << transcriptOf(r).toStdString());
        CHECK(r.status == StepStatus::Pass);
        CHECK(r.findings.isEmpty());
        CHECK(r.deliveryMs >= 0);
        CHECK(r.deliveryMs < 10000);
        CHECK(r.deleted);
        CHECK(r.detail.contains(QStringLiteral("Delivered in")));
        CHECK(mailboxCount() == before); // exactly that one message, and it is gone
        CHECK(t.elapsed() < 15000);
        checkNoPassword(r);
        WARN(v.name << ": delivered in " << r.deliveryMs << " ms, round trip " << t.elapsed() << " ms");
    }
}

TEST_CASE("round trip: other messages in the mailbox are left alone, even with a similar subject",
          "[roundtrip]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    // A decoy from an earlier, interrupted round trip: same subject prefix, other id.
    const QString maildir = ts.json.value(QStringLiteral("dir")).toString() + QStringLiteral("/mail/") +
                            ts.user("alice", "email") + QStringLiteral("/Maildir/new/");
    // Made as root here if no mail came before: hand the folders to the mail user as Dovecot would.
    const QString home = maildir.section(QLatin1Char('/'), 0, -4);
    for (const QString &d :
         QStringList{home, home + QStringLiteral("/Maildir"), home + QStringLiteral("/Maildir/new"),
                     home + QStringLiteral("/Maildir/cur"), home + QStringLiteral("/Maildir/tmp")}) {
        REQUIRE(QDir().mkpath(d));
        REQUIRE(::chown(QFile::encodeName(d).constData(), 65534, 65534) == 0);
    }
    const QString decoy =
        maildir + QStringLiteral("1700000000.decoy%1.mailfix-test").arg(QCoreApplication::applicationPid());
    {
        QFile f(decoy);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(
            "From: <alice@example.test>\r\nTo: <alice@example.test>\r\nSubject: Mailfix test 000000000000\r\n"
            "Message-ID: <decoy@example.test>\r\n\r\nnot the round trip's message\r\n");
    }
    REQUIRE(::chown(QFile::encodeName(decoy).constData(), 65534, 65534) == 0);
    const int before = mailboxCount();
    for (IncomingType type : {IncomingType::Imap, IncomingType::Pop}) {
        AccountSettings s = ts.goodSettings();
        if (type == IncomingType::Pop) {
            s.incomingType = IncomingType::Pop;
            s.incoming.port = ts.port("pop3", "pop3");
        }
        const RoundTripResult r = passingCheckThenRoundTrip(s, 10000);
        INFO(transcriptOf(r).toStdString());
        CHECK(r.status == StepStatus::Pass);
        CHECK(r.deleted);
        CHECK(mailboxCount() == before);
    }
    // Still there (IMAP may have moved it from new/ to cur/).
    int decoys = 0;
    for (const char *sub : {"new", "cur"}) {
        const QDir d(maildir + QStringLiteral("../") + QLatin1String(sub));
        for (const QString &name : d.entryList(QDir::Files))
            if (name.contains(QStringLiteral(".decoy"))) {
                ++decoys;
                QFile::remove(d.filePath(name)); // leave the mailbox as the other tests expect it
            }
    }
    CHECK(decoys == 1);
}

TEST_CASE("round trip: a server that discards the message gives roundtrip.not_delivered in time",
          "[roundtrip]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    AccountSettings s = ts.goodSettings();
    s.outgoing.port = ts.port("smtp", "submission_discard");
    const int before = mailboxCount();
    QElapsedTimer t;
    t.start();
    const RoundTripResult r = passingCheckThenRoundTrip(s, 3000);
    INFO(transcriptOf(r).toStdString());
    CHECK(r.status == StepStatus::Fail);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings.first().code == Code::RoundtripNotDelivered);
    CHECK(r.findings.first().severity == Severity::Error);
    CHECK(r.findings.first().evidence.contains(QStringLiteral("queued as")));
    CHECK(r.deliveryMs < 0);
    CHECK(t.elapsed() < 9000);
    CHECK(mailboxCount() == before);
}

TEST_CASE("round trip: a server that refuses DATA gives roundtrip.rejected with its reply", "[roundtrip]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    AccountSettings s = ts.goodSettings();
    s.outgoing.port = ts.port("smtp", "submission_reject_data");
    const RoundTripResult r = passingCheckThenRoundTrip(s, 3000);
    INFO(transcriptOf(r).toStdString());
    CHECK(r.status == StepStatus::Fail);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings.first().code == Code::RoundtripRejected);
    CHECK(r.findings.first().evidence ==
          QStringLiteral("554 5.7.1 <DATA>: Data command rejected: Access denied"));
}

TEST_CASE("round trip: skipped after a check that did not verify both logins", "[roundtrip]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    AccountSettings s = ts.goodSettings();
    s.incoming.password = Secret();
    const CheckReport check = Checker::runBlocking(s, ts.options());
    CHECK_FALSE(RoundTrip::skipReason(check).isEmpty());
    AccountSettings wrong = ts.goodSettings();
    wrong.outgoing.password = Secret("wrong-password");
    CHECK_FALSE(RoundTrip::skipReason(Checker::runBlocking(wrong, ts.options())).isEmpty());
    CheckReport r = check;
    RoundTrip::addTo(r, RoundTrip::skipped(QStringLiteral("why")));
    CHECK(r.checks.last().id == QStringLiteral("roundtrip"));
    CHECK(r.checks.last().status == StepStatus::Skipped);
}

namespace {
struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

CliRun cliCheck(const QStringList &extra, int outgoingPort)
{
    const auto &ts = TestServers::get();
    const AccountSettings s = ts.goodSettings();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MAILFIX_INCOMING_PASSWORD"), ts.password());
    env.insert(QStringLiteral("MAILFIX_OUTGOING_PASSWORD"), ts.password());
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(MAILFIX_CLI_PATH), QStringList{QStringLiteral("check"),
                                                          QStringLiteral("--email"),
                                                          s.email,
                                                          QStringLiteral("--incoming-host"),
                                                          s.incoming.host,
                                                          QStringLiteral("--incoming-port"),
                                                          QString::number(s.incoming.port),
                                                          QStringLiteral("--incoming-user"),
                                                          s.incoming.user,
                                                          QStringLiteral("--outgoing-host"),
                                                          s.outgoing.host,
                                                          QStringLiteral("--outgoing-port"),
                                                          QString::number(outgoingPort),
                                                          QStringLiteral("--outgoing-user"),
                                                          s.outgoing.user,
                                                          QStringLiteral("--ca-file"),
                                                          ts.caFile(),
                                                          QStringLiteral("--relay-recipient"),
                                                          ts.foreignRecipient(),
                                                          QStringLiteral("--format"),
                                                          QStringLiteral("json")} +
                                                  extra);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
            p.readAllStandardError()};
}

QJsonObject checkWithId(const QJsonObject &report, const QString &id)
{
    for (const QJsonValue &c : report.value(QStringLiteral("checks")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == id)
            return c.toObject();
    return {};
}
} // namespace

TEST_CASE("cli check --round-trip: the roundtrip check in the JSON, and without it no message is ever queued",
          "[roundtrip][cli]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    const int before = mailboxCount();

    // Without --round-trip: Postfix queues nothing (no DATA was sent).
    const qsizetype logBefore = postfixLog().size();
    const CliRun plain = cliCheck({}, ts.port("smtp", "submission"));
    CHECK(plain.exitCode == 0);
    CHECK(checkWithId(plain.json, QStringLiteral("roundtrip")).isEmpty());
    const QByteArray added = postfixLog().mid(logBefore);
    CHECK(added.contains("sasl_username=alice@example.test")); // the check logged in
    CHECK_FALSE(added.contains("message-id="));
    CHECK_FALSE(added.contains("(queue active)"));
    CHECK_FALSE(added.contains(" data=1"));

    const CliRun rt = cliCheck(
        {QStringLiteral("--round-trip"), QStringLiteral("--round-trip-timeout"), QStringLiteral("10")},
        ts.port("smtp", "submission"));
    INFO(QJsonDocument(rt.json).toJson().toStdString() << rt.err.toStdString());
    CHECK(rt.exitCode == 0);
    const QJsonObject step = checkWithId(rt.json, QStringLiteral("roundtrip"));
    CHECK(step.value(QStringLiteral("status")).toString() == QStringLiteral("pass"));
    CHECK(step.value(QStringLiteral("elapsed_ms")).toInt(-1) >= 0);
    CHECK(mailboxCount() == before);

    const CliRun discard = cliCheck(
        {QStringLiteral("--round-trip"), QStringLiteral("--round-trip-timeout"), QStringLiteral("2")},
        ts.port("smtp", "submission_discard"));
    CHECK(discard.exitCode == 1);
    CHECK(checkWithId(discard.json, QStringLiteral("roundtrip")).value(QStringLiteral("status")).toString() ==
          QStringLiteral("fail"));
    bool notDelivered = false;
    for (const QJsonValue &f : discard.json.value(QStringLiteral("findings")).toArray())
        notDelivered |= f.toObject().value(QStringLiteral("code")).toString() == Code::RoundtripNotDelivered;
    CHECK(notDelivered);

    const CliRun bad = cliCheck({QStringLiteral("--round-trip-timeout"), QStringLiteral("0")},
                                ts.port("smtp", "submission"));
    CHECK(bad.exitCode == 2);
}
