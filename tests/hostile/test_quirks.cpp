// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, hostile tier: servers with quirks no real server in the fixture has.
// Each asserts the verdict, the exact number of error findings (the cause once,
// no extra protocol.timeout) and the time the check took.
#include "Scenario.h"

#include <catch2/catch.hpp>
#include <memory>

using namespace mailfix;
using namespace mailfix::hostile;

namespace {

Scenario smtpGood(const char *id)
{
    Scenario s;
    s.id = QString::fromLatin1(id);
    s.proto = Proto::Smtp;
    s.port = 587;
    s.onConnect = greet(SmtpScript().greeting);
    return s;
}

SmtpScript relayAllowed()
{
    SmtpScript script;
    script.rcpt = "250 2.1.5 Ok\r\n";
    return script;
}

/// How long a check may take when the server falls silent after the verdict or the
/// goodbye: the goodbye grace, plus the handshakes.
constexpr qint64 GoodbyeGraceBound = 1500 + 800;

/// Wraps a line handler: of the lines that arrive in one read (a pipelined group),
/// only the first is answered; the server throws the rest of its buffer away.
struct GroupDropper
{
    int answered = 0;
    int dropped = 0;
};

HostileServer::OnLine dropPipelined(HostileServer::OnLine inner, std::shared_ptr<GroupDropper> d)
{
    return [inner, d](Conn &c, const QByteArray &line) {
        if (c.lineInRead > 0) {
            ++d->dropped;
            return;
        }
        ++d->answered;
        inner(c, line);
    };
}

} // namespace

// ------------------------------------------------------------------------ SMTP

TEST_CASE("quirks SMTP: PIPELINING advertised - only the first command of a group answered", "[hostile][quirks]")
{
    auto d = std::make_shared<GroupDropper>();
    Scenario sc = smtpGood("smtp-first-of-group");
    sc.onLine = dropPipelined(smtpServer(relayAllowed()), d);
    sc.passes = true;
    sc.errors = 0;
    sc.verified = QStringLiteral("relay");
    sc.notCodes = {Code::ProtocolTimeout};
    // one stall (a fraction of a second) plus one-at-a-time round trips on loopback
    sc.maxElapsedMs = 1500;
    const Outcome out = verify(sc);
    CHECK(d->dropped > 0);
    const QStringList lines = out.serverLines.value(0);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.count(QStringLiteral("QUIT")) >= 1);
    CHECK(std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QLatin1String("AUTH")); }) == 1);
}

TEST_CASE("quirks SMTP: no PIPELINING and MAIL FROM rejected ends at once with one error", "[hostile][quirks]")
{
    Scenario sc = smtpGood("smtp-no-pipelining-mail-rejected");
    SmtpScript script;
    script.ehloTls = "250-hostile.test\r\n250 AUTH PLAIN LOGIN\r\n";
    script.mail = "553 5.7.1 <victim@example.test>: Sender address rejected: not owned by user\r\n";
    sc.onLine = smtpServer(script);
    sc.code = Code::SmtpSenderRejected;
    sc.field = Field::Email;
    sc.errors = 1;
    sc.notCodes = {Code::ProtocolTimeout};
    sc.maxElapsedMs = 600;
    const Outcome out = verify(sc);
    const QStringList lines = out.serverLines.value(0);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QLatin1String("RCPT")); }));
    CHECK(lines.endsWith(QStringLiteral("QUIT")));
}

TEST_CASE("quirks SMTP: a failed login - then silence beyond the step deadline", "[hostile][quirks]")
{
    for (bool pipelining : {true, false}) {
        INFO("pipelining " << pipelining);
        Scenario sc = smtpGood("smtp-auth-fail-then-silent");
        SmtpScript script;
        if (!pipelining)
            script.ehloTls = "250-hostile.test\r\n250 AUTH PLAIN LOGIN\r\n";
        script.hook = [](Conn &c, const QByteArray &line) {
            if (line.startsWith("AUTH")) {
                c.send("535 5.7.8 Error: authentication failed\r\n");
                c.stage = 9; // from now on: silence (a penalty delay longer than any deadline)
                return true;
            }
            return c.stage == 9;
        };
        sc.onLine = smtpServer(script);
        sc.code = Code::AuthFailed;
        sc.field = Field::OutgoingPassword;
        sc.errors = 1;
        sc.notCodes = {Code::ProtocolTimeout};
        sc.maxElapsedMs = GoodbyeGraceBound;
        verify(sc);
    }
}

TEST_CASE("quirks SMTP: a slow authentication failure is one error - no timeout", "[hostile][quirks]")
{
    Scenario sc = smtpGood("smtp-auth-fail-slow");
    SmtpScript script;
    script.ehloTls = "250-hostile.test\r\n250 AUTH PLAIN LOGIN\r\n"; // replies stay in order
    script.hook = [](Conn &c, const QByteArray &line) {
        if (line.startsWith("AUTH")) {
            c.sendLater("535 5.7.8 Error: authentication failed\r\n", kStepTimeoutMs * 2 / 3);
            return true;
        }
        return false;
    };
    sc.onLine = smtpServer(script);
    sc.code = Code::AuthFailed;
    sc.field = Field::OutgoingPassword;
    sc.errors = 1;
    sc.notCodes = {Code::ProtocolTimeout};
    sc.extra = [](const CheckReport &r, HostileServer &) {
        for (const Finding &f : r.findings)
            if (f.code == Code::AuthFailed)
                CHECK(f.evidence.contains(QStringLiteral("answered after")));
    };
    verify(sc);
}

TEST_CASE("quirks SMTP: silent after QUIT - a passing account passes", "[hostile][quirks]")
{
    Scenario sc = smtpGood("smtp-silent-after-quit");
    SmtpScript script = relayAllowed();
    script.hook = [](Conn &, const QByteArray &line) { return line.startsWith("QUIT"); };
    sc.onLine = smtpServer(script);
    sc.passes = true;
    sc.errors = 0;
    sc.verified = QStringLiteral("relay");
    sc.maxElapsedMs = GoodbyeGraceBound;
    verify(sc);
}

// ------------------------------------------------------------------------ POP3

TEST_CASE("quirks POP3: PIPELINING advertised - only USER of USER/PASS/QUIT answered", "[hostile][quirks]")
{
    auto d = std::make_shared<GroupDropper>();
    Scenario sc;
    sc.id = QStringLiteral("pop3-first-of-group");
    sc.proto = Proto::Pop3;
    sc.port = 110;
    sc.onConnect = greet(Pop3Script().greeting);
    sc.onLine = dropPipelined(pop3Server({}), d);
    sc.passes = true;
    sc.errors = 0;
    sc.verified = QStringLiteral("login");
    sc.notCodes = {Code::ProtocolTimeout};
    sc.maxElapsedMs = 1500;
    const Outcome out = verify(sc);
    CHECK(d->dropped > 0);
    const QStringList lines = out.serverLines.value(0);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.count(QStringLiteral("USER victim@example.test")) == 1);
}

TEST_CASE("quirks POP3: a failed login - then silence; a slow failure; silence after QUIT", "[hostile][quirks]")
{
    SECTION("silent after -ERR")
    {
        Scenario sc;
        sc.id = QStringLiteral("pop3-fail-then-silent");
        sc.proto = Proto::Pop3;
        sc.port = 110;
        sc.onConnect = greet(Pop3Script().greeting);
        Pop3Script script;
        script.hook = [](Conn &c, const QByteArray &line) {
            if (line.startsWith("PASS")) {
                c.send("-ERR [AUTH] Authentication failed.\r\n");
                c.stage = 9;
                return true;
            }
            return c.stage == 9;
        };
        sc.onLine = pop3Server(script);
        sc.code = Code::AuthFailed;
        sc.field = Field::IncomingPassword;
        sc.errors = 1;
        sc.notCodes = {Code::ProtocolTimeout};
        sc.maxElapsedMs = GoodbyeGraceBound;
        verify(sc);
    }
    SECTION("slow -ERR")
    {
        Scenario sc;
        sc.id = QStringLiteral("pop3-fail-slow");
        sc.proto = Proto::Pop3;
        sc.port = 110;
        sc.onConnect = greet(Pop3Script().greeting);
        Pop3Script script;
        script.capaTls = "+OK\r\nUSER\r\n.\r\n"; // replies stay in order
        script.hook = [](Conn &c, const QByteArray &line) {
            if (line.startsWith("PASS")) {
                c.sendLater("-ERR [AUTH] Authentication failed.\r\n", kStepTimeoutMs * 2 / 3);
                return true;
            }
            return false;
        };
        sc.onLine = pop3Server(script);
        sc.code = Code::AuthFailed;
        sc.field = Field::IncomingPassword;
        sc.errors = 1;
        sc.notCodes = {Code::ProtocolTimeout};
        sc.extra = [](const CheckReport &r, HostileServer &) {
            for (const Finding &f : r.findings)
                if (f.code == Code::AuthFailed)
                    CHECK(f.evidence.contains(QStringLiteral("answered after")));
        };
        verify(sc);
    }
    SECTION("silent after QUIT")
    {
        Scenario sc;
        sc.id = QStringLiteral("pop3-silent-after-quit");
        sc.proto = Proto::Pop3;
        sc.port = 110;
        sc.onConnect = greet(Pop3Script().greeting);
        Pop3Script script;
        script.hook = [](Conn &, const QByteArray &line) { return line.startsWith("QUIT"); };
        sc.onLine = pop3Server(script);
        sc.passes = true;
        sc.errors = 0;
        sc.verified = QStringLiteral("login");
        sc.maxElapsedMs = GoodbyeGraceBound;
        verify(sc);
    }
}

// ------------------------------------------------------------------------ IMAP

TEST_CASE("quirks IMAP: a server that answers only the first command of a group - SASL-IR or not", "[hostile][quirks]")
{
    for (const QByteArray &caps : {QByteArray("IMAP4rev1 AUTH=PLAIN SASL-IR"), QByteArray("IMAP4rev1 AUTH=PLAIN")}) {
        for (quint16 port : {quint16(143), quint16(993)}) {
            INFO("caps " << caps.toStdString() << " port " << port);
            auto d = std::make_shared<GroupDropper>();
            Scenario sc;
            sc.id = QStringLiteral("imap-first-of-group");
            sc.proto = Proto::Imap;
            sc.port = port;
            sc.serverImplicitTls = port == 993;
            sc.onConnect = greet(ImapScript().greeting);
            ImapScript script;
            script.capsTls = caps;
            script.capsPlain = port == 993 ? caps : QByteArray("IMAP4rev1 STARTTLS LOGINDISABLED");
            sc.onLine = dropPipelined(imapServer(script), d);
            sc.passes = true;
            sc.errors = 0;
            sc.verified = QStringLiteral("login");
            sc.notCodes = {Code::ProtocolTimeout};
            sc.maxElapsedMs = 1000;
            verify(sc);
            CHECK(d->dropped == 0); // nothing was pipelined behind a login
        }
    }
}

TEST_CASE("quirks IMAP: a failed login then silence - and silence after LOGOUT", "[hostile][quirks]")
{
    for (bool fail : {true, false}) {
        INFO("failed login " << fail);
        Scenario sc;
        sc.id = QStringLiteral("imap-silent");
        sc.proto = Proto::Imap;
        sc.port = 143;
        sc.onConnect = greet(ImapScript().greeting);
        ImapScript script;
        if (fail)
            script.login = "NO [AUTHENTICATIONFAILED] Authentication failed.";
        script.hook = [fail](Conn &c, const QByteArray &line) {
            if (fail && (line.contains(" LOGIN ") || line.contains(" AUTHENTICATE "))) {
                c.stage = 9;
                return false; // answered, then silence
            }
            if (c.stage == 9)
                return true;
            return line.contains(" LOGOUT");
        };
        sc.onLine = imapServer(script);
        if (fail) {
            sc.code = Code::AuthFailed;
            sc.field = Field::IncomingPassword;
            sc.errors = 1;
        } else {
            sc.passes = true;
            sc.errors = 0;
            sc.verified = QStringLiteral("login");
        }
        sc.notCodes = {Code::ProtocolTimeout};
        sc.maxElapsedMs = GoodbyeGraceBound;
        verify(sc);
    }
}
