// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace mailfix {

/// The mail providers whose settings and login rules are known. The data is
/// resources/providers.json, compiled into mailfix_core: providers change their
/// rules, and that file is the one place to correct them (resources/README.md).
class ProviderDirectory
{
public:
    /// A protocol the phone speaks to a provider.
    enum class Protocol { Imap, Pop, Smtp };
    /// How a connection is encrypted: TLS from the first byte, STARTTLS, none.
    enum class Tls { Ssl, StartTls, Plain };
    /// The phone's own account type to add the account with (Settings > Add Account).
    enum class AddAs { Other, Google, MicrosoftExchange, OutlookCom, ICloud, Yahoo, Aol };

    /// One server of a provider.
    struct Endpoint
    {
        QString host;
        int port = 0;
        Tls tls = Tls::Ssl;
    };

    struct Provider
    {
        /// How the provider lets a mail app log in.
        enum class Login {
            Password,        ///< the normal account password works
            AppPassword,     ///< an app-specific password is required
            ProviderSignIn,  ///< the provider's own sign-in (OAuth) via the phone's Add Account button
            EnableInWebmail, ///< IMAP/POP/SMTP access must first be switched on in webmail
            AdminSetting,    ///< the organisation's administrator must allow it
        };

        /// A login rule and since when it holds.
        struct Rule
        {
            Login login = Login::Password;
            QDate since;            ///< null: no date known
            bool confirmed = false; ///< a primary source for rule and date was found
        };

        QString id;                 ///< stable, e.g. "gmail", "microsoft"
        QString name;               ///< display name, e.g. "Gmail"
        QString family;             ///< providers sharing servers ("google", "microsoft"); "" = none
        bool customDomains = false; ///< hosts addresses in its customers' own domains
        bool phoneSupported = true; ///< false: iPhone Mail cannot reach it (Proton: Bridge only)
        QStringList domains;        ///< email domains, lower case; "*.x" = any subdomain of x
        QStringList hostSuffixes;   ///< server host and certificate names end in one of these (or equal one)
        QStringList mxSuffixes;     ///< MX host names end in one of these (or equal one)
        QList<QRegularExpression> greetingPatterns; ///< greeting text that names the provider
        QList<Endpoint> imap, pop, smtp;            ///< first = preferred; empty: none published
        // The preferred servers, as before (0 / empty: none).
        QString imapHost;
        int imapPort = 0; ///< always with SSL from the first byte
        QString popHost;  ///< empty: no POP
        int popPort = 0;
        QString smtpHost;
        int smtpPort = 0;
        bool smtpSsl = true; ///< the phone's Use SSL (465: TLS at once, 587: STARTTLS)
        Login login =
            Login::Password; ///< the rule for IMAP and POP (and SMTP unless smtpRule says otherwise)
        Rule rule;           ///< login with its date
        Rule smtpRule;       ///< the rule for SMTP (equal to rule unless the data says otherwise)
        AddAs addAs = AddAs::Other;
        QString helpUrl;     ///< https
        QString settingPath; ///< where the switch or app password is on the provider's website
        QString note;        ///< for the helpdesk, not translated

        /// The rule for \a protocol.
        const Rule &ruleFor(Protocol protocol) const { return protocol == Protocol::Smtp ? smtpRule : rule; }
    };
    using Login = Provider::Login;

    /// Which clue recognised a provider.
    enum class Clue { None, Domain, Mx, Host, Certificate, Greeting };

    /// Everything known about an account and the server that answered.
    struct Clues
    {
        QString email;                ///< the account's address
        QString host;                 ///< the server host name that was tried
        QStringList mxHosts;          ///< the email domain's MX host names
        QString greeting;             ///< the server's greeting (first line or all lines)
        QStringList certificateNames; ///< subject CN and DNS names of the server's certificate
    };

    struct Recognition
    {
        const Provider *provider = nullptr;
        Clue clue = Clue::None;
        QString evidence; ///< the domain, host, name or greeting words that matched
        explicit operator bool() const { return provider != nullptr; }
    };

    /// The provider running \a host (case-insensitive, exact or by suffix), or nullptr.
    static const Provider *byHost(const QString &host);
    /// The provider of the address' domain (case-insensitive, exact domain), or nullptr.
    static const Provider *byEmail(const QString &email);
    /// By id ("gmail"), name ("Gmail") or one of its email domains ("hotmail.com"), or nullptr.
    static const Provider *byId(const QString &idOrName);
    /// The provider receiving mail at the MX host \a mxHost (most specific suffix), or nullptr.
    static const Provider *byMx(const QString &mxHost);
    /// The provider whose server names or greeting words appear in \a greeting, or nullptr.
    static const Provider *byGreeting(const QString &greeting);
    /// The provider whose server names the certificate is for (wildcards allowed), or nullptr.
    static const Provider *byCertificateNames(const QStringList &names);
    /// The provider of an account from all clues: the server's own evidence (host, certificate,
    /// greeting) and the address (domain, MX). A custom domain on Google's or Microsoft's servers
    /// gives the family member that hosts custom domains (Google Workspace, Microsoft 365).
    static Recognition recognize(const Clues &clues);
    /// The provider running the server that answered, from the server's own evidence only
    /// (host, certificate, greeting), resolved within its family by the address and MX: the
    /// provider whose login rules apply to that server's replies. An unknown server is no
    /// provider's, whatever the address' domain.
    static Recognition recognizeServer(const Clues &clues);
    /// The providers with the same servers as \a p (\a p included).
    static QList<const Provider *> familyOf(const Provider &p);
    static const QList<Provider> &all();

    /// Empty when the data loaded; otherwise why it did not (the directory is then empty).
    static QString loadError();
    /// Parses provider data (the format of resources/providers.json). Entries with errors are
    /// skipped and described in \a errors.
    static QList<Provider> parse(const QByteArray &json, QStringList *errors = nullptr);

    static QString loginName(Login login);  ///< "password", "app_password", ...
    static QString addAsLabel(AddAs addAs); ///< the phone's label: "Google", "Outlook.com", ...
    static QString tlsName(Tls tls);        ///< "ssl", "starttls", "plain"
};

} // namespace mailfix
