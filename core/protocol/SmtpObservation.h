// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "protocol/SmtpReply.h"

#include <optional>

namespace mailfix {

/// What an SMTP session showed about login and sending, for the diagnosis.
struct SmtpObservation
{
    bool userGiven = false;       ///< the phone has an outgoing User Name
    AuthMethod auth = AuthMethod::Password;
    bool loginAttempted = false;
    std::optional<SmtpReply> authReply;   ///< final reply to AUTH
    bool loggedIn() const { return authReply && authReply->code == 235; }
    QString mailFrom;                     ///< the account's Email
    QString altSender;                    ///< second sender tried while logged in ("" = null sender)
    QString recipient;
    std::optional<SmtpReply> mailReply;
    std::optional<SmtpReply> rcptReply;
    std::optional<SmtpReply> altMailReply;
    std::optional<SmtpReply> altRcptReply;
};

} // namespace mailfix
