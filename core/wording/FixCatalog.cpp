// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixCatalog.h"

#include "wording/FixContext.h"
#include "wording/FixSteps.h"
#include "wording/FixWording.h"
#include "wording/PhoneAlerts.h"
#include "wording/PhonePaths.h"
#include "wording/ProviderWording.h"

// The public face of the wording: the work is done in the wording/ files
// (FixWording*.cpp per code family, PhonePaths, PhoneAlerts).

namespace mailfix {

using namespace wording;

// ---------------------------------------------------------------------------
// Public API.

void FixCatalog::describe(Finding &f, const AccountSettings &s)
{
    const FixContext c(f, s);
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

QString FixCatalog::accountsPath(const IosVersion &v)
{
    return joinPath(accountsParts(v));
}

QString FixCatalog::accountPath(const IosVersion &v)
{
    return joinPath(screenParts(Screen::Account, v, accountPlaceholder()));
}

QString FixCatalog::screenPath(const QString &field, const AccountSettings &s)
{
    return joinPath(screenParts(fieldScreen(field), s.ios, accountName(s)));
}

QString FixCatalog::fieldLabel(const QString &field, const IosVersion &v)
{
    if (field == Field::Email)
        return tr("Email", "iOS label");
    if (field == Field::IosVersion)
        // About shows "iOS Version" since iOS 16, "Software Version" before (boundary unconfirmed).
        return v.major >= 16 ? tr("iOS Version", "iOS label") : tr("Software Version", "iOS label");
    if (field == Field::IncomingPathPrefix)
        return tr("IMAP Path Prefix", "iOS label");
    if (field == Field::IncomingType)
        return tr("IMAP / POP", "iOS label");
    if (field == Field::OutgoingServer)
        return tr("Server", "iOS label");
    const QString leaf = field.section(QLatin1Char('.'), 1);
    if (leaf == QLatin1String("host"))
        return tr("Host Name", "iOS label");
    if (leaf == QLatin1String("user"))
        return tr("User Name", "iOS label");
    if (leaf == QLatin1String("password"))
        return tr("Password", "iOS label");
    if (leaf == QLatin1String("ssl"))
        return tr("Use SSL", "iOS label");
    if (leaf == QLatin1String("auth"))
        return tr("Authentication", "iOS label");
    if (leaf == QLatin1String("port"))
        return tr("Server Port", "iOS label");
    return field;
}

QString FixCatalog::authLabel(AuthMethod m)
{
    switch (m) {
    case AuthMethod::Password:
        return tr("Password", "iOS label");
    case AuthMethod::Md5:
        return tr("MD5 Challenge-Response", "iOS label");
    case AuthMethod::Ntlm:
        return tr("NTLM", "iOS label");
    case AuthMethod::HttpMd5:
        return tr("HTTP MD5 Digest", "iOS label");
    case AuthMethod::None:
        return tr("None", "iOS label");
    }
    return {};
}

QString FixCatalog::mechanismToLabel(const QString &saslMech)
{
    const auto m = mechanismToMethod(saslMech);
    return m ? authLabel(*m) : QString();
}

QString FixCatalog::phoneAlert(const Finding &f, const AccountSettings &s)
{
    return wording::phoneAlert(FixContext(f, s));
}

FixCatalog::Screen FixCatalog::screenOf(const QString &field)
{
    return fieldScreen(field);
}

} // namespace mailfix
