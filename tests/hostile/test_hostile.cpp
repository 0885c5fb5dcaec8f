// SPDX-License-Identifier: GPL-3.0-or-later
// Tier 4: what real servers won't do, on real loopback sockets. Every scenario
// asserts its finding, that the check ended within one step deadline plus a
// second, that memory stayed bounded, and (server side) that no credential
// crossed the wire before TLS or after a certificate failure without consent.
#include "Scenario.h"

#include <catch2/catch.hpp>

using namespace mailfix;
using namespace mailfix::hostile;

namespace {

Scenario smtp(const char *id, quint16 port = 587, bool ssl = true)
{
    Scenario s;
    s.id = QString::fromLatin1(id);
    s.proto = Proto::Smtp;
    s.port = port;
    s.ssl = ssl;
    s.serverImplicitTls = port == 465;
    s.onConnect = greet(SmtpScript().greeting);
    s.onLine = smtpServer({});
    return s;
}

Scenario imap(const char *id, quint16 port = 143, bool ssl = true)
{
    Scenario s;
    s.id = QString::fromLatin1(id);
    s.proto = Proto::Imap;
    s.port = port;
    s.ssl = ssl;
    s.serverImplicitTls = port == 993;
    s.onConnect = greet(ImapScript().greeting);
    s.onLine = imapServer({});
    return s;
}

Scenario pop3(const char *id, quint16 port = 110, bool ssl = true)
{
    Scenario s;
    s.id = QString::fromLatin1(id);
    s.proto = Proto::Pop3;
    s.port = port;
    s.ssl = ssl;
    s.serverImplicitTls = port == 995;
    s.onConnect = greet(Pop3Script().greeting);
    s.onLine = pop3Server({});
    return s;
}

void expect(Scenario &s, const char *code, const char *field = "")
{
    s.code = QString::fromLatin1(code);
    s.field = QString::fromLatin1(field);
}

// Bytes of a literal, NULs included.
template <std::size_t N>
QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

const QByteArray kHuge(4 * 1024 * 1024, 'A');

} // namespace

// ---------------------------------------------------------------- SMTP

HOSTILE_SCENARIO(smtpStarttlsInjection, "SMTP: bytes injected after STARTTLS 220 Ready in the same segment")
{
    Scenario s = smtp("smtp-starttls-injection");
    SmtpScript sc;
    sc.starttls = "220 2.0.0 Ready to start TLS\r\n250-hostile.test\r\n250 AUTH PLAIN LOGIN\r\n";
    s.onLine = smtpServer(sc);
    expect(s, "protocol.injection");
    s.notCodes = {QStringLiteral("tls.plaintext_login")};
    s.extra = [](const CheckReport &r, HostileServer &server) {
        CHECK(server.tlsHandshakes == 0); // never treated as encrypted
        for (const CheckStep &c : r.checks)
            if (c.id == QLatin1String("outgoing.auth"))
                CHECK(c.status != StepStatus::Pass);
    };
    return s;
}

HOSTILE_SCENARIO(smtpGreeting421, "SMTP: 421 greeting")
{
    Scenario s = smtp("smtp-421");
    s.onConnect = [](Conn &c) {
        c.send("421 4.3.2 Service not available, closing transmission channel\r\n");
        c.close();
    };
    expect(s, "smtp.greeting_rejected");
    return s;
}

HOSTILE_SCENARIO(smtpGreeting554, "SMTP: 554 greeting (block list)")
{
    Scenario s = smtp("smtp-554");
    s.onConnect = greet("554 5.7.1 Service unavailable; client host [127.0.0.1] blocked using zen.example\r\n");
    expect(s, "smtp.greeting_rejected");
    return s;
}

HOSTILE_SCENARIO(smtpCloseAfterGreeting, "SMTP: connection closed right after the greeting")
{
    Scenario s = smtp("smtp-close-after-greeting");
    s.onConnect = [](Conn &c) {
        c.send(SmtpScript().greeting);
        c.close();
    };
    expect(s, "connect.closed");
    return s;
}

HOSTILE_SCENARIO(smtpSilence, "SMTP: silence after connect")
{
    Scenario s = smtp("smtp-silence");
    s.onConnect = nullptr;
    s.onLine = nullptr;
    expect(s, "connect.greeting_timeout", "outgoing.port");
    return s;
}

HOSTILE_SCENARIO(smtpDripGreeting, "SMTP: greeting dripped one byte per second")
{
    Scenario s = smtp("smtp-drip");
    s.onConnect = [](Conn &c) { c.drip(SmtpScript().greeting, 1000); };
    expect(s, "connect.greeting_timeout", "outgoing.port");
    return s;
}

HOSTILE_SCENARIO(smtpDripEhlo, "SMTP: EHLO reply dripped one byte per second")
{
    Scenario s = smtp("smtp-drip-ehlo");
    SmtpScript sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().startsWith("EHLO"))
            return false;
        c.drip(SmtpScript().ehloPlain, 1000);
        return true;
    };
    s.onLine = smtpServer(sc);
    expect(s, "protocol.timeout");
    return s;
}

HOSTILE_SCENARIO(smtpHugeLine, "SMTP: a line of 4 MB without CRLF")
{
    Scenario s = smtp("smtp-huge-line");
    s.onConnect = [](Conn &c) { c.send("220 " + kHuge); };
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(smtpOverlongLineThenCrlf, "SMTP: a 40 KB EHLO line that does end in CRLF")
{
    Scenario s = smtp("smtp-overlong-line");
    SmtpScript sc;
    sc.ehloPlain = "250-" + QByteArray(40 * 1024, 'x') + "\r\n250 STARTTLS\r\n";
    s.onLine = smtpServer(sc);
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(smtpEndlessMultilineEhlo, "SMTP: a multi-line EHLO reply that never ends")
{
    Scenario s = smtp("smtp-endless-ehlo");
    SmtpScript sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().startsWith("EHLO"))
            return false;
        c.send("250-hostile.test\r\n");
        c.repeat(QByteArray("250-PIPELINING\r\n").repeated(20), 2);
        return true;
    };
    s.onLine = smtpServer(sc);
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(smtpEndlessMultilineGreeting, "SMTP: a multi-line greeting that never ends")
{
    Scenario s = smtp("smtp-endless-greeting");
    s.onConnect = [](Conn &c) { c.repeat(QByteArray("220-hostile.test welcome\r\n").repeated(20), 2); };
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(smtpSlowEndlessMultiline, "SMTP: a multi-line reply that trickles on forever")
{
    Scenario s = smtp("smtp-slow-endless");
    SmtpScript sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().startsWith("EHLO"))
            return false;
        c.repeat("250-STILL-HERE\r\n", 100);
        return true;
    };
    s.onLine = smtpServer(sc);
    expect(s, "protocol.timeout");
    return s;
}

HOSTILE_SCENARIO(smtpResetDuringAuth, "SMTP: connection reset in the middle of AUTH")
{
    Scenario s = smtp("smtp-reset-auth", 465);
    SmtpScript sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().startsWith("AUTH"))
            return false;
        c.reset();
        return true;
    };
    s.onLine = smtpServer(sc);
    expect(s, "connect.closed");
    return s;
}

HOSTILE_SCENARIO(smtpAuthContinuationForever, "SMTP: AUTH LOGIN answered with 334 forever")
{
    Scenario s = smtp("smtp-334-forever", 465);
    SmtpScript sc;
    sc.ehloTls = "250-hostile.test\r\n250 AUTH LOGIN\r\n";
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (line.toUpper().startsWith("AUTH"))
            c.stage = 9;
        if (c.stage != 9)
            return false;
        c.send("334 VXNlcm5hbWU6\r\n");
        return true;
    };
    s.onLine = smtpServer(sc);
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(smtpTlsGarbage, "SMTP: garbage instead of a TLS handshake on port 465")
{
    Scenario s = smtp("smtp-tls-garbage", 465);
    s.serverImplicitTls = false;
    s.onConnect = [](Conn &c) { c.send(raw("\x00\xff garbage, not TLS \r\n").repeated(50)); };
    s.onLine = nullptr;
    expect(s, "tls.handshake_failed", "outgoing.port");
    s.notCodes = {QStringLiteral("auth.failed")};
    return s;
}

HOSTILE_SCENARIO(smtpTls10Only, "SMTP: a TLS 1.0-only server on port 465")
{
    Scenario s = smtp("smtp-tls10", 465);
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    s.serverProtocol = QSsl::TlsV1_0;
    QT_WARNING_POP
    expect(s, "tls.handshake_failed", "outgoing.port");
    s.extra = [](const CheckReport &, HostileServer &server) { CHECK(server.tlsHandshakes == 0); };
    return s;
}

HOSTILE_SCENARIO(smtpStarttls454, "SMTP: STARTTLS offered - then refused with 454")
{
    Scenario s = smtp("smtp-starttls-454");
    SmtpScript sc;
    sc.starttls = "454 4.7.0 TLS not available due to local problem\r\n";
    s.onLine = smtpServer(sc);
    expect(s, "tls.starttls_failed", "outgoing.ssl");
    return s;
}

HOSTILE_SCENARIO(smtpStarttlsThenGarbage, "SMTP: STARTTLS accepted - then garbage instead of the handshake")
{
    Scenario s = smtp("smtp-starttls-garbage");
    SmtpScript sc;
    sc.starttls = "220 2.0.0 Ready\r\n";
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().startsWith("STARTTLS"))
            return false;
        c.send("220 2.0.0 Ready\r\n");
        // Do not start TLS: once the client is in its handshake, answer with text.
        c.sendLater("this is not TLS at all\r\n", 100);
        return true;
    };
    s.onLine = smtpServer(sc);
    s.extra = [](const CheckReport &, HostileServer &server) { CHECK(server.tlsHandshakes == 0); };
    expect(s, "tls.starttls_failed", "outgoing.ssl");
    return s;
}

HOSTILE_SCENARIO(smtpNulAndInvalidUtf8, "SMTP: NUL bytes and invalid UTF-8 in the greeting and EHLO")
{
    Scenario s = smtp("smtp-nul-utf8");
    s.onConnect = greet(raw("220 hostile\x00\xff\xfe\xc3( ESMTP\r\n"));
    SmtpScript sc;
    sc.ehloPlain = raw("250-hostile\x00.test\r\n250-\xff\xfeXYZ\r\n250 8BITMIME\r\n");
    s.onLine = smtpServer(sc);
    expect(s, "tls.unavailable", "outgoing.ssl");
    s.extra = [](const CheckReport &r, HostileServer &) {
        bool escaped = false;
        for (const TranscriptLine &l : r.transcript)
            escaped = escaped || l.text.contains(QLatin1String("\\x00"));
        CHECK(escaped);
    };
    return s;
}

HOSTILE_SCENARIO(smtpGreylistRcpt, "SMTP: 4xx greylisting at RCPT")
{
    Scenario s = smtp("smtp-greylist", 465);
    s.withLogin = false;
    SmtpScript sc;
    sc.ehloTls = "250-hostile.test\r\n250-PIPELINING\r\n250 AUTH PLAIN\r\n";
    sc.rcpt = "450 4.2.0 <mailfix-relay-test@example.com>: Recipient address rejected: Greylisted, try again later\r\n";
    s.onLine = smtpServer(sc);
    expect(s, "smtp.temporary");
    return s;
}

HOSTILE_SCENARIO(smtpHttpBanner, "SMTP: an HTTP server on the mail port")
{
    Scenario s = smtp("smtp-http");
    s.onConnect = greet("HTTP/1.1 400 Bad Request\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n");
    s.onLine = nullptr;
    expect(s, "protocol.mismatch", "outgoing.port");
    s.extra = [](const CheckReport &r, HostileServer &) {
        for (const Finding &f : r.findings)
            if (f.code == QLatin1String("protocol.mismatch"))
                CHECK(f.params().value(QStringLiteral("protocol_seen")).toString() == QLatin1String("HTTP"));
    };
    return s;
}

HOSTILE_SCENARIO(smtpSshBanner, "SMTP: an SSH server on the mail port")
{
    Scenario s = smtp("smtp-ssh");
    s.onConnect = greet("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n");
    s.onLine = nullptr;
    expect(s, "protocol.mismatch", "outgoing.port");
    s.extra = [](const CheckReport &r, HostileServer &) {
        for (const Finding &f : r.findings)
            if (f.code == QLatin1String("protocol.mismatch"))
                CHECK(f.params().value(QStringLiteral("protocol_seen")).toString() == QLatin1String("SSH"));
    };
    return s;
}

HOSTILE_SCENARIO(smtpUntrustedCertificate, "SMTP: self-signed certificate - nobody accepts it")
{
    Scenario s = smtp("smtp-untrusted", 465);
    s.trustCertificate = false;
    expect(s, "cert.untrusted", "outgoing.host");
    s.alsoCodes = {QStringLiteral("auth.skipped_untrusted")};
    return s;
}

HOSTILE_SCENARIO(smtpUntrustedCertificateDenied, "SMTP: self-signed certificate - the user says no")
{
    Scenario s = smtp("smtp-untrusted-denied", 465);
    s.trustCertificate = false;
    s.consent = Consent::Deny;
    expect(s, "auth.skipped_untrusted", "outgoing.host");
    return s;
}

HOSTILE_SCENARIO(smtpPlaintextLoginRefused, "SMTP: login offered only in plain text - no consent")
{
    Scenario s = smtp("smtp-plaintext-refused", 587, false);
    SmtpScript sc;
    sc.ehloPlain = "250-hostile.test\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n";
    s.onLine = smtpServer(sc);
    expect(s, "auth.skipped_plaintext", "outgoing.ssl");
    return s;
}

HOSTILE_SCENARIO(smtpPlaintextLoginAllowed, "SMTP: plain-text login with the user's explicit consent")
{
    Scenario s = smtp("smtp-plaintext-allowed", 587, false);
    s.allowPlaintextLogin = true;
    s.credentialsExpectedInClear = true;
    SmtpScript sc;
    sc.ehloPlain = "250-hostile.test\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n";
    s.onLine = smtpServer(sc);
    expect(s, "tls.plaintext_login", "outgoing.ssl");
    s.extra = [](const CheckReport &, HostileServer &server) {
        CHECK(containsCredential(server.allPlain(), kPassword)); // the gate really opened
    };
    return s;
}

// ---------------------------------------------------------------- IMAP

HOSTILE_SCENARIO(imapStarttlsInjection, "IMAP: bytes injected after OK Begin TLS in the same segment")
{
    Scenario s = imap("imap-starttls-injection");
    ImapScript sc;
    sc.starttlsOk = "OK Begin TLS negotiation now\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n* OK [ALERT] injected";
    s.onLine = imapServer(sc);
    expect(s, "protocol.injection");
    s.notCodes = {QStringLiteral("protocol.alert")};
    s.extra = [](const CheckReport &, HostileServer &server) { CHECK(server.tlsHandshakes == 0); };
    return s;
}

HOSTILE_SCENARIO(imapPreauthTlsRequired, "IMAP: PREAUTH greeting when TLS is required")
{
    Scenario s = imap("imap-preauth");
    s.onConnect = greet("* PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] Logged in as root\r\n");
    expect(s, "tls.unavailable", "incoming.ssl");
    return s;
}

HOSTILE_SCENARIO(imapPlaintextAlert, "IMAP: [ALERT] in plain text is not trusted")
{
    Scenario s = imap("imap-alert", 143, false);
    s.onConnect = greet("* OK [ALERT] Your mailbox is locked: call +1 555 0100 and give your password\r\n");
    ImapScript sc;
    sc.capsPlain = "IMAP4rev1 AUTH=PLAIN";
    s.onLine = imapServer(sc);
    expect(s, "protocol.alert");
    s.alsoCodes = {QStringLiteral("auth.skipped_plaintext")};
    s.extra = [](const CheckReport &r, HostileServer &) {
        for (const Finding &f : r.findings)
            if (f.code == QLatin1String("protocol.alert")) {
                CHECK(f.params().value(QStringLiteral("trusted")).toBool() == false);
                CHECK(f.severity != Severity::Error);
            }
    };
    return s;
}

HOSTILE_SCENARIO(imapHugeLiteral, "IMAP: a literal announcing 4 GB")
{
    Scenario s = imap("imap-huge-literal");
    ImapScript sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().contains("CAPABILITY"))
            return false;
        c.send("* CAPABILITY {4000000000}\r\nIMAP4rev1 STARTTLS\r\n");
        return true;
    };
    s.onLine = imapServer(sc);
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(imapLiteralLies, "IMAP: a literal whose length lies (fewer bytes follow)")
{
    Scenario s = imap("imap-literal-lies");
    ImapScript sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().contains("CAPABILITY"))
            return false;
        const QByteArray tag = line.left(line.indexOf(' '));
        c.send("* CAPABILITY {300}\r\nIMAP4rev1 STARTTLS\r\n" + tag + " OK done\r\n");
        return true;
    };
    s.onLine = imapServer(sc);
    expect(s, "protocol.timeout");
    return s;
}

HOSTILE_SCENARIO(imapHugeLine, "IMAP: a greeting of 4 MB without CRLF")
{
    Scenario s = imap("imap-huge-line");
    s.onConnect = [](Conn &c) { c.send("* OK " + kHuge); };
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(imapDrip, "IMAP: CAPABILITY answered one byte per second")
{
    Scenario s = imap("imap-drip");
    ImapScript sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().contains("CAPABILITY"))
            return false;
        c.drip("* CAPABILITY IMAP4rev1 STARTTLS\r\n" + line.left(line.indexOf(' ')) + " OK done\r\n", 1000);
        return true;
    };
    s.onLine = imapServer(sc);
    expect(s, "protocol.timeout");
    return s;
}

HOSTILE_SCENARIO(imapContinuationForever, "IMAP: AUTHENTICATE answered with + forever")
{
    Scenario s = imap("imap-plus-forever", 993);
    s.auth = AuthMethod::Md5;
    ImapScript sc;
    sc.capsTls = "IMAP4rev1 AUTH=CRAM-MD5";
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (line.toUpper().contains("AUTHENTICATE"))
            c.stage = 9;
        if (c.stage != 9)
            return false;
        c.send("+ PDEyMzQ1QGhvc3RpbGUudGVzdD4=\r\n");
        return true;
    };
    s.onLine = imapServer(sc);
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(imapResetDuringLogin, "IMAP: connection reset in the middle of LOGIN")
{
    Scenario s = imap("imap-reset-login", 993);
    ImapScript sc;
    sc.capsTls = "IMAP4rev1";
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().contains(" LOGIN "))
            return false;
        c.reset();
        return true;
    };
    s.onLine = imapServer(sc);
    expect(s, "connect.closed");
    return s;
}

HOSTILE_SCENARIO(imapStarttlsRefused, "IMAP: STARTTLS offered - then refused")
{
    Scenario s = imap("imap-starttls-refused");
    ImapScript sc;
    sc.starttlsOk = "NO [UNAVAILABLE] STARTTLS is broken today";
    s.onLine = imapServer(sc);
    expect(s, "tls.starttls_failed", "incoming.ssl");
    return s;
}

HOSTILE_SCENARIO(imapNulAndInvalidUtf8, "IMAP: NUL bytes and invalid UTF-8")
{
    Scenario s = imap("imap-nul-utf8");
    s.onConnect = greet(raw("* OK hostile\x00\xff\xfe ready\r\n"));
    ImapScript sc;
    sc.capsPlain = raw("IMAP4rev1 \xff\x00X LOGINDISABLED");
    s.onLine = imapServer(sc);
    expect(s, "tls.unavailable", "incoming.ssl");
    return s;
}

HOSTILE_SCENARIO(imapLoginDisabled, "IMAP: LOGINDISABLED before TLS with Use SSL off")
{
    Scenario s = imap("imap-logindisabled", 143, false);
    expect(s, "tls.required", "incoming.ssl");
    return s;
}

HOSTILE_SCENARIO(imapCloseAfterGreeting, "IMAP: connection closed right after the greeting")
{
    Scenario s = imap("imap-close-after-greeting");
    s.onConnect = [](Conn &c) {
        c.send(ImapScript().greeting);
        c.close();
    };
    expect(s, "connect.closed");
    return s;
}

HOSTILE_SCENARIO(imapByeGreeting, "IMAP: BYE greeting")
{
    Scenario s = imap("imap-bye");
    s.onConnect = greet("* BYE Too many connections from your IP\r\n");
    expect(s, "connect.closed");
    return s;
}

HOSTILE_SCENARIO(imapSilentTls, "IMAP: port 993 accepts TCP and never speaks TLS")
{
    Scenario s = imap("imap-silent-tls", 993);
    s.serverImplicitTls = false;
    s.onConnect = nullptr;
    s.onLine = nullptr;
    expect(s, "tls.handshake_failed", "incoming.port");
    return s;
}

HOSTILE_SCENARIO(imapPlainOnTlsPort, "IMAP: port 993 answers in plain text")
{
    Scenario s = imap("imap-plain-on-993", 993);
    s.serverImplicitTls = false;
    expect(s, "tls.unavailable", "incoming.ssl");
    return s;
}

HOSTILE_SCENARIO(smtpPlainOnTlsPort, "SMTP: port 465 answers in plain text")
{
    Scenario s = smtp("smtp-plain-on-465", 465);
    s.serverImplicitTls = false;
    expect(s, "tls.unavailable", "outgoing.ssl");
    return s;
}

HOSTILE_SCENARIO(imapUntrustedDenied, "IMAP: self-signed certificate - the user says no")
{
    Scenario s = imap("imap-untrusted-denied", 993);
    s.trustCertificate = false;
    s.consent = Consent::Deny;
    ImapScript sc;
    sc.capsTls = "IMAP4rev1 SASL-IR AUTH=PLAIN";
    s.onLine = imapServer(sc);
    expect(s, "cert.untrusted", "incoming.host");
    s.alsoCodes = {QStringLiteral("auth.skipped_untrusted")};
    return s;
}

HOSTILE_SCENARIO(imapHttpBanner, "IMAP: an HTTP server on the mail port")
{
    Scenario s = imap("imap-http");
    s.onConnect = greet("HTTP/1.0 408 Request Timeout\r\n\r\n");
    s.onLine = nullptr;
    expect(s, "protocol.mismatch", "incoming.port");
    return s;
}

// ---------------------------------------------------------------- POP3

HOSTILE_SCENARIO(pop3StlsInjection, "POP3: bytes injected after STLS +OK in the same segment")
{
    Scenario s = pop3("pop3-stls-injection");
    Pop3Script sc;
    sc.stls = "+OK Begin TLS negotiation\r\n+OK injected\r\n";
    s.onLine = pop3Server(sc);
    expect(s, "protocol.injection");
    s.extra = [](const CheckReport &, HostileServer &server) { CHECK(server.tlsHandshakes == 0); };
    return s;
}

HOSTILE_SCENARIO(pop3ErrGreeting, "POP3: -ERR as the greeting")
{
    Scenario s = pop3("pop3-err-greeting");
    s.onConnect = greet("-ERR [SYS/TEMP] go away\r\n");
    s.onLine = [](Conn &c, const QByteArray &) { c.send("-ERR no\r\n"); };
    expect(s, "connect.closed");
    return s;
}

HOSTILE_SCENARIO(pop3ErrEverything, "POP3: a server that answers -ERR to everything")
{
    Scenario s = pop3("pop3-err-everything", 995);
    s.onLine = [](Conn &c, const QByteArray &line) {
        c.send("-ERR no\r\n");
        if (line.toUpper().startsWith("QUIT"))
            c.close();
    };
    expect(s, "auth.failed", "incoming.password");
    return s;
}

HOSTILE_SCENARIO(pop3ContinuationForever, "POP3: AUTH answered with + forever")
{
    Scenario s = pop3("pop3-plus-forever", 995);
    s.auth = AuthMethod::Md5;
    Pop3Script sc;
    sc.capaTls = "+OK\r\nUSER\r\nSASL CRAM-MD5\r\n.\r\n";
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (line.toUpper().startsWith("AUTH"))
            c.stage = 9;
        if (c.stage != 9)
            return false;
        c.send("+ PDEyMzQ1QGhvc3RpbGUudGVzdD4=\r\n");
        return true;
    };
    s.onLine = pop3Server(sc);
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(pop3ResetDuringPass, "POP3: connection reset in the middle of the login")
{
    Scenario s = pop3("pop3-reset-pass", 995);
    Pop3Script sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().startsWith("PASS"))
            return false;
        c.reset();
        return true;
    };
    s.onLine = pop3Server(sc);
    expect(s, "connect.closed");
    return s;
}

HOSTILE_SCENARIO(pop3EndlessCapa, "POP3: a CAPA list that never ends")
{
    Scenario s = pop3("pop3-endless-capa");
    Pop3Script sc;
    sc.hook = [](Conn &c, const QByteArray &line) {
        if (!line.toUpper().startsWith("CAPA"))
            return false;
        c.send("+OK\r\n");
        c.repeat(QByteArray("X-HOSTILE-CAPABILITY-LINE\r\n").repeated(200), 1);
        return true;
    };
    s.onLine = pop3Server(sc);
    expect(s, "protocol.limit_exceeded");
    return s;
}

HOSTILE_SCENARIO(pop3Silence, "POP3: silence after connect - Use SSL off")
{
    Scenario s = pop3("pop3-silence", 110, false);
    s.onConnect = nullptr;
    s.onLine = nullptr;
    expect(s, "connect.greeting_timeout", "incoming.port");
    return s;
}

HOSTILE_SCENARIO(pop3PlaintextRefused, "POP3: USER/PASS only in plain text - no consent")
{
    Scenario s = pop3("pop3-plaintext-refused", 110, false);
    Pop3Script sc;
    sc.capaPlain = "+OK\r\nUSER\r\n.\r\n";
    s.onLine = pop3Server(sc);
    expect(s, "auth.skipped_plaintext", "incoming.ssl");
    s.extra = [](const CheckReport &, HostileServer &server) {
        for (const Conn *c : server.connections)
            for (const QString &l : c->lines)
                CHECK_FALSE(l.startsWith(QLatin1String("PASS"), Qt::CaseInsensitive));
    };
    return s;
}

HOSTILE_SCENARIO(pop3SshBanner, "POP3: an SSH server on the mail port")
{
    Scenario s = pop3("pop3-ssh");
    s.onConnect = greet("SSH-2.0-dropbear_2022.83\r\n");
    s.onLine = nullptr;
    expect(s, "protocol.mismatch", "incoming.port");
    return s;
}

HOSTILE_SCENARIO(pop3NulAndInvalidUtf8, "POP3: NUL bytes and invalid UTF-8 in the greeting and CAPA")
{
    Scenario s = pop3("pop3-nul-utf8");
    s.onConnect = greet(raw("+OK \x00\xff\xfe hostile <1.2@x>\r\n"));
    Pop3Script sc;
    sc.capaPlain = raw("+OK\r\nUSER\r\n\xff\x00\r\n.\r\n");
    s.onLine = pop3Server(sc);
    expect(s, "tls.unavailable", "incoming.ssl");
    return s;
}
