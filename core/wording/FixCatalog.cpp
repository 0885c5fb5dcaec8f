// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixCatalog.h"

#include "diagnosis/PhoneSymptoms.h"
#include "wording/FixContext.h"
#include "wording/FixSteps.h"
#include "wording/FixWording.h"
#include "wording/PhoneAlerts.h"
#include "wording/PhonePaths.h"
#include "wording/ProviderWording.h"
#include "model/Translations.h"
#include "wording/Wording.h"

#include <QLocale>


// The public face of the wording: the work is done in the wording/ files
// (FixWording*.cpp per code family, PhonePaths, PhoneAlerts).

namespace mailfix {

using namespace wording;


// ---------------------------------------------------------------------------
// Public API.

QString FixCatalog::tr(const char *source, const char *disambiguation, int n)
{
    return Translations::phoneText("FixCatalog", source, disambiguation, n);
}

PhoneLanguage FixCatalog::defaultLanguage()
{
    return Translations::phoneDefault();
}

void FixCatalog::setDefaultLanguage(PhoneLanguage language)
{
    Translations::setPhoneDefault(language);
}

void FixCatalog::describe(Finding &f, const AccountSettings &s, PhoneLanguage language)
{
    const Translations::PhoneScope scope(language);
    const FixContext c(f, s, language);
    FixText w;
    if (!ProviderWording::describe(c, w)) {
        const Describer d = describers().value(f.code, &unknownCode);
        w = d(c);
    }
    if (w.title.isEmpty() || w.fix.isEmpty()) // never leave a finding without words
        w = unknownCode(c);
    w.fix.removeAll(QString());
    f.title = w.title;
    f.fix = w.fix;
}

QStringList FixCatalog::knownCodes()
{
    QStringList codes = describers().keys();
    codes.sort();
    return codes;
}

QString FixCatalog::accountsPath(const IosVersion &v, PhoneLanguage language)
{
    const Wording w(v, language);
    return w.join(w.accountsParts());
}

QString FixCatalog::accountPath(const IosVersion &v, PhoneLanguage language)
{
    const Wording w(v, language);
    return w.join(w.screenParts(PhoneScreen::Account, w.word(QStringLiteral("accountPlaceholder"))));
}

FixCatalog::Screen FixCatalog::screenOf(const QString &field)
{
    return FieldScreens::screenOf(field);
}

QString FixCatalog::screenPath(const QString &field, const AccountSettings &s, PhoneLanguage language)
{
    return Wording(s.ios, language).screenPath(FieldScreens::screenOf(field), s);
}

QString FixCatalog::fieldLabel(const QString &field, const IosVersion &v, PhoneLanguage language)
{
    return Wording(v, language).fieldLabel(field);
}

QString FixCatalog::authLabel(AuthMethod m, PhoneLanguage language)
{
    return Wording(IosVersion(), language).authLabel(m);
}

QString FixCatalog::mechanismToLabel(const QString &saslMech, PhoneLanguage language)
{
    const auto m = mechanismToMethod(saslMech);
    return m ? authLabel(*m, language) : QString();
}

QString FixCatalog::symptomAlert(const PhoneSymptom &symptom, const AccountSettings &s, PhoneLanguage language)
{
    const QString unknown = QStringLiteral("\u2026");
    Finding f = Finding::make(symptom.exampleCode, symptom.exampleField);
    f.facts.side = symptom.side.isEmpty() ? symptom.exampleField.section(QLatin1Char('.'), 0, 0) : symptom.side;
    if (f.facts.side == QLatin1String("account"))
        f.facts.side = QStringLiteral("outgoing");
    AccountSettings shown = s;
    shown.incoming.password = Secret();
    shown.outgoing.password = Secret();
    for (ServerSettings *server : {&shown.incoming, &shown.outgoing})
        if (server->host.trimmed().isEmpty())
            server->host = unknown;
    if (shown.email.trimmed().isEmpty())
        f.facts.email = unknown;
    f.facts.recipient = unknown;
    return phoneAlert(f, shown, language);
}

QString FixCatalog::phoneAlert(const Finding &f, const AccountSettings &s, PhoneLanguage language)
{
    const Translations::PhoneScope scope(language);
    return wording::phoneAlert(FixContext(f, s, language));
}

} // namespace mailfix
