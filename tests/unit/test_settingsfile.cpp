// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountSettings.h"
#include "account/SettingsFile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace mailfix;

namespace {

const QByteArray GoodFile = R"({
  "account": {"email": "anna@b.example", "name": "Anna", "description": "Work"},
  "incoming": {"type": "pop", "host": "pop.b.example", "port": 995, "ssl": true,
               "auth": "md5", "user": "anna", "path_prefix": "INBOX"},
  "outgoing": {"server": false, "host": "smtp.b.example", "port": 465, "ssl": false,
               "auth": "http-md5", "user": "anna@b.example"},
  "ios": {"version": "17.4"}
})";

SettingsParseResult parse(const QByteArray &json, AccountSettings *s = nullptr)
{
    AccountSettings local;
    return SettingsFile::parse(json, s ? s : &local, QStringLiteral("settings.json"));
}

void requireBroken(const QByteArray &json, const char *mustMention = nullptr)
{
    INFO("input: " << json.left(200).toStdString());
    const SettingsParseResult r = parse(json);
    CHECK_FALSE(r.ok);
    CHECK(r.error.startsWith(QLatin1String("settings.json: ")));
    CHECK_FALSE(r.error.contains(QLatin1Char('\n')));
    CHECK(r.error.size() < 300);
    if (mustMention) {
        INFO("error: " << r.error.toStdString());
        CHECK(r.error.contains(QLatin1String(mustMention)));
    }
}

} // namespace

TEST_CASE("SettingsFile reads every field of a good file", "[settingsfile]")
{
    AccountSettings s;
    const SettingsParseResult r = parse(GoodFile, &s);
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    CHECK(r.error.isEmpty());
    CHECK(s.email == QLatin1String("anna@b.example"));
    CHECK(s.name == QLatin1String("Anna"));
    CHECK(s.description == QLatin1String("Work"));
    CHECK(s.incomingType == IncomingType::Pop);
    CHECK(s.incoming.host == QLatin1String("pop.b.example"));
    CHECK(s.incoming.port == 995);
    CHECK(s.incoming.ssl);
    CHECK(s.incoming.auth == AuthMethod::Md5);
    CHECK(s.incoming.user == QLatin1String("anna"));
    CHECK(s.imapPathPrefix == QLatin1String("INBOX"));
    CHECK_FALSE(s.outgoingServerOn);
    CHECK(s.outgoing.host == QLatin1String("smtp.b.example"));
    CHECK(s.outgoing.port == 465);
    CHECK_FALSE(s.outgoing.ssl);
    CHECK(s.outgoing.auth == AuthMethod::HttpMd5);
    CHECK(s.outgoing.user == QLatin1String("anna@b.example"));
    CHECK(s.ios.major == 17);
    CHECK(s.ios.minor == 4);
    for (const char *f : {"account.email", "incoming.type", "incoming.host", "incoming.port", "incoming.ssl",
                          "incoming.auth", "incoming.user", "outgoing.server", "outgoing.host",
                          "outgoing.port", "outgoing.ssl", "outgoing.auth", "outgoing.user", "ios.version"})
        CHECK(r.presentFields.contains(QLatin1String(f)));
    CHECK(r.ignoredPasswordFields.isEmpty());
    CHECK(r.unknownKeys.isEmpty());
}

TEST_CASE("SettingsFile keeps the phone's defaults for absent fields", "[settingsfile]")
{
    AccountSettings s;
    const SettingsParseResult r = parse(R"({"incoming": {"host": "imap.b.example"}})", &s);
    REQUIRE(r.ok);
    CHECK(r.presentFields == QStringList{QStringLiteral("incoming.host")});
    CHECK(s.incomingType == IncomingType::Imap);
    CHECK(s.incoming.port == 0);
    CHECK(s.incoming.ssl);
    CHECK(s.incoming.auth == AuthMethod::Password);
    CHECK(s.outgoingServerOn);
    CHECK(s.outgoing.host.isEmpty());
    CHECK(s.ios.major == IosVersion::Newest);

    // null is the same as absent
    AccountSettings t;
    REQUIRE(parse(R"({"incoming": {"host": null, "port": null}, "outgoing": null})", &t).ok);
    CHECK(t.incoming.port == 0);
    // an empty object is a valid (empty) settings file
    CHECK(parse("{}").ok);
}

TEST_CASE("SettingsFile accepts the ios version in every documented form", "[settingsfile]")
{
    AccountSettings a, b, c;
    REQUIRE(parse(R"({"ios": "16.2"})", &a).ok);
    CHECK(a.ios.major == 16);
    CHECK(a.ios.minor == 2);
    REQUIRE(parse(R"({"ios": {"version": "15"}})", &b).ok);
    CHECK(b.ios.major == 15);
    REQUIRE(parse(R"({"ios": 14})", &c).ok);
    CHECK(c.ios.major == 14);
    requireBroken(R"({"ios": "99"})", "ios.version");
    requireBroken(R"({"ios": {"version": true}})", "ios.version");
    requireBroken(R"({"ios": "banana"})", "ios.version");
}

TEST_CASE("SettingsFile never reads passwords but notes them", "[settingsfile]")
{
    AccountSettings s;
    const SettingsParseResult r = parse(R"({"incoming": {"host": "h.example", "password": "hunter2"},
                  "outgoing": {"password": "x", "password_set": true}})",
                                        &s);
    REQUIRE(r.ok);
    CHECK(s.incoming.password.isEmpty());
    CHECK(s.outgoing.password.isEmpty());
    CHECK(r.ignoredPasswordFields ==
          QStringList{QStringLiteral("incoming.password"), QStringLiteral("outgoing.password")});
    CHECK_FALSE(r.presentFields.contains(QStringLiteral("incoming.password")));
    CHECK(r.unknownKeys.isEmpty());
}

TEST_CASE("SettingsFile notes unknown keys without failing", "[settingsfile]")
{
    const SettingsParseResult r = parse(R"({"incoming": {"hots": "x"}, "extra": 1})");
    REQUIRE(r.ok);
    CHECK(r.unknownKeys.contains(QStringLiteral("incoming.hots")));
    CHECK(r.unknownKeys.contains(QStringLiteral("extra")));
}

TEST_CASE("SettingsFile reads the settings of a saved JSON report", "[settingsfile]")
{
    AccountSettings s;
    const SettingsParseResult r =
        parse(R"({"ok": false, "findings": [], "settings": {"incoming": {"host": "h.example", "port": 143,
                  "ssl": false, "password_set": true}}})",
              &s);
    REQUIRE(r.ok);
    CHECK(s.incoming.host == QLatin1String("h.example"));
    CHECK(s.incoming.port == 143);
    CHECK_FALSE(s.incoming.ssl);
}

TEST_CASE("SettingsFile rejects broken files with one clear line", "[settingsfile]")
{
    SECTION("garbage and empty")
    {
        requireBroken("this is not json", "not valid JSON");
        requireBroken("{\"incoming\": {\"host\": \"x\"", "not valid JSON");
        requireBroken("", "empty");
        requireBroken("   \n\t ", "empty");
        requireBroken(QByteArray("{\"a\":\0 1}", 10));
    }
    SECTION("root is not an object")
    {
        requireBroken("[]", "array");
        requireBroken("[{\"incoming\": {}}]", "array");
        requireBroken("\"incoming\"", "object");
        requireBroken("42", "object");
        requireBroken("null", "object");
    }
    SECTION("wrong types")
    {
        requireBroken(R"({"incoming": []})", "'incoming' must be an object");
        requireBroken(R"({"account": "anna@b.example"})", "'account' must be an object");
        requireBroken(R"({"incoming": {"port": "993"}})", "'incoming.port' must be a number from 1 to 65535");
        requireBroken(R"({"incoming": {"ssl": "yes"}})", "'incoming.ssl' must be true or false");
        requireBroken(R"({"outgoing": {"server": 1}})", "'outgoing.server' must be true or false");
        requireBroken(R"({"incoming": {"host": 5}})", "'incoming.host' must be a string");
        requireBroken(R"({"outgoing": {"user": ["a"]}})", "'outgoing.user' must be a string");
        requireBroken(R"({"account": {"email": {}}})", "'account.email' must be a string");
        requireBroken(R"({"incoming": {"auth": "kerberos"}})", "'incoming.auth' must be one of");
        requireBroken(R"({"incoming": {"type": "exchange"}})", "'incoming.type' must be");
    }
    SECTION("ports out of range")
    {
        requireBroken(R"({"incoming": {"port": 70000}})", "'incoming.port' must be a number from 1 to 65535");
        requireBroken(R"({"outgoing": {"port": 0}})", "'outgoing.port'");
        requireBroken(R"({"outgoing": {"port": -25}})", "'outgoing.port'");
        requireBroken(R"({"outgoing": {"port": 587.5}})", "'outgoing.port'");
        requireBroken(R"({"outgoing": {"port": 1e300}})", "'outgoing.port'");
    }
    SECTION("the error names the line")
    {
        const QByteArray json = "{\n  \"incoming\": {\n    \"port\": 70000\n  }\n}\n";
        const SettingsParseResult r = parse(json);
        REQUIRE_FALSE(r.ok);
        CHECK(r.error ==
              QLatin1String(
                  "settings.json: line 3: 'incoming.port' must be a number from 1 to 65535, not 70000"));
        const SettingsParseResult bad = parse("{\n\n  \"a\": ,\n}");
        CHECK(bad.error.contains(QLatin1String("line 3")));
    }
    SECTION("hostile sizes and nesting")
    {
        const QByteArray longHost = "{\"incoming\": {\"host\": \"" + QByteArray(10000, 'a') + "\"}}";
        requireBroken(longHost, "too long");
        requireBroken("{\"incoming\": {\"host\": \"mail.example.com\\r\\nQUIT\"}}", "control characters");
        QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        requireBroken(deep);
        QByteArray deepObj =
            "{\"incoming\": {\"host\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + "}}";
        requireBroken(deepObj);
        QByteArray huge = "{\"account\": {\"name\": \"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}}";
        requireBroken(huge, "larger than 1 MiB");
    }
    SECTION("invalid UTF-8")
    {
        requireBroken("{\"account\": {\"name\": \"\xff\xfe\"}}", "UTF-8");
        requireBroken("{\"account\": {\"name\": \"\xc0\xaf\"}}", "UTF-8");     // overlong '/'
        requireBroken("{\"account\": {\"name\": \"\xed\xa0\x80\"}}", "UTF-8"); // surrogate
        requireBroken("{\"account\": {\"name\": \"\xe2\x82\"}}", "UTF-8");     // truncated
    }
}

TEST_CASE("SettingsFile survives every truncation and byte flip of a good file", "[settingsfile]")
{
    for (int i = 0; i < GoodFile.size(); ++i) {
        AccountSettings s;
        const SettingsParseResult r = SettingsFile::parse(GoodFile.left(i), &s, QStringLiteral("f"));
        CHECK((r.ok || !r.error.isEmpty()));
        QByteArray flipped = GoodFile;
        flipped[i] = char(flipped[i] ^ 0x5a);
        const SettingsParseResult r2 = SettingsFile::parse(flipped, &s, QStringLiteral("f"));
        CHECK((r2.ok || !r2.error.isEmpty()));
    }
}

TEST_CASE("SettingsFile accepts UTF-8 text and a byte order mark", "[settingsfile]")
{
    AccountSettings s;
    const SettingsParseResult r = parse("\xEF\xBB\xBF{\"account\": {\"name\": \"J\xc3\xbcrgen\"}}", &s);
    REQUIRE(r.ok);
    CHECK(s.name == QString::fromUtf8("J\xc3\xbcrgen"));
}

TEST_CASE("SettingsFile::write round-trips and never holds passwords", "[settingsfile]")
{
    AccountSettings s;
    REQUIRE(parse(GoodFile, &s).ok);
    s.incoming.password = Secret(QByteArrayLiteral("Incoming-Secret-1"));
    s.outgoing.password = Secret(QByteArrayLiteral("Outgoing-Secret-2"));
    const QByteArray written = SettingsFile::write(s);
    CHECK_FALSE(written.contains("Secret"));
    CHECK_FALSE(written.contains("password\""));

    AccountSettings back;
    const SettingsParseResult r = parse(written, &back);
    INFO(written.toStdString());
    REQUIRE(r.ok);
    CHECK(SettingsFile::write(back) == SettingsFile::write(s));
    CHECK(back.email == s.email);
    CHECK(back.incomingType == s.incomingType);
    CHECK(back.incoming.port == 995);
    CHECK(back.outgoing.auth == AuthMethod::HttpMd5);
    CHECK_FALSE(back.outgoingServerOn);
    CHECK(back.ios.major == 17);
    CHECK(back.incoming.password.isEmpty());

    // The phone's default port stays "default".
    AccountSettings d;
    d.incoming.host = QStringLiteral("h.example");
    AccountSettings d2;
    REQUIRE(parse(SettingsFile::write(d), &d2).ok);
    CHECK(d2.incoming.port == 0);
}

TEST_CASE("SettingsFile::readFile explains missing and unreadable files", "[settingsfile]")
{
    AccountSettings s;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nope.json"));
    SettingsParseResult r = SettingsFile::readFile(missing, &s);
    CHECK_FALSE(r.ok);
    CHECK(r.error == missing + QStringLiteral(": no such file"));

    r = SettingsFile::readFile(dir.path(), &s);
    CHECK_FALSE(r.ok);
    CHECK(r.error.contains(QLatin1String("folder")));

    const QString good = dir.filePath(QStringLiteral("good.json"));
    QFile f(good);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(GoodFile);
    f.close();
    r = SettingsFile::readFile(good, &s);
    CHECK(r.ok);
    CHECK(s.incoming.host == QLatin1String("pop.b.example"));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("{\"incoming\": {\"port\": 70000}}");
    b.close();
    r = SettingsFile::readFile(bad, &s);
    CHECK_FALSE(r.ok);
    CHECK(r.error.startsWith(bad + QStringLiteral(": line 1: 'incoming.port'")));
}
