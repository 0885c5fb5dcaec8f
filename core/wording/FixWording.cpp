// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixWording.h"

namespace mailfix::wording {

const QHash<QString, Describer> &describers()
{
    static const QHash<QString, Describer> table{
        {QStringLiteral("settings.missing"), &settingsMissing},
        {QStringLiteral("settings.host_malformed"), &hostMalformed},
        {QStringLiteral("settings.email_malformed"), &emailMalformed},
        {QStringLiteral("dns.not_found"), &dnsNotFound},
        {QStringLiteral("dns.failure"), &dnsFailure},
        {QStringLiteral("connect.refused"), &connectRefused},
        {QStringLiteral("connect.timeout"), &connectTimeout},
        {QStringLiteral("connect.unreachable"), &connectUnreachable},
        {QStringLiteral("connect.greeting_timeout"), &connectGreetingTimeout},
        {QStringLiteral("protocol.mismatch"), &protocolMismatch},
        {QStringLiteral("protocol.limit_exceeded"), &protocolLimitExceeded},
        {QStringLiteral("protocol.injection"), &protocolInjection},
        {QStringLiteral("protocol.alert"), &protocolAlert},
        {QStringLiteral("tls.required"), &tlsRequired},
        {QStringLiteral("tls.unavailable"), &tlsUnavailable},
        {QStringLiteral("tls.implicit_expected"), &tlsImplicitExpected},
        {QStringLiteral("tls.handshake_failed"), &tlsHandshakeFailed},
        {QStringLiteral("tls.plaintext_login"), &tlsPlaintextLogin},
        {QStringLiteral("tls.starttls_failed"), &tlsStarttlsFailed},
        {QStringLiteral("cert.untrusted"), &certUntrusted},
        {QStringLiteral("cert.expired"), &certExpired},
        {QStringLiteral("cert.not_yet_valid"), &certNotYetValid},
        {QStringLiteral("cert.hostname_mismatch"), &certHostnameMismatch},
        {QStringLiteral("auth.credentials_missing"), &authCredentialsMissing},
        {QStringLiteral("auth.failed"), &authFailed},
        {QStringLiteral("auth.mechanism_unsupported"), &authMechanismUnsupported},
        {QStringLiteral("auth.not_offered"), &authNotOffered},
        {QStringLiteral("auth.app_password_required"), &authAppPasswordRequired},
        {QStringLiteral("auth.disabled"), &authDisabled},
        {QStringLiteral("auth.temporary"), &authTemporary},
        {QStringLiteral("auth.skipped_untrusted"), &authSkippedUntrusted},
        {QStringLiteral("auth.skipped_plaintext"), &authSkippedPlaintext},
        {QStringLiteral("auth.mechanism_info"), &authMechanismInfo},
        {QStringLiteral("smtp.server_off"), &smtpServerOff},
        {QStringLiteral("smtp.relay_denied"), &smtpRelayDenied},
        {QStringLiteral("smtp.sender_rejected"), &smtpSenderRejected},
        {QStringLiteral("smtp.greeting_rejected"), &smtpGreetingRejected},
        {QStringLiteral("smtp.temporary"), &smtpTemporary},
        {QStringLiteral("smtp.open_relay"), &smtpOpenRelay},
        {QStringLiteral("incoming.path_prefix"), &incomingPathPrefix},
        {QStringLiteral("ios.known_bug"), &iosKnownBug},
        {QStringLiteral("settings.port_invalid"), &settingsPortInvalid},
        {QStringLiteral("smtp.relay_inconclusive"), &smtpRelayInconclusive},
        {QStringLiteral("protocol.timeout"), &protocolTimeout},
        {QStringLiteral("connect.closed"), &connectClosed},
        {QStringLiteral("check.cancelled"), &checkCancelled},
        {QStringLiteral("network.depends_on_location"), &networkDependsOnLocation},
    };
    return table;
}

} // namespace mailfix::wording
