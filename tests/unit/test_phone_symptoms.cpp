// SPDX-License-Identifier: GPL-3.0-or-later
// "What does the phone say?": the alerts the customer reads out, what each tells the
// helpdesk (side, likely causes, fields to ask first), and their words in the phone's language.
#include "CheckSession.h"
#include "diagnosis/PhoneSymptoms.h"
#include "model/Codes.h"
#include "wording/FixCatalog.h"

#include <catch2/catch.hpp>

using namespace mailfix;

namespace {

Finding finding(const QString &code, const QString &field, Severity severity)
{
    Finding f = Finding::make(code, field);
    f.severity = severity;
    f.facts.side = field.section(QLatin1Char('.'), 0, 0);
    return f;
}

} // namespace

TEST_CASE("every alert names a known side, valid fields to ask first and its example among the likely codes",
          "[symptoms]")
{
    const QStringList fields = Field::all();
    QStringList ids;
    REQUIRE(PhoneSymptoms::all().size() == 9); // FACTS.md "What the phone says": nine alerts
    for (const PhoneSymptom &s : PhoneSymptoms::all()) {
        INFO(s.id.toStdString());
        ids << s.id;
        CHECK(!s.id.isEmpty());
        CHECK((s.side.isEmpty() || s.side == QLatin1String("incoming") || s.side == QLatin1String("outgoing")));
        REQUIRE(!s.askFirst.isEmpty());
        for (const QString &f : s.askFirst) {
            INFO(f.toStdString());
            CHECK(fields.contains(f));
        }
        CHECK(s.likelyCodes.contains(s.exampleCode));
        CHECK(fields.contains(s.exampleField));
        CHECK(PhoneSymptoms::byId(s.id) == &s);
    }
    ids.removeDuplicates();
    CHECK(ids.size() == PhoneSymptoms::all().size());
    CHECK(PhoneSymptoms::byId(QString()) == nullptr); // "I don't know"
    CHECK(PhoneSymptoms::byId(QStringLiteral("no.such")) == nullptr);
}

TEST_CASE("the alerts the issue names lead to the fields to ask first", "[symptoms]")
{
    const PhoneSymptom *relay = PhoneSymptoms::byId(QStringLiteral("send.relay"));
    REQUIRE(relay);
    CHECK(relay->side == QLatin1String("outgoing"));
    CHECK(relay->askFirst == QStringList{Field::OutgoingUser, Field::OutgoingPassword, Field::OutgoingHost});
    CHECK(relay->likelyCodes.contains(Code::AuthCredentialsMissing));

    const PhoneSymptom *password = PhoneSymptoms::byId(QStringLiteral("get.password"));
    REQUIRE(password);
    CHECK(password->side == QLatin1String("incoming"));
    CHECK(password->askFirst.first() == Field::IncomingPassword);

    const PhoneSymptom *cert = PhoneSymptoms::byId(QStringLiteral("cert"));
    REQUIRE(cert);
    CHECK(cert->side.isEmpty()); // either server's certificate
    CHECK(cert->askFirst.first() == Field::IncomingHost);
    CHECK(cert->likelyCodes.contains(Code::CertHostnameMismatch));

    const PhoneSymptom *ssl = PhoneSymptoms::byId(QStringLiteral("get.ssl"));
    REQUIRE(ssl);
    CHECK(ssl->askFirst == QStringList{Field::IncomingSsl, Field::IncomingPort});
}

TEST_CASE("each alert reads as the phone's, the same text as its findings' alert, in every phone language",
          "[symptoms]")
{
    AccountSettings s;
    s.outgoing.host = QStringLiteral("smtp.example.test");
    for (PhoneLanguage language : PhoneLanguages::all()) {
        for (const PhoneSymptom &sym : PhoneSymptoms::all()) {
            INFO(PhoneLanguages::code(language).toStdString() << " " << sym.id.toStdString());
            const QString text = FixCatalog::symptomAlert(sym, s, language);
            CHECK(!text.isEmpty());
            CHECK(text.contains(QStringLiteral(" \u2014 "))); // "Title — message"
            CHECK(!text.contains(QStringLiteral("%1")));
        }
    }
    // English: the words of FACTS.md, the typed host where the phone puts one, "…" where nothing was typed.
    const QString relay = FixCatalog::symptomAlert(*PhoneSymptoms::byId(QStringLiteral("send.relay")), s,
                                                   PhoneLanguage::English);
    CHECK(relay.startsWith(QStringLiteral("Cannot Send Mail \u2014 The recipient \"\u2026\"")));
    CHECK(relay.contains(QStringLiteral("does not allow relaying")));
    const QString connection = FixCatalog::symptomAlert(*PhoneSymptoms::byId(QStringLiteral("send.connection")), s,
                                                        PhoneLanguage::English);
    CHECK(connection.contains(QStringLiteral("\"smtp.example.test\"")));
    const QString notResponding = FixCatalog::symptomAlert(*PhoneSymptoms::byId(QStringLiteral("get.connection")), s,
                                                           PhoneLanguage::English);
    CHECK(notResponding.contains(QStringLiteral("\"\u2026\" is not responding")));
    // The unconfirmed texts keep their marks.
    CHECK(FixCatalog::symptomAlert(*PhoneSymptoms::byId(QStringLiteral("get.ssl")), s, PhoneLanguage::English)
              .contains(QStringLiteral("unconfirmed")));
    CHECK(FixCatalog::symptomAlert(*PhoneSymptoms::byId(QStringLiteral("cert")), s, PhoneLanguage::English)
              .endsWith(QStringLiteral("\u2026")));
    // The same text as a real finding's alert.
    Finding f = finding(Code::AuthFailed, Field::IncomingPassword, Severity::Error);
    AccountSettings typed;
    typed.incoming.host = QStringLiteral("imap.example.test");
    CHECK(FixCatalog::symptomAlert(*PhoneSymptoms::byId(QStringLiteral("get.password")), typed,
                                   PhoneLanguage::German) == FixCatalog::phoneAlert(f, typed, PhoneLanguage::German));
}

TEST_CASE("the alert read out orders the findings: its side first, then its likely causes", "[symptoms][checksession]")
{
    const PhoneSymptom *relay = PhoneSymptoms::byId(QStringLiteral("send.relay"));
    REQUIRE(relay);
    QList<Finding> findings{finding(Code::AuthFailed, Field::IncomingPassword, Severity::Error),
                            finding(Code::TlsRequired, Field::OutgoingSsl, Severity::Error),
                            finding(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error),
                            finding(Code::AuthMechanismInfo, Field::OutgoingAuth, Severity::Info)};
    CheckSession::orderFindings(findings, relay->side, relay->likelyCodes);
    CHECK(findings.at(0).code == Code::SmtpRelayDenied);
    CHECK(findings.at(1).code == Code::TlsRequired);
    CHECK(findings.at(2).code == Code::AuthFailed);
    CHECK(findings.at(3).code == Code::AuthMechanismInfo); // severity still comes first
    // Without likely codes, as before.
    QList<Finding> plain{finding(Code::TlsRequired, Field::OutgoingSsl, Severity::Error),
                         finding(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error)};
    CheckSession::orderFindings(plain, QStringLiteral("outgoing"));
    CHECK(plain.at(0).code == Code::TlsRequired);
}

TEST_CASE("a report re-described in another phone language keeps its codes and never shows a password",
          "[symptoms][checksession]")
{
    CheckReport r;
    r.settings.email = QStringLiteral("anna@example.test");
    r.settings.outgoing.host = QStringLiteral("smtp.example.test");
    r.settings.outgoing.user = QStringLiteral("pw-in-the-user-field");
    r.settings.outgoing.password = Secret(QByteArrayLiteral("pw-in-the-user-field"));
    Finding relay = finding(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error);
    r.findings = {relay};
    CheckSession::redescribe(r, PhoneLanguage::German);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings.first().code == Code::SmtpRelayDenied);
    const QString german = r.findings.first().fix.join(QLatin1Char('\n'));
    CHECK(german.contains(QStringLiteral("Einstellungen"))); // the phone's path, from the vocabulary
    CHECK(!german.contains(QStringLiteral("pw-in-the-user-field")));
    CheckSession::redescribe(r, PhoneLanguage::English);
    CHECK(r.findings.first().fix.join(QLatin1Char('\n')).contains(QStringLiteral("Settings")));
}
