// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace mailfix {

/// Writes an Apple configuration profile (.mobileconfig) with one
/// com.apple.mail.managed payload holding the phone's settings (FACTS.md,
/// "Configuration profile"). Never a password: the phone asks for it at install.
class MobileConfig
{
public:
    struct Options
    {
        /// Reverse-DNS prefix of the PayloadIdentifiers; empty: derived from the domain.
        QString identifierPrefix;
        /// OutgoingPasswordSameAsIncomingPassword: the phone then asks only once.
        bool outgoingPasswordSameAsIncoming = false;
    };

    /// Empty when a profile can be written from \a settings, else one sentence why not
    /// (no address, no incoming or outgoing host, text a plist cannot hold).
    static QString problem(const AccountSettings &settings, const Options &options);
    /// The XML plist. Call problem() first; the result is undefined for settings it rejects.
    static QByteArray toXml(const AccountSettings &settings, const Options &options);

    /// "test.example" for alice@example.test: the default identifier prefix.
    static QString defaultIdentifierPrefix(const QString &email);
    /// Whether \a prefix is a usable reverse-DNS identifier ("com.example.mail").
    static bool isValidIdentifier(const QString &prefix);
    /// Name-based (version 5) UUIDs from the address, so the same account always gets
    /// the same identifiers and a second profile replaces the first on the phone.
    static QUuid profileUuid(const QString &email);
    static QUuid payloadUuid(const QString &email);
    /// "<prefix>.mailfix.<uuid>": the profile's PayloadIdentifier.
    static QString profileIdentifier(const AccountSettings &settings, const Options &options);
};

} // namespace mailfix
