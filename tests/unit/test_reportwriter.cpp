// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CheckReport.h"
#include "report/ReportWriter.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace mailfix;

namespace {

const QByteArray InPassword = QByteArrayLiteral("Tr0ub4dor&3-incoming");
const QByteArray OutPassword = QByteArrayLiteral("c0rrect\"horse\\battery<staple>");

QSet<QString> keysOf(const QJsonObject &o)
{
    QSet<QString> k;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        k.insert(it.key());
    return k;
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> s;
    for (const char *n : names)
        s.insert(QLatin1String(n));
    return s;
}

CheckReport sampleReport()
{
    CheckReport r;
    AccountSettings &s = r.settings;
    s.email = QStringLiteral("anna@example.com");
    s.incoming.host = QStringLiteral("imap.example.com");
    s.incoming.user = QStringLiteral("anna");
    s.incoming.password = Secret(InPassword);
    s.outgoing.host = QStringLiteral("smtp.example.com");
    s.outgoing.port = 587;
    s.outgoing.user = QStringLiteral("anna");
    s.ios = *IosVersion::parse(QStringLiteral("17.4"));

    Finding relay = Finding::make(QStringLiteral("smtp.relay_denied"), Field::OutgoingUser,
                                  QStringLiteral("554 5.7.1 <x@example.net>: Relay access denied"));
    relay.title = QStringLiteral("The outgoing server does not let the phone send without logging in");
    relay.fix = QStringList{QStringLiteral("Open Settings."), QStringLiteral("Enter your user name.")};
    Finding warn =
        Finding::make(QStringLiteral("cert.expired"), Field::IncomingHost, QString(), Severity::Warning);
    warn.title = QStringLiteral("Certificate expired");
    warn.fix = QStringList{QStringLiteral("Ask the provider.")};
    warn.facts.names = QStringList{QStringLiteral("imap.example.com")};
    warn.alsoFields << Field::IncomingPort;
    r.findings << warn << relay;

    r.checks << CheckStep{QStringLiteral("incoming.tls"), StepStatus::Pass, 12, QStringLiteral("TLS 1.3")}
             << CheckStep{QStringLiteral("outgoing.relay"), StepStatus::Fail, 40,
                          QStringLiteral("554 denied")}
             << CheckStep{QStringLiteral("outgoing.sender"), StepStatus::Warn, 3, QString()}
             << CheckStep{QStringLiteral("incoming.login"), StepStatus::Skipped, 0, QString()};
    r.transcript << TranscriptLine{QStringLiteral("outgoing"), 3, QLatin1Char('S'),
                                   QStringLiteral("220 mail.example.test ESMTP")}
                 << TranscriptLine{QStringLiteral("outgoing"), 5, QLatin1Char('C'),
                                   QStringLiteral("EHLO mailfix")};
    r.totalMs = 321;
    return r;
}

/// A report whose every text carries the passwords, in clear and encoded, as a
/// buggy probe might leave them.
CheckReport leakyReport()
{
    CheckReport r = sampleReport();
    r.settings.outgoing.password = Secret(OutPassword);
    const QString in = QString::fromUtf8(InPassword);
    const QString out = QString::fromUtf8(OutPassword);
    const QString authPlain =
        QString::fromLatin1(QByteArray(QByteArray("\0anna\0", 6) + OutPassword).toBase64());
    const QString authLoginPw = QString::fromLatin1(InPassword.toBase64());
    r.transcript << TranscriptLine{QStringLiteral("incoming"), 7, QLatin1Char('C'),
                                   QStringLiteral("a1 LOGIN anna ") + in}
                 << TranscriptLine{QStringLiteral("incoming"), 8, QLatin1Char('C'),
                                   QStringLiteral("a2 LOGIN \"anna\" \"") + in + QLatin1Char('"')}
                 << TranscriptLine{QStringLiteral("outgoing"), 9, QLatin1Char('C'),
                                   QStringLiteral("AUTH PLAIN ") + authPlain}
                 << TranscriptLine{QStringLiteral("outgoing"), 10, QLatin1Char('C'), authLoginPw}
                 << TranscriptLine{QStringLiteral("incoming"), 11, QLatin1Char('C'),
                                   QStringLiteral("PASS ") + in};
    r.findings[1].evidence += QStringLiteral(" (password was ") + out + QLatin1Char(')');
    // Where data enters: evidence, facts, check details, transcript and the settings'
    // own strings (titles and fix steps are the product's words, composed from these).
    r.findings[1].evidence += QStringLiteral(" (login ") + in + QLatin1Char(')');
    r.findings[1].facts.host = QStringLiteral("host-") + in;
    r.settings.name = QStringLiteral("Anna ") + out;
    r.settings.description = in + QStringLiteral(" account");
    r.settings.incoming.host = QStringLiteral("imap.") + in + QStringLiteral(".example");
    r.checks[1].detail += QLatin1Char(' ') + out;
    r.findings[1].facts.user = out;
    r.findings[1].facts.offered = QStringList{in, out};
    r.checks[0].detail += QLatin1Char(' ') + authPlain;
    return r;
}

void requireNoSecrets(const QString &text)
{
    for (const QByteArray &pw : {InPassword, OutPassword}) {
        const QString clear = QString::fromUtf8(pw);
        INFO("password: " << pw.toStdString());
        CHECK_FALSE(text.contains(clear));
        CHECK_FALSE(text.contains(QString::fromLatin1(pw.toBase64())));
        CHECK_FALSE(
            text.contains(QString::fromLatin1(QByteArray(QByteArray("\0anna\0", 6) + pw).toBase64())));
        // escaped forms: JSON and HTML
        QString jsonEsc = clear;
        jsonEsc.replace(QLatin1String("\\"), QLatin1String("\\\\"))
            .replace(QLatin1String("\""), QLatin1String("\\\""));
        CHECK_FALSE(text.contains(jsonEsc));
        CHECK_FALSE(text.contains(clear.toHtmlEscaped()));
        // a long enough piece of it
        CHECK_FALSE(text.contains(clear.left(10)));
    }
}

} // namespace

TEST_CASE("ReportWriter JSON has exactly the contract's keys and types", "[reportwriter]")
{
    const CheckReport report = sampleReport();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(ReportWriter::toJson(report), &err);
    REQUIRE(err.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(keysOf(root) ==
          set({"ok", "verified", "findings", "checks", "transcript", "settings", "version", "ios", "elapsed_ms"}));
    CHECK(root.value(QStringLiteral("ok")).isBool());
    CHECK_FALSE(root.value(QStringLiteral("ok")).toBool());
    CHECK(root.value(QStringLiteral("version")).toString() == QLatin1String(MAILFIX_VERSION));
    CHECK(root.value(QStringLiteral("ios")).toString() == QLatin1String("17.4"));
    CHECK(root.value(QStringLiteral("elapsed_ms")).toInt() == 321);

    const QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    REQUIRE(findings.size() == 2);
    const QJsonObject relay = findings.at(1).toObject();
    CHECK(keysOf(relay) == set({"code", "severity", "field", "title", "fix", "evidence"}));
    CHECK(relay.value(QStringLiteral("code")).toString() == QLatin1String("smtp.relay_denied"));
    CHECK(relay.value(QStringLiteral("severity")).toString() == QLatin1String("error"));
    CHECK(relay.value(QStringLiteral("field")).toString() == QLatin1String("outgoing.user"));
    CHECK(relay.value(QStringLiteral("title")).isString());
    REQUIRE(relay.value(QStringLiteral("fix")).isArray());
    CHECK(relay.value(QStringLiteral("fix")).toArray().size() == 2);
    CHECK(relay.value(QStringLiteral("fix")).toArray().at(0).isString());
    CHECK(relay.value(QStringLiteral("evidence")).toString() ==
          QLatin1String("554 5.7.1 <x@example.net>: Relay access denied"));
    const QJsonObject warn = findings.at(0).toObject();
    CHECK(keysOf(warn) ==
          set({"code", "severity", "field", "title", "fix", "evidence", "also_fields", "params"}));
    CHECK(warn.value(QStringLiteral("severity")).toString() == QLatin1String("warning"));
    CHECK(warn.value(QStringLiteral("also_fields")).toArray().at(0).toString() ==
          QLatin1String("incoming.port"));
    CHECK(warn.value(QStringLiteral("params")).toObject().value(QStringLiteral("names")).isArray());

    const QJsonArray checks = root.value(QStringLiteral("checks")).toArray();
    REQUIRE(checks.size() == 4);
    QStringList statuses;
    for (const QJsonValue &v : checks) {
        const QJsonObject c = v.toObject();
        CHECK(keysOf(c) == set({"id", "status", "elapsed_ms", "detail"}));
        CHECK(c.value(QStringLiteral("id")).isString());
        CHECK(c.value(QStringLiteral("elapsed_ms")).isDouble());
        CHECK(c.value(QStringLiteral("detail")).isString());
        statuses << c.value(QStringLiteral("status")).toString();
    }
    CHECK(statuses == QStringList{QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("warn"),
                                  QStringLiteral("skipped")});
    CHECK(checks.at(0).toObject().value(QStringLiteral("elapsed_ms")).toInt() == 12);

    const QJsonArray transcript = root.value(QStringLiteral("transcript")).toArray();
    REQUIRE(transcript.size() == 2);
    const QJsonObject line = transcript.at(0).toObject();
    CHECK(keysOf(line) == set({"server", "t_ms", "dir", "text"}));
    CHECK(line.value(QStringLiteral("server")).toString() == QLatin1String("outgoing"));
    CHECK(line.value(QStringLiteral("t_ms")).toInt() == 3);
    CHECK(line.value(QStringLiteral("dir")).toString() == QLatin1String("S"));
    CHECK(line.value(QStringLiteral("text")).toString() == QLatin1String("220 mail.example.test ESMTP"));

    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    CHECK(settings.value(QStringLiteral("account")).toObject().value(QStringLiteral("email")).toString() ==
          QLatin1String("anna@example.com"));
    const QJsonObject in = settings.value(QStringLiteral("incoming")).toObject();
    const QJsonObject out = settings.value(QStringLiteral("outgoing")).toObject();
    CHECK_FALSE(in.contains(QStringLiteral("password")));
    CHECK_FALSE(out.contains(QStringLiteral("password")));
    CHECK(in.value(QStringLiteral("password_set")).toBool() == true);
    CHECK(out.value(QStringLiteral("password_set")).isBool());
    CHECK(out.value(QStringLiteral("password_set")).toBool() == false);
    CHECK(in.value(QStringLiteral("host")).toString() == QLatin1String("imap.example.com"));
    CHECK(in.value(QStringLiteral("port")).toInt() == 993); // the port that was checked
    CHECK(in.value(QStringLiteral("ssl")).toBool());
    CHECK(in.value(QStringLiteral("type")).toString() == QLatin1String("imap"));
    CHECK(in.value(QStringLiteral("auth")).toString() == QLatin1String("password"));
    CHECK(out.value(QStringLiteral("server")).toBool());
    CHECK(out.value(QStringLiteral("port")).toInt() == 587);
}

TEST_CASE("ReportWriter JSON ok is true exactly without error findings", "[reportwriter]")
{
    CheckReport r = sampleReport();
    r.findings.removeLast(); // only the warning left
    QJsonObject root = QJsonDocument::fromJson(ReportWriter::toJson(r)).object();
    CHECK(root.value(QStringLiteral("ok")).toBool());
    r.findings.clear();
    r.checks.clear();
    r.transcript.clear();
    root = QJsonDocument::fromJson(ReportWriter::toJson(r)).object();
    CHECK(root.value(QStringLiteral("ok")).toBool());
    CHECK(root.value(QStringLiteral("findings")).isArray());
    CHECK(root.value(QStringLiteral("findings")).toArray().isEmpty());
    CHECK(root.value(QStringLiteral("transcript")).isArray());
}

TEST_CASE("ReportWriter never lets a password out, in clear or encoded", "[reportwriter]")
{
    const CheckReport r = leakyReport();
    const QByteArray json = ReportWriter::toJson(r);
    INFO(json.toStdString());
    requireNoSecrets(QString::fromUtf8(json));
    // still valid JSON after the redaction
    QJsonParseError err;
    QJsonDocument::fromJson(json, &err);
    CHECK(err.error == QJsonParseError::NoError);
    CHECK(json.contains("********"));

    const QString text = ReportWriter::toText(r, false);
    requireNoSecrets(text);
    requireNoSecrets(ReportWriter::toText(r, true));
    requireNoSecrets(ReportWriter::toHtml(r));
    const QString transcript = ReportWriter::transcriptText(r);
    requireNoSecrets(transcript);
    CHECK(transcript.contains(QLatin1String("LOGIN anna ********")));
    // The password part is masked (the "\0anna\0" prefix may stay: it holds only the user name).
    CHECK(transcript.contains(QRegularExpression(QStringLiteral("AUTH PLAIN [A-Za-z0-9+/]*\\*{8}\n"))));
}

TEST_CASE("ReportWriter text lists checks, findings worst first and a summary", "[reportwriter]")
{
    const CheckReport r = sampleReport();
    const QString text = ReportWriter::toText(r, false);
    INFO(text.toStdString());
    CHECK(text.contains(QLatin1String("[pass] incoming.tls")));
    CHECK(text.contains(QLatin1String("[FAIL] outgoing.relay")));
    CHECK(text.contains(QLatin1String("[warn] outgoing.sender")));
    CHECK(text.contains(QLatin1String("[skip] incoming.login")));
    CHECK(text.contains(QLatin1String("(12 ms)")));
    const qsizetype error = text.indexOf(QLatin1String("does not let the phone send"));
    const qsizetype warning = text.indexOf(QLatin1String("Certificate expired"));
    REQUIRE(error > 0);
    REQUIRE(warning > 0);
    CHECK(error < warning); // worst first, though the report lists the warning first
    CHECK(text.contains(QLatin1String("1. Open Settings.")));
    CHECK(text.contains(QLatin1String("2. Enter your user name.")));
    CHECK(text.contains(QLatin1String("(outgoing.user)")));
    CHECK(text.contains(QLatin1String("Relay access denied")));
    CHECK(text.contains(QLatin1String("Result:")));
    CHECK(text.contains(QLatin1String("1 error")));
    CHECK_FALSE(text.contains(QChar(0x1b)));
    CHECK(ReportWriter::toText(r, true).contains(QChar(0x1b)));
}

TEST_CASE("ReportWriter keeps hostile server text harmless", "[reportwriter]")
{
    CheckReport r = sampleReport();
    r.transcript << TranscriptLine{QStringLiteral("incoming"), 4, QLatin1Char('S'),
                                   QStringLiteral("* OK \x1b]0;pwned\x07\x1b[2J<script>alert(1)</script>")};
    r.findings[1].evidence = QStringLiteral("550 <b>bold</b> \x1b[31mred");
    const QString text = ReportWriter::toText(r, false);
    CHECK_FALSE(text.contains(QChar(0x1b)));
    CHECK_FALSE(text.contains(QChar(0x07)));
    const QString transcript = ReportWriter::transcriptText(r);
    CHECK_FALSE(transcript.contains(QChar(0x1b)));
    CHECK(transcript.contains(QLatin1String("\\x1B")));
    const QString html = ReportWriter::toHtml(r);
    CHECK_FALSE(html.contains(QLatin1String("<script>")));
    CHECK_FALSE(html.contains(QLatin1String("<b>bold")));
    CHECK(html.contains(QLatin1String("&lt;script&gt;")));
    CHECK(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    CHECK_FALSE(html.contains(QLatin1String("http://")));
    CHECK_FALSE(html.contains(QLatin1String("https://")));
    // JSON keeps the server's words, escaped by JSON itself
    const QJsonObject root = QJsonDocument::fromJson(ReportWriter::toJson(r)).object();
    CHECK(root.value(QStringLiteral("transcript"))
              .toArray()
              .last()
              .toObject()
              .value(QStringLiteral("text"))
              .toString()
              .contains(QLatin1String("<script>")));
}
