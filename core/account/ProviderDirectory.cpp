// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderDirectory.h"

namespace mailfix {

namespace {

using Provider = ProviderDirectory::Provider;
using Login = Provider::Login;

QList<Provider> makeProviders()
{
    // IMAP and SMTP servers and login rules from FACTS.md ("check before shipping").
    // POP servers are the providers' published ones; FACTS.md lists only Gmail's.
    QList<Provider> list;

    Provider icloud;
    icloud.id = QStringLiteral("icloud");
    icloud.name = QStringLiteral("iCloud");
    icloud.domains = {QStringLiteral("icloud.com"), QStringLiteral("me.com"), QStringLiteral("mac.com")};
    icloud.hostSuffixes = {QStringLiteral("mail.me.com"), QStringLiteral("icloud.com")};
    icloud.imapHost = QStringLiteral("imap.mail.me.com");
    icloud.imapPort = 993;
    icloud.smtpHost = QStringLiteral("smtp.mail.me.com");
    icloud.smtpPort = 587;
    icloud.smtpSsl = true;
    icloud.login = Login::AppPassword;
    icloud.note = QStringLiteral("No POP. App-specific password from account.apple.com; "
                                 "SMTP user name is the full address.");
    list.append(icloud);

    Provider gmail;
    gmail.id = QStringLiteral("gmail");
    gmail.name = QStringLiteral("Gmail");
    gmail.domains = {QStringLiteral("gmail.com"), QStringLiteral("googlemail.com")};
    gmail.hostSuffixes = {QStringLiteral("gmail.com"), QStringLiteral("googlemail.com"),
                          QStringLiteral("google.com")};
    gmail.imapHost = QStringLiteral("imap.gmail.com");
    gmail.imapPort = 993;
    gmail.popHost = QStringLiteral("pop.gmail.com");
    gmail.popPort = 995;
    gmail.smtpHost = QStringLiteral("smtp.gmail.com");
    gmail.smtpPort = 465;
    gmail.smtpSsl = true;
    gmail.login = Login::ProviderSignIn;
    gmail.note = QStringLiteral("Plain passwords ended Sept 2024: the phone's Google sign-in, or an app "
                                "password with 2-Step Verification. SMTP also on 587 with STARTTLS.");
    list.append(gmail);

    Provider ms;
    ms.id = QStringLiteral("microsoft");
    ms.name = QStringLiteral("Outlook.com / Microsoft 365");
    ms.domains = {
        QStringLiteral("outlook.com"), QStringLiteral("hotmail.com"),  QStringLiteral("live.com"),
        QStringLiteral("msn.com"),     QStringLiteral("passport.com"), QStringLiteral("windowslive.com"),
        QStringLiteral("outlook.de"),  QStringLiteral("outlook.fr"),   QStringLiteral("outlook.es"),
        QStringLiteral("outlook.it"),  QStringLiteral("hotmail.de"),   QStringLiteral("hotmail.co.uk"),
        QStringLiteral("hotmail.fr"),  QStringLiteral("hotmail.it"),   QStringLiteral("hotmail.es"),
        QStringLiteral("live.de"),     QStringLiteral("live.co.uk"),   QStringLiteral("live.fr"),
        QStringLiteral("live.nl"),     QStringLiteral("live.it")};
    ms.hostSuffixes = {QStringLiteral("office365.com"), QStringLiteral("outlook.com"),
                       QStringLiteral("office.com"), QStringLiteral("hotmail.com"),
                       QStringLiteral("live.com")};
    ms.imapHost = QStringLiteral("outlook.office365.com");
    ms.imapPort = 993;
    ms.popHost = QStringLiteral("outlook.office365.com");
    ms.popPort = 995;
    ms.smtpHost = QStringLiteral("smtp.office365.com");
    ms.smtpPort = 587;
    ms.smtpSsl = true;
    ms.login = Login::ProviderSignIn;
    ms.note = QStringLiteral("Basic auth for Outlook.com ended Sept 2024: add the account with the phone's "
                             "Microsoft sign-in (Outlook.com, or Microsoft Exchange for work accounts).");
    list.append(ms);

    Provider yahoo;
    yahoo.id = QStringLiteral("yahoo");
    yahoo.name = QStringLiteral("Yahoo");
    yahoo.domains = {QStringLiteral("yahoo.com"),      QStringLiteral("ymail.com"),
                     QStringLiteral("rocketmail.com"), QStringLiteral("yahoo.co.uk"),
                     QStringLiteral("yahoo.de"),       QStringLiteral("yahoo.fr"),
                     QStringLiteral("yahoo.it"),       QStringLiteral("yahoo.es"),
                     QStringLiteral("yahoo.ca"),       QStringLiteral("yahoo.com.au")};
    yahoo.hostSuffixes = {QStringLiteral("yahoo.com")};
    yahoo.imapHost = QStringLiteral("imap.mail.yahoo.com");
    yahoo.imapPort = 993;
    yahoo.popHost = QStringLiteral("pop.mail.yahoo.com");
    yahoo.popPort = 995;
    yahoo.smtpHost = QStringLiteral("smtp.mail.yahoo.com");
    yahoo.smtpPort = 465;
    yahoo.smtpSsl = true;
    yahoo.login = Login::AppPassword;
    yahoo.note = QStringLiteral("App password (widely stated), or the phone's Yahoo sign-in.");
    list.append(yahoo);

    Provider aol;
    aol.id = QStringLiteral("aol");
    aol.name = QStringLiteral("AOL");
    aol.domains = {QStringLiteral("aol.com"), QStringLiteral("aim.com")};
    aol.hostSuffixes = {QStringLiteral("aol.com")};
    aol.imapHost = QStringLiteral("imap.aol.com");
    aol.imapPort = 993;
    aol.popHost = QStringLiteral("pop.aol.com");
    aol.popPort = 995;
    aol.smtpHost = QStringLiteral("smtp.aol.com");
    aol.smtpPort = 465;
    aol.smtpSsl = true;
    aol.login = Login::AppPassword;
    aol.note = QStringLiteral("App password (widely stated), or the phone's AOL sign-in.");
    list.append(aol);

    Provider gmx;
    gmx.id = QStringLiteral("gmx");
    gmx.name = QStringLiteral("GMX");
    gmx.domains = {QStringLiteral("gmx.net"), QStringLiteral("gmx.de"), QStringLiteral("gmx.at"),
                   QStringLiteral("gmx.ch")};
    gmx.hostSuffixes = {QStringLiteral("gmx.net")};
    gmx.imapHost = QStringLiteral("imap.gmx.net");
    gmx.imapPort = 993;
    gmx.popHost = QStringLiteral("pop.gmx.net");
    gmx.popPort = 995;
    gmx.smtpHost = QStringLiteral("mail.gmx.net");
    gmx.smtpPort = 587;
    gmx.smtpSsl = true;
    gmx.login = Login::EnableInWebmail;
    gmx.note = QStringLiteral("\"POP3 und IMAP Zugriff erlauben\" must be on in the webmail settings.");
    list.append(gmx);

    Provider webde;
    webde.id = QStringLiteral("webde");
    webde.name = QStringLiteral("WEB.DE");
    webde.domains = {QStringLiteral("web.de")};
    webde.hostSuffixes = {QStringLiteral("web.de")};
    webde.imapHost = QStringLiteral("imap.web.de");
    webde.imapPort = 993;
    webde.popHost = QStringLiteral("pop3.web.de");
    webde.popPort = 995;
    webde.smtpHost = QStringLiteral("smtp.web.de");
    webde.smtpPort = 587;
    webde.smtpSsl = true;
    webde.login = Login::EnableInWebmail;
    webde.note = QStringLiteral("Same switch as GMX: \"POP3 und IMAP Zugriff erlauben\" in webmail.");
    list.append(webde);

    Provider zoho;
    zoho.id = QStringLiteral("zoho");
    zoho.name = QStringLiteral("Zoho Mail");
    zoho.domains = {QStringLiteral("zoho.com"), QStringLiteral("zohomail.com"), QStringLiteral("zoho.eu"),
                    QStringLiteral("zohomail.eu")};
    zoho.hostSuffixes = {QStringLiteral("zoho.com"), QStringLiteral("zoho.eu"), QStringLiteral("zoho.in"),
                         QStringLiteral("zoho.com.au"), QStringLiteral("zohomail.com")};
    zoho.imapHost = QStringLiteral("imap.zoho.com");
    zoho.imapPort = 993;
    zoho.popHost = QStringLiteral("pop.zoho.com");
    zoho.popPort = 995;
    zoho.smtpHost = QStringLiteral("smtp.zoho.com");
    zoho.smtpPort = 465;
    zoho.smtpSsl = true;
    zoho.login = Login::EnableInWebmail;
    zoho.note = QStringLiteral("IMAP access must be enabled in Zoho Mail's settings; SMTP also on 587.");
    list.append(zoho);

    Provider fastmail;
    fastmail.id = QStringLiteral("fastmail");
    fastmail.name = QStringLiteral("Fastmail");
    fastmail.domains = {QStringLiteral("fastmail.com"), QStringLiteral("fastmail.fm")};
    fastmail.hostSuffixes = {QStringLiteral("fastmail.com"), QStringLiteral("messagingengine.com")};
    fastmail.imapHost = QStringLiteral("imap.fastmail.com");
    fastmail.imapPort = 993;
    fastmail.popHost = QStringLiteral("pop.fastmail.com");
    fastmail.popPort = 995;
    fastmail.smtpHost = QStringLiteral("smtp.fastmail.com");
    fastmail.smtpPort = 465;
    fastmail.smtpSsl = true;
    fastmail.login = Login::AppPassword;
    fastmail.note = QStringLiteral("App password from Fastmail's settings.");
    list.append(fastmail);

    return list;
}

QString normalizedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

} // namespace

const QList<Provider> &ProviderDirectory::all()
{
    static const QList<Provider> providers = makeProviders();
    return providers;
}

const Provider *ProviderDirectory::byHost(const QString &host)
{
    const QString h = normalizedHost(host);
    if (h.isEmpty())
        return nullptr;
    for (const Provider &p : all()) {
        for (const QString &suffix : p.hostSuffixes) {
            if (h == suffix || h.endsWith(QLatin1Char('.') + suffix))
                return &p;
        }
    }
    return nullptr;
}

const Provider *ProviderDirectory::byEmail(const QString &email)
{
    const QString e = email.trimmed();
    const qsizetype at = e.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return nullptr;
    const QString domain = normalizedHost(e.mid(at + 1));
    if (domain.isEmpty())
        return nullptr;
    for (const Provider &p : all()) {
        if (p.domains.contains(domain))
            return &p;
    }
    return nullptr;
}

const Provider *ProviderDirectory::byId(const QString &idOrName)
{
    const QString key = idOrName.trimmed().toLower();
    if (key.isEmpty())
        return nullptr;
    for (const Provider &p : all()) {
        if (p.id == key || p.name.toLower() == key || p.domains.contains(key))
            return &p;
    }
    // Names a helpdesk or a probe might use for the same provider.
    if (key == QLatin1String("outlook") || key == QLatin1String("hotmail") ||
        key == QLatin1String("office365") || key == QLatin1String("microsoft365") ||
        key == QLatin1String("exchange"))
        return byId(QStringLiteral("microsoft"));
    if (key == QLatin1String("google"))
        return byId(QStringLiteral("gmail"));
    if (key == QLatin1String("web.de") || key == QLatin1String("web_de"))
        return byId(QStringLiteral("webde"));
    return nullptr;
}

} // namespace mailfix
