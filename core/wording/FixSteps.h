// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wording/FixContext.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The building blocks of fix steps: getting to a screen, ports and Use SSL,
// logins, host names. Shared by the FixWording*.cpp files.

namespace mailfix::wording {

struct Target
{
    int port = 0;
    std::optional<bool> ssl;
};

/// The screen holding the field \a leaf ("ssl", "port", ...) of the finding's side.
Screen screenFor(const FixContext &c, const char *leaf);
/// Steps that bring the customer to \a screen.
QStringList navigate(const FixContext &c, Screen screen);
QString finishStep(const FixContext &c, Screen screen);
/// Navigate to \a screen, do \a actions, then save.
QStringList onScreen(const FixContext &c, Screen screen, const QStringList &actions, bool finish = true);
bool isImplicitTlsPort(int port);
/// The provider's or the usual secure port for the finding's side.
Target secureDefault(const FixContext &c);
/// The diagnosis' suggestion (facts.suggestedPort/suggestedSsl), else the
/// secure default when \a fallback.
Target suggestion(const FixContext &c, bool fallback);
bool changesSomething(const FixContext &c, const Target &t);
/// Actions (on the screen holding Use SSL and Server Port) that set \a t.
QStringList portSslActions(const FixContext &c, const Target &t);
QStringList portSslSteps(const FixContext &c, const Target &t);
std::optional<AuthMethod> mechanismToMethod(const QString &mech);
/// The phone's Authentication choices the server offers, best first: over SSL
/// Password is best; without SSL a challenge-response keeps the password off the wire.
QList<AuthMethod> offeredMethods(const FixContext &c);
/// "Enter ... in User Name and ... in Password (both say "Optional"), then tap Done."
QString outgoingCredentialsAction(const FixContext &c);
QString authNotNoneAction(const FixContext &c);
/// Outgoing login: navigate, fill both fields, make sure the phone uses them.
QStringList outgoingCredentialsSteps(const FixContext &c);
QString backupHint();
QString webmailHint();
/// Where an app password (or a new password) goes: both servers of the account.
QStringList enterNewPasswordSteps(const FixContext &c, bool appPassword);
QString deleteAccountStep(const FixContext &c);
QString userCheckAction(const FixContext &c);
/// Wrong user name or password with no provider rule behind it.
QStringList genericPasswordSteps(const FixContext &c);
/// A host name cleaned of the usual junk ("https://", "user@", ":993", "/path",
/// spaces), or empty when nothing sensible is left.
QString cleanedHost(const QString &raw);
/// The provider's server name for the finding's side, when the email address is a provider's.
QString providerHostForEmail(const FixContext &c);
QString changeHostAction(const FixContext &c, const QString &newHost);
QString checkHostAction(const FixContext &c);
/// A name from the certificate to use as the host name, or empty.
QString nameFromCertificate(const FixContext &c);
QString dateShown(const QDateTime &when);
QString clockStep(const FixContext &c);
QString sided(const FixContext &c, const QString &incoming, const QString &outgoing);
bool isMicrosoft(const FixContext &c);

} // namespace mailfix::wording
