// SPDX-License-Identifier: GPL-3.0-or-later
// mailfix-cli against the real servers: exit status, JSON per contract, and the
// redaction proof — every real-server scenario run with a known password, every
// output searched for it in clear and encoded.
#include "LeakSearch.h"
#include "CliRun.h"
#include "TestServers.h"
#include "account/SettingsFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mailfix;
using mailfix::test::CliRun;
using mailfix::test::runCli;
using mailfix::test::TestServers;

namespace {

/// Runs one scenario through a settings file, in text (with transcript) and JSON.
std::pair<CliRun, CliRun> runScenario(const AccountSettings &s, QTemporaryDir &dir, const QString &name)
{
    const QString file = dir.filePath(name + QStringLiteral(".json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(SettingsFile::write(s));
    f.close();
    const auto &ts = TestServers::get();
    const QStringList common{QStringLiteral("check"), QStringLiteral("--settings"), file,
                             QStringLiteral("--ca-file"), ts.caFile(),
                             QStringLiteral("--relay-recipient"), ts.foreignRecipient(),
                             QStringLiteral("--timeout"), QStringLiteral("20")};
    CliRun text = runCli(common + QStringList{QStringLiteral("--format"), QStringLiteral("text"),
                                              QStringLiteral("--transcript"), QStringLiteral("--no-color")}, s);
    CliRun json = runCli(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")}, s);
    return {text, json};
}

QList<std::pair<QString, AccountSettings>> scenarios()
{
    const auto &ts = TestServers::get();
    QList<std::pair<QString, AccountSettings>> list;
    auto add = [&](const char *name, const std::function<void(AccountSettings &)> &change) {
        AccountSettings s = ts.goodSettings();
        change(s);
        list.append({QLatin1String(name), s});
    };
    add("good", [](AccountSettings &) {});
    add("implicit-tls", [&](AccountSettings &s) {
        s.incoming.port = ts.port("imap", "imaps");
        s.outgoing.port = ts.port("smtp", "smtps");
    });
    add("pop3", [&](AccountSettings &s) {
        s.incomingType = IncomingType::Pop;
        s.incoming.port = ts.port("pop3", "pop3");
    });
    add("pop3s-wrong", [&](AccountSettings &s) {
        s.incomingType = IncomingType::Pop;
        s.incoming.port = ts.port("pop3", "pop3s");
        s.incoming.password = Secret(ts.password().toUtf8() + "x");
    });
    add("outgoing-empty", [](AccountSettings &s) {
        s.outgoing.user.clear();
        s.outgoing.password = Secret();
    });
    add("wrong-passwords", [&](AccountSettings &s) {
        s.outgoing.password = Secret(ts.password().toUtf8() + "x");
        s.incoming.password = Secret(ts.password().toUtf8() + "y");
    });
    add("ssl-off", [&](AccountSettings &s) {
        s.incoming.host = ts.strictHost();
        s.incoming.ssl = false;
        s.outgoing.ssl = false;
    });
    add("plain-ok-no-consent", [&](AccountSettings &s) {
        s.outgoing.port = ts.port("smtp", "submission_plain_ok");
        s.outgoing.ssl = false;
    });
    add("wrong-name", [&](AccountSettings &s) { s.outgoing.port = ts.port("smtp", "wrongname"); });
    add("unknown-ca", [&](AccountSettings &s) { s.outgoing.port = ts.port("smtp", "unknownca"); });
    add("md5", [](AccountSettings &s) {
        s.incoming.auth = AuthMethod::Md5;
        s.outgoing.auth = AuthMethod::Md5;
    });
    add("sender", [&](AccountSettings &s) { s.email = ts.user("bob", "email"); });
    add("mx", [&](AccountSettings &s) { s.outgoing.port = ts.port("smtp", "mx"); });
    add("imap-port-for-smtp", [&](AccountSettings &s) { s.outgoing.port = ts.port("imap", "imap"); });
    return list;
}

} // namespace

TEST_CASE("cli: no real-server scenario leaks the password into any output", "[integration][redaction]")
{
    const auto &ts = TestServers::get();
    REQUIRE(ts.valid);
    QTemporaryDir dir;
    const QByteArray user = ts.user("alice", "user").toUtf8();
    for (const auto &[name, settings] : scenarios()) {
        const auto [text, json] = runScenario(settings, dir, name);
        INFO("scenario " << name.toStdString() << "\n" << text.out.toStdString() << text.err.toStdString());
        CHECK((text.exitCode == 0 || text.exitCode == 1));
        CHECK(text.exitCode == json.exitCode);
        for (const Secret *pw : {&settings.incoming.password, &settings.outgoing.password}) {
            if (pw->isEmpty())
                continue;
            for (const QByteArray &out : {text.out, text.err, json.out, json.err})
                CHECK(test::findLeak(out, user, pw->reveal()).isEmpty());
        }
        // The JSON is the contract's: ok matches the exit status.
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        REQUIRE(o.contains(QStringLiteral("ok")));
        CHECK(o.value(QStringLiteral("ok")).toBool() == (json.exitCode == 0));
        for (const char *key : {"findings", "checks", "transcript"})
            CHECK(o.value(QLatin1String(key)).isArray());
        CHECK(o.value(QStringLiteral("settings")).isObject());
    }
}

TEST_CASE("cli: exit status follows the findings", "[integration]")
{
    const auto &ts = TestServers::get();
    QTemporaryDir dir;
    auto [good, goodJson] = runScenario(ts.goodSettings(), dir, QStringLiteral("good"));
    INFO(good.out.toStdString() << good.err.toStdString());
    CHECK(good.exitCode == 0);
    AccountSettings bad = ts.goodSettings();
    bad.outgoing.user.clear();
    bad.outgoing.password = Secret();
    auto [relay, relayJson] = runScenario(bad, dir, QStringLiteral("relay"));
    CHECK(relay.exitCode == 1);
    const QJsonArray findings = QJsonDocument::fromJson(relayJson.out).object().value(QStringLiteral("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    CHECK(findings.first().toObject().value(QStringLiteral("code")).toString() == QLatin1String("smtp.relay_denied"));
    CHECK(findings.first().toObject().value(QStringLiteral("field")).toString() == QLatin1String("outgoing.user"));
}

TEST_CASE("cli: malformed input gets one clear line and exit 2, never a crash", "[integration]")
{
    QTemporaryDir dir;
    auto write = [&](const char *name, const QByteArray &content) {
        QFile f(dir.filePath(QLatin1String(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    };
    const AccountSettings none;
    const QList<QStringList> cases{
        {QStringLiteral("check"), QStringLiteral("--settings"), write("empty.json", "")},
        {QStringLiteral("check"), QStringLiteral("--settings"), write("garbage.json", "\x01\xff{{{not json")},
        {QStringLiteral("check"), QStringLiteral("--settings"), write("array.json", "[1,2,3]")},
        {QStringLiteral("check"), QStringLiteral("--settings"), dir.filePath(QStringLiteral("missing.json"))},
        {QStringLiteral("check"), QStringLiteral("--outgoing-host"), QStringLiteral("smtp.example.com"),
         QStringLiteral("--outgoing-port"), QStringLiteral("70000")},
        {QStringLiteral("check"), QStringLiteral("--outgoing-host"), QString(10000, QLatin1Char('a')),
         QStringLiteral("--outgoing-port"), QStringLiteral("99999")},
        {QStringLiteral("check"), QStringLiteral("--outgoing-ssl"), QStringLiteral("maybe")},
        {QStringLiteral("check"), QStringLiteral("--no-such-option")},
        {QStringLiteral("frobnicate")},
    };
    for (const QStringList &args : cases) {
        const CliRun r = runCli(args, none);
        INFO(args.join(QLatin1Char(' ')).left(200).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.trimmed().count('\n') == 0);
        CHECK_FALSE(r.err.trimmed().isEmpty());
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("cli: a 10,000-character host name is a finding, not a crash", "[integration]")
{
    AccountSettings s;
    s.email = QStringLiteral("a@example.test");
    s.outgoing.host = QString(10000, QLatin1Char('a'));
    QTemporaryDir dir;
    const CliRun r = runCli({QStringLiteral("check"), QStringLiteral("--email"), s.email, QStringLiteral("--outgoing-host"),
                             s.outgoing.host, QStringLiteral("--format"), QStringLiteral("json")},
                            s);
    INFO(r.err.toStdString());
    CHECK((r.exitCode == 1 || r.exitCode == 2));
    if (r.exitCode == 1)
        CHECK(r.out.contains("settings.host_malformed"));
}
