// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14: redaction that cannot be bypassed, and an honest verdict.
//  - server lines are redacted as bytes before they are escaped or cut;
//  - values are redacted where they enter, never the serialised output, so JSON
//    stays valid for every password and a short or common password never masks
//    the product's own words (titles, fix steps, check ids, JSON keys);
//  - `verified` per side, and a summary that never says "work" untested;
//  - the credential property over every probe and output (seeded).
#include "CredentialProperty.h"

#include "model/CheckReport.h"
#include "model/Redactor.h"
#include "protocol/SmtpReply.h"
#include "report/ReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace mailfix;

namespace {

CheckReport passingReport(const QByteArray &password)
{
    CheckReport r;
    AccountSettings &s = r.settings;
    s.email = QStringLiteral("anna@example.com");
    s.incoming.host = QStringLiteral("imap.example.com");
    s.incoming.user = QStringLiteral("anna");
    s.incoming.password = Secret(password);
    s.outgoing.host = QStringLiteral("smtp.example.com");
    s.outgoing.port = 587;
    s.outgoing.user = QStringLiteral("anna");
    s.outgoing.password = Secret(password);
    for (const char *side : {"incoming", "outgoing"})
        for (const char *leaf : {"dns", "connect", "tls", "greeting"})
            r.checks << CheckStep{QString::fromLatin1(side) + QLatin1Char('.') + QLatin1String(leaf), StepStatus::Pass, 1,
                                  QStringLiteral("fine")};
    r.checks << CheckStep{QStringLiteral("incoming.capability"), StepStatus::Pass, 1, QString()}
             << CheckStep{QStringLiteral("incoming.login"), StepStatus::Pass, 1, QStringLiteral("Logged in with LOGIN")}
             << CheckStep{QStringLiteral("outgoing.ehlo"), StepStatus::Pass, 1, QString()}
             << CheckStep{QStringLiteral("outgoing.auth"), StepStatus::Pass, 1, QStringLiteral("Logged in with PLAIN")}
             << CheckStep{QStringLiteral("outgoing.sender"), StepStatus::Pass, 1, QString()}
             << CheckStep{QStringLiteral("outgoing.relay"), StepStatus::Pass, 1, QString()};
    Finding note = Finding::make(Code::TlsPlaintextLogin, Field::IncomingSsl, QStringLiteral("server said ok"),
                                 Severity::Warning);
    note.title = QStringLiteral("The password was sent without encryption: ok, true, wrong, x, e, 1, 0");
    note.fix = {QStringLiteral("Turn Use SSL on."), QStringLiteral("Check the port (e.g. 993), then try again.")};
    r.findings << note;
    r.transcript << TranscriptLine{QStringLiteral("incoming"), 1, QLatin1Char('S'), QStringLiteral("* OK ready")};
    return r;
}

void setStep(CheckReport &r, const QString &id, StepStatus st, const QString &detail = {})
{
    for (CheckStep &c : r.checks)
        if (c.id == id) {
            c.status = st;
            c.detail = detail;
        }
}

QString verdict(const CheckReport &r)
{
    const QJsonObject v = QJsonDocument::fromJson(ReportWriter::toJson(r)).object().value(QStringLiteral("verified")).toObject();
    return v.value(QStringLiteral("incoming")).toString() + QLatin1Char('/') + v.value(QStringLiteral("outgoing")).toString();
}

} // namespace

TEST_CASE("redaction: server lines are redacted as bytes - in every encoding - before escaping", "[redaction]")
{
    Redactor r;
    const QByteArray pw = "p\xc3\xa4ss-W\xc3\xb6rd-42"; // UTF-8
    r.addSecret(pw);
    const QByteArray latin1 = "p\xe4ss-W\xf6rd-42";
    for (const QByteArray &form : {pw, latin1, pw.toBase64(), QByteArray(QByteArray("\0u\0", 3) + pw).toBase64(),
                                   pw.toPercentEncoding(), QString::fromUtf8(pw).toUtf8()}) {
        INFO("form " << form.toPercentEncoding().toStdString());
        const QByteArray line = "535 5.7.8 \xff\xfe invalid UTF-8 then " + form + " end";
        const QByteArray red = r.redactBytes(line, 4);
        CHECK_FALSE(red.contains(form));
        CHECK(red.contains("********"));
        // what the transcript and evidence then show holds no escaped form either
        const QString shown = printable(red, 200);
        CHECK_FALSE(shown.contains(QStringLiteral("p\\xe4ss")));
        CHECK_FALSE(shown.contains(QStringLiteral("p\\xc3\\xa4ss")));
        CHECK(red.startsWith("535 "));
    }
    // An invalid-UTF-8 password, echoed as bytes.
    Redactor r2;
    const QByteArray bad = "ab\xff\xfe" "cd-secret";
    r2.addSecret(bad);
    CHECK_FALSE(r2.redactBytes("x " + bad + " y").contains(bad));
    CHECK_FALSE(printable(r2.redactBytes("x " + bad + " y")).contains(QStringLiteral("cd-secret")));
    // The escaped text form is a needle too (a value escaped elsewhere).
    CHECK_FALSE(r2.redact(QStringLiteral("x ab\\xff\\xfecd-secret y")).contains(QStringLiteral("cd-secret")));
}

TEST_CASE("redaction: a line longer than the cut-off never leaves a partial password", "[redaction]")
{
    Redactor r;
    const QByteArray pw = "Hostile-Pa55word!xyz";
    r.addSecret(pw);
    for (int pad = 180; pad < 200; ++pad) {
        const QByteArray line = "550 " + QByteArray(pad, 'a') + pw + " tail";
        const QString evidence = printable(r.redactBytes(line, 4), 200);
        INFO("pad " << pad << ": " << evidence.toStdString());
        for (int k = 4; k <= pw.size(); ++k)
            CHECK_FALSE(evidence.contains(QString::fromLatin1(pw.left(k)) + QStringLiteral("…")));
        CHECK_FALSE(evidence.contains(QStringLiteral("Hostile")));
    }
}

TEST_CASE("redaction: a short or common password never masks the product's words or the JSON syntax", "[redaction]")
{
    for (const QByteArray &pw : {QByteArray("x"), QByteArray("wrong"), QByteArray("ok"), QByteArray("e"), QByteArray("1"),
                                QByteArray("0"), QByteArray("true"), QByteArray("null"), QByteArray("\""), QByteArray("\\"),
                                QByteArray("{5}"), QByteArray(":"), QByteArray(","), QByteArray("id"), QByteArray("pass"),
                                QByteArray("incoming"), QByteArray("s")}) {
        INFO("password " << pw.toStdString());
        const CheckReport r = passingReport(pw);
        const QByteArray json = ReportWriter::toJson(r);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
        REQUIRE(err.error == QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        for (const char *key : {"ok", "verified", "findings", "checks", "transcript", "settings", "version", "ios", "elapsed_ms"})
            CHECK(root.contains(QLatin1String(key)));
        const QJsonObject f = root.value(QStringLiteral("findings")).toArray().at(0).toObject();
        CHECK(f.value(QStringLiteral("title")).toString() == r.findings.at(0).title);
        CHECK(f.value(QStringLiteral("fix")).toArray().at(1).toString() == r.findings.at(0).fix.at(1));
        CHECK(f.value(QStringLiteral("code")).toString() == Code::TlsPlaintextLogin);
        QStringList ids;
        for (const QJsonValue &c : root.value(QStringLiteral("checks")).toArray())
            ids << c.toObject().value(QStringLiteral("id")).toString();
        CHECK(ids.contains(QStringLiteral("incoming.login")));
        CHECK(ids.contains(QStringLiteral("outgoing.relay")));
        CHECK(root.value(QStringLiteral("ok")).isBool());
        const QString text = ReportWriter::toText(r, false);
        CHECK(text.contains(r.findings.at(0).title));
        CHECK(text.contains(QStringLiteral("[pass] incoming.login")));
        CHECK(text.contains(QStringLiteral("these settings work")));
        const QString html = ReportWriter::toHtml(r);
        CHECK(html.contains(r.findings.at(0).title.toHtmlEscaped()));
        CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    }
}

TEST_CASE("redaction: JSON stays valid and clean for every password", "[redaction]")
{
    QList<QByteArray> passwords{"true", "0", "ok", "\"", "\\", "{5}", "p\xc3\xa4ss\xe2\x82\xac\xf0\x9f\x94\x91",
                                "in\xff\xfevalid", QByteArray(10 * 1024, 'k') + "end", "\"},{\"ok\":true,\"x\":\"",
                                "</script><script>", "\r\n", QByteArray("a\0b", 3), "\\u0000", "********"};
    for (const QByteArray &pw : passwords) {
        INFO("password " << pw.left(40).toPercentEncoding().toStdString());
        CheckReport r = passingReport(pw);
        r.findings[0].evidence = QStringLiteral("the server echoed ") + QString::fromUtf8(pw);
        r.transcript << TranscriptLine{QStringLiteral("incoming"), 2, QLatin1Char('S'),
                                       QStringLiteral("m2 NO ") + QString::fromUtf8(pw)};
        r.checks[0].detail = QString::fromUtf8(pw);
        const QByteArray json = ReportWriter::toJson(r);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
        REQUIRE(err.error == QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        const QJsonObject f = root.value(QStringLiteral("findings")).toArray().at(0).toObject();
        CHECK(f.value(QStringLiteral("evidence")).toString() == QStringLiteral("the server echoed ********"));
        CHECK(root.value(QStringLiteral("checks")).toArray().at(0).toObject().value(QStringLiteral("detail")).toString()
              == QStringLiteral("********"));
        CHECK(root.value(QStringLiteral("transcript")).toArray().last().toObject().value(QStringLiteral("text")).toString()
              == QStringLiteral("m2 NO ********"));
    }
}

TEST_CASE("verified: relay - login - connect or none per side - from the steps and findings", "[verified]")
{
    CheckReport r = passingReport("Secret-pw-1");
    CHECK(verdict(r) == QStringLiteral("login/relay"));
    CHECK(ReportWriter::toText(r, false).contains(QStringLiteral("these settings work")));

    SECTION("no password: the login was not tested")
    {
        setStep(r, QStringLiteral("incoming.login"), StepStatus::Skipped, QStringLiteral("User name or password empty"));
        setStep(r, QStringLiteral("outgoing.auth"), StepStatus::Skipped, QStringLiteral("User name or password empty"));
        setStep(r, QStringLiteral("outgoing.relay"), StepStatus::Skipped);
        CHECK(verdict(r) == QStringLiteral("connect/connect"));
        const QString text = ReportWriter::toText(r, false);
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("settings work")));
        CHECK(text.contains(QStringLiteral("The servers answer, but the login was not tested (User name or password empty)")));
        CHECK_FALSE(ReportWriter::toHtml(r).contains(QStringLiteral("settings work")));
    }
    SECTION("plain text without consent")
    {
        setStep(r, QStringLiteral("incoming.login"), StepStatus::Skipped,
                QStringLiteral("Not tried: the password would travel unencrypted"));
        CHECK(verdict(r) == QStringLiteral("connect/relay"));
        const QString text = ReportWriter::toText(r, false);
        CHECK_FALSE(text.contains(QStringLiteral("settings work")));
        CHECK(text.contains(QStringLiteral("the incoming server answers, but its login was not tested (Not tried: the password "
                                           "would travel unencrypted)"),
                            Qt::CaseInsensitive));
    }
    SECTION("certificate not accepted")
    {
        setStep(r, QStringLiteral("outgoing.tls"), StepStatus::Fail, QStringLiteral("self-signed"));
        setStep(r, QStringLiteral("outgoing.auth"), StepStatus::Skipped, QStringLiteral("Not tried: the certificate was not accepted"));
        setStep(r, QStringLiteral("outgoing.relay"), StepStatus::Skipped);
        CHECK(verdict(r) == QStringLiteral("login/none"));
        CHECK_FALSE(ReportWriter::toText(r, false).contains(QStringLiteral("settings work")));
    }
    SECTION("logged in, relay not passed")
    {
        setStep(r, QStringLiteral("outgoing.relay"), StepStatus::Warn);
        CHECK(verdict(r) == QStringLiteral("login/login"));
    }
    SECTION("a login error stands against a passed step")
    {
        r.findings << Finding::make(Code::AuthFailed, Field::OutgoingPassword, QStringLiteral("535"));
        CHECK(verdict(r) == QStringLiteral("login/connect"));
    }
    SECTION("no greeting")
    {
        setStep(r, QStringLiteral("incoming.greeting"), StepStatus::Fail);
        CHECK(verdict(r).startsWith(QStringLiteral("none/")));
    }
    SECTION("nothing checked")
    {
        r.checks.clear();
        CHECK(verdict(r) == QStringLiteral("none/none"));
        CHECK_FALSE(ReportWriter::toText(r, false).contains(QStringLiteral("settings work")));
    }
}

TEST_CASE("property: any credentials through every probe and output leak nothing and add no line", "[redaction][property]")
{
    QRandomGenerator g(20261202);
    int logins = 0;
    for (int i = 0; i < 300; ++i) {
        const test::CredentialCase c = test::randomCase(g);
        INFO("case " << i << " proto " << c.proto << " echo " << c.echo << " user "
                     << c.user.left(60).toPercentEncoding().toStdString() << " password "
                     << c.password.left(80).toPercentEncoding().toStdString());
        const std::string broke = test::checkCredentialCase(c);
        CHECK(broke == std::string());
        logins += c.rightPassword ? 1 : 0;
    }
    CHECK(logins > 100);
}
