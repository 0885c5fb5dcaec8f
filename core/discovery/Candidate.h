// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckReport.h"
#include "account/AccountSettings.h"
#include "model/Finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailfix {

/// Where a candidate came from (CONTRACT.md section 5 "source" values).
namespace Source {
inline const QString Provider = QStringLiteral("provider");
inline const QString Srv = QStringLiteral("srv");
inline const QString Autoconfig = QStringLiteral("autoconfig");
inline const QString Ispdb = QStringLiteral("ispdb");
inline const QString Mx = QStringLiteral("mx");
inline const QString Guess = QStringLiteral("guess");
/// Published sources first: the order in which their candidates are tried.
int rank(const QString &source);
} // namespace Source

/// How far a server was verified (CONTRACT.md section 5 "verified").
// Verified and verifiedName() come from model/CheckReport.h: a check and a
// suggestion say how far they got in the same words.

/// What checking one candidate gave (CONTRACT.md section 5 "candidates[].result").
enum class CandidateResult {
    NotTried,
    Works,
    Refused,
    Timeout,
    TlsFailed,
    CertFailed,
    LoginFailed,
    NoLogin,
    NotMail,
    NotFound, ///< the host name does not exist
    Failed,   ///< any other error; the detail says which
};
QString candidateResultName(CandidateResult r);

/// One server setting to try for one side.
struct Candidate
{
    ServerSide side = ServerSide::Incoming;
    IncomingType type = IncomingType::Imap; ///< incoming only
    QString host;                           ///< lower case
    int port = 0;
    bool ssl = true; ///< the phone's Use SSL (implicit TLS on 993/995/465, else STARTTLS)
    AuthMethod auth = AuthMethod::Password;
    QString user; ///< empty: the email address
    QStringList sources;
    int order = 0; ///< smaller is tried earlier

    CandidateResult result = CandidateResult::NotTried;
    Verified verified = Verified::None;
    QString detail;
    QList<Finding> findings; ///< of its check, already worded
    qint64 startedMs = -1;   ///< since the search started
    qint64 elapsedMs = 0;

    /// Same server and mode (sources and results aside).
    QString key() const;
    bool published() const; ///< named by a source other than a guess
    bool standardPort() const;
};

} // namespace mailfix
