// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "roundtrip/MailboxWatcher.h"

#include <QStringList>
#include <QTimer>

namespace mailfix {

class RoundTripContext;
class RoundTripSession;

/// INBOX over IMAP: logs in as the check does, then UID SEARCH for the subject; between
/// searches IDLE where the server offers it, else a search every second. Deletes by
/// UID (UID EXPUNGE, RFC 4315) so no other message flagged \Deleted goes with it.
class ImapWatcher : public MailboxWatcher
{
    Q_OBJECT
public:
    ImapWatcher(RoundTripContext *context, QObject *parent = nullptr);

    void prepare() override;
    void watch(const QString &token) override;
    void stop() override;

private:
    enum class State {
        Greeting,
        StartTls,
        Capability,
        Login,
        LoginStep,
        Capability2,
        Select,
        Ready,
        Search,
        Idle,
        IdleDone,
        Store,
        Expunge,
        Logout,
        Done
    };
    void onLine(const QByteArray &line);
    void command(State next, const QByteArray &text, const QString &shown = {});
    void login();
    void search();
    void afterSearch();
    void fail(const QString &detail);

    RoundTripContext *m_context;
    RoundTripSession *m_session;
    State m_state = State::Greeting;
    QByteArray m_tag;
    int m_tagNo = 0;
    QStringList m_caps;
    QString m_mechanism;
    QString m_token;
    QList<QByteArray> m_uids;
    QTimer m_again;
    bool m_newMail = false;
};

} // namespace mailfix
