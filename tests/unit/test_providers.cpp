// SPDX-License-Identifier: GPL-3.0-or-later
// The provider data (resources/providers.json) and the rules built on it.
#include "account/ProviderDirectory.h"
#include "diagnosis/ProviderRules.h"
#include "model/Codes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace mailfix;
using Provider = ProviderDirectory::Provider;
using Login = ProviderDirectory::Login;
using Protocol = ProviderDirectory::Protocol;
using Clue = ProviderDirectory::Clue;

namespace {

QByteArray resourceBytes()
{
    QFile f(QStringLiteral(":/mailfix/providers.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString idOf(const Provider *p)
{
    return p ? p->id : QString();
}

QString recognized(const ProviderDirectory::Clues &c)
{
    return idOf(ProviderDirectory::recognize(c).provider);
}

} // namespace

TEST_CASE("Provider data: compiled in, parses without errors, every entry kept", "[provider][data]")
{
    const QByteArray bytes = resourceBytes();
    REQUIRE_FALSE(bytes.isEmpty());
    INFO(ProviderDirectory::loadError().toStdString());
    CHECK(ProviderDirectory::loadError().isEmpty());
    const QJsonArray raw =
        QJsonDocument::fromJson(bytes).object().value(QStringLiteral("providers")).toArray();
    QStringList errors;
    const QList<Provider> parsed = ProviderDirectory::parse(bytes, &errors);
    INFO(errors.join(QStringLiteral("\n")).toStdString());
    CHECK(errors.isEmpty());
    CHECK(parsed.size() == raw.size());
    CHECK(ProviderDirectory::all().size() == raw.size());
    CHECK(ProviderDirectory::all().size() >= 30);
}

TEST_CASE("Provider data: every entry has the required fields in the documented form", "[provider][data]")
{
    const QJsonArray raw =
        QJsonDocument::fromJson(resourceBytes()).object().value(QStringLiteral("providers")).toArray();
    static const QRegularExpression idForm(QStringLiteral("^[a-z0-9_]+$"));
    static const QRegularExpression dateForm(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (const QJsonValue &v : raw) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        INFO("provider " << id.toStdString());
        for (const char *key : {"id", "name", "domains", "mx", "server_names", "greeting", "imap", "pop",
                                "smtp", "login", "add_as", "help", "notes"}) {
            INFO("key " << key);
            CHECK(o.contains(QLatin1String(key)));
        }
        CHECK(idForm.match(id).hasMatch());
        const QJsonObject login = o.value(QStringLiteral("login")).toObject();
        CHECK(login.contains(QStringLiteral("since")));
        CHECK(login.value(QStringLiteral("confirmed")).isBool());
        for (const QJsonObject &r : {login, login.value(QStringLiteral("smtp")).toObject()}) {
            const QJsonValue since = r.value(QStringLiteral("since"));
            if (since.isString()) {
                CHECK(dateForm.match(since.toString()).hasMatch());
                CHECK(QDate::fromString(since.toString(), Qt::ISODate).isValid());
            }
        }
    }
    for (const Provider &p : ProviderDirectory::all()) {
        INFO("provider " << p.id.toStdString());
        const QUrl help(p.helpUrl);
        CHECK(help.isValid());
        CHECK(help.scheme() == QStringLiteral("https"));
        CHECK_FALSE(help.host().isEmpty());
        CHECK_FALSE(p.note.isEmpty());
        // A provider is recognisable by something, and has servers unless it is an
        // organisation's own (recognised only by its greeting).
        CHECK(!(p.domains.isEmpty() && p.mxSuffixes.isEmpty() && p.hostSuffixes.isEmpty() &&
                p.greetingPatterns.isEmpty()));
        if (p.hostSuffixes.isEmpty() && p.domains.isEmpty())
            CHECK(p.customDomains);
        else
            CHECK((!p.imap.isEmpty() || !p.pop.isEmpty()));
        if (!p.imap.isEmpty() || !p.pop.isEmpty())
            CHECK_FALSE(p.smtp.isEmpty());
        for (const auto *list : {&p.imap, &p.pop, &p.smtp}) {
            for (const ProviderDirectory::Endpoint &e : *list) {
                CHECK(e.port > 0);
                CHECK(e.tls != ProviderDirectory::Tls::Plain); // never advise plain text
            }
        }
        // Dates are in the past or near future, never made up far ahead.
        if (p.rule.since.isValid())
            CHECK(p.rule.since.year() >= 2000);
        if (p.rule.login != Login::Password)
            CHECK((p.rule.login == Login::ProviderSignIn || !p.settingPath.isEmpty() ||
                   p.id == QStringLiteral("proton")));
        // A provider sign-in needs one of the phone's own account types.
        if (p.rule.login == Login::ProviderSignIn)
            CHECK(p.addAs != ProviderDirectory::AddAs::Other);
    }
}

TEST_CASE("Provider data: no email domain, id or name belongs to two providers", "[provider][data]")
{
    QHash<QString, QString> owner;
    QSet<QString> ids, names;
    for (const Provider &p : ProviderDirectory::all()) {
        CHECK_FALSE(ids.contains(p.id));
        CHECK_FALSE(names.contains(p.name.toLower()));
        ids.insert(p.id);
        names.insert(p.name.toLower());
        for (const QString &d : p.domains) {
            INFO("domain " << d.toStdString() << " in " << p.id.toStdString() << " and "
                           << owner.value(d).toStdString());
            CHECK_FALSE(owner.contains(d));
            owner.insert(d, p.id);
            CHECK(d == d.toLower());
            CHECK_FALSE(d.contains(QLatin1Char('@')));
        }
    }
}

TEST_CASE("Provider data: the providers helpdesks meet are all there", "[provider][data]")
{
    for (const char *id :
         {"gmx",    "webde",       "telekom",      "freenet",    "orange", "free",
          "sfr",    "libero",      "virgilio",     "movistar",   "zoho",   "fastmail",
          "proton", "mailbox_org", "posteo",       "comcast",    "att",    "verizon",
          "yandex", "mailru",      "qq",           "netease163", "naver",  "icloud",
          "gmail",  "microsoft",   "microsoft365", "yahoo",      "aol",    "google_workspace"}) {
        INFO(id);
        CHECK(ProviderDirectory::byId(QLatin1String(id)) != nullptr);
    }
    using AddAs = ProviderDirectory::AddAs;
    CHECK(ProviderDirectory::byId(QStringLiteral("gmail"))->addAs == AddAs::Google);
    CHECK(ProviderDirectory::byId(QStringLiteral("microsoft"))->addAs == AddAs::OutlookCom);
    CHECK(ProviderDirectory::byId(QStringLiteral("microsoft365"))->addAs == AddAs::MicrosoftExchange);
    CHECK(ProviderDirectory::byId(QStringLiteral("icloud"))->addAs == AddAs::ICloud);
    CHECK(ProviderDirectory::byId(QStringLiteral("yahoo"))->addAs == AddAs::Yahoo);
    CHECK(ProviderDirectory::byId(QStringLiteral("aol"))->addAs == AddAs::Aol);
    CHECK(ProviderDirectory::byId(QStringLiteral("gmx"))->addAs == AddAs::Other);
    // The dated changes of FACTS.md.
    CHECK(ProviderDirectory::byId(QStringLiteral("microsoft"))->rule.since == QDate(2024, 9, 16));
    CHECK(ProviderDirectory::byId(QStringLiteral("microsoft"))->rule.confirmed);
    CHECK(ProviderDirectory::byId(QStringLiteral("gmail"))->rule.since == QDate(2024, 9, 30));
    const Provider *m365 = ProviderDirectory::byId(QStringLiteral("microsoft365"));
    CHECK(m365->smtpRule.login == Login::AdminSetting);
    CHECK(m365->smtpRule.since == QDate(2026, 12, 31));
    CHECK_FALSE(m365->smtpRule.confirmed); // "end of December 2026": the day is not announced
    CHECK(m365->ruleFor(Protocol::Imap).login == Login::ProviderSignIn);
}

TEST_CASE("Provider data: malformed entries are refused with a reason, never crash", "[provider][data]")
{
    const auto errorsOf = [](const char *providerJson) {
        QStringList errors;
        const QByteArray doc = QByteArray("{\"providers\": [") + providerJson + "]}";
        const QList<Provider> list = ProviderDirectory::parse(doc, &errors);
        return std::make_pair(list.size(), errors.join(QStringLiteral("; ")));
    };
    const char *good = R"({"id": "x", "name": "X", "domains": ["x.example"], "mx": [], "server_names": [],
        "greeting": [], "imap": [{"host": "imap.x.example", "port": 993, "tls": "ssl"}], "pop": [],
        "smtp": [{"host": "smtp.x.example", "port": 465, "tls": "ssl"}],
        "login": {"rule": "password", "since": null, "confirmed": false}, "add_as": "Other",
        "help": "https://x.example/help", "notes": "n"})";
    CHECK(errorsOf(good).first == 1);
    CHECK(errorsOf(good).second.isEmpty());
    const std::string base(good);
    const auto variant = [&](const std::string &from, const std::string &to) {
        std::string s = base;
        const auto at = s.find(from);
        REQUIRE(at != std::string::npos);
        s.replace(at, from.size(), to);
        return s;
    };
    for (const auto &[from, to] : std::vector<std::pair<std::string, std::string>>{
             {"\"since\": null", "\"since\": \"16 September 2024\""},
             {"\"since\": null", "\"since\": \"2024-02-30\""},
             {"https://x.example/help", "http://x.example/help"},
             {"\"rule\": \"password\"", "\"rule\": \"oauth\""},
             {"\"add_as\": \"Other\"", "\"add_as\": \"Hotmail\""},
             {"\"port\": 993", "\"port\": 0"},
             {"\"tls\": \"ssl\"", "\"tls\": \"tls\""},
             {"\"greeting\": []", "\"greeting\": [\"(unclosed\"]"},
             {"\"confirmed\": false", "\"confirmed\": \"no\""},
             {"\"id\": \"x\", ", ""},
         }) {
        const std::string bad = variant(from, to);
        INFO(bad);
        const auto [count, error] = errorsOf(bad.c_str());
        CHECK(count == 0);
        CHECK_FALSE(error.isEmpty());
    }
    // Two entries with one id: the second is refused.
    const std::string twice = base + "," + base;
    CHECK(errorsOf(twice.c_str()).first == 1);
    // Not JSON at all.
    QStringList errors;
    CHECK(ProviderDirectory::parse("{not json", &errors).isEmpty());
    CHECK_FALSE(errors.isEmpty());
}

TEST_CASE("Recognition by the address' domain", "[provider][recognize]")
{
    for (const auto &[email, id] : std::vector<std::pair<const char *, const char *>>{
             {"anna@gmail.com", "gmail"},
             {"Anna@GoogleMail.COM", "gmail"},
             {"a@hotmail.de", "microsoft"},
             {"a@contoso.onmicrosoft.com", "microsoft365"},
             {"a@me.com", "icloud"},
             {"a@gmx.de", "gmx"},
             {"a@web.de", "webde"},
             {"a@t-online.de", "telekom"},
             {"a@sbcglobal.net", "att"},
             {"a@verizon.net", "verizon"},
             {"a@qq.com", "qq"},
             {"a@163.com", "netease163"},
             {"a@naver.com", "naver"},
             {"a@pm.me", "proton"},
             {"a@wanadoo.fr", "orange"},
         }) {
        INFO(email);
        CHECK(idOf(ProviderDirectory::byEmail(QLatin1String(email))) == QLatin1String(id));
        CHECK(recognized({QLatin1String(email), {}, {}, {}, {}}) == QLatin1String(id));
    }
    for (const char *email :
         {"a@example.com", "a@notgmail.com", "a@gmail.com.example", "no-at-sign", "", "a@"})
        CHECK(idOf(ProviderDirectory::byEmail(QLatin1String(email))).isEmpty());
}

TEST_CASE("Recognition by MX hosts: custom domains at Google and Microsoft", "[provider][recognize]")
{
    CHECK(idOf(ProviderDirectory::byMx(QStringLiteral("aspmx.l.google.com."))) == QStringLiteral("gmail"));
    CHECK(idOf(ProviderDirectory::byMx(QStringLiteral("mx-aol.mail.gm0.yahoodns.net"))) ==
          QStringLiteral("aol"));
    CHECK(idOf(ProviderDirectory::byMx(QStringLiteral("mta7.am0.yahoodns.net"))) == QStringLiteral("yahoo"));
    CHECK(idOf(ProviderDirectory::byMx(QStringLiteral("mx.example.com"))).isEmpty());
    const auto viaMx = [](const char *email, const char *mx) {
        return recognized({QLatin1String(email), {}, {QLatin1String(mx)}, {}, {}});
    };
    CHECK(viaMx("boss@firma.example", "aspmx.l.google.com") == QStringLiteral("google_workspace"));
    CHECK(viaMx("boss@firma.example", "smtp.google.com") == QStringLiteral("google_workspace"));
    CHECK(viaMx("boss@contoso.example", "contoso-example.mail.protection.outlook.com") ==
          QStringLiteral("microsoft365"));
    CHECK(viaMx("me@family.example", "in1-smtp.messagingengine.com") == QStringLiteral("fastmail"));
    CHECK(viaMx("me@family.example", "mail.protonmail.ch") == QStringLiteral("proton"));
    CHECK(viaMx("me@family.example", "mx00.ionos.de") == QStringLiteral("ionos"));
    CHECK(viaMx("me@family.example", "mx.family.example").isEmpty());
    const ProviderDirectory::Recognition r = ProviderDirectory::recognize(
        {QStringLiteral("boss@firma.example"), {}, {QStringLiteral("alt1.aspmx.l.google.com")}, {}, {}});
    CHECK(r.clue == Clue::Mx);
    CHECK(r.evidence == QStringLiteral("alt1.aspmx.l.google.com"));
}

TEST_CASE("Recognition by the server's host, certificate and greeting", "[provider][recognize]")
{
    using Clues = ProviderDirectory::Clues;
    // Host names.
    CHECK(recognized(Clues{{}, QStringLiteral("imap.gmail.com"), {}, {}, {}}) == QStringLiteral("gmail"));
    CHECK(recognized(
              Clues{QStringLiteral("boss@firma.example"), QStringLiteral("imap.gmail.com"), {}, {}, {}}) ==
          QStringLiteral("google_workspace"));
    CHECK(recognized(
              Clues{QStringLiteral("a@outlook.de"), QStringLiteral("outlook.office365.com"), {}, {}, {}}) ==
          QStringLiteral("microsoft"));
    CHECK(recognized(Clues{
              QStringLiteral("boss@contoso.example"), QStringLiteral("smtp.office365.com"), {}, {}, {}}) ==
          QStringLiteral("microsoft365"));
    CHECK(recognized(Clues{QStringLiteral("a@verizon.net"), QStringLiteral("imap.aol.com"), {}, {}, {}}) ==
          QStringLiteral("verizon"));
    // Certificate names, wildcards included.
    CHECK(idOf(ProviderDirectory::byCertificateNames({QStringLiteral("*.office365.com")})) ==
          QStringLiteral("microsoft"));
    CHECK(idOf(ProviderDirectory::byCertificateNames(
              {QStringLiteral("localhost"), QStringLiteral("imap.gmail.com")})) == QStringLiteral("gmail"));
    CHECK(idOf(ProviderDirectory::byCertificateNames({QStringLiteral("*.example.com")})).isEmpty());
    const ProviderDirectory::Recognition viaCert = ProviderDirectory::recognize(
        Clues{QStringLiteral("boss@contoso.example"),
              QStringLiteral("mail.contoso.example"),
              {},
              {},
              {QStringLiteral("outlook.com"), QStringLiteral("*.office365.com")}});
    CHECK(idOf(viaCert.provider) == QStringLiteral("microsoft365"));
    CHECK(viaCert.clue == Clue::Certificate);
    // Greetings: server names in them, Exchange's base64 name, the product's own words.
    for (const auto &[greeting, id] : std::vector<std::pair<const char *, const char *>>{
             {"220 smtp.gmail.com ESMTP a640c23a62f3a-a9a0 - gsmtp", "gmail"},
             {"220 mx.google.example ESMTP x - gsmtp", "gmail"},
             {"* OK Gimap ready for requests from 192.0.2.1 o4mb1234567", "gmail"},
             {"+OK Gpop ready for requests from 192.0.2.1 o4mb1234567", "gmail"},
             {"220 BN9PR03CA0123.outlook.office365.com Microsoft ESMTP MAIL Service ready at Tue, 1 Dec 2026",
              "microsoft"},
             {"* OK The Microsoft Exchange IMAP4 service is ready. "
              "[TQBXADQAUABSADAANABDAEEAMAAwADAANAAuAG4AYQBtAHAAcgBkADAANAAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrA"
              "C4AYwBvAG0A]",
              "microsoft"},
             {"220 mail.contoso.example Microsoft ESMTP MAIL Service ready", "exchange_server"},
             {"+OK The Microsoft Exchange POP3 service is ready.", "exchange_server"},
             {"220 gmx.net (mrgmx004) Nemesis ESMTP Service ready", "gmx"},
             {"220 web.de (mrweb105) Nemesis ESMTP Service ready", "webde"},
             {"220 smtp.mail.yahoo.com ESMTP ready", "yahoo"},
         }) {
        INFO(greeting);
        CHECK(idOf(ProviderDirectory::byGreeting(QLatin1String(greeting))) == QLatin1String(id));
    }
    for (const char *greeting : {"220 hostile.test ESMTP ready", "* OK [CAPABILITY IMAP4rev1] Dovecot ready.",
                                 "", "+OK", "* OK [AAAAAAAAAAAAAAAAAAAAAA==] odd", "220 notgmail.com ESMTP"})
        CHECK(idOf(ProviderDirectory::byGreeting(QLatin1String(greeting))).isEmpty());
    // The customer's own Exchange: recognised, but not as Microsoft's hosted service.
    const ProviderDirectory::Recognition own = ProviderDirectory::recognize(
        Clues{QStringLiteral("a@contoso.example"),
              QStringLiteral("mail.contoso.example"),
              {},
              QStringLiteral("220 mail.contoso.example Microsoft ESMTP MAIL Service ready"),
              {}});
    CHECK(idOf(own.provider) == QStringLiteral("exchange_server"));
    CHECK(own.clue == Clue::Greeting);
    // The rules of a server's replies are its own provider's: a Gmail address on an unknown
    // server is not Gmail's refusal.
    const Clues gmailElsewhere{QStringLiteral("anna@gmail.com"),
                               QStringLiteral("mail.isp.example"),
                               {},
                               QStringLiteral("220 mail.isp.example ESMTP Postfix"),
                               {QStringLiteral("mail.isp.example")}};
    CHECK_FALSE(ProviderDirectory::recognizeServer(gmailElsewhere));
    CHECK(recognized(gmailElsewhere) == QStringLiteral("gmail"));
    CHECK(ProviderDirectory::recognize(gmailElsewhere).clue == Clue::Domain);
    const ProviderDirectory::Recognition workspace = ProviderDirectory::recognizeServer(
        Clues{QStringLiteral("boss@firma.example"),
              {},
              {QStringLiteral("aspmx.l.google.com")},
              QStringLiteral("* OK Gimap ready for requests from 192.0.2.1 x"),
              {}});
    CHECK(idOf(workspace.provider) == QStringLiteral("google_workspace"));
    CHECK(workspace.clue == Clue::Greeting);
    // Nothing known.
    CHECK_FALSE(ProviderDirectory::recognize(Clues{QStringLiteral("a@example.com"),
                                                   QStringLiteral("mail.example.com"),
                                                   {QStringLiteral("mx.example.com")},
                                                   QStringLiteral("220 mail ESMTP"),
                                                   {QStringLiteral("mail.example.com")}}));
}

// ---------------------------------------------------------------------------
// ProviderRules: each rule from the replies its provider really sends.

namespace {

struct RuleCase
{
    const char *name;
    const char *provider;
    Protocol protocol;
    int code;
    const char *enhanced;
    const char *responseCode;
    const char *text;
    QString generic; // the ReplyClassifier's verdict for that reply
    QString rule;    // expected rule ("" = the generic verdict stands)
    QString findingCode;
    const char *field;
};

} // namespace

TEST_CASE("ProviderRules: each provider's refusals give its own finding on the right field",
          "[provider][rules]")
{
    namespace R = ProviderRules::Rule;
    const std::vector<RuleCase> cases{
        {"Outlook.com SMTP", "microsoft", Protocol::Smtp, 535, "5.7.3", "", "Authentication unsuccessful",
         Code::AuthFailed, R::OutlookBasicAuthEnded, Code::AuthAppPasswordRequired, "password"},
        {"Outlook.com IMAP", "microsoft", Protocol::Imap, 0, "", "", "AUTHENTICATE failed.", Code::AuthFailed,
         R::OutlookBasicAuthEnded, Code::AuthAppPasswordRequired, "password"},
        {"Outlook.com 5.7.139 basic auth", "microsoft", Protocol::Smtp, 535, "5.7.139", "",
         "Authentication unsuccessful, basic authentication is disabled.", Code::AuthAppPasswordRequired,
         R::OutlookBasicAuthEnded, Code::AuthAppPasswordRequired, "password"},
        {"M365 SmtpClientAuthentication", "microsoft365", Protocol::Smtp, 535, "5.7.139", "",
         "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.",
         Code::AuthDisabled, R::ExchangeOnlineSmtpAuthDisabled, Code::AuthDisabled, "user"},
        {"M365 SmtpClientAuthentication tenant", "microsoft365", Protocol::Smtp, 535, "5.7.139", "",
         "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
         Code::AuthDisabled, R::ExchangeOnlineSmtpAuthDisabled, Code::AuthDisabled, "user"},
        {"M365 5.7.30", "microsoft365", Protocol::Smtp, 550, "5.7.30", "",
         "Basic authentication is not supported for Client Submission.", Code::AuthFailed,
         R::ExchangeOnlineSmtpAuthDisabled, Code::AuthDisabled, "user"},
        {"M365 5.7.139 security defaults", "microsoft365", Protocol::Smtp, 535, "5.7.139", "",
         "Authentication unsuccessful, user is locked by your organization's security defaults policy. "
         "Contact your administrator.",
         Code::AuthAppPasswordRequired, R::ExchangeOnlineSmtpAuthDisabled, Code::AuthDisabled, "user"},
        {"M365 SMTP wrong password", "microsoft365", Protocol::Smtp, 535, "5.7.3", "",
         "Authentication unsuccessful", Code::AuthFailed, QString(), QString(), ""},
        {"M365 IMAP", "microsoft365", Protocol::Imap, 0, "", "", "AUTHENTICATE failed.", Code::AuthFailed,
         R::ExchangeOnlineBasicAuthEnded, Code::AuthAppPasswordRequired, "password"},
        {"M365 POP3", "microsoft365", Protocol::Pop, 0, "", "",
         "Logon failure: unknown user name or bad password.", Code::AuthFailed,
         R::ExchangeOnlineBasicAuthEnded, Code::AuthAppPasswordRequired, "password"},
        {"Gmail SMTP", "gmail", Protocol::Smtp, 535, "5.7.8", "",
         "Username and Password not accepted. For more information, go to "
         "https://support.google.com/mail/?p=BadCredentials",
         Code::AuthAppPasswordRequired, R::ProviderSignIn, Code::AuthAppPasswordRequired, "password"},
        {"Gmail 534", "gmail", Protocol::Smtp, 534, "5.7.9", "",
         "Application-specific password required. InvalidSecondFactor", Code::AuthAppPasswordRequired,
         R::ProviderSignIn, Code::AuthAppPasswordRequired, "password"},
        {"Gmail IMAP web login", "gmail", Protocol::Imap, 0, "", "ALERT",
         "Please log in via your web browser", Code::AuthAppPasswordRequired, R::ProviderSignIn,
         Code::AuthAppPasswordRequired, "password"},
        {"Gmail IMAP off", "gmail", Protocol::Imap, 0, "", "ALERT",
         "Your account is not enabled for IMAP use. Please visit your Gmail settings page and enable your "
         "account for IMAP access.",
         Code::AuthDisabled, R::WebmailSwitch, Code::AuthDisabled, "user"},
        {"Workspace IMAP off by admin", "google_workspace", Protocol::Imap, 0, "", "ALERT",
         "IMAP access is disabled for your domain. Please contact your domain administrator for questions "
         "about this feature.",
         Code::AuthDisabled, R::AdminDisabled, Code::AuthDisabled, "user"},
        {"Workspace password", "google_workspace", Protocol::Imap, 0, "", "AUTHENTICATIONFAILED",
         "Invalid credentials (Failure)", Code::AuthAppPasswordRequired, R::ProviderSignIn,
         Code::AuthAppPasswordRequired, "password"},
        {"iCloud", "icloud", Protocol::Smtp, 535, "5.7.8", "", "Authentication credentials invalid",
         Code::AuthAppPasswordRequired, R::AppPassword, Code::AuthAppPasswordRequired, "password"},
        {"Yahoo", "yahoo", Protocol::Smtp, 535, "5.7.0", "", "(#AUTH005) Too many bad auth attempts.",
         Code::AuthAppPasswordRequired, R::AppPassword, Code::AuthAppPasswordRequired, "password"},
        {"AOL IMAP", "aol", Protocol::Imap, 0, "", "AUTHENTICATIONFAILED", "LOGIN Invalid credentials",
         Code::AuthAppPasswordRequired, R::AppPassword, Code::AuthAppPasswordRequired, "password"},
        {"T-Online", "telekom", Protocol::Pop, 0, "", "", "authentication failed", Code::AuthFailed,
         R::AppPassword, Code::AuthAppPasswordRequired, "password"},
        {"GMX IMAP", "gmx", Protocol::Imap, 0, "", "", "Authentication failed", Code::AuthFailed,
         R::WebmailSwitch, Code::AuthDisabled, "user"},
        {"web.de SMTP", "webde", Protocol::Smtp, 535, "5.7.8", "", "Authentication credentials invalid",
         Code::AuthFailed, R::WebmailSwitch, Code::AuthDisabled, "user"},
        {"Zoho IMAP off", "zoho", Protocol::Imap, 0, "", "ALERT",
         "You are yet to enable IMAP for your account. Please contact your administrator (Failure)",
         Code::AuthDisabled, R::WebmailSwitch, Code::AuthDisabled, "user"},
        {"Zoho two-factor", "zoho", Protocol::Smtp, 535, "5.7.8", "",
         "Application-specific password required", Code::AuthAppPasswordRequired, R::AppPassword,
         Code::AuthAppPasswordRequired, "password"},
        {"Posteo wrong password", "posteo", Protocol::Imap, 0, "", "AUTHENTICATIONFAILED",
         "Authentication failed.", Code::AuthFailed, QString(), QString(), ""},
        {"Posteo disabled", "posteo", Protocol::Imap, 0, "", "", "Account disabled", Code::AuthDisabled,
         QString(), QString(), ""},
        {"Gmail rate limit untouched", "gmail", Protocol::Smtp, 454, "4.7.0", "",
         "Too many login attempts, please try later.", Code::AuthTemporary, QString(), QString(), ""},
        {"TLS first untouched", "gmail", Protocol::Smtp, 530, "5.7.0", "",
         "Must issue a STARTTLS command first.", Code::TlsRequired, QString(), QString(), ""},
    };
    QSet<QString> reached;
    for (const RuleCase &c : cases) {
        INFO(c.name);
        if (!c.rule.isEmpty())
            reached.insert(c.rule);
        const Provider *p = ProviderDirectory::byId(QLatin1String(c.provider));
        REQUIRE(p != nullptr);
        ProviderRules::LoginRefusal r;
        r.protocol = c.protocol;
        r.code = c.code;
        r.enhanced = QLatin1String(c.enhanced);
        r.responseCode = QLatin1String(c.responseCode);
        r.text = QLatin1String(c.text);
        const auto v = ProviderRules::loginRefused(p, r, c.generic);
        if (c.rule.isEmpty()) {
            CHECK_FALSE(v.has_value());
            continue;
        }
        REQUIRE(v.has_value());
        CHECK(v->rule == c.rule);
        CHECK(v->code == c.findingCode);
        CHECK(v->field == QLatin1String(c.field));
        CHECK(v->provider == p->id);
        CHECK(v->since == p->ruleFor(c.protocol).since);
        CHECK(v->adminTask == (c.rule == R::ExchangeOnlineSmtpAuthDisabled || c.rule == R::AdminDisabled));
        // The same reply from a server nobody knows: no provider finding.
        CHECK_FALSE(ProviderRules::loginRefused(nullptr, r, c.generic).has_value());
    }
    // Every login rule is reached by a reply above (the iOS rule has its own test below).
    for (const QString &rule : ProviderRules::ruleIds()) {
        INFO("rule " << rule.toStdString());
        CHECK((reached.contains(rule) || rule == R::IosMicrosoftSend));
    }
    const Provider *outlook = ProviderDirectory::byId(QStringLiteral("microsoft"));
    ProviderRules::LoginRefusal r{Protocol::Imap, 0, {}, {}, QStringLiteral("AUTHENTICATE failed.")};
    const auto v = ProviderRules::loginRefused(outlook, r, Code::AuthFailed);
    REQUIRE(v);
    CHECK(v->since == QDate(2024, 9, 16));
    CHECK(v->sinceConfirmed);
    const auto smtpOff =
        ProviderRules::loginRefused(ProviderDirectory::byId(QStringLiteral("microsoft365")),
                                    {Protocol::Smtp,
                                     535,
                                     QStringLiteral("5.7.139"),
                                     {},
                                     QStringLiteral("SmtpClientAuthentication is disabled for the Mailbox")},
                                    Code::AuthDisabled);
    REQUIRE(smtpOff);
    CHECK(smtpOff->login == Login::AdminSetting);
    CHECK(smtpOff->since == QDate(2026, 12, 31));
    CHECK_FALSE(smtpOff->sinceConfirmed);
}

TEST_CASE("ProviderRules: ios.known_bug for iOS 11.0 with Microsoft's servers, only when all checks pass",
          "[provider][rules]")
{
    const Provider *outlook = ProviderDirectory::byId(QStringLiteral("microsoft"));
    const Provider *m365 = ProviderDirectory::byId(QStringLiteral("microsoft365"));
    const Provider *own = ProviderDirectory::byId(QStringLiteral("exchange_server"));
    const Provider *gmail = ProviderDirectory::byId(QStringLiteral("gmail"));
    const IosVersion ios11{11, 0, 0};
    for (const Provider *p : {outlook, m365, own}) {
        const auto v = ProviderRules::iosKnownBug(ios11, p, true);
        REQUIRE(v);
        CHECK(v->code == Code::IosKnownBug);
        CHECK(v->field == Field::IosVersion);
        CHECK(v->rule == ProviderRules::Rule::IosMicrosoftSend);
        CHECK(v->provider == p->id);
    }
    CHECK_FALSE(ProviderRules::iosKnownBug(ios11, outlook, false)); // live checks failed: that first
    CHECK_FALSE(ProviderRules::iosKnownBug(IosVersion{11, 0, 1}, outlook, true)); // the fix
    CHECK_FALSE(ProviderRules::iosKnownBug(IosVersion{11, 1, 0}, outlook, true));
    CHECK_FALSE(ProviderRules::iosKnownBug(IosVersion{10, 3, 3}, outlook, true));
    CHECK_FALSE(ProviderRules::iosKnownBug(IosVersion{}, outlook, true));
    CHECK_FALSE(ProviderRules::iosKnownBug(ios11, gmail, true));
    CHECK_FALSE(ProviderRules::iosKnownBug(ios11, nullptr, true));
}
