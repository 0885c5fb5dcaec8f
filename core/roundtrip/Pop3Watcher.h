// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roundtrip/MailboxWatcher.h"

#include <QSet>
#include <QTimer>

namespace mailfix {

class RoundTripContext;
class RoundTripSession;

/// The POP3 maildrop: a POP3 session sees only what was there when it logged in, so
/// it polls with a new session every second: UIDL for what is new, TOP n 0 for its
/// Subject, DELE and QUIT (which commits the deletion) for exactly the test message.
class Pop3Watcher : public MailboxWatcher
{
    Q_OBJECT
public:
    Pop3Watcher(RoundTripContext *context, QObject *parent = nullptr);

    void prepare() override;
    void watch(const QString &token) override;
    void stop() override;

private:
    enum class State { Greeting, Stls, User, Pass, Apop, Uidl, Stat, Top, Dele, Quit, Idle, Done };
    void connectSession();
    void onLine(const QByteArray &line);
    void onStatus(bool ok, const QByteArray &line);
    void onMultiLine(const QList<QByteArray> &lines);
    void login();
    void nextCandidate();
    void quit();
    void fail(const QString &detail);

    RoundTripContext *m_context;
    RoundTripSession *m_session = nullptr;
    State m_state = State::Greeting;
    bool m_watching = false;
    bool m_multi = false;
    bool m_noUidl = false;
    bool m_deleted = false;
    bool m_foundIt = false;
    QList<QByteArray> m_lines;
    QByteArray m_apopStamp;
    QString m_token;
    QSet<QByteArray> m_known; ///< UIDs (or message numbers without UIDL) already looked at
    int m_knownCount = 0;
    QList<std::pair<int, QByteArray>> m_candidates; ///< (number, uid) not yet looked at
    int m_current = 0;
    QTimer m_poll;
};

} // namespace mailfix
