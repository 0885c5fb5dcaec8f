// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wording/FixContext.h"

#include <QHash>

// One function per finding code: its title and fix steps (FixWording*.cpp, one file per code family).

namespace mailfix::wording {

// FixWordingSettings.cpp
FixText settingsMissing(const FixContext &c);
FixText hostMalformed(const FixContext &c);
FixText emailMalformed(const FixContext &c);
FixText settingsPortInvalid(const FixContext &c);
FixText incomingPathPrefix(const FixContext &c);
FixText iosKnownBug(const FixContext &c);
FixText checkCancelled(const FixContext &c);
FixText unknownCode(const FixContext &c);

// FixWordingConnection.cpp
FixText dnsNotFound(const FixContext &c);
FixText dnsFailure(const FixContext &c);
FixText connectRefused(const FixContext &c);
FixText connectTimeout(const FixContext &c);
FixText connectUnreachable(const FixContext &c);
FixText connectGreetingTimeout(const FixContext &c);
FixText connectClosed(const FixContext &c);
FixText protocolMismatch(const FixContext &c);
FixText protocolLimitExceeded(const FixContext &c);
FixText protocolInjection(const FixContext &c);
FixText protocolAlert(const FixContext &c);
FixText protocolTimeout(const FixContext &c);
FixText networkDependsOnLocation(const FixContext &c);

// FixWordingTls.cpp
FixText tlsRequired(const FixContext &c);
FixText tlsUnavailable(const FixContext &c);
FixText tlsImplicitExpected(const FixContext &c);
FixText tlsHandshakeFailed(const FixContext &c);
FixText tlsPlaintextLogin(const FixContext &c);
FixText tlsStarttlsFailed(const FixContext &c);
FixText certUntrusted(const FixContext &c);
FixText certExpired(const FixContext &c);
FixText certNotYetValid(const FixContext &c);
FixText certHostnameMismatch(const FixContext &c);

// FixWordingLogin.cpp
FixText authCredentialsMissing(const FixContext &c);
FixText authFailed(const FixContext &c);
FixText authMechanismUnsupported(const FixContext &c);
FixText authNotOffered(const FixContext &c);
FixText authAppPasswordRequired(const FixContext &c);
FixText authDisabled(const FixContext &c);
FixText authTemporary(const FixContext &c);
FixText authMechanismInfo(const FixContext &c);
FixText authSkippedUntrusted(const FixContext &c);
FixText authSkippedPlaintext(const FixContext &c);

// FixWordingSmtp.cpp
FixText smtpServerOff(const FixContext &c);
FixText smtpRelayDenied(const FixContext &c);
FixText smtpSenderRejected(const FixContext &c);
FixText smtpGreetingRejected(const FixContext &c);
FixText smtpTemporary(const FixContext &c);
FixText smtpOpenRelay(const FixContext &c);
FixText smtpRelayInconclusive(const FixContext &c);

using Describer = FixText (*)(const FixContext &);
/// The wording function for each code with its own wording.
const QHash<QString, Describer> &describers();

} // namespace mailfix::wording
