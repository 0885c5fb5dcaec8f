// SPDX-License-Identifier: GPL-3.0-or-later
// The credential property (issue 14), shared by a seeded unit test and a libFuzzer
// target: any user name and password (control characters, quotes, backslashes,
// "{5}", multibyte and invalid UTF-8, JSON keywords, very long) through every probe
// against a server that echoes the password back in every form, and through every
// output format. It must hold that no form of the password is in any output, the
// JSON is valid, and the client put no line on the wire beyond its own commands.
#pragma once

#include "LeakSearch.h"
#include "ScriptedTransport.h"

#include "Checker.h"
#include "report/ReportWriter.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <string>

namespace mailfix::test {

struct CredentialCase
{
    int proto = 0;          ///< 0 SMTP, 1 IMAP, 2 POP3
    QByteArray user;
    QByteArray password;    ///< starts and ends with a distinctive 8-character core
    int echo = 0;           ///< 0 none, 1 raw bytes, 2 one-line forms, 3 base64 forms
    bool pipelining = false;
    bool literalPlus = false;
    bool rightPassword = true;
};

namespace detail {

inline QByteArray core(QRandomGenerator &g)
{
    static const char alnum[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QByteArray c;
    for (int i = 0; i < 8; ++i)
        c += alnum[g.bounded(int(sizeof(alnum) - 1))];
    return c;
}

inline QByteArray piece(QRandomGenerator &g)
{
    static const QList<QByteArray> pieces{
        "\r\n", "\n", "\r", QByteArray("\0", 1), "\x01", "\x1b[2J", "\x7f", "\t", "\"", "\\", "\\\"", "{5}", "{5+}\r\n",
        "true", "false", "null", "0", "ok", "OK", "e", "x", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x94\x91", "\xff\xfe",
        "\xc3", "\xed\xa0\x80", " ", "INJECTED 1", "\r\nINJECTED 1\r\n", "%", "%25", "=", "+/", "<", ">", "&", "'",
        "</script>", "********", "AUTH", "* OK", "250 ", "+OK", "\x85", "\xe2\x80\xa8"};
    return pieces.at(g.bounded(int(pieces.size())));
}

inline QByteArray tricky(QRandomGenerator &g, int maxPieces)
{
    QByteArray out;
    const int n = g.bounded(maxPieces + 1);
    for (int i = 0; i < n; ++i)
        out += piece(g);
    if (g.bounded(20) == 0)
        out += QByteArray(2000 + g.bounded(9000), 'q'); // very long
    return out;
}

/// The password's forms a server might echo.
inline QByteArray echoOf(const CredentialCase &c)
{
    const QByteArray &pw = c.password;
    switch (c.echo) {
    case 1: return " you said " + pw + " and " + QByteArray(300, 'w') + pw;
    case 2: {
        QByteArray latin1 = QString::fromUtf8(pw).toLatin1();
        QByteArray oneLine = pw;
        oneLine.replace('\r', ' ').replace('\n', ' ');
        // A long line whose cut-off falls inside the password.
        return " latin1 " + latin1 + " utf8-no-breaks " + QByteArray(180, 'z') + oneLine + " quoted \"" + pw + "\"";
    }
    case 3: return " b64 " + pw.toBase64() + " plain " + QByteArray(QByteArray("\0", 1) + c.user + '\0' + pw).toBase64();
    default: return {};
    }
}

inline QList<QByteArray> lines(QByteArray *buffer)
{
    QList<QByteArray> out;
    qsizetype nl;
    while ((nl = buffer->indexOf("\r\n")) >= 0) {
        out.append(buffer->left(nl));
        buffer->remove(0, nl + 2);
    }
    return out;
}

/// One IMAP command from the front of \a buf (literals included): its length when
/// complete, else 0 (\a wantsPlus: a synchronising literal waits for "+").
inline qsizetype imapCommand(const QByteArray &buf, QByteArrayList *args, bool *wantsPlus)
{
    args->clear();
    *wantsPlus = false;
    qsizetype i = 0;
    while (i < buf.size()) {
        const char ch = buf.at(i);
        if (ch == ' ') {
            ++i;
        } else if (ch == '\r' && i + 1 < buf.size() && buf.at(i + 1) == '\n') {
            return i + 2;
        } else if (ch == '"') {
            QByteArray v;
            ++i;
            while (i < buf.size() && buf.at(i) != '"') {
                if (buf.at(i) == '\\' && i + 1 < buf.size())
                    ++i;
                v += buf.at(i++);
            }
            ++i;
            args->append(v);
        } else if (ch == '{' && buf.indexOf('}', i) > i) {
            const qsizetype close = buf.indexOf('}', i);
            const bool plus = buf.at(close - 1) == '+';
            const qsizetype n = buf.mid(i + 1, close - i - 1 - (plus ? 1 : 0)).toLongLong();
            const qsizetype start = close + 3;
            if (start + n > buf.size()) {
                *wantsPlus = !plus && start == buf.size(); // the header is in, no data yet
                return 0;
            }
            args->append(buf.mid(start, n));
            i = start + n;
        } else {
            qsizetype e = i;
            while (e < buf.size() && buf.at(e) != ' ' && buf.at(e) != '\r')
                ++e;
            args->append(buf.mid(i, e - i));
            i = e;
        }
    }
    return 0;
}

/// The fake server, and what it saw: each command as the server parsed it.
struct Server
{
    CredentialCase c;
    QByteArray buffer;
    QList<QByteArrayList> commands; ///< IMAP: arguments; SMTP/POP3: the line
    bool plusSent = false;
    int authTurn = 0;

    QByteArray greeting() const
    {
        switch (c.proto) {
        case 0: return "220 fake ESMTP\r\n";
        case 1: return "* OK fake IMAP4rev1 ready\r\n";
        default: return "+OK fake POP3 ready\r\n";
        }
    }

    QByteArray respond(const QByteArray &bytes, bool *close)
    {
        buffer += bytes;
        QByteArray out;
        if (c.proto == 1) {
            QByteArrayList args;
            bool wantsPlus = false;
            qsizetype n;
            while ((n = imapCommand(buffer, &args, &wantsPlus)) > 0) {
                buffer.remove(0, n);
                plusSent = false;
                commands.append(args);
                out += imap(args, close);
            }
            if (wantsPlus) {
                plusSent = true;
                out += "+ go ahead\r\n";
            }
            return out;
        }
        for (const QByteArray &line : lines(&buffer)) {
            commands.append({line});
            out += c.proto == 0 ? smtp(line, close) : pop3(line, close);
        }
        return out;
    }

    QByteArray smtp(const QByteArray &line, bool *close)
    {
        const QByteArray up = line.toUpper();
        const QByteArray e = echoOf(c);
        if (authTurn == 1) {
            authTurn = 2;
            return "334 UGFzc3dvcmQ6\r\n";
        }
        if (authTurn == 2) {
            authTurn = 0;
            const bool ok = c.rightPassword && QByteArray::fromBase64(line) == c.password;
            return ok ? QByteArray("235 2.7.0 ok\r\n") : QByteArray("535 5.7.8 failed" + e + "\r\n");
        }
        if (up.startsWith("EHLO"))
            return QByteArray("250-fake\r\n") + (c.pipelining ? "250-PIPELINING\r\n" : "") + "250 AUTH PLAIN LOGIN\r\n";
        if (up.startsWith("AUTH PLAIN ")) {
            const QByteArray want = QByteArray("\0", 1) + c.user + '\0' + c.password;
            const bool ok = c.rightPassword && QByteArray::fromBase64(line.mid(11)) == want;
            return ok ? QByteArray("235 2.7.0 ok\r\n") : QByteArray("535 5.7.8 failed" + e + "\r\n");
        }
        if (up.startsWith("AUTH LOGIN")) {
            authTurn = 1;
            return "334 VXNlcm5hbWU6\r\n";
        }
        if (up.startsWith("MAIL"))
            return "250 2.1.0 ok\r\n";
        if (up.startsWith("RCPT"))
            return "554 5.7.1 relay denied" + e + "\r\n";
        if (up.startsWith("RSET"))
            return "250 ok\r\n";
        if (up.startsWith("QUIT")) {
            *close = true;
            return "221 bye\r\n";
        }
        return "500 what" + e + "\r\n";
    }

    QByteArray imap(const QByteArrayList &args, bool *close)
    {
        const QByteArray tag = args.value(0);
        const QByteArray verb = args.value(1).toUpper();
        const QByteArray e = echoOf(c);
        if (verb == "CAPABILITY")
            return QByteArray("* CAPABILITY IMAP4rev1 AUTH=PLAIN") + (c.literalPlus ? " LITERAL+" : "") + "\r\n" + tag
                + " OK done\r\n";
        if (verb == "LOGIN") {
            const bool ok = c.rightPassword && args.size() == 4 && args.at(2) == c.user && args.at(3) == c.password;
            return ok ? QByteArray(tag + " OK logged in\r\n") : QByteArray(tag + " NO [AUTHENTICATIONFAILED] failed" + e + "\r\n");
        }
        if (verb == "AUTHENTICATE") {
            const QByteArray want = QByteArray("\0", 1) + c.user + '\0' + c.password;
            const bool ok = c.rightPassword && QByteArray::fromBase64(args.value(3)) == want;
            return ok ? QByteArray(tag + " OK logged in\r\n") : QByteArray(tag + " NO [AUTHENTICATIONFAILED] failed" + e + "\r\n");
        }
        if (verb == "LIST")
            return "* LIST () \"/\" INBOX\r\n" + tag + " OK done\r\n";
        if (verb == "LOGOUT") {
            *close = true;
            return "* BYE bye\r\n" + tag + " OK done\r\n";
        }
        return tag + " BAD what" + e + "\r\n";
    }

    QByteArray pop3(const QByteArray &line, bool *close)
    {
        const QByteArray up = line.toUpper();
        const QByteArray e = echoOf(c);
        if (up.startsWith("CAPA"))
            return QByteArray("+OK\r\nUSER\r\n") + (c.pipelining ? "PIPELINING\r\n" : "") + ".\r\n";
        if (up.startsWith("USER"))
            return "+OK\r\n";
        if (up.startsWith("PASS")) {
            const bool ok = c.rightPassword && line.mid(5) == c.password;
            return ok ? QByteArray("+OK logged in\r\n") : QByteArray("-ERR [AUTH] failed" + e + "\r\n");
        }
        if (up.startsWith("QUIT")) {
            *close = true;
            return "+OK bye\r\n";
        }
        return "-ERR what" + e + "\r\n";
    }
};

/// printable()'s rendering of bytes that are not valid UTF-8 (and of controls).
inline QByteArray escaped(const QByteArray &bytes)
{
    QByteArray out;
    for (const char ch : bytes) {
        const auto u = static_cast<unsigned char>(ch);
        if (u >= 0x20 && u < 0x7f)
            out += ch;
        else
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
    }
    return out;
}

} // namespace detail

/// A random case from \a g.
inline CredentialCase randomCase(QRandomGenerator &g)
{
    CredentialCase c;
    c.proto = g.bounded(3);
    const QByteArray a = detail::core(g), b = detail::core(g);
    c.password = a + detail::tricky(g, 4) + b;
    static const QList<QByteArray> users{"user@example.test", "j\xc3\xb6rg@ex\xc3\xa4mple.test", "{5}", "a\"b\\c",
                                         "true", "0", "\xe7\x94\xa8\xe6\x88\xb7"};
    c.user = users.at(g.bounded(int(users.size()))) + (g.bounded(3) == 0 ? detail::tricky(g, 2) : QByteArray());
    c.echo = g.bounded(4);
    c.pipelining = g.bounded(2);
    c.literalPlus = g.bounded(2);
    c.rightPassword = g.bounded(3) != 0;
    return c;
}

/// Runs \a c; returns an empty string when the property holds, else what broke.
inline std::string checkCredentialCase(const CredentialCase &c)
{
    AccountSettings s;
    s.email = QStringLiteral("user@example.test");
    s.incomingType = c.proto == 2 ? IncomingType::Pop : IncomingType::Imap;
    ServerSettings &srv = c.proto == 0 ? s.outgoing : s.incoming;
    srv.host = QStringLiteral("127.0.0.1");
    srv.ssl = true;
    srv.port = c.proto == 0 ? 465 : c.proto == 1 ? 993 : 995; // TLS from the first byte: the fake server needs no STARTTLS
    srv.user = QString::fromUtf8(c.user);
    srv.password = Secret(c.password);
    // The user name as the probes send it (settings hold text: invalid UTF-8 is replaced).
    CredentialCase sc = c;
    sc.user = srv.user.trimmed().toUtf8();

    CheckOptions o;
    o.stepTimeoutMs = 400;
    detail::Server server{sc, {}, {}, false, 0};
    CheckReport report;
    {
        Checker checker;
        checker.setTransportFactory([&server](QObject *parent) -> Transport * {
            return ScriptedTransport::fromResponder(
                server.greeting(),
                [&server](const QByteArray &w, bool, bool *close) { return server.respond(w, close); }, parent);
        });
        QEventLoop loop;
        bool done = false;
        QObject::connect(&checker, &Checker::finished, &loop, [&](const CheckReport &r) {
            report = r;
            done = true;
            loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        checker.start(s, o);
        if (checker.isRunning())
            loop.exec();
        if (!done)
            return "the check did not finish";
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Outputs.
    const QByteArray json = ReportWriter::toJson(report);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return "invalid JSON: " + err.errorString().toStdString();
    if (!doc.object().contains(QStringLiteral("verified")) || !doc.object().contains(QStringLiteral("ok")))
        return "JSON keys lost";
    QList<std::pair<const char *, QByteArray>> outputs{
        {"json", json},
        {"text", ReportWriter::toText(report, false).toUtf8()},
        {"text (colour)", ReportWriter::toText(report, true).toUtf8()},
        {"html", ReportWriter::toHtml(report).toUtf8()},
        {"transcript", ReportWriter::transcriptText(report).toUtf8()},
    };
    QByteArray fields;
    for (const Finding &f : report.findings)
        fields += f.title.toUtf8() + '\n' + f.evidence.toUtf8() + '\n' + f.fix.join(QLatin1Char('\n')).toUtf8() + '\n'
            + QJsonDocument::fromVariant(f.params()).toJson() + '\n';
    for (const CheckStep &st : report.checks)
        fields += st.detail.toUtf8() + '\n';
    for (const TranscriptLine &l : report.transcript)
        fields += l.text.toUtf8() + '\n';
    outputs.append({"report fields", fields});
    const QByteArray head = c.password.left(8), tail = c.password.right(8);
    for (const auto &[name, text] : outputs) {
        const QString leak = findLeak(text, sc.user, c.password);
        if (!leak.isEmpty())
            return std::string(name) + " " + leak.toStdString();
        if (text.contains(detail::escaped(c.password)) || text.contains(QString::fromUtf8(c.password).toHtmlEscaped().toUtf8()))
            return std::string(name) + " holds an escaped form of the password";
        // Partial passwords count: the distinctive ends never show, whatever was cut.
        if (text.contains(head) || text.contains(tail))
            return std::string(name) + " holds a part of the password";
    }

    // The wire: only the client's own commands, whatever the credentials hold.
    for (const QByteArrayList &cmd : std::as_const(server.commands)) {
        const QByteArray first = cmd.value(0);
        if (c.proto == 1) {
            const QByteArray verb = cmd.value(1).toUpper();
            static const QList<QByteArray> verbs{"CAPABILITY", "LOGIN", "AUTHENTICATE", "LIST", "LOGOUT", "STARTTLS"};
            const bool tagOk = first.size() > 1 && first.at(0) == 'm';
            if (!tagOk || !verbs.contains(verb))
                return "IMAP: an extra command on the wire: " + QString::fromUtf8(first + ' ' + verb).toStdString();
            if (verb == "AUTHENTICATE")
                return "IMAP: AUTHENTICATE without SASL-IR or a need for it";
        } else {
            const QByteArray up = first.toUpper();
            static const QList<QByteArray> smtp{"EHLO ", "HELO ", "AUTH ", "MAIL FROM:<", "RCPT TO:<", "RSET", "QUIT", "*"};
            static const QList<QByteArray> pop3{"CAPA", "USER ", "PASS ", "APOP ", "QUIT", "STLS"};
            const auto &known = c.proto == 0 ? smtp : pop3;
            bool ok = std::any_of(known.cbegin(), known.cend(), [&](const QByteArray &k) { return up.startsWith(k); });
            // AUTH LOGIN's answers are base64 lines
            ok = ok || (c.proto == 0 && !first.isEmpty() && QByteArray::fromBase64(first).toBase64() == first);
            if (!ok || up.startsWith("INJECTED"))
                return "an extra line on the wire: " + QString::fromUtf8(first.left(60).toPercentEncoding()).toStdString();
        }
    }
    return {};
}

} // namespace mailfix::test
