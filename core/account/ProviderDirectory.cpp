// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProviderDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

#include <optional>

namespace mailfix {

namespace {

using Provider = ProviderDirectory::Provider;
using Login = Provider::Login;
using Endpoint = ProviderDirectory::Endpoint;
using Tls = ProviderDirectory::Tls;
using AddAs = ProviderDirectory::AddAs;

Q_LOGGING_CATEGORY(lcProviders, "mailfix.providers")

const QString kResource = QStringLiteral(":/mailfix/providers.json");

QString normalizedHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h;
}

/// Length of the longest suffix of \a patterns that \a host equals or ends in (after a dot); 0: none.
qsizetype suffixMatch(const QString &host, const QStringList &patterns)
{
    qsizetype best = 0;
    for (const QString &s : patterns) {
        if (s.size() > best && (host == s || host.endsWith(QLatin1Char('.') + s)))
            best = s.size();
    }
    return best;
}

/// The provider whose \a member list matches \a host most specifically; ties go to list order.
const Provider *bestBySuffix(const QString &host, QStringList Provider::*member)
{
    const QString h = normalizedHost(host);
    if (h.isEmpty())
        return nullptr;
    const Provider *best = nullptr;
    qsizetype bestLen = 0;
    for (const Provider &p : ProviderDirectory::all()) {
        const qsizetype len = suffixMatch(h, p.*member);
        if (len > bestLen) {
            best = &p;
            bestLen = len;
        }
    }
    return best;
}

bool domainMatches(const QString &domain, const QString &pattern)
{
    if (pattern.startsWith(QLatin1String("*.")))
        return domain.endsWith(pattern.mid(1));
    return domain == pattern;
}

QString domainOf(const QString &email)
{
    const QString e = email.trimmed();
    const qsizetype at = e.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return normalizedHost(e.mid(at + 1));
}

std::optional<Login> loginFromName(const QString &name)
{
    if (name == QLatin1String("password"))
        return Login::Password;
    if (name == QLatin1String("app_password"))
        return Login::AppPassword;
    if (name == QLatin1String("provider_signin"))
        return Login::ProviderSignIn;
    if (name == QLatin1String("webmail_switch"))
        return Login::EnableInWebmail;
    if (name == QLatin1String("admin_setting"))
        return Login::AdminSetting;
    return std::nullopt;
}

std::optional<AddAs> addAsFromLabel(const QString &label)
{
    for (AddAs a : {AddAs::Other, AddAs::Google, AddAs::MicrosoftExchange, AddAs::OutlookCom, AddAs::ICloud,
                    AddAs::Yahoo, AddAs::Aol}) {
        if (ProviderDirectory::addAsLabel(a) == label)
            return a;
    }
    return std::nullopt;
}

std::optional<Tls> tlsFromName(const QString &name)
{
    for (Tls t : {Tls::Ssl, Tls::StartTls, Tls::Plain}) {
        if (ProviderDirectory::tlsName(t) == name)
            return t;
    }
    return std::nullopt;
}

QStringList lowerList(const QJsonValue &v, bool *ok)
{
    QStringList out;
    if (!v.isArray()) {
        *ok = false;
        return out;
    }
    for (const QJsonValue &item : v.toArray()) {
        const QString s = item.toString().trimmed().toLower();
        if (!item.isString() || s.isEmpty())
            *ok = false;
        else
            out.append(s);
    }
    return out;
}

bool parseRule(const QJsonObject &o, Provider::Rule *rule, QString *error)
{
    const std::optional<Login> login = loginFromName(o.value(QLatin1String("rule")).toString());
    if (!login) {
        *error = QStringLiteral("login.rule is not one of password, app_password, provider_signin, "
                                "webmail_switch, admin_setting");
        return false;
    }
    rule->login = *login;
    const QJsonValue since = o.value(QLatin1String("since"));
    if (since.isString()) {
        rule->since = QDate::fromString(since.toString(), Qt::ISODate);
        if (!rule->since.isValid()) {
            *error = QStringLiteral("login.since is not an ISO date: %1").arg(since.toString());
            return false;
        }
    } else if (!since.isNull()) {
        *error = QStringLiteral("login.since must be an ISO date or null");
        return false;
    }
    if (!o.value(QLatin1String("confirmed")).isBool()) {
        *error = QStringLiteral("login.confirmed must be true or false");
        return false;
    }
    rule->confirmed = o.value(QLatin1String("confirmed")).toBool();
    return true;
}

bool parseEndpoints(const QJsonValue &v, QList<Endpoint> *out, QString *error)
{
    if (!v.isArray()) {
        *error = QStringLiteral("imap, pop and smtp must be arrays");
        return false;
    }
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        Endpoint e;
        e.host = normalizedHost(o.value(QLatin1String("host")).toString());
        e.port = o.value(QLatin1String("port")).toInt(0);
        const std::optional<Tls> tls = tlsFromName(o.value(QLatin1String("tls")).toString());
        if (e.host.isEmpty() || e.port <= 0 || e.port > 65535 || !tls) {
            *error = QStringLiteral("a server needs host, port (1-65535) and tls (ssl, starttls, plain)");
            return false;
        }
        e.tls = *tls;
        out->append(e);
    }
    return true;
}

std::optional<Provider> parseProvider(const QJsonObject &o, QString *error)
{
    Provider p;
    p.id = o.value(QLatin1String("id")).toString().trimmed();
    p.name = o.value(QLatin1String("name")).toString().trimmed();
    if (p.id.isEmpty() || p.name.isEmpty()) {
        *error = QStringLiteral("id and name are required");
        return std::nullopt;
    }
    p.family = o.value(QLatin1String("family")).toString().trimmed();
    p.customDomains = o.value(QLatin1String("custom_domains")).toBool(false);
    p.phoneSupported = o.value(QLatin1String("phone_supported")).toBool(true);
    bool ok = true;
    p.domains = lowerList(o.value(QLatin1String("domains")), &ok);
    p.mxSuffixes = lowerList(o.value(QLatin1String("mx")), &ok);
    p.hostSuffixes = lowerList(o.value(QLatin1String("server_names")), &ok);
    if (!ok) {
        *error = QStringLiteral("domains, mx and server_names must be arrays of names");
        return std::nullopt;
    }
    const QJsonValue greeting = o.value(QLatin1String("greeting"));
    if (!greeting.isArray()) {
        *error = QStringLiteral("greeting must be an array of patterns");
        return std::nullopt;
    }
    for (const QJsonValue &g : greeting.toArray()) {
        const QRegularExpression re(g.toString(), QRegularExpression::CaseInsensitiveOption);
        if (!g.isString() || g.toString().isEmpty() || !re.isValid()) {
            *error =
                QStringLiteral("greeting pattern is not a valid regular expression: %1").arg(g.toString());
            return std::nullopt;
        }
        p.greetingPatterns.append(re);
    }
    if (!parseEndpoints(o.value(QLatin1String("imap")), &p.imap, error) ||
        !parseEndpoints(o.value(QLatin1String("pop")), &p.pop, error) ||
        !parseEndpoints(o.value(QLatin1String("smtp")), &p.smtp, error))
        return std::nullopt;
    const QJsonObject login = o.value(QLatin1String("login")).toObject();
    if (!parseRule(login, &p.rule, error))
        return std::nullopt;
    p.smtpRule = p.rule;
    if (login.contains(QLatin1String("smtp")) &&
        !parseRule(login.value(QLatin1String("smtp")).toObject(), &p.smtpRule, error))
        return std::nullopt;
    p.login = p.rule.login;
    const std::optional<AddAs> addAs = addAsFromLabel(o.value(QLatin1String("add_as")).toString());
    if (!addAs) {
        *error = QStringLiteral("add_as is not one of the phone's account types");
        return std::nullopt;
    }
    p.addAs = *addAs;
    p.helpUrl = o.value(QLatin1String("help")).toString().trimmed();
    if (!p.helpUrl.startsWith(QLatin1String("https://"))) {
        *error = QStringLiteral("help must be an https link");
        return std::nullopt;
    }
    p.settingPath = o.value(QLatin1String("setting_path")).toString().trimmed();
    p.note = o.value(QLatin1String("notes")).toString().trimmed();
    if (!p.imap.isEmpty()) {
        p.imapHost = p.imap.first().host;
        p.imapPort = p.imap.first().port;
    }
    if (!p.pop.isEmpty()) {
        p.popHost = p.pop.first().host;
        p.popPort = p.pop.first().port;
    }
    if (!p.smtp.isEmpty()) {
        p.smtpHost = p.smtp.first().host;
        p.smtpPort = p.smtp.first().port;
        p.smtpSsl = p.smtp.first().tls != Tls::Plain;
    }
    return p;
}

struct Loaded
{
    QList<Provider> providers;
    QString error;
};

const Loaded &loaded()
{
    static const Loaded data = [] {
        Loaded l;
        QFile f(kResource);
        if (!f.open(QIODevice::ReadOnly)) {
            l.error = QStringLiteral("provider data %1 is missing from the program").arg(kResource);
        } else {
            QStringList errors;
            l.providers = ProviderDirectory::parse(f.readAll(), &errors);
            l.error = errors.join(QStringLiteral("; "));
        }
        if (!l.error.isEmpty())
            qCWarning(lcProviders, "%s", qPrintable(l.error));
        return l;
    }();
    return data;
}

/// Host names inside a greeting: dotted words, and Exchange's bracketed base64 of the
/// server's UTF-16 name ("[TQBXADQA...]" = "MW4PR04CA0004.namprd04.prod.outlook.com").
QStringList hostsInGreeting(const QString &greeting)
{
    QStringList hosts;
    static const QRegularExpression dotted(QStringLiteral("[A-Za-z0-9][A-Za-z0-9-]*(?:\\.[A-Za-z0-9-]+)+"));
    for (auto it = dotted.globalMatch(greeting); it.hasNext();)
        hosts.append(it.next().captured());
    static const QRegularExpression bracket(QStringLiteral("\\[([A-Za-z0-9+/]{16,}={0,2})\\]"));
    for (auto it = bracket.globalMatch(greeting); it.hasNext();) {
        const QByteArray raw = QByteArray::fromBase64(it.next().captured(1).toLatin1());
        if (raw.size() % 2 != 0)
            continue;
        const QString name =
            QString::fromUtf16(reinterpret_cast<const char16_t *>(raw.constData()), raw.size() / 2);
        if (dotted.match(name).captured() == name)
            hosts.append(name);
    }
    return hosts;
}

bool sameFamily(const Provider &a, const Provider &b)
{
    return &a == &b || (!a.family.isEmpty() && a.family == b.family);
}

/// For a provider recognised by its servers: the family member that serves \a domain.
const Provider *resolveInFamily(const Provider *p, const QString &domain)
{
    if (!p || domain.isEmpty() || p->customDomains)
        return p;
    const QList<const Provider *> family = ProviderDirectory::familyOf(*p);
    for (const Provider *m : family) {
        for (const QString &d : m->domains) {
            if (domainMatches(domain, d))
                return m;
        }
    }
    // A domain of its own on these servers: the member that hosts custom domains there.
    for (const Provider *m : family) {
        if (!m->customDomains)
            continue;
        for (const QString &s : m->hostSuffixes) {
            if (p->hostSuffixes.contains(s))
                return m;
        }
    }
    return p;
}

} // namespace

const QList<Provider> &ProviderDirectory::all()
{
    return loaded().providers;
}

QString ProviderDirectory::loadError()
{
    return loaded().error;
}

QList<Provider> ProviderDirectory::parse(const QByteArray &json, QStringList *errors)
{
    QList<Provider> out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonValue list = doc.object().value(QLatin1String("providers"));
    if (doc.isNull() || !list.isArray()) {
        if (errors)
            errors->append(doc.isNull()
                               ? QStringLiteral("provider data is not JSON: %1").arg(pe.errorString())
                               : QStringLiteral("provider data has no \"providers\" array"));
        return out;
    }
    int index = 0;
    for (const QJsonValue &v : list.toArray()) {
        QString error;
        std::optional<Provider> p = parseProvider(v.toObject(), &error);
        if (p && std::any_of(out.cbegin(), out.cend(), [&](const Provider &q) { return q.id == p->id; }))
            error = QStringLiteral("duplicate id");
        if (p && error.isEmpty())
            out.append(*p);
        else if (errors)
            errors->append(QStringLiteral("provider %1 (%2): %3")
                               .arg(index)
                               .arg(v.toObject().value(QLatin1String("id")).toString(), error));
        ++index;
    }
    return out;
}

const Provider *ProviderDirectory::byHost(const QString &host)
{
    return bestBySuffix(host, &Provider::hostSuffixes);
}

const Provider *ProviderDirectory::byMx(const QString &mxHost)
{
    return bestBySuffix(mxHost, &Provider::mxSuffixes);
}

const Provider *ProviderDirectory::byEmail(const QString &email)
{
    const QString domain = domainOf(email);
    if (domain.isEmpty())
        return nullptr;
    for (const Provider &p : all()) {
        for (const QString &d : p.domains) {
            if (domainMatches(domain, d))
                return &p;
        }
    }
    return nullptr;
}

const Provider *ProviderDirectory::byGreeting(const QString &greeting)
{
    if (greeting.trimmed().isEmpty())
        return nullptr;
    // A server name in the greeting is the strongest sign; the product's own words come next.
    for (const QString &h : hostsInGreeting(greeting)) {
        if (const Provider *p = byHost(h))
            return p;
    }
    for (const Provider &p : all()) {
        for (const QRegularExpression &re : p.greetingPatterns) {
            if (re.match(greeting).hasMatch())
                return &p;
        }
    }
    return nullptr;
}

const Provider *ProviderDirectory::byCertificateNames(const QStringList &names)
{
    for (QString name : names) {
        name = normalizedHost(name);
        if (name.startsWith(QLatin1String("*.")))
            name = name.mid(2);
        if (const Provider *p = byHost(name))
            return p;
    }
    return nullptr;
}

ProviderDirectory::Recognition ProviderDirectory::recognizeServer(const Clues &c)
{
    const QString domain = domainOf(c.email);
    Recognition server;
    if (const Provider *h = byHost(c.host))
        server = {h, Clue::Host, normalizedHost(c.host)};
    else if (const Provider *n = byCertificateNames(c.certificateNames))
        server = {n, Clue::Certificate, c.certificateNames.join(QStringLiteral(", "))};
    else if (const Provider *g = byGreeting(c.greeting))
        server = {g, Clue::Greeting, c.greeting.trimmed().left(200)};
    if (!server)
        return server;
    const Provider *byDomain = byEmail(c.email);
    if (byDomain && sameFamily(*byDomain, *server.provider)) {
        server.provider = byDomain;
        return server;
    }
    // The MX names the family member too (a Workspace domain's MX is Google's).
    for (const QString &mx : c.mxHosts) {
        const Provider *p = byMx(mx);
        if (p && sameFamily(*p, *server.provider) && p->customDomains) {
            server.provider = p;
            return server;
        }
    }
    server.provider = resolveInFamily(server.provider, domain);
    return server;
}

ProviderDirectory::Recognition ProviderDirectory::recognize(const Clues &c)
{
    const QString domain = domainOf(c.email);
    if (Recognition server = recognizeServer(c))
        return server;
    const Provider *byDomain = byEmail(c.email);
    if (byDomain)
        return {byDomain, Clue::Domain, domain};
    for (const QString &mx : c.mxHosts) {
        if (const Provider *p = byMx(mx))
            return {resolveInFamily(p, domain), Clue::Mx, normalizedHost(mx)};
    }
    return {};
}

QList<const Provider *> ProviderDirectory::familyOf(const Provider &p)
{
    QList<const Provider *> out;
    for (const Provider &q : all()) {
        if (sameFamily(p, q))
            out.append(&q);
    }
    return out;
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
        key == QLatin1String("office365") || key == QLatin1String("exchange"))
        return byId(QStringLiteral("microsoft"));
    if (key == QLatin1String("microsoft 365") || key == QLatin1String("exchange online"))
        return byId(QStringLiteral("microsoft365"));
    if (key == QLatin1String("google"))
        return byId(QStringLiteral("gmail"));
    if (key == QLatin1String("web_de"))
        return byId(QStringLiteral("webde"));
    if (key == QLatin1String("t-online") || key == QLatin1String("tonline"))
        return byId(QStringLiteral("telekom"));
    if (key == QLatin1String("xfinity"))
        return byId(QStringLiteral("comcast"));
    return nullptr;
}

QString ProviderDirectory::loginName(Login login)
{
    switch (login) {
    case Login::Password:
        return QStringLiteral("password");
    case Login::AppPassword:
        return QStringLiteral("app_password");
    case Login::ProviderSignIn:
        return QStringLiteral("provider_signin");
    case Login::EnableInWebmail:
        return QStringLiteral("webmail_switch");
    case Login::AdminSetting:
        return QStringLiteral("admin_setting");
    }
    return {};
}

QString ProviderDirectory::addAsLabel(AddAs addAs)
{
    switch (addAs) {
    case AddAs::Google:
        return QStringLiteral("Google");
    case AddAs::MicrosoftExchange:
        return QStringLiteral("Microsoft Exchange");
    case AddAs::OutlookCom:
        return QStringLiteral("Outlook.com");
    case AddAs::ICloud:
        return QStringLiteral("iCloud");
    case AddAs::Yahoo:
        return QStringLiteral("Yahoo");
    case AddAs::Aol:
        return QStringLiteral("AOL");
    case AddAs::Other:
        break;
    }
    return QStringLiteral("Other");
}

QString ProviderDirectory::tlsName(Tls tls)
{
    switch (tls) {
    case Tls::Ssl:
        return QStringLiteral("ssl");
    case Tls::StartTls:
        return QStringLiteral("starttls");
    case Tls::Plain:
        break;
    }
    return QStringLiteral("plain");
}

} // namespace mailfix
