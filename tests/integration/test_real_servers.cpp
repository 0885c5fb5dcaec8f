// SPDX-License-Identifier: GPL-3.0-or-later
// The acceptance scenarios of the check engine, against real Postfix and Dovecot.
#include "protocol/ConsentProvider.h"
#include "TestServers.h"

#include <QTimer>

#include <catch2/catch.hpp>

using namespace mailfix;
using mailfix::test::TestServers;

namespace {

CheckReport run(const AccountSettings &s, const CheckOptions &o = TestServers::get().options())
{
    return Checker::runBlocking(s, o);
}

void requireFinding(const CheckReport &r, const char *code, const char *field)
{
    INFO("findings:\n" << test::describe(r).toStdString());
    const Finding *f = test::findingFor(r, QLatin1String(code), QLatin1String(field));
    REQUIRE(f != nullptr);
    CHECK(f->severity == Severity::Error);
    CHECK_FALSE(f->title.isEmpty());
    CHECK_FALSE(f->fix.isEmpty());
    CHECK_FALSE(r.ok());
}

} // namespace

TEST_CASE("real servers: everything correct, IMAP and SMTP", "[integration]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    const CheckReport r = run(ts.goodSettings());
    INFO("findings:\n" << test::describe(r).toStdString());
    CHECK(r.ok());
    CHECK(r.findings.isEmpty());
    for (const CheckStep &c : r.checks)
        CHECK(c.status == StepStatus::Pass);
}

TEST_CASE("real servers: everything correct over implicit TLS ports", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    s.incoming.port = ts.port("imap", "imaps");
    s.outgoing.port = ts.port("smtp", "smtps");
    const CheckReport r = run(s);
    INFO("findings:\n" << test::describe(r).toStdString());
    CHECK(r.ok());
    CHECK(r.findings.isEmpty());
}

TEST_CASE("real servers: POP3 correct and with a wrong password", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    s.incomingType = IncomingType::Pop;
    s.incoming.port = ts.port("pop3", "pop3");
    test::dropSide(s, ServerSide::Outgoing);
    CheckReport r = run(s);
    INFO("findings:\n" << test::describe(r).toStdString());
    CHECK(r.ok());
    s.incoming.port = ts.port("pop3", "pop3s");
    s.incoming.password = Secret("wrong-password");
    r = run(s);
    requireFinding(r, "auth.failed", "incoming.password");
}

TEST_CASE("real servers: outgoing user name and password left empty", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    s.outgoing.user.clear();
    s.outgoing.password = Secret();
    const CheckReport r = run(s);
    requireFinding(r, "smtp.relay_denied", "outgoing.user");
    CHECK(test::findingFor(r, QStringLiteral("smtp.relay_denied"))->alsoFields.contains(QStringLiteral("outgoing.password")));
}

TEST_CASE("real servers: wrong outgoing password", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    s.outgoing.password = Secret("not-the-password");
    requireFinding(run(s), "auth.failed", "outgoing.password");
}

TEST_CASE("real servers: wrong incoming password", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    s.incoming.password = Secret("not-the-password");
    requireFinding(run(s), "auth.failed", "incoming.password");
}

TEST_CASE("real servers: Use SSL off where the server requires TLS", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    s.outgoing.ssl = false;
    s.incoming.ssl = false;
    s.incoming.host = ts.strictHost();
    const CheckReport r = run(s);
    INFO("findings:\n" << test::describe(r).toStdString());
    bool smtp = false, imap = false;
    for (const Finding &f : r.findings) {
        smtp = smtp || (f.code == QLatin1String("tls.required") && f.field == QLatin1String("outgoing.ssl"));
        imap = imap || (f.code == QLatin1String("tls.required") && f.field == QLatin1String("incoming.ssl"));
    }
    CHECK(smtp);
    CHECK(imap);
    CHECK_FALSE(r.ok());
}

TEST_CASE("real servers: Use SSL off and no user on the STARTTLS-only port", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.ssl = false;
    s.outgoing.user.clear();
    s.outgoing.password = Secret();
    requireFinding(run(s), "tls.required", "outgoing.ssl");
}

TEST_CASE("real servers: Use SSL off on the implicit-TLS port", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.port = ts.port("smtp", "smtps");
    s.outgoing.ssl = false;
    requireFinding(run(s), "tls.implicit_expected", "outgoing.ssl");
}

TEST_CASE("real servers: certificate for another name", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.port = ts.port("smtp", "wrongname");
    const CheckReport r = run(s);
    requireFinding(r, "cert.hostname_mismatch", "outgoing.host");
    CHECK(test::findingFor(r, QStringLiteral("cert.hostname_mismatch"))->evidence.contains(QLatin1String("wrong.example.net")));
    // No password went to the server whose certificate failed.
    for (const TranscriptLine &l : r.transcript)
        CHECK_FALSE(l.text.startsWith(QLatin1String("AUTH")));
}

TEST_CASE("real servers: certificate from an unknown CA", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.port = ts.port("smtp", "unknownca");
    requireFinding(run(s), "cert.untrusted", "outgoing.host");
}

TEST_CASE("real servers: host that does not exist", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.host = QStringLiteral("smtp.no-such-host.invalid");
    requireFinding(run(s), "dns.not_found", "outgoing.host");
}

TEST_CASE("real servers: port where nothing listens", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.port = ts.json.value(QStringLiteral("closed_port")).toInt();
    requireFinding(run(s), "connect.refused", "outgoing.port");
}

TEST_CASE("real servers: MD5 Challenge-Response where only PLAIN/LOGIN is offered", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    s.outgoing.auth = AuthMethod::Md5;
    s.incoming.auth = AuthMethod::Md5;
    const CheckReport r = run(s);
    requireFinding(r, "auth.mechanism_unsupported", "outgoing.auth");
    bool incoming = false;
    for (const Finding &f : r.findings)
        incoming = incoming || (f.code == QLatin1String("auth.mechanism_unsupported") && f.field == QLatin1String("incoming.auth"));
    CHECK(incoming);
}

TEST_CASE("real servers: Email not owned by the login", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.email = ts.user("bob", "email");
    requireFinding(run(s), "smtp.sender_rejected", "account.email");
}

TEST_CASE("real servers: Primary Server off", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    s.outgoingServerOn = false;
    requireFinding(run(s), "smtp.server_off", "outgoing.server");
}

TEST_CASE("real servers: SMTP settings pointing at the IMAP port", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.port = ts.port("imap", "imap");
    const CheckReport r = run(s);
    requireFinding(r, "protocol.mismatch", "outgoing.port");
    CHECK(test::findingFor(r, QStringLiteral("protocol.mismatch"))->params().value(QStringLiteral("protocol_seen")).toString()
          == QLatin1String("IMAP"));
}

TEST_CASE("real servers: a user name on a port without AUTH (MX port)", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.port = ts.port("smtp", "mx");
    requireFinding(run(s), "auth.not_offered", "outgoing.port");
}

TEST_CASE("real servers: no password before TLS without consent", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.port = ts.port("smtp", "submission_plain_ok");
    s.outgoing.ssl = false;
    CheckReport r = run(s);
    INFO("findings:\n" << test::describe(r).toStdString());
    CHECK(test::findingFor(r, QStringLiteral("auth.skipped_plaintext")) != nullptr);
    for (const TranscriptLine &l : r.transcript)
        CHECK_FALSE(l.text.startsWith(QLatin1String("AUTH")));
    // With consent the login goes through, with a warning.
    CheckOptions o = ts.options();
    o.allowPlaintextLogin = true;
    r = run(s, o);
    INFO("with consent:\n" << test::describe(r).toStdString());
    CHECK(test::findingFor(r, QStringLiteral("tls.plaintext_login")) != nullptr);
    CHECK(r.ok());
}

TEST_CASE("real servers: Postfix's pipelining guard never fires", "[integration]")
{
    const auto &ts = TestServers::get();
    // Both pipelined flows: logged in (AUTH PLAIN + transaction) and not logged in.
    AccountSettings s = ts.goodSettings();
    CHECK(run(s).ok());
    s.outgoing.user.clear();
    s.outgoing.password = Secret();
    run(s);
    QFile log(ts.json.value(QStringLiteral("logs")).toObject().value(QStringLiteral("postfix")).toString());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    CHECK_FALSE(text.contains("improper command pipelining"));
    CHECK_FALSE(text.contains("protocol synchronization"));
    CHECK(text.contains("smtpd")); // the log is really Postfix's
}

namespace {
/// Answers every question "yes", but only after a person-like pause.
class SlowYes : public ConsentProvider
{
public:
    explicit SlowYes(int delayMs) : m_delayMs(delayMs) {}
    void askAcceptCertificate(const CertificateInfo &, std::function<void(bool)> answer) override
    {
        ++asked;
        QTimer::singleShot(m_delayMs, [answer] { answer(true); });
    }
    void askPlaintextLogin(const QString &, quint16, std::function<void(bool)> answer) override
    {
        ++asked;
        QTimer::singleShot(m_delayMs, [answer] { answer(true); });
    }
    int asked = 0;

private:
    int m_delayMs;
};
} // namespace

TEST_CASE("real servers: the check's clock stops while a person reads a question", "[integration]")
{
    const auto &ts = TestServers::get();
    AccountSettings s = ts.goodSettings();
    test::dropSide(s, ServerSide::Incoming);
    s.outgoing.port = ts.port("smtp", "wrongname");
    CheckOptions o = ts.options();
    o.stepTimeoutMs = 1500; // whole check 2.5 s; the answer comes after 3 s
    SlowYes consent(3000);
    const CheckReport r = Checker::runBlocking(s, o, &consent);
    INFO("findings:\n" << test::describe(r).toStdString());
    CHECK(consent.asked == 1);
    CHECK(test::findingFor(r, QStringLiteral("cert.hostname_mismatch"), QStringLiteral("outgoing.host")) != nullptr);
    CHECK(test::findingFor(r, QStringLiteral("protocol.timeout")) == nullptr);
    bool authPassed = false;
    for (const CheckStep &c : r.checks)
        authPassed = authPassed || (c.id == QLatin1String("outgoing.auth") && c.status == StepStatus::Pass);
    CHECK(authPassed);
}
