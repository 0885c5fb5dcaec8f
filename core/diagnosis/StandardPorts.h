// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/Observation.h"

namespace mailfix {

/// The one place that knows which ports a mail protocol is served on: what the
/// diagnosis suggests when a port or the Use SSL switch is wrong.
namespace StandardPorts {
/// TLS from the first byte: SMTP 465 (RFC 8314), IMAP 993, POP3 995.
constexpr int implicitTls(MailProtocol p)
{
    return p == MailProtocol::Smtp ? 465 : p == MailProtocol::Imap ? 993 : 995;
}
/// Plain text first (STARTTLS when Use SSL is on): SMTP submission 587, IMAP 143, POP3 110.
constexpr int plainFirst(MailProtocol p)
{
    return p == MailProtocol::Smtp ? 587 : p == MailProtocol::Imap ? 143 : 110;
}
/// The standard port for the phone's Use SSL setting.
constexpr int forSsl(MailProtocol p, bool ssl) { return ssl ? implicitTls(p) : plainFirst(p); }
/// Where a phone logs in to send: the submission port (RFC 6409), not the MX port 25.
constexpr int submission() { return 587; }
/// Where servers pass mail to each other (MX, RFC 5321): blocked for outgoing
/// connections on most mobile networks and many Wi-Fi networks.
constexpr int relay() { return 25; }
} // namespace StandardPorts

} // namespace mailfix
