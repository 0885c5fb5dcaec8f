// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, "the phone's network": verdicts that hold from the helpdesk's computer but
// not from everywhere the phone goes (CONTRACT.md section 13).
#include "account/AccountSettings.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/NetworkLocation.h"
#include "model/Translations.h"
#include "wording/FixCatalog.h"

#include <catch2/catch.hpp>

using namespace mailfix;
using Reach = NetworkLocation::Reach;

namespace {

AccountSettings settings(const QString &inHost, const QString &outHost, int outPort, bool outSsl = false)
{
    AccountSettings s;
    s.email = QStringLiteral("anna@example.com");
    s.incoming.host = inHost;
    s.incoming.user = QStringLiteral("anna");
    s.incoming.password = Secret(QByteArrayLiteral("pw"));
    s.outgoing.host = outHost;
    s.outgoing.port = outPort;
    s.outgoing.ssl = outSsl;
    s.outgoing.user = QStringLiteral("anna");
    s.outgoing.password = Secret(QByteArrayLiteral("pw"));
    return s;
}

CheckReport report(const AccountSettings &s, StepStatus inConnect, StepStatus outConnect)
{
    CheckReport r;
    r.settings = s;
    r.checks.append({QStringLiteral("incoming.connect"), inConnect, 0, QString()});
    r.checks.append({QStringLiteral("outgoing.connect"), outConnect, 0, QString()});
    return r;
}

const Finding *network(const QList<Finding> &all, const QString &field)
{
    for (const Finding &f : all)
        if (f.code == Code::NetworkDependsOnLocation && f.field == field)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("network location: private IPv4 ranges", "[network]")
{
    for (const char *h : {"10.0.0.1", "10.255.255.254", "172.16.0.1", "172.31.255.1", "192.168.1.20",
                          "169.254.3.4", "100.64.0.1", "100.127.255.1", " 192.168.0.1 "})
        CHECK(NetworkLocation::reach(QLatin1String(h)) == Reach::PrivateAddress);
    for (const char *h : {"172.15.0.1", "172.32.0.1", "192.169.1.1", "11.0.0.1", "100.128.0.1",
                          "8.8.8.8", "193.168.1.1"})
        CHECK(NetworkLocation::reach(QLatin1String(h)) == Reach::Anywhere);
}

TEST_CASE("network location: IPv6 unique-local and link-local", "[network]")
{
    for (const char *h : {"fd12:3456:789a::1", "fc00::1", "[fd00::25]", "fe80::1", "FE80::abcd:1",
                          "fe80::1%eth0", "::ffff:192.168.1.1"})
        CHECK(NetworkLocation::reach(QLatin1String(h)) == Reach::PrivateAddress);
    for (const char *h : {"2001:db8::1", "2a00:1450:4001::1", "[2001:4860:4860::8888]", "fec0::1"})
        CHECK(NetworkLocation::reach(QLatin1String(h)) == Reach::Anywhere);
}

TEST_CASE("network location: local names", "[network]")
{
    for (const char *h : {"mail.local", "nas.lan", "MAIL.HOME", "exchange.corp.internal", "mailserver",
                          "mail.fritz.home.arpa", "server.localdomain", "mail.local."})
        CHECK(NetworkLocation::reach(QLatin1String(h)) == Reach::LocalName);
    for (const char *h : {"imap.example.com", "mail.localhost.example.com", "smtp.gmail.com",
                          "mail.lanxess.com", "local.example.org"})
        CHECK(NetworkLocation::reach(QLatin1String(h)) == Reach::Anywhere);
}

TEST_CASE("network location: loopback and empty hosts are a test set-up, not a local network", "[network]")
{
    for (const char *h : {"localhost", "LOCALHOST.", "127.0.0.1", "127.1.2.3", "::1", "[::1]", "",
                          "mail.localhost"})
        CHECK(NetworkLocation::reach(QLatin1String(h)) == Reach::Anywhere);
}

TEST_CASE("network location: port 25 passing from the desk gets a warning with 587", "[network]")
{
    const AccountSettings s = settings(QStringLiteral("imap.example.com"), QStringLiteral("smtp.example.com"), 25);
    const QList<Finding> all = NetworkLocation::findings(report(s, StepStatus::Pass, StepStatus::Pass));
    REQUIRE(all.size() == 1);
    const Finding *f = network(all, Field::OutgoingPort);
    REQUIRE(f);
    CHECK(f->severity == Severity::Warning);
    CHECK(f->facts.network == QLatin1String("port_25"));
    CHECK(f->facts.side == QLatin1String("outgoing"));
    CHECK(f->facts.port == 25);
    CHECK(f->facts.suggestedPort == 587);
    CHECK(f->params().value(QStringLiteral("network")).toString() == QLatin1String("port_25"));
    CHECK(f->evidence.contains(QLatin1String("port 25")));

    Finding worded = *f;
    FixCatalog::describe(worded, s, PhoneLanguage::English);
    CHECK(worded.title.contains(QLatin1String("port 25")));
    CHECK(worded.fix.join(QLatin1Char('\n')).contains(QLatin1String("587")));
    CHECK(worded.fix.join(QLatin1Char('\n')).contains(QLatin1String("mobile")));
}

TEST_CASE("network location: port 25 that fails has its own finding, no note", "[network]")
{
    const AccountSettings s = settings(QStringLiteral("imap.example.com"), QStringLiteral("smtp.example.com"), 25);
    CHECK(NetworkLocation::findings(report(s, StepStatus::Pass, StepStatus::Fail)).isEmpty());
    CHECK(NetworkLocation::findings(report(s, StepStatus::Pass, StepStatus::Skipped)).isEmpty());
}

TEST_CASE("network location: 587 and 465 need no note", "[network]")
{
    for (int port : {587, 465}) {
        const AccountSettings s =
            settings(QStringLiteral("imap.example.com"), QStringLiteral("smtp.example.com"), port, port == 465);
        CHECK(NetworkLocation::findings(report(s, StepStatus::Pass, StepStatus::Pass)).isEmpty());
    }
}

TEST_CASE("network location: a LAN server is reachable only on that Wi-Fi or VPN", "[network]")
{
    const AccountSettings s = settings(QStringLiteral("192.168.1.10"), QStringLiteral("mail.local"), 587);
    const QList<Finding> all = NetworkLocation::findings(report(s, StepStatus::Pass, StepStatus::Pass));
    REQUIRE(all.size() == 2);
    const Finding *in = network(all, Field::IncomingHost);
    const Finding *out = network(all, Field::OutgoingHost);
    REQUIRE(in);
    REQUIRE(out);
    CHECK(in->facts.network == QLatin1String("private_address"));
    CHECK(in->facts.side == QLatin1String("incoming"));
    CHECK(out->facts.network == QLatin1String("local_name"));
    CHECK(in->severity == Severity::Warning);

    Finding worded = *in;
    FixCatalog::describe(worded, s, PhoneLanguage::English);
    CHECK(worded.title.contains(QLatin1String("192.168.1.10")));
    CHECK(worded.fix.join(QLatin1Char('\n')).contains(QLatin1String("VPN")));
}

TEST_CASE("network location: a LAN server that was not reached gets no note", "[network]")
{
    const AccountSettings s = settings(QStringLiteral("10.1.2.3"), QStringLiteral("smtp.example.com"), 587);
    CHECK(NetworkLocation::findings(report(s, StepStatus::Fail, StepStatus::Pass)).isEmpty());
}

TEST_CASE("network location: the note is part of the concluded report, and keeps it ok", "[network]")
{
    const AccountSettings s = settings(QStringLiteral("imap.example.com"), QStringLiteral("smtp.example.com"), 25);
    CheckReport r = report(s, StepStatus::Pass, StepStatus::Pass);
    Diagnosis::conclude(r);
    REQUIRE(network(r.findings, Field::OutgoingPort));
    CHECK(r.ok());

    CheckReport cancelled = report(s, StepStatus::Pass, StepStatus::Pass);
    cancelled.cancelled = true;
    Diagnosis::conclude(cancelled);
    CHECK_FALSE(network(cancelled.findings, Field::OutgoingPort));
}

TEST_CASE("network location: the phone's alert away from that network is the connection failure", "[network]")
{
    const AccountSettings s = settings(QStringLiteral("imap.example.com"), QStringLiteral("smtp.example.com"), 25);
    const QList<Finding> all = NetworkLocation::findings(report(s, StepStatus::Pass, StepStatus::Pass));
    REQUIRE(all.size() == 1);
    const QString alert = FixCatalog::phoneAlert(all.first(), s, PhoneLanguage::English);
    CHECK(alert.contains(QLatin1String("smtp.example.com")));
}
