// SPDX-License-Identifier: GPL-3.0-or-later
#include "Candidate.h"

namespace mailfix {

int Source::rank(const QString &source)
{
    static const QStringList order{Provider, Srv, Autoconfig, Ispdb, Mx, Guess};
    const qsizetype i = order.indexOf(source);
    return i < 0 ? int(order.size()) : int(i);
}

QString candidateResultName(CandidateResult r)
{
    switch (r) {
    case CandidateResult::NotTried:
        return QStringLiteral("not_tried");
    case CandidateResult::Works:
        return QStringLiteral("works");
    case CandidateResult::Refused:
        return QStringLiteral("refused");
    case CandidateResult::Timeout:
        return QStringLiteral("timeout");
    case CandidateResult::TlsFailed:
        return QStringLiteral("tls_failed");
    case CandidateResult::CertFailed:
        return QStringLiteral("cert_failed");
    case CandidateResult::LoginFailed:
        return QStringLiteral("login_failed");
    case CandidateResult::NoLogin:
        return QStringLiteral("no_login");
    case CandidateResult::NotMail:
        return QStringLiteral("not_mail");
    case CandidateResult::NotFound:
        return QStringLiteral("not_found");
    case CandidateResult::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString Candidate::key() const
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(sideName(side), side == ServerSide::Incoming ? QString::number(int(type)) : QString(), host)
        .arg(port)
        .arg(ssl ? 1 : 0);
}

bool Candidate::published() const
{
    for (const QString &s : sources)
        if (s != Source::Guess)
            return true;
    return false;
}

bool Candidate::standardPort() const
{
    if (side == ServerSide::Outgoing)
        return port == 587 || port == 465;
    return port == 993 || port == 143 || port == 995 || port == 110;
}

} // namespace mailfix
