// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"
#include "protocol/SmtpObservation.h"
#include "protocol/SmtpReply.h"

#include <QList>

namespace mailfix {

/// Turns server replies into causes. Reply codes, enhanced status codes and
/// behaviour decide; the text is consulted only as a hint where codes are ambiguous.
namespace ReplyClassifier {

/// Cause of a failed login, for any protocol. `tlsActive` tells whether the
/// connection was encrypted when the server refused.
struct AuthVerdict
{
    QString code;   ///< auth.failed, auth.app_password_required, auth.disabled, auth.temporary,
                    ///< tls.required, auth.mechanism_unsupported
    QString field;  ///< leaf: "password", "user", "ssl", "auth" or "" (none)
};

AuthVerdict smtpAuthFailure(const SmtpReply &reply, const QString &host);
/// IMAP: response code ("AUTHENTICATIONFAILED", "UNAVAILABLE", ...) and text of a NO/BAD.
AuthVerdict imapAuthFailure(const QString &responseCode, const QString &text, const QString &host);
/// POP3: RFC 3206 code ("AUTH", "SYS/TEMP", "IN-USE", ...) and text of -ERR.
AuthVerdict pop3AuthFailure(const QString &responseCode, const QString &text, const QString &host);

/// Findings (code, field, evidence, severity) from the sender and relay tests.
/// Fields are full names ("outgoing.user").
QList<Finding> smtpTransaction(const SmtpObservation &o);

/// True when the text hints at one of these causes (used only where codes are ambiguous).
bool hintsAppPassword(const QString &text);
bool hintsProviderSignIn(const QString &text);
bool hintsDisabled(const QString &text);
bool hintsTlsRequired(const QString &text);
bool hintsSender(const QString &text, const QString &senderAddress);
bool hintsNotLoggedIn(const QString &text);
bool hintsRelay(const QString &text);

} // namespace ReplyClassifier
} // namespace mailfix
