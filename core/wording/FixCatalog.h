// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "model/Finding.h"
#include "wording/FieldScreens.h"
#include "model/PhoneLanguage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mailfix {

struct PhoneSymptom;

/// Every word the customer reads about a finding: titles, fix steps in the
/// paths and labels of the customer's iOS version, the phone's own labels and
/// the alerts the phone shows. The sentences go through FixCatalog::tr()
/// (context "FixCatalog", English source, in core/wording/FixWording*.cpp) in
/// the customer's phone language, which may differ from the helpdesk's
/// interface language; the phone's labels and paths come from the
/// PhoneVocabulary table in that same language. Each function takes the
/// language explicitly; without it, defaultLanguage().
class FixCatalog
{
#ifdef MAILFIX_LUPDATE_ONLY
    // Read by lupdate only (never defined for the compiler): the sentences below
    // are extracted under the context "FixCatalog". The tr() that runs is ours.
    Q_DECLARE_TR_FUNCTIONS(FixCatalog)
#endif

public:
    using Screen = PhoneScreen;

    /// A customer's sentence: \a source in the phone language of the describe()
    /// or phoneAlert() call in progress on this thread, else in defaultLanguage()
    /// — never in the interface language (Translations::translate).
    static QString tr(const char *source, const char *disambiguation = nullptr, int n = -1);

    /// The phone language used when a caller names none: the one set with
    /// setDefaultLanguage() (the CLI's --lang, the wizard's phone-language
    /// choice), else the system's.
    static PhoneLanguage defaultLanguage();
    static void setDefaultLanguage(PhoneLanguage language);

    /// Fills \a f.title (one line) and \a f.fix (ordered, imperative steps)
    /// for the customer's iOS version \a s.ios and phone \a language. Works for
    /// every code of CONTRACT.md and the extra probe codes; unknown codes get
    /// generic wording. Reads f.code, f.field, f.facts and f.evidence only.
    static void describe(Finding &f, const AccountSettings &s, PhoneLanguage language);
    static void describe(Finding &f, const AccountSettings &s) { describe(f, s, defaultLanguage()); }

    /// Codes with their own wording (everything else gets the generic text).
    static QStringList knownCodes();

    /// "Settings > Apps > Mail > Mail Accounts" (where the accounts are listed).
    static QString accountsPath(const IosVersion &v, PhoneLanguage language = defaultLanguage());
    /// "Settings > Apps > Mail > Mail Accounts > (account) > Account".
    static QString accountPath(const IosVersion &v, PhoneLanguage language = defaultLanguage());
    /// The screen holding \a field (FieldScreens::screenOf).
    static Screen screenOf(const QString &field);
    /// Full path to the screen holding \a field, e.g. "... > Account > SMTP >
    /// Primary Server" for outgoing.*; the account's row is its Description,
    /// else its Email, "(account)" only when \a s has neither.
    static QString screenPath(const QString &field, const AccountSettings &s,
                              PhoneLanguage language = defaultLanguage());
    /// The phone's label for \a field: "Host Name", "Use SSL", "Server Port", ...
    static QString fieldLabel(const QString &field, const IosVersion &v, PhoneLanguage language = defaultLanguage());

    /// The alert the phone most likely showed for \a f ("Title — message"
    /// with the host or address filled in), or an empty string when none
    /// fits. Texts not confirmed in Apple's strings say so in brackets.
    static QString phoneAlert(const Finding &f, const AccountSettings &s, PhoneLanguage language = defaultLanguage());
    /// The alert \a symptom stands for, as the phone shows it in \a language
    /// (the same text as phoneAlert() of its example finding): the typed host,
    /// Email or Description of \a s where the phone puts one, else "…".
    static QString symptomAlert(const PhoneSymptom &symptom, const AccountSettings &s,
                                PhoneLanguage language = defaultLanguage());

    /// The phone's label for an Authentication value ("MD5 Challenge-Response", ...).
    static QString authLabel(AuthMethod m, PhoneLanguage language = defaultLanguage());
    /// The phone's Authentication label for a SASL mechanism (or IMAP LOGIN,
    /// POP3 USER/APOP) a server offers; empty when the phone has none for it.
    static QString mechanismToLabel(const QString &saslMech, PhoneLanguage language = defaultLanguage());
};

} // namespace mailfix
