// SPDX-License-Identifier: GPL-3.0-or-later
#include "Scenario.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <catch2/catch.hpp>
#include <sstream>

// ASan keeps freed memory in quarantine (256 MB by default), which would show as
// RSS growth; a small quarantine keeps the growth check meaningful under ASan.
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=16";
}

namespace mailfix::hostile {

std::vector<std::pair<const char *, ScenarioFactory>> &registry()
{
    static std::vector<std::pair<const char *, ScenarioFactory>> r;
    return r;
}

namespace {

class FixedConsent : public ConsentProvider
{
public:
    explicit FixedConsent(bool answer) : m_answer(answer) {}
    void askAcceptCertificate(const CertificateInfo &, std::function<void(bool)> answer) override
    {
        ++asked;
        QTimer::singleShot(0, [answer, a = m_answer] { answer(a); });
    }
    void askPlaintextLogin(const QString &, quint16, std::function<void(bool)> answer) override
    {
        ++asked;
        QTimer::singleShot(0, [answer, a = m_answer] { answer(a); });
    }
    int asked = 0;

private:
    bool m_answer;
};

} // namespace

HostileServer::OnConnect greet(const QByteArray &greeting)
{
    return [greeting](Conn &c) { c.send(greeting); };
}

std::string describe(const CheckReport &r)
{
    std::ostringstream os;
    for (const Finding &f : r.findings)
        os << f.code.toStdString() << " [" << f.field.toStdString() << "] " << f.evidence.toStdString() << "\n";
    os << "-- checks\n";
    for (const CheckStep &s : r.checks)
        os << s.id.toStdString() << " " << stepStatusName(s.status).toStdString() << " " << s.detail.toStdString()
           << "\n";
    os << "-- transcript\n";
    int n = 0;
    for (const TranscriptLine &l : r.transcript) {
        if (++n > 60)
            break;
        os << l.tMs << " " << l.server.toStdString() << " " << QString(l.dir).toStdString() << ": "
           << l.text.left(200).toStdString() << "\n";
    }
    return os.str();
}

QByteArray userOf(const Scenario &sc)
{
    if (!sc.user.isEmpty())
        return sc.user;
    return sc.email.isEmpty() ? kUser : sc.email.toUtf8();
}

QByteArray passwordOf(const Scenario &sc)
{
    return sc.password.isEmpty() ? kPassword : sc.password;
}

bool sameLines(const QStringList &got, const QStringList &want)
{
    if (got.size() != want.size())
        return false;
    for (qsizetype i = 0; i < got.size(); ++i) {
        const QString &w = want.at(i);
        const bool ok = w.endsWith(QLatin1Char('*')) ? got.at(i).startsWith(w.chopped(1)) : got.at(i) == w;
        if (!ok)
            return false;
    }
    return true;
}

Outcome run(const Scenario &sc)
{
    const TestCertificate &tc = TestCertificate::get();
    Outcome out;
    HostileServer server;
    server.implicitTls = sc.serverImplicitTls;
    server.protocol = sc.serverProtocol;
    server.onConnect = sc.onConnect;
    server.onLine = sc.onLine;
    const quint16 realPort = server.start();
    if (realPort == 0)
        return out;

    AccountSettings s;
    s.email = sc.email.isEmpty() ? QString::fromLatin1(kUser) : sc.email;
    if (sc.ios)
        s.ios = *sc.ios;
    ServerSettings &srv = sc.proto == Proto::Smtp ? s.outgoing : s.incoming;
    srv.host = sc.host.isEmpty() ? QStringLiteral("localhost") : sc.host;
    srv.port = sc.port;
    srv.ssl = sc.ssl;
    srv.auth = sc.auth;
    s.imapPathPrefix = sc.imapPrefix;
    out.user = userOf(sc);
    out.password = passwordOf(sc);
    if (sc.withLogin) {
        srv.user = QString::fromUtf8(out.user);
        srv.password = Secret(out.password);
    }
    s.incomingType = sc.proto == Proto::Pop3 ? IncomingType::Pop : IncomingType::Imap;

    CheckOptions o;
    o.stepTimeoutMs = kStepTimeoutMs;
    o.allowPlaintextLogin = sc.allowPlaintextLogin;
    if (sc.trustCertificate)
        o.extraCaCertificates = {tc.cert};

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (sc.trustCertificate)
        tls.addCaCertificates(o.extraCaCertificates);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    const QHash<quint16, quint16> map{{sc.port, realPort}};

    FixedConsent consent(sc.consent == Consent::Accept);
    out.rssBeforeKb = residentKb();
    {
        Checker checker;
        if (sc.consent != Consent::None)
            checker.setConsentProvider(&consent);
        checker.setTransportFactory([tls, map](QObject *parent) { return new RedirectTransport(tls, map, parent); });
        QEventLoop loop;
        QObject::connect(&checker, &Checker::finished, &loop, [&](const CheckReport &r) {
            out.report = r;
            loop.quit();
        });
        // Safety net so a broken core cannot hang the suite: far past any deadline.
        QTimer::singleShot(kStepTimeoutMs * 6, &loop, [&] { loop.quit(); });
        QElapsedTimer clock;
        clock.start();
        checker.start(s, o);
        if (checker.isRunning())
            loop.exec();
        out.elapsedMs = clock.elapsed();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    out.serverPlain = server.allPlain();
    out.serverTls = server.allTls();
    out.serverHandshakes = server.tlsHandshakes;
    out.serverTlsErrors = server.tlsErrors;
    for (const Conn *c : std::as_const(server.connections))
        out.serverLines.append(c->lines);
    if (sc.extra)
        sc.extra(out.report, server);
    server.close();
    out.rssAfterKb = residentKb();
    return out;
}

Outcome verify(const Scenario &sc)
{
    const TestCertificate &tc = TestCertificate::get();
    INFO("certificate: " << tc.error.toStdString());
    REQUIRE(tc.ok());
    INFO("scenario " << sc.id.toStdString());
    Outcome out = run(sc);
    const CheckReport &r = out.report;
    INFO(describe(r));

    // The conclusion.
    const Finding *hit = nullptr;
    for (const Finding &f : r.findings)
        if (f.code == sc.code && f.field == sc.field)
            hit = &f;
    if (sc.passes) {
        CHECK(r.ok());
    } else {
        CHECK(hit != nullptr);
        if (hit) {
            CHECK_FALSE(hit->title.isEmpty());
        }
    }
    if (sc.errors >= 0) {
        const auto errors = std::count_if(r.findings.cbegin(), r.findings.cend(),
                                          [](const Finding &f) { return f.severity == Severity::Error; });
        CHECK(errors == sc.errors);
    }
    if (!sc.verified.isEmpty()) {
        const ServerSide side = sc.proto == Proto::Smtp ? ServerSide::Outgoing : ServerSide::Incoming;
        CHECK(verifiedName(r.verified(side)).toStdString() == sc.verified.toStdString());
    }
    if (!sc.wire.isEmpty()) {
        const QStringList got = out.serverLines.value(0);
        INFO("server received:\n" << got.join(QLatin1Char('\n')).toStdString() << "\nexpected:\n"
                                   << sc.wire.join(QLatin1Char('\n')).toStdString());
        CHECK(sameLines(got, sc.wire));
    }
    for (const QString &code : sc.alsoCodes) {
        INFO("also expected: " << code.toStdString());
        CHECK(std::any_of(r.findings.cbegin(), r.findings.cend(), [&](const Finding &f) { return f.code == code; }));
    }
    for (const QString &code : sc.notCodes) {
        INFO("not expected: " << code.toStdString());
        CHECK_FALSE(std::any_of(r.findings.cbegin(), r.findings.cend(), [&](const Finding &f) { return f.code == code; }));
    }

    // Bounded in time: one step deadline plus a second at most.
    INFO("elapsed " << out.elapsedMs << " ms");
    CHECK(out.elapsedMs <= (sc.maxElapsedMs >= 0 ? sc.maxElapsedMs : kStepTimeoutMs + 1000));
    // Bounded in memory: transcript under its cap, and no runaway growth.
    qint64 transcriptBytes = 0;
    for (const TranscriptLine &l : r.transcript)
        transcriptBytes += l.text.size() + 16;
    CHECK(transcriptBytes <= CheckOptions().maxTranscriptBytes + 1024);
    const qint64 growthKb = out.rssAfterKb - out.rssBeforeKb;
    INFO("RSS before " << out.rssBeforeKb << " KiB, after " << out.rssAfterKb << " KiB");
    CHECK(growthKb < 64 * 1024);

    // From the server's side: no credential in the clear unless the user allowed it;
    // nothing inside TLS either when the certificate failed and nobody accepted it.
    if (!sc.credentialsExpectedInClear)
        CHECK_FALSE(containsCredential(out.serverPlain, out.password));
    if (!sc.trustCertificate && sc.consent != Consent::Accept)
        CHECK_FALSE(containsCredential(out.serverTls, out.password));
    // And no raw control bytes from the server reach the transcript.
    bool controlFree = true;
    for (const TranscriptLine &l : r.transcript)
        for (const QChar c : l.text)
            controlFree = controlFree && (c.unicode() >= 0x20 || c == QLatin1Char('\t'));
    CHECK(controlFree);
    return out;
}

HostileServer::OnLine smtpServer(SmtpScript sc)
{
    return [sc](Conn &c, const QByteArray &line) {
        if (sc.hook && sc.hook(c, line))
            return;
        const QByteArray up = line.toUpper();
        if (c.stage == 1 || c.stage == 2) { // AUTH LOGIN turns
            c.send(c.stage++ == 1 ? QByteArrayLiteral("334 UGFzc3dvcmQ6\r\n") : sc.auth);
            if (c.stage == 3)
                c.stage = 0;
            return;
        }
        if (up.startsWith("EHLO") || up.startsWith("HELO"))
            c.send(c.isEncrypted() ? sc.ehloTls : sc.ehloPlain);
        else if (up.startsWith("STARTTLS")) {
            c.send(sc.starttls);
            if (sc.starttls.startsWith("220"))
                c.startTls();
        } else if (up.startsWith("AUTH LOGIN")) {
            c.stage = 1;
            c.send(QByteArrayLiteral("334 VXNlcm5hbWU6\r\n"));
        } else if (up.startsWith("AUTH"))
            c.send(sc.auth);
        else if (up.startsWith("MAIL"))
            c.send(sc.mail);
        else if (up.startsWith("RCPT"))
            c.send(sc.rcpt);
        else if (up.startsWith("RSET"))
            c.send(QByteArrayLiteral("250 2.0.0 Ok\r\n"));
        else if (up.startsWith("QUIT")) {
            c.send(QByteArrayLiteral("221 2.0.0 Bye\r\n"));
            c.close();
        } else
            c.send(QByteArrayLiteral("502 5.5.2 Error: command not recognized\r\n"));
    };
}

HostileServer::OnLine imapServer(ImapScript sc)
{
    return [sc](Conn &c, const QByteArray &line) {
        if (sc.hook && sc.hook(c, line))
            return;
        const qsizetype sp = line.indexOf(' ');
        const QByteArray tag = sp > 0 ? line.left(sp) : QByteArray("*");
        const QByteArray cmd = (sp > 0 ? line.mid(sp + 1) : line).toUpper();
        if (cmd.startsWith("CAPABILITY"))
            c.send("* CAPABILITY " + (c.isEncrypted() ? sc.capsTls : sc.capsPlain) + "\r\n" + tag + " OK done\r\n");
        else if (cmd.startsWith("STARTTLS")) {
            c.send(tag + ' ' + sc.starttlsOk + "\r\n");
            if (sc.starttlsOk.startsWith("OK"))
                c.startTls();
        } else if (cmd.startsWith("LOGIN") || cmd.startsWith("AUTHENTICATE"))
            c.send(tag + ' ' + sc.login + "\r\n");
        else if (cmd.startsWith("LIST"))
            c.send(tag + " OK done\r\n");
        else if (cmd.startsWith("LOGOUT")) {
            c.send("* BYE logging out\r\n" + tag + " OK done\r\n");
            c.close();
        } else
            c.send(tag + " BAD what\r\n");
    };
}

HostileServer::OnLine pop3Server(Pop3Script sc)
{
    return [sc](Conn &c, const QByteArray &line) {
        if (sc.hook && sc.hook(c, line))
            return;
        const QByteArray up = line.toUpper();
        if (up.startsWith("CAPA"))
            c.send(c.isEncrypted() ? sc.capaTls : sc.capaPlain);
        else if (up.startsWith("STLS")) {
            c.send(sc.stls);
            if (sc.stls.startsWith("+OK"))
                c.startTls();
        } else if (up.startsWith("USER"))
            c.send(QByteArrayLiteral("+OK\r\n"));
        else if (up.startsWith("PASS") || up.startsWith("APOP"))
            c.send(sc.pass);
        else if (up.startsWith("QUIT")) {
            c.send(QByteArrayLiteral("+OK bye\r\n"));
            c.close();
        } else
            c.send(QByteArrayLiteral("-ERR unknown command\r\n"));
    };
}

} // namespace mailfix::hostile
