// SPDX-License-Identifier: GPL-3.0-or-later
// The front end's decisions around a check: sides, blocking problems, partial re-checks, field states.
#include "CheckSession.h"
#include "model/Codes.h"

#include <catch2/catch.hpp>

using namespace mailfix;

namespace {

AccountSettings typedSettings()
{
    // As a form holds them: ports filled with the phone's defaults.
    AccountSettings s;
    s.email = QStringLiteral("anna@example.com");
    s.incoming.port = AccountSettings::defaultPort(ServerSide::Incoming, IncomingType::Imap, true);
    s.outgoing.port = AccountSettings::defaultPort(ServerSide::Outgoing, IncomingType::Imap, true);
    return s;
}

bool hasCode(const QList<Finding> &all, const QString &code, const QString &field)
{
    return std::any_of(all.cbegin(), all.cend(), [&](const Finding &f) { return f.code == code && f.field == field; });
}

Finding finding(const QString &code, const QString &field, Severity severity)
{
    Finding f = Finding::make(code, field);
    f.severity = severity;
    return f;
}

} // namespace

TEST_CASE("a side with nothing typed is not checked and not reported missing", "[checksession]")
{
    for (const ServerSide given : {ServerSide::Incoming, ServerSide::Outgoing}) {
        const ServerSide other = given == ServerSide::Incoming ? ServerSide::Outgoing : ServerSide::Incoming;
        for (const bool sslOther : {true, false}) {
            INFO("given " << int(given) << " ssl of the other side " << sslOther);
            AccountSettings s = typedSettings();
            s.server(given).host = QStringLiteral("mail.example.com");
            s.server(other).ssl = sslOther;
            s.server(other).port = AccountSettings::defaultPort(other, s.incomingType, sslOther);
            CHECK(CheckSession::sideUntouched(s, other));
            CHECK(!CheckSession::sideUntouched(s, given));
            const CheckSession::Plan p = CheckSession::plan(s, std::nullopt);
            CHECK(!p.run.hasSide(other));
            CHECK(p.run.hasSide(given));
            CHECK(p.notGiven == QList<ServerSide>{other});
            CHECK(CheckSession::inputProblems(s).isEmpty());
        }
    }
}

TEST_CASE("a side with anything typed is checked, and its missing host blocks", "[checksession]")
{
    struct Case
    {
        const char *what;
        void (*edit)(ServerSettings &);
    };
    const QList<Case> cases{
        {"user", [](ServerSettings &s) { s.user = QStringLiteral("anna"); }},
        {"port", [](ServerSettings &s) { s.port = 2525; }},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        AccountSettings s = typedSettings();
        s.outgoing.host = QStringLiteral("smtp.example.com");
        c.edit(s.incoming);
        CHECK(!CheckSession::sideUntouched(s, ServerSide::Incoming));
        CHECK(hasCode(CheckSession::inputProblems(s), Code::SettingsMissing, Field::IncomingHost));
    }
    // Nothing at all: still "no host", on the incoming host.
    CHECK(hasCode(CheckSession::inputProblems(typedSettings()), Code::SettingsMissing, Field::IncomingHost));
}

TEST_CASE("what blocks a check: typos and missing hosts, never an empty user name or password", "[checksession]")
{
    CHECK(CheckSession::blocksCheck(finding(Code::SettingsHostMalformed, Field::OutgoingHost, Severity::Error)));
    CHECK(CheckSession::blocksCheck(finding(Code::SettingsPortInvalid, Field::IncomingPort, Severity::Error)));
    CHECK(CheckSession::blocksCheck(finding(Code::SettingsEmailMalformed, Field::Email, Severity::Error)));
    CHECK(CheckSession::blocksCheck(finding(Code::SettingsMissing, Field::Email, Severity::Error)));
    CHECK(CheckSession::blocksCheck(finding(Code::SettingsMissing, Field::IncomingHost, Severity::Error)));
    for (const QString &field : {Field::IncomingUser, Field::IncomingPassword, Field::OutgoingPassword})
        CHECK(!CheckSession::blocksCheck(finding(Code::SettingsMissing, field, Severity::Error)));
    CHECK(!CheckSession::blocksCheck(finding(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error)));
}

TEST_CASE("check again re-checks only the side that changed", "[checksession]")
{
    AccountSettings s = typedSettings();
    s.incoming.host = QStringLiteral("imap.example.com");
    s.outgoing.host = QStringLiteral("smtp.example.com");
    CHECK(CheckSession::plan(s, std::nullopt).prefixes.size() == 2);
    CHECK(CheckSession::plan(s, s).prefixes.size() == 2); // nothing changed: both again

    AccountSettings outChanged = s;
    outChanged.outgoing.user = QStringLiteral("anna");
    CheckSession::Plan p = CheckSession::plan(outChanged, s);
    CHECK(p.prefixes == QStringList{QStringLiteral("outgoing.")});
    CHECK(!p.run.hasSide(ServerSide::Incoming));

    AccountSettings inChanged = s;
    inChanged.incoming.port = 143;
    p = CheckSession::plan(inChanged, s);
    CHECK(p.prefixes == QStringList{QStringLiteral("incoming.")});
    CHECK(!p.run.hasSide(ServerSide::Outgoing));

    AccountSettings both = outChanged;
    both.incoming.ssl = false;
    CHECK(CheckSession::plan(both, s).prefixes.size() == 2);
}

TEST_CASE("a re-check of one side asked for checks that side alone, changed or not", "[checksession]")
{
    AccountSettings s = typedSettings();
    s.incoming.host = QStringLiteral("imap.example.com");
    s.outgoing.host = QStringLiteral("smtp.example.com");
    CheckSession::Plan p = CheckSession::planSide(s, ServerSide::Outgoing);
    CHECK(p.prefixes == QStringList{QStringLiteral("outgoing.")});
    CHECK(!p.run.hasSide(ServerSide::Incoming));
    CHECK(p.run.outgoing.host == s.outgoing.host);
    p = CheckSession::planSide(s, ServerSide::Incoming);
    CHECK(p.prefixes == QStringList{QStringLiteral("incoming.")});
    CHECK(!p.run.hasSide(ServerSide::Outgoing));
    CHECK(p.run.incoming.host == s.incoming.host);

    // Only the outgoing side given: its re-check is the whole check, with the note about the other.
    AccountSettings sendOnly = typedSettings();
    sendOnly.outgoing.host = QStringLiteral("smtp.example.com");
    p = CheckSession::planSide(sendOnly, ServerSide::Outgoing);
    CHECK(p.run.hasSide(ServerSide::Outgoing));
    CHECK(p.notGiven == QList<ServerSide>{ServerSide::Incoming});
}

TEST_CASE("a partial re-check keeps the other side's findings, steps and transcript", "[checksession]")
{
    CheckReport previous;
    previous.findings = {finding(Code::AuthFailed, Field::IncomingPassword, Severity::Error),
                         finding(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error)};
    previous.checks = {{QStringLiteral("incoming.login"), StepStatus::Fail, 5, {}},
                       {QStringLiteral("outgoing.relay"), StepStatus::Fail, 5, {}}};
    previous.transcript = {{QStringLiteral("incoming"), 0, QLatin1Char('S'), {}}, {QStringLiteral("outgoing"), 0, QLatin1Char('S'), {}}};
    CheckReport fresh;
    fresh.checks = {{QStringLiteral("outgoing.relay"), StepStatus::Pass, 5, {}}};
    fresh.transcript = {{QStringLiteral("outgoing"), 1, QLatin1Char('S'), {}}};

    AccountSettings s = typedSettings();
    const CheckReport merged = CheckSession::merge(previous, fresh, QStringLiteral("outgoing."), s);
    REQUIRE(merged.findings.size() == 1);
    CHECK(merged.findings.first().code == Code::AuthFailed);
    REQUIRE(merged.checks.size() == 2);
    CHECK(merged.checks.at(0).id == QLatin1String("incoming.login"));
    CHECK(merged.checks.at(1).status == StepStatus::Pass);
    CHECK(merged.transcript.size() == 2);
    CHECK(!merged.findings.first().title.isEmpty()); // described again
}

TEST_CASE("findings: what stops mail first, the symptom's side on top, a server's refusal before an empty field",
          "[checksession]")
{
    QList<Finding> f{finding(Code::AuthMechanismInfo, Field::OutgoingAuth, Severity::Info),
                     finding(Code::SettingsMissing, Field::IncomingPassword, Severity::Error),
                     finding(Code::TlsPlaintextLogin, Field::IncomingSsl, Severity::Warning),
                     finding(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error)};
    CheckSession::orderFindings(f, QStringLiteral("outgoing"));
    CHECK(f.at(0).code == Code::SmtpRelayDenied);
    CHECK(f.at(1).code == Code::SettingsMissing);
    CHECK(f.at(2).severity == Severity::Warning);
    CHECK(f.at(3).severity == Severity::Info);
    CheckSession::orderFindings(f, QStringLiteral("incoming"));
    CHECK(f.at(0).code == Code::SettingsMissing);
    CheckSession::orderFindings(f);
    CHECK(f.at(0).code == Code::SmtpRelayDenied);
}

TEST_CASE("a field's live state is the worst of the steps that test it", "[checksession]")
{
    QHash<QString, StepStatus> steps;
    CHECK(CheckSession::stateFromSteps(Field::OutgoingHost, steps) == FieldState::Idle);
    steps.insert(QStringLiteral("outgoing.dns"), StepStatus::Pending);
    CHECK(CheckSession::stateFromSteps(Field::OutgoingHost, steps) == FieldState::Waiting);
    steps.insert(QStringLiteral("outgoing.connect"), StepStatus::Running);
    CHECK(CheckSession::stateFromSteps(Field::OutgoingHost, steps) == FieldState::Checking);
    steps.insert(QStringLiteral("outgoing.dns"), StepStatus::Pass);
    steps.insert(QStringLiteral("outgoing.connect"), StepStatus::Pass);
    CHECK(CheckSession::stateFromSteps(Field::OutgoingHost, steps) == FieldState::Passed);
    steps.insert(QStringLiteral("outgoing.relay"), StepStatus::Fail);
    CHECK(CheckSession::stateFromSteps(Field::OutgoingHost, steps) == FieldState::Failed);
    CHECK(CheckSession::stateFromSteps(Field::IncomingHost, steps) == FieldState::Idle);
}

TEST_CASE("final states: named fields fail, failed steps elsewhere pass, unchecked sides keep theirs", "[checksession]")
{
    CheckReport r;
    r.findings = {finding(Code::SmtpRelayDenied, Field::OutgoingUser, Severity::Error)};
    r.findings.first().alsoFields = {Field::OutgoingPassword};
    const QHash<QString, FieldState> current{{Field::OutgoingUser, FieldState::Failed},
                                             {Field::OutgoingPassword, FieldState::Failed},
                                             {Field::OutgoingHost, FieldState::Failed},
                                             {Field::OutgoingPort, FieldState::Passed},
                                             {Field::OutgoingAuth, FieldState::Waiting},
                                             {Field::IncomingHost, FieldState::Passed},
                                             {Field::Email, FieldState::Passed}};
    const auto out = CheckSession::finalStates(r, {QStringLiteral("outgoing.")}, current);
    CHECK(out.value(Field::OutgoingUser) == FieldState::Failed);
    CHECK(out.value(Field::OutgoingPassword) == FieldState::Failed);
    CHECK(out.value(Field::OutgoingHost) == FieldState::Passed); // the relay step failed, the cause is the user
    CHECK(out.value(Field::OutgoingPort) == FieldState::Passed);
    CHECK(out.value(Field::OutgoingAuth) == FieldState::Idle);
    CHECK(out.value(Field::IncomingHost) == FieldState::Passed);
    CHECK(out.value(Field::Email) == FieldState::Passed);

    // An error nobody can pin to a field leaves that side's failed fields failed.
    CheckReport unexplained;
    Finding f = finding(Code::ProtocolTimeout, QString(), Severity::Error);
    f.facts.side = QStringLiteral("outgoing");
    unexplained.findings = {f};
    CHECK(CheckSession::finalStates(unexplained, {QStringLiteral("outgoing.")}, current).value(Field::OutgoingHost) ==
          FieldState::Failed);
}

TEST_CASE("final states: a login that was not tried leaves user name and password 'not verified', never passed",
          "[checksession][honest]")
{
    const QHash<QString, FieldState> current{{Field::IncomingUser, FieldState::Idle},
                                             {Field::IncomingPassword, FieldState::Idle},
                                             {Field::IncomingHost, FieldState::Passed},
                                             {Field::OutgoingUser, FieldState::Passed},
                                             {Field::OutgoingPassword, FieldState::Passed}};
    CheckReport r;
    r.checks = {{QStringLiteral("incoming.greeting"), StepStatus::Pass, 5, {}},
                {QStringLiteral("incoming.login"), StepStatus::Skipped, 0, QStringLiteral("no password given")},
                {QStringLiteral("outgoing.greeting"), StepStatus::Pass, 5, {}},
                {QStringLiteral("outgoing.auth"), StepStatus::Pass, 9, {}}};
    const QStringList both{QStringLiteral("incoming."), QStringLiteral("outgoing.")};
    auto out = CheckSession::finalStates(r, both, current);
    CHECK(out.value(Field::IncomingUser) == FieldState::NotVerified);
    CHECK(out.value(Field::IncomingPassword) == FieldState::NotVerified);
    CHECK(out.value(Field::IncomingHost) == FieldState::Passed);
    CHECK(out.value(Field::OutgoingUser) == FieldState::Passed); // its login passed
    CHECK(out.value(Field::OutgoingPassword) == FieldState::Passed);

    // The skipped SMTP AUTH step (plain text refused, certificate not accepted) counts the same.
    r.checks[3].status = StepStatus::Skipped;
    out = CheckSession::finalStates(r, both, current);
    CHECK(out.value(Field::OutgoingUser) == FieldState::NotVerified);
    CHECK(out.value(Field::OutgoingPassword) == FieldState::NotVerified);

    // A finding on the field wins: a missing password is an error, not "not verified".
    r.findings = {finding(Code::SettingsMissing, Field::IncomingPassword, Severity::Error)};
    out = CheckSession::finalStates(r, both, current);
    CHECK(out.value(Field::IncomingPassword) == FieldState::Failed);
    CHECK(out.value(Field::IncomingUser) == FieldState::NotVerified);

    // A side not checked this time keeps what it showed.
    out = CheckSession::finalStates(r, {QStringLiteral("outgoing.")}, current);
    CHECK(out.value(Field::IncomingUser) == FieldState::Idle);
}
