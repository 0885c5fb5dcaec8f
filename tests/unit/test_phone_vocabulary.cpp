// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/AccountSettings.h"
#include "model/Finding.h"
#include "wording/FieldScreens.h"
#include "wording/FixCatalog.h"
#include "wording/PhoneVocabulary.h"
#include "wording/Wording.h"

#include <catch2/catch.hpp>

using namespace mailfix;

namespace {

IosVersion ios(int major)
{
    IosVersion v;
    v.major = major;
    return v;
}

const int eraVersions[] = {7, 9, 10, 11, 12, 13, 14, 16, 17, 18, 26};

} // namespace

TEST_CASE("The phone vocabulary has every word and path in every language", "[vocabulary]")
{
    const PhoneVocabulary &v = PhoneVocabulary::builtIn();
    REQUIRE_FALSE(v.isEmpty());
    CHECK(v.eraLimits() == QList<int>{9, 10, 11, 13, 17, 99});
    for (PhoneLanguage lang : PhoneLanguages::all()) {
        INFO("language " << PhoneLanguages::code(lang).toStdString());
        CHECK_FALSE(v.separator(lang).trimmed().isEmpty());
        for (const QString &id : v.labelIds()) {
            INFO("label " << id.toStdString());
            CHECK_FALSE(v.label(id, lang).text.trimmed().isEmpty());
        }
        for (int major : eraVersions) {
            INFO("iOS " << major);
            const PhoneVocabulary::Path p = v.accountsPath(major, lang);
            CHECK(p.parts.size() >= 2);
            CHECK(p.parts.first() == v.label(QStringLiteral("settings"), lang).text);
        }
    }
}

TEST_CASE("The vocabulary keeps FACTS.md's confirmed and unconfirmed marks", "[vocabulary]")
{
    const PhoneVocabulary &v = PhoneVocabulary::builtIn();
    const auto word = [&](const char *id, PhoneLanguage l) { return v.label(QString::fromLatin1(id), l); };
    CHECK(word("settings", PhoneLanguage::German).text == QStringLiteral("Einstellungen"));
    CHECK(word("settings", PhoneLanguage::French).text == QStringLiteral("Réglages"));
    CHECK(word("settings", PhoneLanguage::Spanish).text == QStringLiteral("Ajustes"));
    for (PhoneLanguage l : PhoneLanguages::all())
        CHECK(word("settings", l).confirmed);
    CHECK(word("hostName", PhoneLanguage::German).confirmed);
    CHECK(word("userName", PhoneLanguage::German).confirmed);
    CHECK(word("authentication", PhoneLanguage::German).confirmed);
    CHECK(word("outgoingMailServer", PhoneLanguage::German).confirmed);
    CHECK(word("accounts", PhoneLanguage::German).confirmed);
    CHECK(word("addAccount", PhoneLanguage::French).confirmed);
    CHECK(word("addAccount", PhoneLanguage::French).text == QStringLiteral("Ajouter un compte"));
    CHECK_FALSE(word("addAccount", PhoneLanguage::German).confirmed);
    CHECK_FALSE(word("hostName", PhoneLanguage::French).confirmed);
    CHECK_FALSE(word("useSsl", PhoneLanguage::German).confirmed);
    CHECK_FALSE(word("serverPort", PhoneLanguage::Spanish).confirmed);
    // The Account screen's heading is unconfirmed even in English.
    CHECK_FALSE(word("accountInformation", PhoneLanguage::English).confirmed);
    CHECK(v.accountsPath(18, PhoneLanguage::English).confirmed);
    CHECK_FALSE(v.accountsPath(18, PhoneLanguage::German).confirmed);
}

TEST_CASE("One field-to-screen map for fix steps, picture and forms", "[vocabulary]")
{
    const PhoneVocabulary &v = PhoneVocabulary::builtIn();
    QStringList fields = Field::all();
    fields << FieldScreens::AccountName << FieldScreens::AccountDescription;
    for (const QString &field : std::as_const(fields)) {
        INFO("field " << field.toStdString());
        for (int major : eraVersions) {
            const QString id = FieldScreens::labelId(field, ios(major));
            REQUIRE_FALSE(id.isEmpty());
            CHECK(v.labelIds().contains(id));
        }
        if (field == Field::IncomingType)
            continue; // the phone shows the type only in the Account screen's heading
        const PhoneScreen screen = FieldScreens::screenOf(field);
        CHECK(FieldScreens::fieldsOn(screen, IncomingType::Imap).contains(field));
        CHECK(FixCatalog::screenOf(field) == screen);
    }
    CHECK_FALSE(FieldScreens::fieldsOn(PhoneScreen::Advanced, IncomingType::Pop).contains(Field::IncomingPathPrefix));
}

TEST_CASE("Wording follows the phone's language, not the helpdesk's", "[vocabulary]")
{
    AccountSettings s;
    s.ios = ios(18);
    const Wording de(s.ios, PhoneLanguage::German);
    CHECK(de.screenPath(PhoneScreen::Outgoing, s) ==
          QStringLiteral("Einstellungen > Apps > Mail > Mail-Accounts > (Account) > Account > SMTP > Primärer Server"));
    CHECK(de.fieldLabel(Field::OutgoingUser) == QStringLiteral("Benutzername"));
    CHECK(Wording(s.ios, PhoneLanguage::French).fieldLabel(Field::IncomingHost) == QStringLiteral("Nom d'hôte"));
    CHECK(Wording(ios(11), PhoneLanguage::Spanish).join(Wording(ios(11), PhoneLanguage::Spanish).accountsParts()) ==
          QStringLiteral("Ajustes > Cuentas y contraseñas"));
    CHECK(FixCatalog::fieldLabel(Field::IosVersion, ios(15), PhoneLanguage::German) == QStringLiteral("Softwareversion"));
    CHECK(FixCatalog::authLabel(AuthMethod::None, PhoneLanguage::German) == QStringLiteral("Ohne"));

    s.email = QStringLiteral("anna@example.com");
    s.incoming.host = QStringLiteral("imap.example.com");
    s.outgoing.host = QStringLiteral("smtp.example.com");
    s.incoming.user = s.email;
    const struct
    {
        PhoneLanguage language;
        const char *settings;
    } cases[] = {{PhoneLanguage::German, "Einstellungen"}, {PhoneLanguage::French, "Réglages"},
                 {PhoneLanguage::Spanish, "Ajustes"}, {PhoneLanguage::English, "Settings"}};
    for (const auto &c : cases) {
        INFO("language " << PhoneLanguages::code(c.language).toStdString());
        for (const QString &code : FixCatalog::knownCodes()) {
            Finding f = Finding::make(code, Field::OutgoingUser);
            FixCatalog::describe(f, s, c.language);
            CHECK_FALSE(f.title.isEmpty());
            CHECK_FALSE(f.fix.isEmpty());
        }
        Finding relay = Finding::make(Code::SmtpRelayDenied, Field::OutgoingUser);
        FixCatalog::describe(relay, s, c.language);
        CHECK(relay.fix.value(0).contains(QString::fromUtf8(c.settings)));
        CHECK(relay.fix.join(QLatin1Char('\n')).contains(Wording(s.ios, c.language).fieldLabel(Field::OutgoingUser)));
    }
}

TEST_CASE("PhoneLanguages reads language codes and locales", "[vocabulary]")
{
    CHECK(PhoneLanguages::fromCode(QStringLiteral("de_CH")) == PhoneLanguage::German);
    CHECK(PhoneLanguages::fromCode(QStringLiteral("fr-CA")) == PhoneLanguage::French);
    CHECK(PhoneLanguages::fromCode(QStringLiteral(" ES ")) == PhoneLanguage::Spanish);
    CHECK_FALSE(PhoneLanguages::fromCode(QStringLiteral("it")).has_value());
    CHECK_FALSE(PhoneLanguages::fromCode(QString()).has_value());
    CHECK(PhoneLanguages::fromLocale(QLocale(QLocale::Italian)) == PhoneLanguage::English);
    CHECK(PhoneLanguages::fromLocale(QLocale(QLocale::German, QLocale::Austria)) == PhoneLanguage::German);
    for (PhoneLanguage l : PhoneLanguages::all())
        CHECK(PhoneLanguages::fromCode(PhoneLanguages::code(l)) == l);
}

TEST_CASE("A broken vocabulary table is refused with a reason", "[vocabulary]")
{
    const char *broken[] = {
        "",
        "[1, 2]",
        "{\"languages\": [\"de\"], \"labels\": [], \"accountsPaths\": []}",
        "{\"languages\": [\"en\"], \"labels\": [{\"id\": \"x\", \"de\": \"X\"}], "
        "\"accountsPaths\": [{\"upTo\": 9, \"en\": [\"Settings\"]}]}",
        "{\"languages\": [\"en\"], \"labels\": [{\"id\": \"x\", \"en\": \"X\"}, {\"id\": \"x\", \"en\": \"Y\"}], "
        "\"accountsPaths\": [{\"upTo\": 9, \"en\": [\"Settings\"]}]}",
        "{\"languages\": [\"en\"], \"labels\": [{\"id\": \"x\", \"en\": \"X\"}], "
        "\"accountsPaths\": [{\"upTo\": 12, \"en\": [\"A\"]}, {\"upTo\": 10, \"en\": [\"B\"]}]}",
    };
    for (const char *json : broken) {
        INFO(json);
        QString error;
        const PhoneVocabulary v = PhoneVocabulary::fromJson(QByteArray(json), &error);
        CHECK(v.isEmpty());
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("The separator and a missing cell come from the table", "[vocabulary]")
{
    const QByteArray json = R"({
        "languages": ["en", "de"],
        "separator": {"en": " > ", "de": " › "},
        "labels": [{"id": "settings", "en": "Settings", "de": "Einstellungen", "unconfirmed": []},
                   {"id": "account", "en": "Account"}],
        "accountsPaths": [{"upTo": 99, "en": ["Settings", "Mail"], "de": ["Einstellungen", "Mail"]}]
    })";
    QString error;
    const PhoneVocabulary v = PhoneVocabulary::fromJson(json, &error);
    REQUIRE(error.isEmpty());
    const Wording de(ios(18), PhoneLanguage::German, v);
    CHECK(de.join(de.accountsParts()) == QStringLiteral("Einstellungen › Mail"));
    CHECK(v.label(QStringLiteral("account"), PhoneLanguage::German).text == QStringLiteral("Account"));
    CHECK_FALSE(v.label(QStringLiteral("account"), PhoneLanguage::German).confirmed);
    CHECK(v.label(QStringLiteral("nosuchword"), PhoneLanguage::German).text == QStringLiteral("nosuchword"));
    // French is not in this table: English, unconfirmed.
    CHECK(v.accountsPath(18, PhoneLanguage::French).parts == QStringList{QStringLiteral("Settings"), QStringLiteral("Mail")});
    CHECK_FALSE(v.accountsPath(18, PhoneLanguage::French).confirmed);
}
