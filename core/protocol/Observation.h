// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "net/CertificateInfo.h"
#include "protocol/SmtpObservation.h"
#include "protocol/SmtpReply.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace mailfix {

/// The protocol a probe speaks.
enum class MailProtocol { Smtp, Imap, Pop3 };
QString protocolName(MailProtocol p); ///< "SMTP", "IMAP", "POP3"

/// What a probe saw the server say or do at one step: facts only. Which finding,
/// which field and what to suggest is decided by core/diagnosis, never here.
struct Observation
{
    enum class Kind {
        // Name and connection.
        NameNotFound,          ///< the host name does not exist (detail: the resolver's words)
        NameLookupFailed,      ///< no answer from DNS
        NameLookupTimedOut,    ///< DNS gave no answer within the step deadline
        ConnectRefused,        ///< nothing listens on the port
        ConnectFailed,         ///< no route / network unreachable / other connect error
        ConnectTimedOut,       ///< no answer to the TCP connect within the deadline
        ClosedByServer,        ///< the server closed the connection unasked
        ConnectionLost,        ///< a transport error after the connection stood (detail)
        GreetingSilent,        ///< connected, but no greeting within the deadline
        NoReply,               ///< a command got no reply within the deadline (command)
        OtherProtocol,         ///< another protocol answered (protocolSeen, said)
        MalformedReply,        ///< a reply that is not of this protocol's syntax (said)
        LimitExceeded,         ///< too long a line, too many bytes, a huge literal, endless SASL (detail)
        // TLS.
        TlsOnlyPort,           ///< no plain-text greeting, but TLS from the first byte works (Use SSL off)
        PlainTextOnTlsPort,    ///< TLS from the first byte failed; the port speaks this protocol in plain text
        TlsHandshakeFailed,    ///< implicit TLS or STARTTLS handshake failed (duringStartTls, detail)
        TlsHandshakeTimedOut,  ///< the handshake did not complete within the deadline
        StartTlsRefused,       ///< STARTTLS / STLS answered with an error (said)
        StartTlsNotOffered,    ///< Use SSL on a plain port, no STARTTLS / STLS offered (capabilities)
        InjectionBeforeTls,    ///< bytes after the go-ahead for TLS, before encryption (bytes)
        CertificateProblem,    ///< the certificate failed verification (cert)
        // Greeting and hello.
        GreetingRefused,       ///< 4xx/5xx greeting, IMAP BYE, POP3 -ERR (said, smtpReply)
        HelloRefused,          ///< EHLO and HELO refused (smtpReply)
        ServerClosing,         ///< an unasked 421 "closing" (smtpReply)
        Preauthenticated,      ///< IMAP PREAUTH greeting (said; encrypted tells whether TLS was up)
        CapabilityRefused,     ///< CAPABILITY answered NO/BAD (said)
        Alert,                 ///< IMAP [ALERT] (said; trustedTls tells whether it can be believed)
        ServerBye,             ///< IMAP untagged BYE outside LOGOUT (said)
        // Login.
        LoginOnlyAfterTls,     ///< no login before TLS, STARTTLS offered (capabilities)
        LoginNotOffered,       ///< no login possible on this port (capabilities)
        LoginDisabled,         ///< IMAP LOGINDISABLED (encrypted tells whether TLS was up)
        MechanismNotOffered,   ///< the phone's Authentication is not offered (offered)
        MechanismUntestable,   ///< NTLM / DIGEST-MD5 offered; Mailfix does not speak them (mechanism)
        LoginWithheld,         ///< credentials not sent: no consent (encrypted: untrusted certificate; else plain text)
        PlaintextLoginSent,    ///< credentials sent without TLS with the user's consent
        LoginRefused,          ///< the login was refused (smtpReply, or responseCode + said)
        SettingUnsendable,     ///< a setting cannot be carried by this protocol (field leaf, detail)
        // Sending and mailbox.
        Transaction,           ///< the MAIL FROM / RCPT TO tests (transaction)
        PathPrefixEmpty,       ///< no folder matches the IMAP Path Prefix (prefix)
    };

    Kind kind = Kind::ConnectFailed;
    MailProtocol protocol = MailProtocol::Smtp;
    ServerSide side = ServerSide::Outgoing;
    QString step;              ///< step leaf current when it was seen ("greeting", "auth", ...)
    QString host;
    int port = 0;
    bool implicitTls = false;  ///< the connection was TLS from the first byte
    bool encrypted = false;    ///< TLS was up when it was seen
    bool trustedTls = false;   ///< ... with a certificate that verified
    bool duringStartTls = false;

    QString said;              ///< the server's words (one line, printable, redacted)
    QString detail;            ///< what happened, in the transport's or probe's words (redacted)
    QString command;           ///< the command last sent, for NoReply
    QString protocolSeen;      ///< OtherProtocol / PlainTextOnTlsPort: "HTTP", "SSH", "IMAP", ...
    QString responseCode;      ///< IMAP [CODE] / POP3 [CODE] of a refusal
    std::optional<SmtpReply> smtpReply;
    QStringList capabilities;  ///< EHLO keywords, IMAP capabilities or POP3 CAPA lines
    QStringList offered;       ///< login mechanisms offered
    QString mechanism;         ///< the mechanism tried or wanted
    QString leaf;              ///< SettingUnsendable: the field leaf ("user", "password")
    QString prefix;            ///< PathPrefixEmpty
    qint64 bytes = -1;
    qint64 waitedMs = -1;      ///< how long the server took to answer our last command (-1: none sent)
    CertificateInfo cert;      ///< CertificateProblem
    std::optional<SmtpObservation> transaction;
    // Who the server is, for recognising its provider (ProviderDirectory::recognizeServer).
    QString greeting;          ///< the server's greeting, once it was received
    QStringList serverNames;   ///< the certificate's names, once TLS was up
    /// A consequence of an earlier observation (a close after a refusal, silence
    /// after a definitive answer): kept for the record, not a cause of its own.
    bool afterVerdict = false;
};

} // namespace mailfix
