// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSession.h"

#include "wording/FixCatalog.h"
#include "diagnosis/Validator.h"
#include "model/Codes.h"
#include "model/Redactor.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace mailfix {

namespace {

const QString Incoming = QStringLiteral("incoming");
const QString Outgoing = QStringLiteral("outgoing");
const QString IncomingPrefix = QStringLiteral("incoming.");
const QString OutgoingPrefix = QStringLiteral("outgoing.");

bool sameServer(const ServerSettings &a, const ServerSettings &b)
{
    return a.host == b.host && a.port == b.port && a.ssl == b.ssl && a.auth == b.auth && a.user == b.user &&
           a.password.reveal() == b.password.reveal();
}

bool startsWithAny(const QString &field, const QStringList &prefixes)
{
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return field.startsWith(p); });
}

int severityRank(Severity s)
{
    return int(s);
}

} // namespace

bool CheckSession::sideUntouched(const AccountSettings &typed, ServerSide side)
{
    const ServerSettings &srv = typed.server(side);
    if (!srv.host.trimmed().isEmpty() || !srv.user.isEmpty())
        return false;
    return srv.port == 0 || srv.port == AccountSettings::defaultPort(side, typed.incomingType, srv.ssl);
}

AccountSettings CheckSession::toCheck(const AccountSettings &typed)
{
    AccountSettings s = typed;
    const bool inEmpty = sideUntouched(typed, ServerSide::Incoming);
    const bool outEmpty = sideUntouched(typed, ServerSide::Outgoing);
    // With nothing typed on either side the validator's "no host at all" stays the message.
    if (inEmpty && outEmpty)
        return s;
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        if (!(side == ServerSide::Incoming ? inEmpty : outEmpty))
            continue;
        ServerSettings &srv = s.server(side);
        const bool ssl = srv.ssl;
        const AuthMethod auth = srv.auth;
        srv = ServerSettings();
        srv.ssl = ssl;
        srv.auth = auth;
        srv.port = 0;
    }
    return s;
}

bool CheckSession::blocksCheck(const Finding &f)
{
    if (f.code == Code::SettingsHostMalformed || f.code == Code::SettingsPortInvalid ||
        f.code == Code::SettingsEmailMalformed)
        return true;
    return f.code == Code::SettingsMissing && (f.field == Field::Email || f.field.endsWith(QLatin1String(".host")));
}

QList<Finding> CheckSession::inputProblems(const AccountSettings &typed)
{
    const AccountSettings s = toCheck(typed);
    QList<Finding> out;
    for (Finding f : Validator::validate(s)) {
        if (!blocksCheck(f))
            continue;
        FixCatalog::describe(f, s);
        out.append(f);
    }
    return out;
}

CheckSession::Plan CheckSession::plan(const AccountSettings &typed, const std::optional<AccountSettings> &lastChecked)
{
    Plan p;
    p.run = toCheck(typed);
    const bool hasIn = p.run.hasSide(ServerSide::Incoming);
    const bool hasOut = p.run.hasSide(ServerSide::Outgoing);
    if (sideUntouched(typed, ServerSide::Incoming) && hasOut)
        p.notGiven.append(ServerSide::Incoming);
    if (sideUntouched(typed, ServerSide::Outgoing) && hasIn)
        p.notGiven.append(ServerSide::Outgoing);
    p.prefixes = {IncomingPrefix, OutgoingPrefix};
    if (!lastChecked || !hasIn || !hasOut)
        return p;
    const AccountSettings last = toCheck(*lastChecked);
    const AccountSettings &now = p.run;
    const bool inSame = sameServer(last.incoming, now.incoming) && last.incomingType == now.incomingType &&
                        last.imapPathPrefix == now.imapPathPrefix;
    const bool outSame = sameServer(last.outgoing, now.outgoing) && last.outgoingServerOn == now.outgoingServerOn &&
                         last.email == now.email;
    if (inSame && !outSame)
        keepOnly(p, ServerSide::Outgoing);
    else if (outSame && !inSame)
        keepOnly(p, ServerSide::Incoming);
    return p;
}

void CheckSession::keepOnly(Plan &p, ServerSide side)
{
    if (side == ServerSide::Outgoing) {
        p.run.incoming = ServerSettings();
        p.run.incoming.port = 0;
        p.prefixes = {OutgoingPrefix};
    } else {
        p.run.outgoing = ServerSettings();
        p.run.outgoing.port = 0;
        p.run.outgoingServerOn = true;
        p.prefixes = {IncomingPrefix};
    }
}

CheckSession::Plan CheckSession::planSide(const AccountSettings &typed, ServerSide side)
{
    Plan p = plan(typed, std::nullopt);
    // A side nothing was typed for cannot be checked alone: the plan stays as it is.
    if (!p.run.hasSide(side))
        return p;
    if (p.run.hasSide(side == ServerSide::Incoming ? ServerSide::Outgoing : ServerSide::Incoming))
        keepOnly(p, side);
    return p;
}

QString CheckSession::sideOf(const Finding &f)
{
    if (!f.facts.side.isEmpty())
        return f.facts.side;
    if (f.field.startsWith(IncomingPrefix))
        return Incoming;
    if (f.field.startsWith(OutgoingPrefix))
        return Outgoing;
    return {};
}

CheckReport CheckSession::merge(const CheckReport &previous, const CheckReport &fresh, const QString &checkedPrefix,
                                const AccountSettings &settings)
{
    CheckReport report = fresh;
    const QString kept = checkedPrefix == IncomingPrefix ? Outgoing : Incoming;
    QList<Finding> findings;
    for (const Finding &f : previous.findings)
        if (sideOf(f) == kept)
            findings.append(f);
    for (const Finding &f : fresh.findings)
        if (sideOf(f) != kept)
            findings.append(f);
    QList<CheckStep> steps;
    for (const CheckStep &s : previous.checks)
        if (s.id.startsWith(kept))
            steps.append(s);
    steps += fresh.checks;
    QList<TranscriptLine> transcript;
    for (const TranscriptLine &t : previous.transcript)
        if (t.server.startsWith(kept))
            transcript.append(t);
    transcript += fresh.transcript;
    report.findings = findings;
    report.checks = steps;
    report.transcript = transcript;
    report.settings = settings;
    for (Finding &f : report.findings)
        FixCatalog::describe(f, report.settings);
    report.sortFindings();
    return report;
}

void CheckSession::orderFindings(QList<Finding> &findings, const QString &symptomSide, const QStringList &likelyCodes)
{
    auto rank = [&](const Finding &f) {
        const int severity = severityRank(f.severity);
        const int side = symptomSide.isEmpty() || sideOf(f) == symptomSide ? 0 : 1;
        const int likely = likelyCodes.isEmpty() || likelyCodes.contains(f.code) ? 0 : 1;
        // The server's own refusal explains more than a field the validator saw empty.
        const int staticOnly = f.code.startsWith(QLatin1String("settings.")) ? 1 : 0;
        return std::make_tuple(severity, side, likely, staticOnly);
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding &a, const Finding &b) { return rank(a) < rank(b); });
}

FieldState CheckSession::stateFromSteps(const QString &field, const QHash<QString, StepStatus> &steps)
{
    bool fail = false, warn = false, running = false, pending = false, pass = false;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (!fieldsForStep(it.key()).contains(field))
            continue;
        fail |= it.value() == StepStatus::Fail;
        warn |= it.value() == StepStatus::Warn;
        running |= it.value() == StepStatus::Running;
        pending |= it.value() == StepStatus::Pending;
        pass |= it.value() == StepStatus::Pass;
    }
    return fail      ? FieldState::Failed
           : running ? FieldState::Checking
           : pending ? FieldState::Waiting
           : warn    ? FieldState::Warning
           : pass    ? FieldState::Passed
                     : FieldState::Idle;
}

QHash<QString, FieldState> CheckSession::finalStates(const CheckReport &report, const QStringList &checkedPrefixes,
                                                     const QHash<QString, FieldState> &current)
{
    QHash<QString, Severity> named;
    QSet<QString> unexplainedSides;
    for (const Finding &f : report.findings) {
        if (f.severity == Severity::Info)
            continue;
        QStringList fields{f.field};
        fields << f.alsoFields;
        for (const QString &field : std::as_const(fields)) {
            if (field.isEmpty())
                continue;
            if (!named.contains(field) || int(f.severity) < int(named.value(field)))
                named.insert(field, f.severity);
        }
        if (f.field.isEmpty() && f.severity == Severity::Error)
            unexplainedSides.insert(sideOf(f));
    }
    QHash<QString, FieldState> out = current;
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QString &field = it.key();
        if (named.contains(field)) {
            it.value() = named.value(field) == Severity::Error ? FieldState::Failed : FieldState::Warning;
            continue;
        }
        if (!startsWithAny(field, checkedPrefixes) && field != Field::Email)
            continue;
        switch (it.value()) {
        case FieldState::Failed:
        case FieldState::Warning:
            // A failed step with no finding on this field: the cause is elsewhere unless nothing names it.
            it.value() = unexplainedSides.contains(field.section(QLatin1Char('.'), 0, 0)) ||
                                 unexplainedSides.contains(QString())
                             ? FieldState::Failed
                             : FieldState::Passed;
            break;
        case FieldState::Passed:
            break;
        default:
            if (field != Field::Email)
                it.value() = FieldState::Idle;
            break;
        }
    }
    // A login that was not tried verified nothing about the user name and password.
    for (const ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        const QString prefix = Field::of(side, "");
        if (!checkedPrefixes.contains(prefix))
            continue;
        const QString loginStep = Field::of(side, side == ServerSide::Outgoing ? "auth" : "login");
        const auto step = std::find_if(report.checks.cbegin(), report.checks.cend(),
                                       [&](const CheckStep &c) { return c.id == loginStep; });
        if (step == report.checks.cend() || step->status != StepStatus::Skipped)
            continue;
        for (const char *leaf : {"user", "password"}) {
            const QString field = Field::of(side, leaf);
            if (!named.contains(field) && out.contains(field))
                out[field] = FieldState::NotVerified;
        }
    }
    return out;
}

void CheckSession::redescribe(CheckReport &report, PhoneLanguage language)
{
    // The words come from redacted values only, as the Checker's do: a password typed
    // into another field never reaches a sentence.
    Redactor redactor;
    for (const Secret *secret : {&report.settings.incoming.password, &report.settings.outgoing.password})
        if (!secret->isEmpty())
            redactor.addSecret(secret->reveal());
    CheckReport copy = report;
    const AccountSettings shown = copy.redactValues(redactor);
    for (Finding &f : report.findings)
        FixCatalog::describe(f, shown, language);
}

} // namespace mailfix
