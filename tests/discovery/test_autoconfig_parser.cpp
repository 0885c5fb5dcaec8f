// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/AutoconfigParser.h"
#include "discovery/DiscoveryResult.h"

#include <catch2/catch.hpp>

#include <QTemporaryFile>

using namespace mailfix;

namespace {

QByteArray config(const QByteArray &servers)
{
    return "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"x\">"
           "<domain>b.example</domain><displayName>B Mail</displayName>" +
           servers + "</emailProvider></clientConfig>";
}

} // namespace

TEST_CASE("autoconfig: servers, socket types and user name placeholders", "[discovery]")
{
    const auto r = AutoconfigParser::parse(
        config("<incomingServer type=\"imap\"><hostname>IMAP.b.example</hostname><port>993</port>"
               "<socketType>SSL</socketType><authentication>password-cleartext</authentication>"
               "<username>%EMAILLOCALPART%</username></incomingServer>"
               "<incomingServer type=\"pop3\"><hostname>pop.b.example</hostname><port>110</port>"
               "<socketType>plain</socketType><username>%EMAILADDRESS%</username></incomingServer>"
               "<outgoingServer type=\"smtp\"><hostname>smtp.%EMAILDOMAIN%</hostname><port>587</port>"
               "<socketType>STARTTLS</socketType><authentication>password-encrypted</authentication>"
               "<authentication>password-cleartext</authentication></outgoingServer>"),
        QStringLiteral("anna@b.example"));
    REQUIRE(r.ok);
    CHECK(r.providerName == QStringLiteral("B Mail"));
    REQUIRE(r.servers.size() == 3);
    CHECK(r.servers[0].host == QStringLiteral("imap.b.example"));
    CHECK(r.servers[0].port == 993);
    CHECK(r.servers[0].ssl);
    CHECK(r.servers[0].user == QStringLiteral("anna"));
    CHECK(r.servers[1].type == IncomingType::Pop);
    CHECK_FALSE(r.servers[1].ssl);
    CHECK(r.servers[1].user == QStringLiteral("anna@b.example"));
    CHECK(r.servers[2].side == ServerSide::Outgoing);
    CHECK(r.servers[2].host == QStringLiteral("smtp.b.example"));
    CHECK(r.servers[2].auth == AuthMethod::Md5); // the first authentication listed
}

TEST_CASE("autoconfig: entities are never expanded, internal or external", "[discovery]")
{
    QTemporaryFile secret;
    REQUIRE(secret.open());
    secret.write("SECRET-FILE-CONTENT");
    secret.flush();
    const QByteArray external =
        "<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY x SYSTEM \"file://" +
        secret.fileName().toUtf8() +
        "\">]><clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>&x;"
        "</hostname><port>993</port></incomingServer></emailProvider></clientConfig>";
    const QByteArray internal =
        "<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;\">]>"
        "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>&b;</hostname><port>993</port>"
        "</incomingServer></emailProvider></clientConfig>";
    const QByteArray undeclared =
        config("<incomingServer type=\"imap\"><hostname>&x;</hostname><port>993</port>"
               "</incomingServer>");
    for (const QByteArray &doc : {external, internal, undeclared}) {
        const auto r = AutoconfigParser::parse(doc, QStringLiteral("a@b.example"));
        CHECK_FALSE(r.ok);
        CHECK(r.servers.isEmpty());
        CHECK_FALSE(r.error.isEmpty());
        CHECK_FALSE(r.error.contains(QStringLiteral("SECRET")));
    }
}

TEST_CASE("autoconfig: malformed, foreign and hostile documents give a reason, never servers", "[discovery]")
{
    const QList<QByteArray> bad{
        QByteArray(),
        "not xml at all",
        "<html><body>404</body></html>",
        config("<incomingServer type=\"imap\"><hostname>x</hostname>"), // cut off
        QByteArray(100000, '<'),
    };
    for (const QByteArray &doc : bad) {
        const auto r = AutoconfigParser::parse(doc, QStringLiteral("a@b.example"));
        CHECK_FALSE(r.ok);
        CHECK_FALSE(r.error.isEmpty());
    }
}

TEST_CASE("autoconfig: unusable servers are skipped and the count is bounded", "[discovery]")
{
    QByteArray many;
    for (int i = 0; i < 1000; ++i)
        many += "<incomingServer type=\"imap\"><hostname>h" + QByteArray::number(i) +
                ".b.example</hostname><port>993</port></incomingServer>";
    const auto r = AutoconfigParser::parse(config(many), QStringLiteral("a@b.example"));
    REQUIRE(r.ok);
    CHECK(r.servers.size() == AutoconfigParser::MaxServers);

    const auto skipped = AutoconfigParser::parse(
        config(
            "<incomingServer "
            "type=\"exchange\"><hostname>ex.b.example</hostname><port>443</port></incomingServer>"
            "<incomingServer type=\"imap\"><hostname>bad host/x</hostname><port>993</port></incomingServer>"
            "<incomingServer "
            "type=\"imap\"><hostname>ok.b.example</hostname><port>99999</port></incomingServer>"),
        QStringLiteral("a@b.example"));
    REQUIRE(skipped.ok);
    CHECK(skipped.servers.isEmpty());
}

TEST_CASE("changes: what differs from the phone, ports as the phone uses them", "[discovery]")
{
    AccountSettings given;
    given.email = QStringLiteral("a@b.example");
    given.outgoing.host = QStringLiteral("smtp.b.example");
    given.outgoing.ssl = false; // port left empty: the phone uses 25
    AccountSettings suggested = given;
    suggested.outgoing.ssl = true;
    suggested.outgoing.port = 587;
    suggested.incoming.host = QStringLiteral("imap.b.example");
    const QList<SettingChange> c = DiscoveryResult::changesBetween(given, suggested);
    REQUIRE(c.size() == 3);
    CHECK(c[0].field == Field::IncomingHost);
    CHECK(c[1].field == Field::OutgoingSsl);
    CHECK(c[1].from == QVariant(false));
    CHECK(c[2].field == Field::OutgoingPort);
    CHECK(c[2].from == QVariant(25));
    CHECK(c[2].to == QVariant(587));
    CHECK(DiscoveryResult::changesBetween(given, given).isEmpty());
}
