// SPDX-License-Identifier: GPL-3.0-or-later
// Tier 2: whole probe flows over a scripted transport ("C:/S:" scripts), no sockets.
#include "ScriptedTransport.h"
// tests/CMakeLists.txt globs only unit/*.cpp into this target: take the scripted
// transport's implementation in here (it needs no moc).

#include "Checker.h"
#include "protocol/Sasl.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace mailfix;
using mailfix::test::ScriptedTransport;

namespace {

const QByteArray kPass = QByteArrayLiteral("Scripted-pw-42");

struct Run
{
    CheckReport report;
    int transports = 0;
    QStringList errors;
    QList<QByteArray> writes;
    QByteArray plain;
    bool scriptDone = false;
};

Run run(const AccountSettings &s, const QString &script)
{
    Run out;
    CheckOptions o;
    o.stepTimeoutMs = 2000;
    {
        Checker checker;
        checker.setTransportFactory([&](QObject *parent) {
            auto *t = new ScriptedTransport(ScriptedTransport::parse(script), parent);
            ++out.transports;
            t->beforeDestroy = [&out](const ScriptedTransport &done) {
                out.errors = done.errors();
                out.writes = done.writes();
                out.plain = done.writtenBeforeTls();
                out.scriptDone = done.finished();
            };
            return t;
        });
        QEventLoop loop;
        QObject::connect(&checker, &Checker::finished, &loop, [&](const CheckReport &r) {
            out.report = r;
            loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        checker.start(s, o);
        if (checker.isRunning())
            loop.exec();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(out.transports == 1);
    return out;
}

AccountSettings smtpAccount(const QString &user)
{
    AccountSettings s;
    s.email = QStringLiteral("user@example.test");
    s.outgoing.host = QStringLiteral("127.0.0.1");
    s.outgoing.port = 587;
    s.outgoing.ssl = true;
    s.outgoing.user = user;
    if (!user.isEmpty())
        s.outgoing.password = Secret(kPass);
    return s;
}

std::string findings(const CheckReport &r)
{
    std::string out;
    for (const Finding &f : r.findings)
        out += f.code.toStdString() + " [" + f.field.toStdString() + "] " + f.evidence.toStdString() + "\n";
    return out;
}

bool has(const CheckReport &r, const char *code, const char *field)
{
    return std::any_of(r.findings.cbegin(), r.findings.cend(), [&](const Finding &f) {
        return f.code == QLatin1String(code) && f.field == QLatin1String(field);
    });
}

const char *kSmtpTlsPrelude = R"(
S: 220 mx.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-mx.example.test
S: 250-PIPELINING
S: 250 STARTTLS
C: STARTTLS
S: 220 2.0.0 Ready to start TLS
TLS
C: EHLO [127.0.0.1]
S: 250-mx.example.test
S: 250-PIPELINING
S: 250 AUTH PLAIN LOGIN
)";

} // namespace

TEST_CASE("scripted SMTP: pipelined AUTH PLAIN and the whole transaction in one flight", "[probes]")
{
    const QByteArray ir = Sasl::plain("user@example.test", kPass);
    const QString script = QString::fromLatin1(kSmtpTlsPrelude) + QStringLiteral(R"(
C: AUTH PLAIN %1
C: MAIL FROM:<user@example.test>
C: RCPT TO:<mailfix-relay-test@example.com>
C: RSET
C: MAIL FROM:<>
C: RCPT TO:<mailfix-relay-test@example.com>
C: RSET
C: QUIT
S: 235 2.7.0 Authentication successful
S: 250 2.1.0 Ok
S: 250 2.1.5 Ok
S: 250 2.0.0 Ok
S: 250 2.1.0 Ok
S: 250 2.1.5 Ok
S: 250 2.0.0 Ok
S: 221 2.0.0 Bye
CLOSE
)").arg(QString::fromLatin1(ir));
    const Run r = run(smtpAccount(QStringLiteral("user@example.test")), script);
    INFO(findings(r.report) << r.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(r.errors.isEmpty());
    CHECK(r.scriptDone);
    CHECK(r.report.ok());
    CHECK(r.report.findings.isEmpty());
    // One flight: AUTH, both transactions and QUIT in a single write.
    const auto flight = std::find_if(r.writes.cbegin(), r.writes.cend(), [](const QByteArray &w) { return w.startsWith("AUTH PLAIN"); });
    REQUIRE(flight != r.writes.cend());
    CHECK(flight->count("\r\n") == 8);
    CHECK(flight->endsWith("QUIT\r\n"));
    CHECK_FALSE(r.plain.contains(ir));
    for (const CheckStep &c : r.report.checks)
        CHECK(c.status == StepStatus::Pass);
}

TEST_CASE("scripted SMTP: relay denied without a login", "[probes]")
{
    const QString script = QString::fromLatin1(kSmtpTlsPrelude) + QStringLiteral(R"(
C: MAIL FROM:<user@example.test>
C: RCPT TO:<mailfix-relay-test@example.com>
C: RSET
C: QUIT
S: 250 2.1.0 Ok
S: 554 5.7.1 <mailfix-relay-test@example.com>: Relay access denied
S: 250 2.0.0 Ok
S: 221 2.0.0 Bye
CLOSE
)");
    const Run r = run(smtpAccount(QString()), script);
    INFO(findings(r.report) << r.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(r.errors.isEmpty());
    CHECK(has(r.report, "smtp.relay_denied", "outgoing.user"));
    CHECK_FALSE(r.report.ok());
}

TEST_CASE("scripted SMTP: sender rejected, the login's own address accepted", "[probes]")
{
    AccountSettings s = smtpAccount(QStringLiteral("login@example.test"));
    const QByteArray ir = Sasl::plain("login@example.test", kPass);
    const QString script = QString::fromLatin1(kSmtpTlsPrelude) + QStringLiteral(R"(
C: AUTH PLAIN %1
C: MAIL FROM:<user@example.test>
C: RCPT TO:<mailfix-relay-test@example.com>
C: RSET
C: MAIL FROM:<login@example.test>
C: RCPT TO:<mailfix-relay-test@example.com>
C: RSET
C: QUIT
S: 235 2.7.0 Authentication successful
S: 553 5.7.1 <user@example.test>: Sender address rejected: not owned by user login@example.test
S: 503 5.5.1 Error: need MAIL command
S: 250 2.0.0 Ok
S: 250 2.1.0 Ok
S: 250 2.1.5 Ok
S: 250 2.0.0 Ok
S: 221 2.0.0 Bye
CLOSE
)").arg(QString::fromLatin1(ir));
    const Run r = run(s, script);
    INFO(findings(r.report) << r.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(r.errors.isEmpty());
    CHECK(has(r.report, "smtp.sender_rejected", "account.email"));
    CHECK_FALSE(has(r.report, "smtp.relay_denied", "outgoing.user"));
}

TEST_CASE("scripted SMTP: bytes after 220 Ready in the same read are an injection", "[probes]")
{
    const QString script = QStringLiteral(R"(
S: 220 mx.example.test ESMTP
C: EHLO [127.0.0.1]
S: 250-mx.example.test
S: 250 STARTTLS
C: STARTTLS
S: 220 2.0.0 Ready to start TLS
S: 250 AUTH PLAIN
C: QUIT
)");
    const Run r = run(smtpAccount(QStringLiteral("user@example.test")), script);
    INFO(findings(r.report));
    CHECK(has(r.report, "protocol.injection", ""));
    CHECK_FALSE(r.plain.contains(kPass));
}

TEST_CASE("scripted IMAP: LOGINDISABLED before TLS with Use SSL off", "[probes]")
{
    AccountSettings s;
    s.email = QStringLiteral("user@example.test");
    s.incoming.host = QStringLiteral("127.0.0.1");
    s.incoming.port = 143;
    s.incoming.ssl = false;
    s.incoming.user = QStringLiteral("user@example.test");
    s.incoming.password = Secret(kPass);
    const Run r = run(s, QStringLiteral(R"(
S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] imap.example.test ready
C: m1 LOGOUT
S: * BYE Logging out
S: m1 OK Logout completed
CLOSE
)"));
    INFO(findings(r.report) << r.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(r.errors.isEmpty());
    CHECK(r.scriptDone);
    CHECK(has(r.report, "tls.required", "incoming.ssl"));
    CHECK_FALSE(r.plain.contains(kPass));
    CHECK_FALSE(r.plain.contains("LOGIN "));
}

TEST_CASE("scripted POP3: -ERR [AUTH] after pipelined USER/PASS", "[probes]")
{
    AccountSettings s;
    s.email = QStringLiteral("user@example.test");
    s.incomingType = IncomingType::Pop;
    s.incoming.host = QStringLiteral("127.0.0.1");
    s.incoming.port = 995;
    s.incoming.ssl = true;
    s.incoming.user = QStringLiteral("user@example.test");
    s.incoming.password = Secret(kPass);
    const Run r = run(s, QStringLiteral(R"(
TLS
S: +OK POP3 ready
C: CAPA
S: +OK Capability list follows
S: USER
S: PIPELINING
S: SASL PLAIN
S: .
C: USER user@example.test
C: PASS %1
C: QUIT
S: +OK
S: -ERR [AUTH] Authentication failed
S: +OK Bye
CLOSE
)").arg(QString::fromLatin1(kPass)));
    INFO(findings(r.report) << r.errors.join(QLatin1Char('\n')).toStdString());
    CHECK(r.errors.isEmpty());
    CHECK(r.scriptDone);
    CHECK(has(r.report, "auth.failed", "incoming.password"));
    // Encrypted from the first byte: nothing at all went out in the clear.
    CHECK(r.plain.isEmpty());
    // The transcript shows the command but not the password.
    bool passShown = false;
    for (const TranscriptLine &l : r.report.transcript) {
        CHECK_FALSE(l.text.contains(QString::fromLatin1(kPass)));
        passShown = passShown || l.text.startsWith(QLatin1String("PASS "));
    }
    CHECK(passShown);
}
