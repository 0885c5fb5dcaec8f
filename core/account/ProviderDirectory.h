// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mailfix {

/// The big mail providers whose settings and login rules are known (FACTS.md
/// "Providers"). Providers change their rules: this table is the one place to
/// correct them.
class ProviderDirectory
{
public:
    struct Provider
    {
        /// How the provider lets a mail app log in.
        enum class Login {
            Password,        ///< the normal account password works
            AppPassword,     ///< an app-specific password is required
            ProviderSignIn,  ///< the provider's own sign-in (OAuth) via the phone's Add Account button
            EnableInWebmail, ///< IMAP/POP/SMTP access must first be switched on in webmail
        };

        QString id;               ///< stable, e.g. "gmail", "microsoft"
        QString name;             ///< display name, e.g. "Gmail"
        QStringList domains;      ///< email domains, lower case
        QStringList hostSuffixes; ///< server host names end in one of these (or equal one)
        QString imapHost;
        int imapPort = 0; ///< always with SSL from the first byte
        QString popHost;  ///< empty: no POP
        int popPort = 0;
        QString smtpHost;
        int smtpPort = 0;
        bool smtpSsl = true; ///< the phone's Use SSL (465: TLS at once, 587: STARTTLS)
        Login login = Login::Password;
        QString note; ///< for the helpdesk, not translated
    };

    /// The provider running \a host (case-insensitive, exact or by suffix), or nullptr.
    static const Provider *byHost(const QString &host);
    /// The provider of the address' domain (case-insensitive, exact domain), or nullptr.
    static const Provider *byEmail(const QString &email);
    /// By id ("gmail"), name ("Gmail") or one of its email domains ("hotmail.com"), or nullptr.
    static const Provider *byId(const QString &idOrName);
    static const QList<Provider> &all();
};

} // namespace mailfix
