// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckReport.h"

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
