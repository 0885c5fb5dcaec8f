// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace mailfix {

/// Finding codes (CONTRACT.md section 2 and 9): the one place they are spelled.
namespace Code {
inline const QString SettingsMissing = QStringLiteral("settings.missing");
inline const QString SettingsHostMalformed = QStringLiteral("settings.host_malformed");
inline const QString SettingsEmailMalformed = QStringLiteral("settings.email_malformed");
inline const QString SettingsPortInvalid = QStringLiteral("settings.port_invalid");
inline const QString SettingsIosInvalid = QStringLiteral("settings.ios_invalid");
inline const QString SettingsUnsendable = QStringLiteral("settings.unsendable");
inline const QString DnsNotFound = QStringLiteral("dns.not_found");
inline const QString DnsFailure = QStringLiteral("dns.failure");
inline const QString ConnectRefused = QStringLiteral("connect.refused");
inline const QString ConnectTimeout = QStringLiteral("connect.timeout");
inline const QString ConnectUnreachable = QStringLiteral("connect.unreachable");
inline const QString ConnectClosed = QStringLiteral("connect.closed");
inline const QString ConnectGreetingTimeout = QStringLiteral("connect.greeting_timeout");
inline const QString ProtocolMismatch = QStringLiteral("protocol.mismatch");
inline const QString ProtocolTimeout = QStringLiteral("protocol.timeout");
inline const QString ProtocolLimitExceeded = QStringLiteral("protocol.limit_exceeded");
inline const QString ProtocolInjection = QStringLiteral("protocol.injection");
inline const QString ProtocolAlert = QStringLiteral("protocol.alert");
inline const QString TlsRequired = QStringLiteral("tls.required");
inline const QString TlsUnavailable = QStringLiteral("tls.unavailable");
inline const QString TlsImplicitExpected = QStringLiteral("tls.implicit_expected");
inline const QString TlsHandshakeFailed = QStringLiteral("tls.handshake_failed");
inline const QString TlsStarttlsFailed = QStringLiteral("tls.starttls_failed");
inline const QString TlsPlaintextLogin = QStringLiteral("tls.plaintext_login");
inline const QString CertUntrusted = QStringLiteral("cert.untrusted");
inline const QString CertExpired = QStringLiteral("cert.expired");
inline const QString CertNotYetValid = QStringLiteral("cert.not_yet_valid");
inline const QString CertHostnameMismatch = QStringLiteral("cert.hostname_mismatch");
inline const QString AuthCredentialsMissing = QStringLiteral("auth.credentials_missing");
inline const QString AuthFailed = QStringLiteral("auth.failed");
inline const QString AuthMechanismUnsupported = QStringLiteral("auth.mechanism_unsupported");
inline const QString AuthMechanismInfo = QStringLiteral("auth.mechanism_info");
inline const QString AuthNotOffered = QStringLiteral("auth.not_offered");
inline const QString AuthAppPasswordRequired = QStringLiteral("auth.app_password_required");
inline const QString AuthDisabled = QStringLiteral("auth.disabled");
inline const QString AuthTemporary = QStringLiteral("auth.temporary");
inline const QString AuthSkippedPlaintext = QStringLiteral("auth.skipped_plaintext");
inline const QString AuthSkippedUntrusted = QStringLiteral("auth.skipped_untrusted");
inline const QString SmtpServerOff = QStringLiteral("smtp.server_off");
inline const QString SmtpRelayDenied = QStringLiteral("smtp.relay_denied");
inline const QString SmtpRelayInconclusive = QStringLiteral("smtp.relay_inconclusive");
inline const QString SmtpOpenRelay = QStringLiteral("smtp.open_relay");
inline const QString SmtpSenderRejected = QStringLiteral("smtp.sender_rejected");
inline const QString SmtpGreetingRejected = QStringLiteral("smtp.greeting_rejected");
inline const QString SmtpTemporary = QStringLiteral("smtp.temporary");
inline const QString IncomingPathPrefix = QStringLiteral("incoming.path_prefix");
inline const QString IosKnownBug = QStringLiteral("ios.known_bug");
inline const QString CheckCancelled = QStringLiteral("check.cancelled");
inline const QString NetworkDependsOnLocation = QStringLiteral("network.depends_on_location");
inline const QString DiscoveryStale = QStringLiteral("discovery.stale");
inline const QString RoundtripNotDelivered = QStringLiteral("roundtrip.not_delivered");
inline const QString RoundtripRejected = QStringLiteral("roundtrip.rejected");
inline const QString RoundtripSlow = QStringLiteral("roundtrip.slow");
} // namespace Code

/// Step leaves: a check step's id is "<side>.<leaf>" ("outgoing.tls").
namespace Step {
inline const QString Settings = QStringLiteral("settings");
inline const QString Dns = QStringLiteral("dns");
inline const QString Connect = QStringLiteral("connect");
inline const QString Tls = QStringLiteral("tls");
inline const QString Greeting = QStringLiteral("greeting");
inline const QString Ehlo = QStringLiteral("ehlo");
inline const QString Capability = QStringLiteral("capability");
inline const QString Auth = QStringLiteral("auth");
inline const QString Login = QStringLiteral("login");
inline const QString Sender = QStringLiteral("sender");
inline const QString Relay = QStringLiteral("relay");
inline const QString Mailbox = QStringLiteral("mailbox");
inline const QString Roundtrip = QStringLiteral("roundtrip");
} // namespace Step

} // namespace mailfix
