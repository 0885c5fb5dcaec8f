// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mailfix {

/// Every word the customer reads about a finding: titles, fix steps in the
/// paths and labels of the customer's iOS version, the phone's own labels and
/// the alerts the phone shows. All text goes through tr() (context
/// "FixCatalog"); this class is the one table to correct when Apple or a
/// provider changes something (see FACTS.md).
class FixCatalog
{
    Q_DECLARE_TR_FUNCTIONS(FixCatalog)

public:
    /// Fills \a f.title (one line) and \a f.fix (ordered, imperative steps)
    /// for the customer's iOS version \a s.ios. Works for every code of
    /// CONTRACT.md and the extra probe codes; unknown codes get generic
    /// wording. Reads f.code, f.field, f.facts and f.evidence only.
    static void describe(Finding &f, const AccountSettings &s);

    /// Codes with their own wording (everything else gets the generic text).
    static QStringList knownCodes();

    /// "Settings > Apps > Mail > Mail Accounts" (where the accounts are listed).
    static QString accountsPath(const IosVersion &v);
    /// "Settings > Apps > Mail > Mail Accounts > (account) > Account".
    static QString accountPath(const IosVersion &v);
    /// Full path to the screen holding \a field, e.g. "... > Account > SMTP >
    /// Primary Server" for outgoing.*; "(account)" is replaced by the account's
    /// Description when \a s has one.
    /// The phone screens that hold the account's fields.
    enum class Screen { Account, Advanced, Outgoing, About };
    /// The screen holding \a field: Advanced for incoming Use SSL/Authentication/Port/Prefix,
    /// the SMTP server screen for outgoing fields, About for the iOS version.
    static Screen screenOf(const QString &field);
    static QString screenPath(const QString &field, const AccountSettings &s);
    /// The phone's label for \a field: "Host Name", "Use SSL", "Server Port", ...
    static QString fieldLabel(const QString &field, const IosVersion &v);

    /// The alert the phone most likely showed for \a f ("Title — message"
    /// with the host or address filled in), or an empty string when none
    /// fits. Texts not confirmed in Apple's strings say so in brackets.
    static QString phoneAlert(const Finding &f, const AccountSettings &s);

    /// The phone's label for an Authentication value ("MD5 Challenge-Response", ...).
    static QString authLabel(AuthMethod m);
    /// The phone's Authentication label for a SASL mechanism (or IMAP LOGIN,
    /// POP3 USER/APOP) a server offers; empty when the phone has none for it.
    static QString mechanismToLabel(const QString &saslMech);
};

} // namespace mailfix
