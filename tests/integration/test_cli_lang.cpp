// SPDX-License-Identifier: GPL-3.0-or-later
// Acceptance for --lang (issue 12, CONTRACT.md section 8): mailfix-cli check against the
// real servers in German, French and Spanish gives the same codes, fields, params and
// steps in the same order as in English, with every title and fix line in that language;
// the text report keeps no English heading. Plus the --lang usage errors.
#include "CliRun.h"
#include "TestServers.h"
#include "account/SettingsFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace mailfix;
using mailfix::test::CliRun;
using mailfix::test::runCli;
using mailfix::test::TestServers;

namespace {


/// Failing real-server scenarios whose findings have titles and fix steps.
QList<std::pair<QString, AccountSettings>> failingScenarios()
{
    const auto &ts = TestServers::get();
    QList<std::pair<QString, AccountSettings>> list;
    auto add = [&](const char *name, const std::function<void(AccountSettings &)> &change) {
        AccountSettings s = ts.goodSettings();
        change(s);
        list.append({QLatin1String(name), s});
    };
    add("outgoing-user-empty", [](AccountSettings &s) {
        s.outgoing.user.clear();
        s.outgoing.password = Secret();
    });
    add("wrong-passwords", [&](AccountSettings &s) {
        s.outgoing.password = Secret(ts.password().toUtf8() + "x");
        s.incoming.password = Secret(ts.password().toUtf8() + "y");
    });
    add("ssl-off", [&](AccountSettings &s) {
        s.incoming.host = ts.strictHost();
        s.incoming.ssl = false;
        s.outgoing.ssl = false;
    });
    add("imap-port-for-smtp", [&](AccountSettings &s) { s.outgoing.port = ts.port("imap", "imap"); });
    return list;
}

QStringList checkArgs(const QString &settingsFile)
{
    const auto &ts = TestServers::get();
    return {QStringLiteral("check"),           QStringLiteral("--settings"), settingsFile,
            QStringLiteral("--ca-file"),       ts.caFile(),
            QStringLiteral("--relay-recipient"), ts.foreignRecipient(),
            QStringLiteral("--timeout"),       QStringLiteral("20")};
}

QString writeSettings(QTemporaryDir &dir, const QString &name, const AccountSettings &s)
{
    const QString file = dir.filePath(name + QStringLiteral(".json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(SettingsFile::write(s));
    return file;
}

QJsonObject jsonOf(const CliRun &run)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(run.out, &e);
    INFO(run.err.constData());
    REQUIRE(e.error == QJsonParseError::NoError);
    return d.object();
}

/// A line that is only a host name, an address or a number reads the same in every language.
bool languageNeutral(const QString &line)
{
    static const QRegularExpression neutral(QStringLiteral("^[\\s\\d.:\\[\\]\\-_a-zA-Z]*$"));
    const QString t = line.trimmed();
    return !t.contains(QLatin1Char(' ')) && neutral.match(t).hasMatch();
}

QStringList fixLines(const QJsonObject &finding)
{
    QStringList out;
    for (const QJsonValue &v : finding.value(QStringLiteral("fix")).toArray())
        out << v.toString();
    return out;
}

/// Everything about a finding except its words: code, field, severity, also_fields, params.
QJsonObject shape(QJsonObject f)
{
    f.remove(QStringLiteral("title"));
    f.remove(QStringLiteral("fix"));
    f.remove(QStringLiteral("evidence")); // in the interface language; the server's words inside stay
    return f;
}

QStringList keysInOrder(const QByteArray &json, const QRegularExpression &key)
{
    QStringList keys;
    for (auto it = key.globalMatch(QString::fromUtf8(json)); it.hasNext();)
        keys << it.next().captured(1);
    return keys;
}

void checkLanguage(const char *code, const char *settingsWord)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString lang = QLatin1String(code);
    bool sawSettingsWord = false;
    for (const auto &[name, s] : failingScenarios()) {
        INFO("scenario " << name.toStdString() << ", --lang " << code);
        const QString file = writeSettings(dir, name, s);
        const CliRun en = runCli(checkArgs(file) + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                               QStringLiteral("--lang"), QStringLiteral("en")},
                                 s);
        const CliRun other = runCli(checkArgs(file) + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                                                  QStringLiteral("--lang"), lang},
                                    s);
        CHECK(en.exitCode == 1);
        CHECK(other.exitCode == en.exitCode);
        const QJsonObject a = jsonOf(en);
        const QJsonObject b = jsonOf(other);

        // The same keys in the same order (JSON keys never change).
        static const QRegularExpression key(QStringLiteral("\"([a-z_]+)\"\\s*:"));
        CHECK(keysInOrder(en.out, key) == keysInOrder(other.out, key));
        CHECK(a.keys() == b.keys());

        // The same steps, in the same order, with the same outcome.
        const QJsonArray ca = a.value(QStringLiteral("checks")).toArray();
        const QJsonArray cb = b.value(QStringLiteral("checks")).toArray();
        REQUIRE(ca.size() == cb.size());
        for (int i = 0; i < ca.size(); ++i) {
            CHECK(ca.at(i).toObject().value(QStringLiteral("id")) == cb.at(i).toObject().value(QStringLiteral("id")));
            CHECK(ca.at(i).toObject().value(QStringLiteral("status")) ==
                  cb.at(i).toObject().value(QStringLiteral("status")));
        }

        // The same findings, in the same order; only their words differ.
        const QJsonArray fa = a.value(QStringLiteral("findings")).toArray();
        const QJsonArray fb = b.value(QStringLiteral("findings")).toArray();
        REQUIRE(!fa.isEmpty());
        REQUIRE(fa.size() == fb.size());
        for (int i = 0; i < fa.size(); ++i) {
            const QJsonObject x = fa.at(i).toObject();
            const QJsonObject y = fb.at(i).toObject();
            INFO("finding " << x.value(QStringLiteral("code")).toString().toStdString());
            CHECK(shape(x) == shape(y));
            const QString titleEn = x.value(QStringLiteral("title")).toString();
            const QString title = y.value(QStringLiteral("title")).toString();
            CHECK(!title.isEmpty());
            INFO("title: " << title.toStdString());
            CHECK(title != titleEn);
            const QStringList fixEn = fixLines(x);
            const QStringList fix = fixLines(y);
            CHECK(fix.size() == fixEn.size());
            for (const QString &line : fix) {
                INFO("fix line: " << line.toStdString());
                CHECK((languageNeutral(line) || !fixEn.contains(line)));
            }
            if (fix.join(QLatin1Char('\n')).contains(QString::fromUtf8(settingsWord)))
                sawSettingsWord = true;
        }
    }
    {
        INFO("no fix step names the phone's " << settingsWord);
        CHECK(sawSettingsWord);
    }

    // The text report: no English heading left.
    const auto scenario = failingScenarios().at(1); // wrong passwords: checks, findings, fix steps
    const QString file = writeSettings(dir, QStringLiteral("text"), scenario.second);
    const CliRun text = runCli(checkArgs(file) + QStringList{QStringLiteral("--format"), QStringLiteral("text"),
                                                             QStringLiteral("--no-color"), QStringLiteral("--transcript"),
                                                             QStringLiteral("--lang"), lang},
                               scenario.second);
    const CliRun textEn = runCli(checkArgs(file) + QStringList{QStringLiteral("--format"), QStringLiteral("text"),
                                                               QStringLiteral("--no-color"), QStringLiteral("--transcript"),
                                                               QStringLiteral("--lang"), QStringLiteral("en")},
                                 scenario.second);
    CHECK(text.exitCode == 1);
    const QString out = QString::fromUtf8(text.out);
    const QString outEn = QString::fromUtf8(textEn.out);
    INFO(out.toStdString());
    for (const char *heading : {"Checks", "What to change", "Fix:", "Conversation with the servers"}) {
        CHECK(outEn.contains(QLatin1String(heading))); // the heading is there in English...
        const QRegularExpression line(QStringLiteral("^\\s*") + QRegularExpression::escape(QLatin1String(heading)) +
                                          QStringLiteral("\\s*$"),
                                      QRegularExpression::MultilineOption);
        CHECK_FALSE(line.match(out).hasMatch()); // ...and not in the other language
    }
    for (const char *start : {"Field: ", "On the phone: ", "Evidence: ", "Result: ", "The phone says: "}) {
        const QRegularExpression line(QStringLiteral("^\\s*") + QRegularExpression::escape(QLatin1String(start)),
                                      QRegularExpression::MultilineOption);
        CHECK_FALSE(line.match(out).hasMatch());
    }
    CHECK_FALSE(out.contains(QLatin1String("mail settings check for")));
    CHECK_FALSE(out.contains(QLatin1String("mail will not work until the errors are fixed")));
}

} // namespace

TEST_CASE("cli --lang de: the same codes and fields, every title and fix line in German", "[cli][lang][de]")
{
    checkLanguage("de", "Einstellungen");
}

TEST_CASE("cli --lang fr: the same codes and fields, every title and fix line in French", "[cli][lang][fr]")
{
    checkLanguage("fr", "Réglages");
}

TEST_CASE("cli --lang es: the same codes and fields, every title and fix line in Spanish", "[cli][lang][es]")
{
    checkLanguage("es", "Ajustes");
}

TEST_CASE("cli --lang: an unknown language is one usage line, --lang=de and the English default work",
          "[cli][lang]")
{
    const CliRun bad = runCli({QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("xx"),
                               QStringLiteral("--incoming-host"), QStringLiteral("imap.example.com")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.count('\n') == 1);
    CHECK(bad.err.startsWith("mailfix-cli: "));
    CHECK(bad.err.contains("xx"));

    const CliRun missing = runCli({QStringLiteral("check"), QStringLiteral("--lang")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.count('\n') == 1);

    const CliRun empty = runCli({QStringLiteral("check"), QStringLiteral("--lang=")});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.count('\n') == 1);

    // The help speaks the language; option names stay.
    const CliRun helpEn = runCli({QStringLiteral("check"), QStringLiteral("--help"), QStringLiteral("--lang=en")});
    const CliRun helpEs = runCli({QStringLiteral("check"), QStringLiteral("--help"), QStringLiteral("--lang=es")});
    const CliRun helpDe = runCli({QStringLiteral("check"), QStringLiteral("--help"), QStringLiteral("--lang=de")});
    CHECK(helpEn.exitCode == 0);
    CHECK(helpEs.exitCode == 0);
    CHECK(helpDe.exitCode == 0);
    CHECK(helpEn.out.contains("Usage: mailfix-cli check"));
    for (const CliRun *h : {&helpEs, &helpDe}) {
        CHECK(h->out.contains("--incoming-host"));
        CHECK(h->out.contains("--format"));
        CHECK(h->out.contains("mailfix-cli check"));
    }

    // A usage error in the chosen language: the option's name stays, its sentence changes.
    const CliRun portEn = runCli({QStringLiteral("check"), QStringLiteral("--lang=en"),
                                  QStringLiteral("--incoming-port"), QStringLiteral("99999")});
    CHECK(portEn.exitCode == 2);
    CHECK(portEn.err == "mailfix-cli: --incoming-port must be a number from 1 to 65535, not '99999'\n");

    // --lang=es and --lang es are the same choice.
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const auto scenario = failingScenarios().at(0);
        const QString file = writeSettings(dir, QStringLiteral("eq"), scenario.second);
        const QStringList json{QStringLiteral("--format"), QStringLiteral("json")};
        const CliRun joined = runCli(checkArgs(file) + json + QStringList{QStringLiteral("--lang=es")}, scenario.second);
        const CliRun apart = runCli(checkArgs(file) + json + QStringList{QStringLiteral("--lang"), QStringLiteral("es")},
                                    scenario.second);
        const QJsonArray a = jsonOf(joined).value(QStringLiteral("findings")).toArray();
        const QJsonArray b = jsonOf(apart).value(QStringLiteral("findings")).toArray();
        REQUIRE(!a.isEmpty());
        CHECK(a == b);
    }

    // --version never changes.
    const CliRun vEn = runCli({QStringLiteral("--version")});
    const CliRun vDe = runCli({QStringLiteral("--version"), QStringLiteral("--lang=de")});
    CHECK(vEn.exitCode == 0);
    CHECK(vDe.out == vEn.out);
}
