// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, hostile tier: nothing typed into the settings puts an extra command on
// the wire. Each class of character (CR, LF, CRLF, NUL, other control characters)
// in each setting (user name, password, Email, host) against servers that record
// every command they receive, in SMTP, IMAP and POP3; ESMTP parameters smuggled in
// the Email; IMAP logins on a LOGIN-only server (literals, no AUTHENTICATE).
#include "Scenario.h"

#include <catch2/catch.hpp>
#include <memory>

using namespace mailfix;
using namespace mailfix::hostile;

namespace {

struct Klass
{
    const char *name;
    QByteArray bytes;
};

// The classes of character that could end a command line or confuse a terminal.
const QList<Klass> &klasses()
{
    static const QList<Klass> k{{"CR", QByteArray("\r")},         {"LF", QByteArray("\n")},
                                {"CRLF", QByteArray("\r\n")},     {"NUL", QByteArray("\0", 1)},
                                {"SOH", QByteArray("\x01")},      {"ESC", QByteArray("\x1b")},
                                {"DEL", QByteArray("\x7f")},      {"TAB", QByteArray("\t")},
                                {"CR-LF-CR", QByteArray("\r\n\r")}};
    return k;
}

/// A value that, were it cut at the control character, would be a command of its own.
QByteArray payload(const QByteArray &base, const QByteArray &ctrl)
{
    return base + ctrl + "INJECTED 1" + ctrl + "QUIT";
}

bool isControlLine(const QByteArray &ctrl)
{
    return ctrl.contains('\r') || ctrl.contains('\n');
}

bool anyLineStarts(const QStringList &lines, const char *prefix)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&](const QString &l) { return l.startsWith(QLatin1String(prefix), Qt::CaseInsensitive); });
}

int count(const QStringList &lines, const char *prefix)
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [&](const QString &l) {
        return l.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
    }));
}

Scenario smtpBase(const char *id)
{
    Scenario s;
    s.id = QString::fromLatin1(id);
    s.proto = Proto::Smtp;
    s.port = 587;
    s.onConnect = greet(SmtpScript().greeting);
    SmtpScript script;
    script.rcpt = "250 2.1.5 Ok\r\n";
    s.onLine = smtpServer(script);
    return s;
}

Scenario pop3Base(const char *id)
{
    Scenario s;
    s.id = QString::fromLatin1(id);
    s.proto = Proto::Pop3;
    s.port = 110;
    s.onConnect = greet(Pop3Script().greeting);
    s.onLine = pop3Server({});
    return s;
}

// ------------------------------------------------------------------ IMAP server
// A LOGIN-only IMAP server (no AUTH=PLAIN, no SASL-IR unless asked) that reads
// whole commands, literals included (synchronising and LITERAL+), checks the
// credentials, and records each command's verb and LOGIN's decoded arguments.
struct ImapLog
{
    QStringList verbs;
    QList<QByteArrayList> logins;
    qsizetype plainUsed = 0;   ///< bytes of the raw stream parsed so far (Conn's lines lose bare LFs)
    qsizetype tlsUsed = 0;
    qsizetype plusSentAt = -1; ///< where in the stream the last "+" was sent
};

/// Parses one IMAP command from the front of \a buf: returns its length when complete,
/// 0 when more is due (\a wantsPlus: a synchronising literal waits for "+"), and fills
/// \a args with its astrings (atoms, quoted strings, literals).
qsizetype parseCommand(const QByteArray &buf, QByteArrayList *args, bool *wantsPlus)
{
    args->clear();
    *wantsPlus = false;
    qsizetype i = 0;
    while (i < buf.size()) {
        const char c = buf.at(i);
        if (c == ' ') {
            ++i;
            continue;
        }
        if (c == '\r' && i + 1 < buf.size() && buf.at(i + 1) == '\n')
            return i + 2;
        if (c == '"') {
            QByteArray v;
            ++i;
            while (i < buf.size() && buf.at(i) != '"') {
                if (buf.at(i) == '\\' && i + 1 < buf.size())
                    ++i;
                v += buf.at(i++);
            }
            ++i;
            args->append(v);
            continue;
        }
        if (c == '{') {
            const qsizetype close = buf.indexOf('}', i);
            if (close < 0)
                return 0;
            const bool plus = buf.at(close - 1) == '+';
            const qsizetype n = buf.mid(i + 1, close - i - 1 - (plus ? 1 : 0)).toLongLong();
            if (close + 2 > buf.size())
                return 0;
            const qsizetype start = close + 3; // "}\r\n"
            if (start + n > buf.size()) {
                *wantsPlus = !plus && start == buf.size(); // the header is in, no data yet
                return 0;
            }
            args->append(buf.mid(start, n));
            i = start + n;
            continue;
        }
        qsizetype e = i;
        while (e < buf.size() && buf.at(e) != ' ' && buf.at(e) != '\r')
            ++e;
        args->append(buf.mid(i, e - i));
        i = e;
    }
    return 0;
}

HostileServer::OnLine imapLoginOnly(std::shared_ptr<ImapLog> log, QByteArray user, QByteArray password,
                                    QByteArray capsTls = "IMAP4rev1 LITERAL+")
{
    auto answer = [=](Conn &c, const QByteArrayList &args) {
        const QByteArray tag = args.value(0);
        const QByteArray verb = args.value(1).toUpper();
        log->verbs.append(QString::fromLatin1(verb));
        if (verb == "CAPABILITY") {
            c.send("* CAPABILITY " + (c.isEncrypted() ? capsTls : QByteArray("IMAP4rev1 STARTTLS LOGINDISABLED")) + "\r\n"
                   + tag + " OK done\r\n");
        } else if (verb == "STARTTLS") {
            c.send(tag + " OK Begin TLS\r\n");
            c.startTls();
        } else if (verb == "LOGIN") {
            log->logins.append(args.mid(2));
            if (args.size() == 4 && args.at(2) == user && args.at(3) == password)
                c.send(tag + " OK [CAPABILITY IMAP4rev1] Logged in\r\n");
            else
                c.send(tag + " NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        } else if (verb == "AUTHENTICATE") {
            c.send(tag + " NO [CANNOT] Unsupported authentication mechanism\r\n");
        } else if (verb == "LIST") {
            c.send(tag + " OK done\r\n");
        } else if (verb == "LOGOUT") {
            c.send("* BYE bye\r\n" + tag + " OK done\r\n");
            c.close();
        } else {
            c.send(tag + " BAD unknown\r\n");
        }
    };
    return [=](Conn &c, const QByteArray &) {
        // Whole commands from the raw bytes: literals may hold bare CR or LF.
        const bool tls = c.isEncrypted();
        const QByteArray &raw = tls ? c.receivedTls : c.receivedPlain;
        qsizetype &used = tls ? log->tlsUsed : log->plainUsed;
        for (;;) {
            QByteArrayList args;
            bool wantsPlus = false;
            const qsizetype n = parseCommand(raw.mid(used), &args, &wantsPlus);
            if (n == 0) {
                const qsizetype at = raw.size() + (tls ? (qsizetype(1) << 40) : 0);
                if (wantsPlus && log->plusSentAt != at) {
                    log->plusSentAt = at;
                    c.send("+ go ahead\r\n");
                }
                return;
            }
            used += n;
            answer(c, args);
            if (!c.isOpen() || c.isEncrypted() != tls)
                return;
        }
    };
}

Scenario imapBase(const char *id, std::shared_ptr<ImapLog> log, const QByteArray &user, const QByteArray &password,
                  const QByteArray &capsTls = "IMAP4rev1 LITERAL+")
{
    Scenario s;
    s.id = QString::fromLatin1(id);
    s.proto = Proto::Imap;
    s.port = 143;
    s.user = user;
    s.password = password;
    s.onConnect = greet(ImapScript().greeting);
    s.onLine = imapLoginOnly(log, user, password, capsTls);
    return s;
}

} // namespace

// ------------------------------------------------------------------------ SMTP

TEST_CASE("injection SMTP: control characters in the user name or password add no command line", "[hostile][injection]")
{
    for (const Klass &k : klasses()) {
        for (const char *which : {"user", "password"}) {
            const bool isUser = QLatin1String(which) == QLatin1String("user");
            INFO(which << " with " << k.name);
            Scenario sc = smtpBase("smtp-injection-credentials");
            (isUser ? sc.user : sc.password) = payload(isUser ? kUser : kPassword, k.bytes);
            const bool nul = k.bytes.contains('\0');
            if (nul) {
                sc.code = Code::SettingsUnsendable;
                sc.field = isUser ? Field::OutgoingUser : Field::OutgoingPassword;
                sc.errors = 1;
            } else {
                sc.passes = true;
                sc.verified = QStringLiteral("relay");
            }
            const Outcome out = verify(sc);
            const QStringList lines = out.serverLines.value(0);
            INFO(lines.join(QLatin1Char('\n')).toStdString());
            CHECK_FALSE(anyLineStarts(lines, "INJECTED"));
            CHECK(count(lines, "QUIT") == 1);
            CHECK(count(lines, "AUTH") == (nul ? 0 : 1));
            // Everything the server received is one of the commands the check sends.
            for (const QString &l : lines) {
                const bool known = l.startsWith(QLatin1String("EHLO ")) || l == QLatin1String("STARTTLS")
                    || l.startsWith(QLatin1String("AUTH PLAIN ")) || l == QLatin1String("RSET") || l == QLatin1String("QUIT")
                    || l == QLatin1String("MAIL FROM:<victim@example.test>") || l == QLatin1String("MAIL FROM:<>")
                    || l == QLatin1String("RCPT TO:<mailfix-relay-test@example.com>");
                INFO("unexpected line: " << l.toStdString());
                CHECK(known);
            }
        }
    }
}

TEST_CASE("injection SMTP: an Email with control characters or ESMTP parameters is never sent", "[hostile][injection]")
{
    QList<QByteArray> emails;
    for (const Klass &k : klasses())
        emails << payload("victim@example.test", k.bytes);
    emails << "victim@example.test> SIZE=1" << "victim@example.test BODY=8BITMIME" << "<victim@example.test>"
           << "victim@example.test>" << "vic tim@example.test" << "victim@example.test SMTPUTF8"
           << "victim=x@example.test> AUTH=<>" << "victim@example.test\tRET=FULL";
    for (const QByteArray &email : emails) {
        INFO("Email " << QString::fromUtf8(email.toPercentEncoding()).toStdString());
        Scenario sc = smtpBase("smtp-injection-email");
        sc.email = QString::fromUtf8(email);
        sc.user = kUser; // the login itself is fine
        sc.code = Code::SettingsEmailMalformed;
        sc.field = Field::Email;
        const Outcome out = verify(sc);
        const QStringList lines = out.serverLines.value(0);
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        CHECK_FALSE(anyLineStarts(lines, "MAIL"));
        CHECK_FALSE(anyLineStarts(lines, "RCPT"));
        CHECK_FALSE(anyLineStarts(lines, "INJECTED"));
        CHECK_FALSE(anyLineStarts(lines, "SIZE"));
        // the login itself is still tested
        CHECK(count(lines, "AUTH") == 1);
    }
}

TEST_CASE("injection: a host name with control characters opens no connection", "[hostile][injection]")
{
    for (const Klass &k : klasses()) {
        for (Proto p : {Proto::Smtp, Proto::Imap, Proto::Pop3}) {
            INFO("host with " << k.name << " protocol " << int(p));
            Scenario sc = p == Proto::Smtp ? smtpBase("smtp-injection-host") : pop3Base("injection-host");
            if (p == Proto::Imap) {
                sc.proto = Proto::Imap;
                sc.port = 143;
                sc.onConnect = greet(ImapScript().greeting);
                sc.onLine = imapServer({});
            }
            sc.host = QString::fromUtf8(payload("localhost", k.bytes));
            sc.code = Code::SettingsHostMalformed;
            sc.field = p == Proto::Smtp ? Field::OutgoingHost : Field::IncomingHost;
            const Outcome out = verify(sc);
            CHECK(out.serverLines.isEmpty());
        }
    }
}

// ------------------------------------------------------------------------ POP3

TEST_CASE("injection POP3: CR - LF or NUL in USER/PASS is a finding on the field and nothing is sent",
          "[hostile][injection]")
{
    for (const Klass &k : klasses()) {
        for (const char *which : {"user", "password"}) {
            const bool isUser = QLatin1String(which) == QLatin1String("user");
            INFO(which << " with " << k.name);
            Scenario sc = pop3Base("pop3-injection-credentials");
            (isUser ? sc.user : sc.password) = payload(isUser ? kUser : kPassword, k.bytes);
            const bool breaks = k.bytes.contains('\r') || k.bytes.contains('\n') || k.bytes.contains('\0');
            if (breaks) {
                sc.code = Code::SettingsUnsendable;
                sc.field = isUser ? Field::IncomingUser : Field::IncomingPassword;
                sc.errors = 1;
                sc.wire = {QStringLiteral("CAPA"), QStringLiteral("STLS"), QStringLiteral("CAPA"), QStringLiteral("QUIT")};
            } else {
                // Other control characters travel inside the one line (RFC 1939 allows them).
                sc.passes = true;
                sc.verified = QStringLiteral("login");
                sc.wire = {QStringLiteral("CAPA"), QStringLiteral("STLS"), QStringLiteral("CAPA"),
                           QStringLiteral("USER *"), QStringLiteral("PASS *"), QStringLiteral("QUIT")};
            }
            const Outcome out = verify(sc);
            CHECK_FALSE(anyLineStarts(out.serverLines.value(0), "INJECTED"));
        }
    }
}

TEST_CASE("injection POP3: APOP with a space or line break in the user name sends nothing", "[hostile][injection]")
{
    for (const QByteArray &user : {QByteArray("victim INJECTED"), payload("victim", "\r\n")}) {
        Scenario sc = pop3Base("pop3-injection-apop");
        sc.auth = AuthMethod::Md5;
        sc.onConnect = greet("+OK POP3 ready <1896.697170952@hostile.test>\r\n");
        sc.user = user;
        sc.code = Code::SettingsUnsendable;
        sc.field = Field::IncomingUser;
        sc.wire = {QStringLiteral("CAPA"), QStringLiteral("STLS"), QStringLiteral("CAPA"), QStringLiteral("QUIT")};
        verify(sc);
    }
}

// ------------------------------------------------------------------------ IMAP

TEST_CASE("injection IMAP: control characters in credentials go as literals - never as a command", "[hostile][injection]")
{
    for (const Klass &k : klasses()) {
        for (const char *which : {"user", "password"}) {
            for (const QByteArray &caps : {QByteArray("IMAP4rev1 LITERAL+"), QByteArray("IMAP4rev1")}) {
                const bool isUser = QLatin1String(which) == QLatin1String("user");
                INFO(which << " with " << k.name << ", caps " << caps.toStdString());
                auto log = std::make_shared<ImapLog>();
                const QByteArray user = isUser ? payload(kUser, k.bytes) : kUser;
                const QByteArray password = isUser ? kPassword : payload(kPassword, k.bytes);
                Scenario sc = imapBase("imap-injection-credentials", log, user, password, caps);
                const bool nul = k.bytes.contains('\0');
                if (nul) {
                    sc.code = Code::SettingsUnsendable;
                    sc.field = isUser ? Field::IncomingUser : Field::IncomingPassword;
                    sc.errors = 1;
                } else {
                    sc.passes = true;
                    sc.verified = QStringLiteral("login");
                }
                verify(sc);
                INFO("commands: " << log->verbs.join(QLatin1Char(' ')).toStdString());
                CHECK_FALSE(log->verbs.contains(QStringLiteral("INJECTED")));
                CHECK_FALSE(log->verbs.contains(QStringLiteral("AUTHENTICATE")));
                CHECK(log->verbs.count(QStringLiteral("LOGOUT")) == 1);
                if (!nul) {
                    REQUIRE(log->logins.size() == 1);
                    CHECK(log->logins.at(0) == QByteArrayList{user, password});
                } else {
                    CHECK(log->logins.isEmpty());
                }
            }
        }
    }
}

TEST_CASE("injection IMAP: a LOGIN-only server logs in a UTF-8 user name and a CR/LF password", "[hostile][injection]")
{
    const QList<std::pair<QByteArray, QByteArray>> accounts{
        {QByteArray("jörg@exämple.test"), kPassword},
        {QByteArray("用户@example.test"), QByteArray("pässwörd-€-\xf0\x9f\x94\x91")},
        {kUser, QByteArray("line\r\nbreak")},
        {kUser, QByteArray("quote\"back\\slash{5}")},
        {QByteArray("{5}"), QByteArray("*")},
        {kUser, QByteArray(2000, 'p')},
    };
    for (const QByteArray &caps : {QByteArray("IMAP4rev1 LITERAL+"), QByteArray("IMAP4rev1"),
                                  QByteArray("IMAP4rev1 LITERAL- UTF8=ACCEPT")}) {
        for (const auto &[user, password] : accounts) {
            INFO("user " << user.toStdString() << " caps " << caps.toStdString());
            auto log = std::make_shared<ImapLog>();
            Scenario sc = imapBase("imap-login-only", log, user, password, caps);
            sc.passes = true;
            sc.verified = QStringLiteral("login");
            sc.notCodes = {Code::AuthFailed};
            verify(sc);
            INFO("commands: " << log->verbs.join(QLatin1Char(' ')).toStdString());
            CHECK_FALSE(log->verbs.contains(QStringLiteral("AUTHENTICATE")));
            REQUIRE(log->logins.size() == 1);
            CHECK(log->logins.at(0) == QByteArrayList{user, password});
        }
    }
}

TEST_CASE("injection IMAP: the wrong password on a LOGIN-only server is auth.failed - with no AUTHENTICATE",
          "[hostile][injection]")
{
    auto log = std::make_shared<ImapLog>();
    Scenario sc = imapBase("imap-login-only-wrong", log, kUser, kPassword);
    sc.onLine = imapLoginOnly(log, kUser, QByteArray("another"));
    sc.code = Code::AuthFailed;
    sc.field = Field::IncomingPassword;
    sc.errors = 1;
    verify(sc);
    CHECK_FALSE(log->verbs.contains(QStringLiteral("AUTHENTICATE")));
}

TEST_CASE("injection IMAP: a Path Prefix with control characters adds no command", "[hostile][injection]")
{
    for (const Klass &k : klasses()) {
        INFO("prefix with " << k.name);
        auto log = std::make_shared<ImapLog>();
        Scenario sc = imapBase("imap-injection-prefix", log, kUser, kPassword);
        sc.imapPrefix = QString::fromUtf8(payload("INBOX", k.bytes));
        if (isControlLine(k.bytes) || k.bytes.contains('\0')) {
            sc.code = Code::SettingsUnsendable;
            sc.field = Field::IncomingPathPrefix;
            sc.errors = 1;
        } else {
            sc.passes = true;
        }
        const Outcome out = verify(sc);
        INFO("commands: " << log->verbs.join(QLatin1Char(' ')).toStdString());
        CHECK_FALSE(log->verbs.contains(QStringLiteral("INJECTED")));
        CHECK(log->verbs.count(QStringLiteral("LOGOUT")) == 1);
        CHECK(std::none_of(out.serverLines.value(0).cbegin(), out.serverLines.value(0).cend(),
                           [](const QString &l) { return l.startsWith(QLatin1String("INJECTED")); }));
    }
}
