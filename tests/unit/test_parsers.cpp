// SPDX-License-Identifier: GPL-3.0-or-later
// Tier 1: the reply parsers, fed through LineReader split at every byte position,
// plus malformed lines, multi-line replies, enhanced codes, IMAP response codes,
// capabilities and literals, POP3 response codes.
#include "net/LineReader.h"
#include "protocol/ImapResponse.h"
#include "protocol/Pop3Reply.h"
#include "protocol/ProbeBase.h"
#include "protocol/SmtpReply.h"
#include "model/Redactor.h"

#include <catch2/catch.hpp>

using namespace mailfix;

namespace {

/// Every SMTP reply in \a wire, delivered as two reads split at \a at.
QStringList smtpReplies(const QByteArray &wire, qsizetype at, QStringList *errors = nullptr)
{
    LineReader reader(16 * 1024);
    SmtpReplyParser parser(200);
    QStringList out;
    for (const QByteArray &part : {wire.left(at), wire.mid(at)}) {
        reader.append(part);
        QByteArray line;
        while (reader.nextLine(&line)) {
            SmtpReply r;
            QString error;
            switch (parser.feedLine(line, &r, &error)) {
            case SmtpReplyParser::Result::NeedMore: break;
            case SmtpReplyParser::Result::Reply:
                out.append(QString::number(r.code) + QLatin1Char('|') + r.enhanced + QLatin1Char('|')
                           + r.lines.join(QLatin1Char('/')));
                break;
            case SmtpReplyParser::Result::Error:
                if (errors)
                    errors->append(error);
                break;
            }
        }
    }
    return out;
}

/// The same for IMAP, with literals folded into their line as the probe does.
QStringList imapResponses(const QByteArray &wire, qsizetype at)
{
    LineReader reader(16 * 1024);
    QStringList out;
    qint64 need = -1;
    QByteArray accum;
    for (const QByteArray &part : {wire.left(at), wire.mid(at)}) {
        reader.append(part);
        for (;;) {
            if (need >= 0) {
                QByteArray lit;
                if (!reader.takeBytes(need, &lit))
                    break;
                accum += lit;
                need = -1;
                continue;
            }
            QByteArray line;
            if (!reader.nextLine(&line))
                break;
            const qint64 n = ImapResponse::trailingLiteralSize(line);
            if (n >= 0) {
                accum += line + "\r\n";
                need = n;
                continue;
            }
            const auto r = ImapResponse::parse(std::exchange(accum, QByteArray()) + line);
            out.append(r ? r->status + QLatin1Char('|') + r->code + QLatin1Char('|') + r->capabilities.join(QLatin1Char(' '))
                               + QLatin1Char('|') + r->text
                         : QStringLiteral("<not imap>"));
        }
    }
    return out;
}

void requireSameAtEverySplit(const QByteArray &wire, const std::function<QStringList(const QByteArray &, qsizetype)> &parse)
{
    const QStringList whole = parse(wire, wire.size());
    for (qsizetype at = 0; at <= wire.size(); ++at) {
        INFO("split at byte " << at);
        REQUIRE(parse(wire, at) == whole);
    }
}

} // namespace

TEST_CASE("SMTP: multi-line EHLO reply at every split position", "[parsers]")
{
    const QByteArray wire = "250-mx.example.test Hello [192.0.2.1]\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n"
                            "250-AUTH PLAIN LOGIN CRAM-MD5\r\n250-AUTH=PLAIN LOGIN\r\n250-STARTTLS\r\n250 ENHANCEDSTATUSCODES\r\n";
    requireSameAtEverySplit(wire, [](const QByteArray &w, qsizetype at) { return smtpReplies(w, at); });
    const QStringList r = smtpReplies(wire, wire.size());
    REQUIRE(r.size() == 1);

    LineReader reader;
    reader.append(wire);
    SmtpReplyParser parser;
    SmtpReply reply;
    QString error;
    QByteArray line;
    while (reader.nextLine(&line))
        parser.feedLine(line, &reply, &error);
    const EhloCapabilities caps = EhloCapabilities::parse(reply);
    CHECK(caps.has(QStringLiteral("PIPELINING")));
    CHECK(caps.has(QStringLiteral("STARTTLS")));
    CHECK(caps.has(QStringLiteral("AUTH")));
    CHECK(caps.authMechanisms == QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")});
    CHECK_FALSE(caps.has(QStringLiteral("MX.EXAMPLE.TEST"))); // the first line is the greeting, not a keyword
}

TEST_CASE("SMTP: replies from FACTS.md and their enhanced codes", "[parsers]")
{
    struct Case
    {
        QByteArray wire;
        int code;
        const char *enhanced;
    };
    const Case cases[] = {
        {"554 5.7.1 <x@example.com>: Relay access denied\r\n", 554, "5.7.1"},
        {"550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain\r\n", 550, "5.7.54"},
        {"550-Please turn on SMTP Authentication in your mail client.\r\n550 Thanks\r\n", 550, ""},
        {"553 5.7.1 <a@b.example>: Sender address rejected: not logged in\r\n", 553, "5.7.1"},
        {"550 5.7.60 SMTP; Client does not have permissions to send as this sender\r\n", 550, "5.7.60"},
        {"530 5.7.0 Must issue a STARTTLS command first\r\n", 530, "5.7.0"},
        {"538 5.7.11 Encryption required for requested authentication mechanism\r\n", 538, "5.7.11"},
        {"535 5.7.8 Username and Password not accepted.\r\n", 535, "5.7.8"},
        {"534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more\r\n", 534, "5.7.9"},
        {"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled\r\n", 535, "5.7.139"},
        {"454 4.7.0 Temporary authentication failure\r\n", 454, "4.7.0"},
        {"550 4.7.1 class does not match\r\n", 550, ""},        // RFC 3463: class must match
        {"250 2.1.0\r\n", 250, "2.1.0"},                        // code alone
        {"220\r\n", 220, ""},                                   // no text at all
        {"250 5.7.1000 too many digits\r\n", 250, ""},
        {"421 4.3.2 Service not available\n", 421, "4.3.2"},    // bare LF
    };
    for (const Case &c : cases) {
        INFO(c.wire.toStdString());
        requireSameAtEverySplit(c.wire, [](const QByteArray &w, qsizetype at) { return smtpReplies(w, at); });
        const QStringList r = smtpReplies(c.wire, c.wire.size());
        REQUIRE(r.size() == 1);
        CHECK(r.first().section(QLatin1Char('|'), 0, 0).toInt() == c.code);
        CHECK(r.first().section(QLatin1Char('|'), 1, 1) == QLatin1String(c.enhanced));
    }
    // "534-5.7.9 ..." multi-line: the enhanced code is on the first line after the dash.
    LineReader reader;
    reader.append("534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more\r\n");
    SmtpReplyParser p;
    SmtpReply reply;
    QString error;
    QByteArray line;
    while (reader.nextLine(&line))
        p.feedLine(line, &reply, &error);
    CHECK(reply.code == 534);
    CHECK(reply.lines.size() == 2);
}

TEST_CASE("SMTP: malformed reply lines are errors, never replies", "[parsers]")
{
    const char *bad[] = {"", "2", "25", "abc hello", "2x0 hi", "199 too low", "600 too high", "250xhello", "250\thello",
                         "-250 dash first", "\x00\x35\x30 nul", "HTTP/1.1 400 Bad Request", "SSH-2.0-OpenSSH_9.2"};
    for (const char *b : bad) {
        const QByteArray line(b);
        INFO(printable(line).toStdString());
        SmtpReplyParser p;
        SmtpReply reply;
        QString error;
        CHECK(p.feedLine(line, &reply, &error) == SmtpReplyParser::Result::Error);
        CHECK_FALSE(error.isEmpty());
        CHECK_FALSE(p.inReply());
    }
    // A multi-line reply may not change its code.
    QStringList errors;
    const QStringList r = smtpReplies("250-first\r\n251 second\r\n", 0, &errors);
    CHECK(r.isEmpty());
    CHECK(errors.size() == 1);
}

TEST_CASE("SMTP: the reply-line limit", "[parsers]")
{
    SmtpReplyParser p(5);
    SmtpReply reply;
    QString error;
    for (int i = 0; i < 5; ++i)
        REQUIRE(p.feedLine("250-line", &reply, &error) == SmtpReplyParser::Result::NeedMore);
    CHECK(p.feedLine("250-line", &reply, &error) == SmtpReplyParser::Result::Error);
    CHECK(error.contains(QLatin1String("more than")));
}

TEST_CASE("LineReader: line cap, bare LF, literals", "[parsers]")
{
    LineReader r(8); // the cap counts the line with its CR
    r.append("1234567\r\n");
    QByteArray line;
    CHECK(r.nextLine(&line));
    CHECK(line == "1234567");
    r.append("123456789");
    CHECK_FALSE(r.nextLine(&line));
    CHECK(r.overflowed());

    LineReader r2(8);
    r2.append("0123456789abcdef\r\nshort\r\n"); // over the cap, but terminated
    CHECK_FALSE(r2.nextLine(&line));
    CHECK(r2.overflowed());

    LineReader r3(100);
    r3.append("a\nb\r\n{3}\r\nxyz");
    CHECK(r3.nextLine(&line));
    CHECK(line == "a");
    CHECK(r3.nextLine(&line));
    CHECK(line == "b");
    CHECK(r3.nextLine(&line));
    CHECK(line == "{3}");
    CHECK_FALSE(r3.takeBytes(4, &line));
    CHECK(r3.takeBytes(3, &line));
    CHECK(line == "xyz");
    CHECK_FALSE(r3.takeBytes(-1, &line));
    CHECK_FALSE(r3.overflowed());
}

TEST_CASE("IMAP: greetings, response codes and capabilities at every split position", "[parsers]")
{
    const QByteArray wire = "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE STARTTLS AUTH=PLAIN] Dovecot ready.\r\n"
                            "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n"
                            "m1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n"
                            "m2 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n"
                            "* OK [ALERT] System shutdown in 10 minutes\r\n"
                            "* 5 EXISTS\r\n"
                            "* BYE Logging out\r\n"
                            "+ PDEyMzQ1QGhvc3Q+\r\n"
                            "+\r\n";
    requireSameAtEverySplit(wire, imapResponses);
    const QStringList r = imapResponses(wire, wire.size());
    REQUIRE(r.size() == 9);
    CHECK(r.at(0).startsWith(QLatin1String("OK|CAPABILITY|IMAP4REV1 SASL-IR")));
    CHECK(r.at(0).endsWith(QLatin1String("|Dovecot ready.")));
    CHECK(r.at(1) == QLatin1String("CAPABILITY||IMAP4REV1 STARTTLS LOGINDISABLED|IMAP4rev1 STARTTLS LOGINDISABLED"));
    CHECK(r.at(2) == QLatin1String("NO|AUTHENTICATIONFAILED||Authentication failed."));
    CHECK(r.at(3).startsWith(QLatin1String("OK|CAPABILITY|IMAP4REV1 IDLE")));
    CHECK(r.at(4) == QLatin1String("OK|ALERT||System shutdown in 10 minutes"));
    CHECK(r.at(5).startsWith(QLatin1String("EXISTS|")));
    CHECK(r.at(6).startsWith(QLatin1String("BYE|")));

    const auto cont = ImapResponse::parse("+ PDEyMzQ1QGhvc3Q+");
    REQUIRE(cont);
    CHECK(cont->kind == ImapResponse::Kind::Continuation);
    CHECK(cont->text == QLatin1String("PDEyMzQ1QGhvc3Q+"));
    const auto tagged = ImapResponse::parse("a.1 BAD [PARSE] what");
    REQUIRE(tagged);
    CHECK(tagged->kind == ImapResponse::Kind::Tagged);
    CHECK(tagged->tag == "a.1");
    CHECK(tagged->code == QLatin1String("PARSE"));
}

TEST_CASE("IMAP: literals are folded at every split position", "[parsers]")
{
    const QByteArray wire = "* CAPABILITY {18}\r\nIMAP4rev1 STARTTLS\r\n"
                            "* LIST () \"/\" {5+}\r\nINBOX\r\n"
                            "m1 OK {0}\r\n done\r\n";
    requireSameAtEverySplit(wire, imapResponses);
    const QStringList r = imapResponses(wire, wire.size());
    REQUIRE(r.size() == 3);
    CHECK(r.at(0).contains(QLatin1String("STARTTLS")));
    CHECK(r.at(1).startsWith(QLatin1String("LIST|")));
}

TEST_CASE("IMAP: literal sizes and lines that are not IMAP", "[parsers]")
{
    CHECK(ImapResponse::trailingLiteralSize("* X {5}") == 5);
    CHECK(ImapResponse::trailingLiteralSize("* X {5+}") == 5);
    CHECK(ImapResponse::trailingLiteralSize("* X {0}") == 0);
    CHECK(ImapResponse::trailingLiteralSize("* X {4000000000}") == 4000000000LL);
    CHECK(ImapResponse::trailingLiteralSize("* X {99999999999}") == -1); // 11 digits
    CHECK(ImapResponse::trailingLiteralSize("* X {}") == -1);
    CHECK(ImapResponse::trailingLiteralSize("* X {+}") == -1);
    CHECK(ImapResponse::trailingLiteralSize("* X {-1}") == -1);
    CHECK(ImapResponse::trailingLiteralSize("* X {1a}") == -1);
    CHECK(ImapResponse::trailingLiteralSize("* X {5} ") == -1);
    CHECK(ImapResponse::trailingLiteralSize("}") == -1);
    CHECK(ImapResponse::trailingLiteralSize("") == -1);

    for (const char *bad : {"", "*", "garbage", "a+b OK no", "m1 FETCH not a status", "220 mx ESMTP",
                            "\x00 OK"}) {
        INFO(bad);
        CHECK_FALSE(ImapResponse::parse(QByteArray(bad)).has_value());
    }
    // Unbalanced brackets: no code, no crash.
    const auto r = ImapResponse::parse("* OK [ALERT unterminated");
    REQUIRE(r);
    CHECK(r->code.isEmpty());
}

TEST_CASE("POP3: status lines and response codes", "[parsers]")
{
    struct Case
    {
        const char *line;
        bool parses;
        bool ok;
        bool cont;
        const char *code;
    };
    const Case cases[] = {
        {"+OK", true, true, false, ""},
        {"+OK Dovecot ready. <1.2@host>", true, true, false, ""},
        {"+OK [IN-USE] busy", true, true, false, "IN-USE"},
        {"-ERR [AUTH] Authentication failed.", true, false, false, "AUTH"},
        {"-ERR [SYS/TEMP] try later", true, false, false, "SYS/TEMP"},
        {"-ERR [auth] lower case", true, false, false, "AUTH"},
        {"-ERR", true, false, false, ""},
        {"-ERR [unterminated", true, false, false, ""},
        {"+ PDEyMzQ+", true, false, true, ""},
        {"+", true, false, true, ""},
        {"+OKAY", false, false, false, ""},
        {"-ERRno", false, false, false, ""},
        {"ok", false, false, false, ""},
        {"", false, false, false, ""},
        {"* OK imap", false, false, false, ""},
    };
    for (const Case &c : cases) {
        INFO(c.line);
        const auto r = Pop3Reply::parse(QByteArray(c.line));
        REQUIRE(r.has_value() == c.parses);
        if (!r)
            continue;
        CHECK(r->ok == c.ok);
        CHECK(r->continuation == c.cont);
        CHECK(r->code == QLatin1String(c.code));
    }
    // Multi-line CAPA at every split: lines come out whole.
    const QByteArray wire = "+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\nSTLS\r\nPIPELINING\r\n.\r\n";
    const auto lines = [](const QByteArray &w, qsizetype at) {
        LineReader reader;
        QStringList out;
        for (const QByteArray &part : {w.left(at), w.mid(at)}) {
            reader.append(part);
            QByteArray line;
            while (reader.nextLine(&line))
                out.append(QString::fromLatin1(line));
        }
        return out;
    };
    requireSameAtEverySplit(wire, lines);
    CHECK(lines(wire, 0).size() == 6);
}

TEST_CASE("printable: NUL, control bytes and invalid UTF-8 are escaped", "[parsers]")
{
    CHECK(printable(QByteArray("a\x00z", 3)) == QLatin1String("a\\x00z"));
    CHECK(printable("\x1b[31mred") == QLatin1String("\\x1b[31mred"));
    CHECK(printable("caf\xc3\xa9") == QString::fromUtf8("caf\xc3\xa9"));
    CHECK(printable("bad \xff\xfe utf8") == QLatin1String("bad \\xff\\xfe utf8"));
    CHECK(printable(QByteArray(2000, 'x'), 100).size() <= 101);
}

TEST_CASE("detectProtocol: what answers on a mail port", "[parsers]")
{
    CHECK(ProbeBase::detectProtocol("220 mx ESMTP Postfix") == QLatin1String("SMTP"));
    CHECK(ProbeBase::detectProtocol("220 ProFTPD Server (FTP) ready") == QLatin1String("FTP"));
    CHECK(ProbeBase::detectProtocol("* OK IMAP4rev1") == QLatin1String("IMAP"));
    CHECK(ProbeBase::detectProtocol("* PREAUTH hi") == QLatin1String("IMAP"));
    CHECK(ProbeBase::detectProtocol("+OK POP3") == QLatin1String("POP3"));
    CHECK(ProbeBase::detectProtocol("HTTP/1.1 400 Bad Request") == QLatin1String("HTTP"));
    CHECK(ProbeBase::detectProtocol("SSH-2.0-OpenSSH_9.2") == QLatin1String("SSH"));
    CHECK(ProbeBase::detectProtocol("\x16\x03\x01\x02") == QLatin1String("TLS"));
    CHECK(ProbeBase::detectProtocol("") == QLatin1String("unknown"));
    CHECK(ProbeBase::detectProtocol("hello") == QLatin1String("unknown"));
}

TEST_CASE("Redactor: the password in every protocol form", "[parsers]")
{
    const QByteArray pw = "pa\"ss\\w0rd";
    Redactor r;
    r.addSecret(pw);
    QByteArray plain(1, '\0');
    plain += "user@example.test";
    plain += '\0';
    plain += pw;
    const QStringList texts{QString::fromLatin1(pw), QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(plain.toBase64()),
                            QString::fromLatin1(pw.toBase64()), QStringLiteral("m1 LOGIN \"u\" \"pa\\\"ss\\\\w0rd\""),
                            QStringLiteral("PASS ") + QString::fromLatin1(pw)};
    for (const QString &t : texts) {
        INFO(t.toStdString());
        const QString out = r.redact(t);
        CHECK_FALSE(out.contains(QString::fromLatin1(pw)));
        CHECK_FALSE(out.contains(QLatin1String("pa\\\"ss")));
        CHECK(out.contains(Redactor::Mask));
    }
    CHECK(r.redact(QStringLiteral("nothing secret here")) == QLatin1String("nothing secret here"));
}

TEST_CASE("Redactor: base64 of the password at any offset inside a longer token", "[parsers]")
{
    const QByteArray pw = "Correct-Horse-99"; // 16 bytes: its own base64 ends in "==", never mid-token
    Redactor r;
    r.addSecret(pw);
    // base64("abc" + pw + "tail") with its first k characters cut off: the password's
    // encoding then starts 4 - k characters into the token, and no literal needle matches.
    QByteArray raw("abc");
    raw += pw;
    raw += "tail";
    const QString full = QString::fromLatin1(raw.toBase64());
    for (int k = 1; k < 4; ++k) {
        const QString token = full.mid(k);
        INFO(token.toStdString());
        const QString out = r.redact(QStringLiteral("500 unknown command ") + token);
        CHECK_FALSE(out.contains(token));
        CHECK(out.contains(Redactor::Mask));
    }
}
