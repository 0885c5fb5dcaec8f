// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CandidateVerifier.h"
#include "DiscoveryResult.h"
#include "account/AccountSettings.h"
#include "net/HttpFetcher.h"
#include "net/RecordLookup.h"
#include "net/Resolver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace mailfix {

/// How a search runs.
struct FinderOptions
{
    int stepTimeoutMs = 6000;   ///< each network step of a candidate's check
    int overallTimeoutMs = 0;   ///< the whole search; 0: twice the step deadline plus a second
    int sourceTimeoutMs = 3000; ///< each DNS lookup and each HTTPS fetch (at most the step deadline)
    int staggerMs = 100;        ///< Happy Eyeballs: the next candidate of a side starts after this
    int maxConcurrentPerSide = 8;
    int maxCandidatesPerSide = 60;
    /// A winner that cannot get better still waits for candidates tried before it and for
    /// sources still answering: half as long as its own check took, at most this long.
    int graceMs = 1000;
    bool useIspdb = true;
    QUrl ispdbBase = QUrl(QStringLiteral("https://autoconfig.thunderbird.net/v1.1/"));
    QList<QSslCertificate> extraCaCertificates; ///< for the HTTPS fetches (--ca-file)
    int effectiveOverallMs() const
    {
        return overallTimeoutMs > 0 ? overallTimeoutMs : 2 * stepTimeoutMs + 1000;
    }
};

/// Finds the settings that work from the email address (and the passwords, when given):
/// asks every source at once, checks each candidate live as soon as it is known
/// (staggered, concurrently, through a CandidateVerifier), ranks what works and says
/// what to change. Emits finished() exactly once.
class SettingsFinder : public QObject
{
    Q_OBJECT
public:
    SettingsFinder(CandidateVerifier *verifier, QObject *parent = nullptr);
    ~SettingsFinder() override;

    /// \a given: the phone's current settings (email required; passwords are used for
    /// the logins and never kept in the result).
    void start(const AccountSettings &given, const FinderOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const DiscoveryResult &result() const { return m_result; }

    /// Runs a search to the end in a local event loop (CLI, tests).
    static DiscoveryResult runBlocking(const AccountSettings &given, const FinderOptions &options,
                                       CandidateVerifier *verifier);

Q_SIGNALS:
    void candidateUpdated(const mailfix::Candidate &candidate);
    void sourceUpdated(const QString &source, const QString &summary);
    void finished(const mailfix::DiscoveryResult &result);

private:
    void startSources();
    void addCandidate(Candidate c, const QString &source);
    void addServers(const QList<Candidate> &servers, const QString &source);
    void addProvider(const QString &providerId, const QString &source);
    void guessHost(const QString &host, ServerSide side);
    void setSource(const QString &source, const QString &summary);
    void sourceStarted() { ++m_pendingSources; }
    void sourceDone();
    void fetchAutoconfig(const QString &source, const QUrl &url, bool primary);
    int sourceTimeout() const;
    void dispatch();
    void startCandidate(int index);
    void onChecked(int index, const CheckReport &report);
    void evaluate();
    bool sideDone(ServerSide side) const;
    int bestIndex(ServerSide side, bool workingOnly) const;
    bool topRank(const Candidate &c) const;
    Verified maxVerified(ServerSide side) const;
    void stopSide(ServerSide side, const QString &why);
    void finish();
    qint64 now() const { return m_clock.elapsed(); }

    CandidateVerifier *m_verifier;
    AccountSettings m_given;
    FinderOptions m_options;
    QString m_email;
    QString m_domain;
    DiscoveryResult m_result;
    QList<Candidate> m_candidates;
    QHash<QString, int> m_byKey;
    QHash<int, QPointer<QObject>> m_runningChecks;
    QHash<int, qint64> m_finishedAt;
    QSet<QString> m_guessedHosts[2];
    bool m_sideDone[2] = {false, false};
    qint64 m_lastStart[2] = {-1000000, -1000000};
    int m_seq = 0;
    int m_pendingSources = 0;
    bool m_running = false;
    bool m_autoconfigFound = false;
    QString m_dnsTrouble; ///< a lookup that failed or timed out (not "no such name")
    QElapsedTimer m_clock;
    QTimer m_overall;
    QTimer m_tick;
    RecordLookup *m_dns;
    HttpFetcher *m_http;
    Resolver *m_resolver;
};

} // namespace mailfix
