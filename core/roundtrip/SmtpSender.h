// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/SmtpReply.h"

#include <QObject>

namespace mailfix {

class RoundTripContext;
class RoundTripSession;

/// Sends one message from the account to itself through its outgoing server: EHLO,
/// STARTTLS, AUTH with the phone's Authentication (as the check logs in), MAIL, RCPT,
/// DATA. One command at a time, each with the step deadline.
class SmtpSender : public QObject
{
    Q_OBJECT
public:
    SmtpSender(RoundTripContext *context, QObject *parent = nullptr);

    /// \a message: header and body, CRLF line endings, without the final dot.
    void send(const QByteArray &message);

Q_SIGNALS:
    /// The server took the message: its reply to the final dot ("250 2.0.0 Ok: queued as ...").
    void accepted(const QString &reply);
    /// The server refused the message itself (MAIL, RCPT, DATA or after the content).
    void rejected(const QString &reply);
    /// Anything else went wrong before the message was handed over.
    void failed(const QString &detail);

private:
    enum class State { Greeting, Ehlo, StartTls, Auth, AuthStep, Mail, Rcpt, Data, Body, Quit, Done };
    void onLine(const QByteArray &line);
    void onReply(const SmtpReply &reply);
    void ehlo();
    void login();
    void mailFrom();
    void fail(const QString &detail);
    void refuse(const SmtpReply &reply);

    RoundTripContext *m_context;
    RoundTripSession *m_session;
    SmtpReplyParser m_parser;
    State m_state = State::Greeting;
    QByteArray m_message;
    EhloCapabilities m_caps;
    QString m_mechanism;
    int m_authTurns = 0;
};

} // namespace mailfix
