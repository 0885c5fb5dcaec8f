// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/ImapResponse.h"
#include "protocol/ProbeBase.h"

#include <QHash>

namespace mailfix {

/// Tests an IMAP incoming server: greeting, CAPABILITY, STARTTLS, LOGIN or
/// AUTHENTICATE (SASL-IR when offered), the IMAP Path Prefix, LOGOUT. Commands are
/// pipelined where the capabilities are already known.
class ImapProbe : public ProbeBase
{
    Q_OBJECT
public:
    ImapProbe(CheckContext *context, QObject *parent = nullptr);

protected:
    MailProtocol protocol() const override { return MailProtocol::Imap; }
    QStringList stepLeaves() const override;
    void onLine(const QByteArray &line) override;
    void onTlsUpgraded() override;
    qsizetype statusPrefix(const QByteArray &line) const override;

private:
    enum class Cmd { Capability, StartTls, Login, Authenticate, List, Logout };
    QByteArray command(Cmd cmd, const QByteArray &text, const QString &shown = {});
    void flush();
    void onGreeting(const ImapResponse &r);
    void onTagged(Cmd cmd, const ImapResponse &r);
    void onContinuation(const ImapResponse &r);
    void afterCapabilities();
    void login();
    void logout();
    void loginWithLiterals(const QByteArray &user, const QByteArray &pass);
    bool canQuote(const QByteArray &s) const;
    static QByteArray quoted(const QByteArray &s);

    int m_tagCounter = 0;
    QHash<QByteArray, Cmd> m_tags;
    QByteArray m_outgoing;
    QStringList m_outgoingShown;
    QStringList m_caps;
    bool m_haveCaps = false;
    bool m_greeted = false;
    bool m_loginSent = false;
    bool m_loggedIn = false;
    bool m_listSeen = false;
    QString m_mechanism;
    int m_authTurns = 0;
    QList<QByteArray> m_literalQueue; ///< literal parts still due, one per "+" from the server
};

} // namespace mailfix
