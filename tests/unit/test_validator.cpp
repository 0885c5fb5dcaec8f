// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountSettings.h"
#include "diagnosis/Validator.h"

#include <catch2/catch.hpp>

using namespace mailfix;

namespace {

AccountSettings goodSettings()
{
    AccountSettings s;
    s.email = QStringLiteral("anna@example.com");
    s.incoming.host = QStringLiteral("imap.example.com");
    s.incoming.user = QStringLiteral("anna@example.com");
    s.incoming.password = Secret(QByteArrayLiteral("pw-in"));
    s.outgoing.host = QStringLiteral("smtp.example.com");
    s.outgoing.user = QStringLiteral("anna@example.com");
    s.outgoing.password = Secret(QByteArrayLiteral("pw-out"));
    return s;
}

QList<Finding> withCode(const QList<Finding> &all, const char *code)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.code == QLatin1String(code))
            out.append(f);
    return out;
}

bool has(const QList<Finding> &all, const char *code, const QString &field)
{
    for (const Finding &f : all)
        if (f.code == QLatin1String(code) && f.field == field)
            return true;
    return false;
}

QString describe(const QList<Finding> &all)
{
    QStringList l;
    for (const Finding &f : all)
        l << f.code + QLatin1Char('@') + f.field + QStringLiteral(" (") + f.evidence + QLatin1Char(')');
    return l.join(QStringLiteral("; "));
}

} // namespace

TEST_CASE("Validator finds nothing wrong with good settings", "[validator]")
{
    const QList<Finding> f = Validator::validate(goodSettings());
    INFO(describe(f).toStdString());
    CHECK(f.isEmpty());
    CHECK(Validator::sideUsable(f, ServerSide::Incoming));
    CHECK(Validator::sideUsable(f, ServerSide::Outgoing));
}

TEST_CASE("Validator suggests the clean host for each malformed host", "[validator]")
{
    struct Case
    {
        const char *typed;
        const char *suggested; // nullptr: no safe guess
        int port;
    };
    const Case cases[] = {
        {"https://mail.example.com:993/", "mail.example.com", 993},
        {"imap://mail.example.com", "mail.example.com", 0},
        {"imaps://mail.example.com:993", "mail.example.com", 993},
        {"//mail.example.com", "mail.example.com", 0},
        {"mail.example.com/", "mail.example.com", 0},
        {"mail.example.com/webmail?x=1", "mail.example.com", 0},
        {"mail.example.com:587", "mail.example.com", 587},
        {"mail.example.com ", "mail.example.com", 0},
        {" mail.example.com", "mail.example.com", 0},
        {"mail. example.com", "mail.example.com", 0},
        {"anna@mail.example.com", "mail.example.com", 0},
        {".mail.example.com", "mail.example.com", 0},
        {"mail.example.com.", "mail.example.com", 0},
        {"mail..example.com", "mail.example.com", 0},
        {"mail,example,com", "mail.example.com", 0},
        {"[192.0.2.1]:465", "192.0.2.1", 465},
        {"mail example.com", nullptr, 0},
        {"mail_server.example.com", nullptr, 0},
        {"-mail.example.com", nullptr, 0},
        {"mail.exa$mple.com", nullptr, 0},
    };
    for (const Case &c : cases) {
        AccountSettings s = goodSettings();
        s.incoming.host = QString::fromUtf8(c.typed);
        const QList<Finding> all = Validator::validate(s);
        INFO("host: '" << c.typed << "' -> " << describe(all).toStdString());
        const QList<Finding> f = withCode(all, "settings.host_malformed");
        REQUIRE(f.size() == 1);
        CHECK(f.first().field == Field::IncomingHost);
        CHECK(f.first().severity == Severity::Error);
        CHECK(f.first().params().value(QStringLiteral("host")).toString() == s.incoming.host);
        CHECK_FALSE(f.first().evidence.isEmpty());
        if (c.suggested)
            CHECK(f.first().params().value(QStringLiteral("suggested_host")).toString() ==
                  QLatin1String(c.suggested));
        else
            CHECK_FALSE(f.first().params().contains(QStringLiteral("suggested_host")));
        if (c.port)
            CHECK(f.first().params().value(QStringLiteral("suggested_port")).toInt() == c.port);
        else
            CHECK_FALSE(f.first().params().contains(QStringLiteral("suggested_port")));
        CHECK_FALSE(Validator::sideUsable(all, ServerSide::Incoming));
        CHECK(Validator::sideUsable(all, ServerSide::Outgoing));
    }
}

TEST_CASE("Validator applies the host name length rules", "[validator]")
{
    AccountSettings s = goodSettings();
    s.outgoing.host = QString(64, QLatin1Char('a')) + QStringLiteral(".example.com");
    CHECK(has(Validator::validate(s), "settings.host_malformed", Field::OutgoingHost));
    s.outgoing.host = QString(63, QLatin1Char('a')) + QStringLiteral(".example.com");
    CHECK(Validator::validate(s).isEmpty());

    QStringList labels;
    for (int i = 0; i < 50; ++i)
        labels << QStringLiteral("abcd");
    s.outgoing.host = labels.join(QLatin1Char('.')); // 249
    CHECK(Validator::validate(s).isEmpty());
    s.outgoing.host += QStringLiteral(".abcde"); // 255
    const QList<Finding> f = Validator::validate(s);
    REQUIRE(has(f, "settings.host_malformed", Field::OutgoingHost));
    CHECK(withCode(f, "settings.host_malformed").first().evidence.contains(QLatin1String("253")));
}

TEST_CASE("Validator accepts IP literals, single labels and internationalised names", "[validator]")
{
    for (const char *host : {"127.0.0.1", "::1", "[::1]", "2001:db8::25", "localhost", "MAIL.Example.COM",
                             "b\xc3\xbc"
                             "cher.example",
                             "xn--bcher-kva.example", "mail-1.example.com"}) {
        AccountSettings s = goodSettings();
        s.incoming.host = QString::fromUtf8(host);
        const QList<Finding> f = Validator::validate(s);
        INFO(host << " -> " << describe(f).toStdString());
        CHECK(f.isEmpty());
    }
    CHECK(Validator::checkHost(QString::fromUtf8("b\xc3\xbc"
                                                 "cher.example"))
              .ok);
    CHECK_FALSE(Validator::checkHost(QString()).ok);
    CHECK_FALSE(Validator::checkHost(QString::fromUtf8("mail\xe2\x98\x83\xe2\x98\x83..example")).ok);
}

TEST_CASE("Validator checks the email address", "[validator]")
{
    for (const char *good :
         {"anna@example.com", "a.b+tag@sub.example.co.uk", "x@[192.0.2.1]", "o'neil@example.ie"}) {
        INFO(good);
        CHECK(Validator::isEmailAddress(QString::fromUtf8(good)));
    }
    for (const char *bad :
         {"anna", "anna@", "@example.com", "anna@example", "anna example@x.com", "anna@@example.com",
          "anna@exa mple.com", "anna@example..com", ".anna@example.com", "anna.@example.com",
          "<anna@example.com>", "anna@-example.com"}) {
        AccountSettings s = goodSettings();
        s.email = QString::fromUtf8(bad);
        const QList<Finding> f = Validator::validate(s);
        INFO(bad << " -> " << describe(f).toStdString());
        CHECK(has(f, "settings.email_malformed", Field::Email));
        CHECK(f.size() == 1);
    }
    AccountSettings s = goodSettings();
    s.email = QStringLiteral(" anna@example.com ");
    auto f = withCode(Validator::validate(s), "settings.email_malformed");
    REQUIRE(f.size() == 1);
    CHECK(f.first().params().value(QStringLiteral("suggested_email")).toString() ==
          QLatin1String("anna@example.com"));
    s.email = QStringLiteral("mailto:anna@example.com");
    f = withCode(Validator::validate(s), "settings.email_malformed");
    REQUIRE(f.size() == 1);
    CHECK(f.first().params().value(QStringLiteral("suggested_email")).toString() ==
          QLatin1String("anna@example.com"));

    s.email.clear();
    const QList<Finding> missing = Validator::validate(s);
    CHECK(has(missing, "settings.missing", Field::Email));
    CHECK(missing.size() == 1);
    // The email does not stop the network checks.
    CHECK(Validator::sideUsable(missing, ServerSide::Incoming));
}

TEST_CASE("Validator rejects ports outside 1..65535", "[validator]")
{
    for (int port : {-1, 65536, 70000}) {
        AccountSettings s = goodSettings();
        s.incoming.port = port;
        const QList<Finding> f = Validator::validate(s);
        INFO(port << " -> " << describe(f).toStdString());
        REQUIRE(has(f, "settings.port_invalid", Field::IncomingPort));
        CHECK(withCode(f, "settings.port_invalid").first().params().value(QStringLiteral("port")).toInt() ==
              port);
        CHECK_FALSE(Validator::sideUsable(f, ServerSide::Incoming));
        CHECK(Validator::sideUsable(f, ServerSide::Outgoing));
    }
    AccountSettings s = goodSettings();
    s.outgoing.port = 65535;
    CHECK(Validator::validate(s).isEmpty());
    s.outgoing.port = 0; // the phone's default
    CHECK(Validator::validate(s).isEmpty());
}

TEST_CASE("Validator reports a switched-off Primary Server", "[validator]")
{
    AccountSettings s = goodSettings();
    s.outgoingServerOn = false;
    const QList<Finding> f = Validator::validate(s);
    REQUIRE(f.size() == 1);
    CHECK(f.first().code == QLatin1String("smtp.server_off"));
    CHECK(f.first().field == Field::OutgoingServer);
    CHECK(f.first().severity == Severity::Error);
    CHECK(Validator::sideUsable(f, ServerSide::Outgoing));

    // Off and no outgoing server at all: still off, no "missing host" on top.
    AccountSettings t = goodSettings();
    t.outgoingServerOn = false;
    t.outgoing = ServerSettings();
    const QList<Finding> g = Validator::validate(t);
    CHECK(has(g, "smtp.server_off", Field::OutgoingServer));
    CHECK_FALSE(has(g, "settings.missing", Field::OutgoingHost));
}

TEST_CASE("Validator reports missing fields", "[validator]")
{
    SECTION("incoming user and password")
    {
        AccountSettings s = goodSettings();
        s.incoming.user.clear();
        s.incoming.password = Secret();
        const QList<Finding> f = Validator::validate(s);
        CHECK(has(f, "settings.missing", Field::IncomingUser));
        CHECK(has(f, "settings.missing", Field::IncomingPassword));
        CHECK(f.size() == 2);
        for (const Finding &x : f)
            CHECK(x.params().value(QStringLiteral("host")).toString() == QLatin1String("imap.example.com"));
        // The server can still be reached and its TLS checked.
        CHECK(Validator::sideUsable(f, ServerSide::Incoming));
    }
    SECTION("outgoing user without password")
    {
        AccountSettings s = goodSettings();
        s.outgoing.password = Secret();
        const QList<Finding> f = Validator::validate(s);
        REQUIRE(f.size() == 1);
        CHECK(has(f, "settings.missing", Field::OutgoingPassword));
    }
    SECTION("outgoing user and password both empty is left to the relay test")
    {
        AccountSettings s = goodSettings();
        s.outgoing.user.clear();
        s.outgoing.password = Secret();
        CHECK(Validator::validate(s).isEmpty());
    }
    SECTION("a user name without a host")
    {
        AccountSettings s = goodSettings();
        s.incoming.host.clear();
        const QList<Finding> f = Validator::validate(s);
        CHECK(has(f, "settings.missing", Field::IncomingHost));
        CHECK_FALSE(Validator::sideUsable(f, ServerSide::Incoming));
        CHECK(Validator::sideUsable(f, ServerSide::Outgoing));

        AccountSettings t = goodSettings();
        t.outgoing.host = QStringLiteral("   ");
        const QList<Finding> g = Validator::validate(t);
        CHECK(has(g, "settings.missing", Field::OutgoingHost));
        CHECK_FALSE(Validator::sideUsable(g, ServerSide::Outgoing));
    }
    SECTION("only one side given: the other is not missing")
    {
        AccountSettings s = goodSettings();
        s.outgoing = ServerSettings();
        CHECK(Validator::validate(s).isEmpty());
        AccountSettings t = goodSettings();
        t.incoming = ServerSettings();
        CHECK(Validator::validate(t).isEmpty());
    }
    SECTION("nothing given at all")
    {
        AccountSettings s;
        s.email = QStringLiteral("anna@example.com");
        const QList<Finding> f = Validator::validate(s);
        CHECK(has(f, "settings.missing", Field::IncomingHost));
    }
}

TEST_CASE("Validator findings are errors without wording", "[validator]")
{
    AccountSettings s;
    s.email = QStringLiteral("nope");
    s.incoming.host = QStringLiteral("http://x/");
    s.incoming.port = 99999;
    s.outgoing.user = QStringLiteral("u");
    s.outgoingServerOn = false;
    const QList<Finding> f = Validator::validate(s);
    CHECK(f.size() >= 5);
    for (const Finding &x : f) {
        CHECK(x.severity == Severity::Error);
        CHECK(x.title.isEmpty());
        CHECK(x.fix.isEmpty());
        CHECK(Field::all().contains(x.field));
    }
}
