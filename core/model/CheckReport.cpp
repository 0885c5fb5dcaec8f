// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckReport.h"
#include "Redactor.h"

namespace mailfix {

QString stepStatusName(StepStatus s)
{
    switch (s) {
    case StepStatus::Pending: return QStringLiteral("pending");
    case StepStatus::Running: return QStringLiteral("running");
    case StepStatus::Pass: return QStringLiteral("pass");
    case StepStatus::Fail: return QStringLiteral("fail");
    case StepStatus::Warn: return QStringLiteral("warn");
    case StepStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

bool CheckReport::ok() const
{
    return std::none_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.severity == Severity::Error; });
}

QString verifiedName(Verified v)
{
    switch (v) {
    case Verified::None: return QStringLiteral("none");
    case Verified::Connect: return QStringLiteral("connect");
    case Verified::Login: return QStringLiteral("login");
    case Verified::Relay: return QStringLiteral("relay");
    }
    return {};
}

namespace {
const CheckStep *stepOf(const QList<CheckStep> &checks, ServerSide side, const char *leaf)
{
    const QString id = sideName(side) + QLatin1Char('.') + QLatin1String(leaf);
    for (const CheckStep &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

StepStatus statusOf(const QList<CheckStep> &checks, ServerSide side, const char *leaf)
{
    const CheckStep *c = stepOf(checks, side, leaf);
    return c ? c->status : StepStatus::Pending;
}
} // namespace

Verified CheckReport::verified(ServerSide side) const
{
    if (statusOf(checks, side, "greeting") != StepStatus::Pass)
        return Verified::None;
    // A login counts only when its step passed and no error stands against the side's
    // login fields (a finding may have corrected what the step saw).
    const char *loginLeaf = side == ServerSide::Outgoing ? "auth" : "login";
    const bool loginError = std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.severity == Severity::Error
            && (f.field == Field::of(side, "user") || f.field == Field::of(side, "password"));
    });
    if (statusOf(checks, side, loginLeaf) == StepStatus::Pass && !loginError) {
        if (side == ServerSide::Outgoing && statusOf(checks, side, "relay") == StepStatus::Pass)
            return Verified::Relay;
        return Verified::Login;
    }
    if (statusOf(checks, side, "tls") == StepStatus::Fail)
        return Verified::None;
    return Verified::Connect;
}

QString CheckReport::unverifiedReason(ServerSide side) const
{
    const Verified v = verified(side);
    if (v == Verified::Login || v == Verified::Relay)
        return {};
    const CheckStep *login = stepOf(checks, side, side == ServerSide::Outgoing ? "auth" : "login");
    if (login && !login->detail.isEmpty())
        return login->detail;
    return {};
}

AccountSettings CheckReport::redactValues(const Redactor &r)
{
    for (Finding &f : findings) {
        f.evidence = r.redact(f.evidence);
        FindingFacts &x = f.facts;
        for (QString *t : {&x.side, &x.host, &x.email, &x.recipient, &x.user, &x.prefix, &x.protocolSeen, &x.provider,
                           &x.issuer, &x.fingerprint, &x.text, &x.suggestedHost, &x.suggestedEmail, &x.suggestedPrefix})
            *t = r.redact(*t);
        for (QStringList *l : {&x.offered, &x.names})
            for (QString &t : *l)
                t = r.redact(t);
    }
    for (CheckStep &c : checks)
        c.detail = r.redact(c.detail);
    for (TranscriptLine &t : transcript)
        t.text = r.redact(t.text);
    return r.redactedSettings(settings);
}

void CheckReport::sortFindings()
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
}

QStringList fieldsForStep(const QString &stepId)
{
    const QString side = stepId.section(QLatin1Char('.'), 0, 0);
    const QString leaf = stepId.section(QLatin1Char('.'), 1);
    auto f = [&](const char *name) -> QString { return side + QLatin1Char('.') + QLatin1String(name); };
    if (leaf == QLatin1String("dns"))
        return {f("host")};
    if (leaf == QLatin1String("connect") || leaf == QLatin1String("greeting"))
        return {f("host"), f("port")};
    if (leaf == QLatin1String("tls"))
        return {f("ssl"), f("port")};
    if (leaf == QLatin1String("ehlo") || leaf == QLatin1String("capability"))
        return {f("port")};
    if (leaf == QLatin1String("auth") || leaf == QLatin1String("login"))
        return {f("user"), f("password"), f("auth")};
    if (leaf == QLatin1String("sender"))
        return {QStringLiteral("account.email")};
    if (leaf == QLatin1String("relay"))
        return {f("user"), f("password"), f("host")};
    return {};
}

} // namespace mailfix
