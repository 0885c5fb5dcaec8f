// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mailfix {

/// The syntax of what the phone's fields hold: host names and mail addresses. Pure
/// functions, shared by the settings diagnosis and the probes (which never put
/// anything on the wire that fails them).
namespace AddressSyntax {
/// IPv4 dotted quad or IPv6 (with or without brackets).
bool isIpLiteral(const QString &text);
/// Letters, digits, '-' and '.', labels of 1..63, at most 253 in all; IP literals;
/// internationalised names when their punycode form is valid.
bool isValidHost(const QString &host);
/// A plausible mail address (what the phone accepts as Email): never holds spaces,
/// angle brackets or control characters, so it cannot carry ESMTP parameters or
/// another command into MAIL FROM / RCPT TO.
bool isEmailAddress(const QString &email);
} // namespace AddressSyntax

} // namespace mailfix
