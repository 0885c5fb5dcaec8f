// SPDX-License-Identifier: GPL-3.0-or-later
// mailfix-cli suggest: finds the settings that work from the email address (CONTRACT.md section 5).

#include "SuggestCommand.h"

#include "PasswordSource.h"

#include "CheckOptions.h"
#include "CheckerVerifier.h"
#include "ConsentProvider.h"
#include "account/AccountSettings.h"
#include "account/SettingsFile.h"
#include "diagnosis/Validator.h"
#include "discovery/DiscoveryWriter.h"
#include "discovery/SettingsFinder.h"
#include "model/Redactor.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>

#include <cmath>
#include <cstdio>

#include <QCoreApplication>

namespace mailfix {
namespace {

struct Bad
{
    QString message;
};

[[noreturn]] void bad(const QString &m)
{
    throw Bad{m};
}

void out(const QByteArray &b)
{
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    std::fflush(stdout);
}

class OptionConsent : public ConsentProvider
{
public:
    explicit OptionConsent(const CheckOptions &o) : m_options(o) {}
    void askAcceptCertificate(const CertificateInfo &certificate, std::function<void(bool)> answer) override
    {
        answer(!certificate.sha256.isEmpty() &&
               m_options.acceptedCertificates.contains(certificate.sha256.toLower()));
    }
    void askPlaintextLogin(const QString &, quint16, std::function<void(bool)> answer) override
    {
        answer(m_options.allowPlaintextLogin);
    }

private:
    const CheckOptions &m_options;
};

int port(const QString &name, const QString &v)
{
    bool ok = false;
    const int p = v.trimmed().toInt(&ok);
    if (!ok || p < 1 || p > 65535)
        bad(QCoreApplication::translate("mailfix-cli", "--%1 must be a number from 1 to 65535, not '%2'").arg(name, v.left(40)));
    return p;
}

bool onOff(const QString &name, const QString &v)
{
    const QString s = v.trimmed().toLower();
    if (s == QLatin1String("on") || s == QLatin1String("true") || s == QLatin1String("yes") ||
        s == QLatin1String("1"))
        return true;
    if (s == QLatin1String("off") || s == QLatin1String("false") || s == QLatin1String("no") ||
        s == QLatin1String("0"))
        return false;
    bad(QCoreApplication::translate("mailfix-cli", "--%1 must be 'on' or 'off', not '%2'").arg(name, v.left(40)));
}

AuthMethod auth(const QString &name, const QString &v)
{
    const auto m = parseAuthMethod(v);
    if (!m)
        bad(QCoreApplication::translate("mailfix-cli", "--%1 must be one of password, md5, ntlm, http-md5, none, not '%2'")
                .arg(name, v.left(40)));
    return *m;
}

QList<QSslCertificate> caFile(const QString &path)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        bad(QCoreApplication::translate("mailfix-cli", "--ca-file %1: no such file or not readable").arg(path));
    const QByteArray data = f.read(16 * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty())
        bad(QCoreApplication::translate("mailfix-cli", "--ca-file %1: no certificate in it").arg(path));
    return certs;
}

QByteArray redacted(const QByteArray &text, const AccountSettings &s)
{
    Redactor r;
    for (const Secret *secret : {&s.incoming.password, &s.outgoing.password})
        if (!secret->isEmpty())
            r.addSecret(secret->reveal());
    if (r.isEmpty())
        return text;
    return r.redact(QString::fromUtf8(text)).toUtf8();
}

int run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("mailfix-cli", "Finds the mail settings that work from the email address alone and says what to "
                       "change on the phone.\n"
                       "Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    p.addPositionalArgument(QStringLiteral("suggest"), QStringLiteral("suggest [options]"));
    auto o = [](const char *n, const char *d, const char *v = nullptr) {
        return v ? QCommandLineOption(QLatin1String(n), QCoreApplication::translate("mailfix-cli", d), QLatin1String(v))
                 : QCommandLineOption(QLatin1String(n), QCoreApplication::translate("mailfix-cli", d));
    };
    const QCommandLineOption settingsO = o("settings", QT_TRANSLATE_NOOP("mailfix-cli", "Read the phone's settings from a JSON file."), "FILE");
    const QCommandLineOption emailO = o("email", QT_TRANSLATE_NOOP("mailfix-cli", "Account > Email (required)."), "ADDRESS");
    const QCommandLineOption inTypeO = o("incoming-type", QT_TRANSLATE_NOOP("mailfix-cli", "imap or pop."), "imap|pop");
    const QCommandLineOption inHostO = o("incoming-host", QT_TRANSLATE_NOOP("mailfix-cli", "The phone's incoming host now."), "HOST");
    const QCommandLineOption inPortO = o("incoming-port", QT_TRANSLATE_NOOP("mailfix-cli", "The phone's incoming port now."), "N");
    const QCommandLineOption inSslO = o("incoming-ssl", QT_TRANSLATE_NOOP("mailfix-cli", "The phone's incoming Use SSL now."), "on|off");
    const QCommandLineOption inAuthO = o("incoming-auth", QT_TRANSLATE_NOOP("mailfix-cli", "password, md5, ntlm, http-md5 or none."), "AUTH");
    const QCommandLineOption inUserO = o("incoming-user", QT_TRANSLATE_NOOP("mailfix-cli", "Incoming user name."), "USER");
    const QCommandLineOption outServerO = o("outgoing-server", QT_TRANSLATE_NOOP("mailfix-cli", "Primary Server on or off."), "on|off");
    const QCommandLineOption outHostO = o("outgoing-host", QT_TRANSLATE_NOOP("mailfix-cli", "The phone's outgoing host now."), "HOST");
    const QCommandLineOption outPortO = o("outgoing-port", QT_TRANSLATE_NOOP("mailfix-cli", "The phone's outgoing port now."), "N");
    const QCommandLineOption outSslO = o("outgoing-ssl", QT_TRANSLATE_NOOP("mailfix-cli", "The phone's outgoing Use SSL now."), "on|off");
    const QCommandLineOption outAuthO = o("outgoing-auth", QT_TRANSLATE_NOOP("mailfix-cli", "password, md5, ntlm, http-md5 or none."), "AUTH");
    const QCommandLineOption outUserO = o("outgoing-user", QT_TRANSLATE_NOOP("mailfix-cli", "Outgoing user name."), "USER");
    const QCommandLineOption iosO = o("ios", QT_TRANSLATE_NOOP("mailfix-cli", "iOS version for the wording."), "VERSION");
    const QCommandLineOption caO = o("ca-file", QT_TRANSLATE_NOOP("mailfix-cli", "Also trust the CA certificates in this PEM file."), "PEM");
    const QCommandLineOption relayO =
        o("relay-recipient", QT_TRANSLATE_NOOP("mailfix-cli", "Recipient in a foreign domain for the relay test."), "ADDRESS");
    const QCommandLineOption timeoutO =
        o("timeout", QT_TRANSLATE_NOOP("mailfix-cli", "Deadline for each network step (default 6, at most 300)."), "SECONDS");
    const QCommandLineOption formatO = o("format", QT_TRANSLATE_NOOP("mailfix-cli", "text (default) or json."), "text|json");
    const QCommandLineOption plainO =
        o("allow-plaintext-login", QT_TRANSLATE_NOOP("mailfix-cli", "Agree to send the password without encryption."));
    const QCommandLineOption acceptO =
        o("accept-certificate", QT_TRANSLATE_NOOP("mailfix-cli", "Accept this certificate (SHA-256, repeatable)."), "SHA256");
    const QCommandLineOption noIspdbO = o("no-ispdb", QT_TRANSLATE_NOOP("mailfix-cli", "Do not ask the public ISPDB."));
    const QCommandLineOption ispdbO =
        o("ispdb-url", QT_TRANSLATE_NOOP("mailfix-cli", "Base URL of an ISPDB mirror; URL + DOMAIN is fetched."), "URL");
    const QCommandLineOption langO = o("lang", QT_TRANSLATE_NOOP("mailfix-cli", "Language of the output."), "LANG");
    const QCommandLineOption helpO(QStringList{QStringLiteral("help"), QStringLiteral("h")},
                                   QCoreApplication::translate("mailfix-cli", "This help."));
    p.addOptions({settingsO, emailO,   inTypeO, inHostO,  inPortO,  inSslO, inAuthO, inUserO, outServerO,
                  outHostO,  outPortO, outSslO, outAuthO, outUserO, iosO,   caO,     relayO,  timeoutO,
                  formatO,   plainO,   acceptO, noIspdbO, ispdbO,   langO,  helpO});
    if (!p.parse(args)) {
        QString e = p.errorText().trimmed();
        e.replace(QLatin1Char('\n'), QLatin1Char(' '));
        bad(e + QCoreApplication::translate("mailfix-cli", " (see mailfix-cli suggest --help)"));
    }
    if (p.isSet(helpO)) {
        out(p.helpText().toUtf8());
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    // The command word is removed by the command table (older callers leave it in).
    if (pos.size() > 1 || (pos.size() == 1 && pos.first() != QLatin1String("suggest")))
        bad(QCoreApplication::translate("mailfix-cli", "unexpected argument '%1' (see mailfix-cli suggest --help)").arg(pos.value(1)));

    AccountSettings s;
    if (p.isSet(settingsO)) {
        const SettingsParseResult r = SettingsFile::readFile(p.value(settingsO), &s);
        if (!r.ok)
            bad(r.error);
    }
    auto text = [&](const QCommandLineOption &opt, QString *into) {
        if (!p.isSet(opt))
            return;
        const QString problem = SettingsFile::textProblem(p.value(opt));
        if (!problem.isEmpty())
            bad(QStringLiteral("--%1 %2").arg(opt.names().first(), problem));
        *into = p.value(opt);
    };
    text(emailO, &s.email);
    if (p.isSet(inTypeO)) {
        const QString t = p.value(inTypeO).trimmed().toLower();
        if (t == QLatin1String("imap"))
            s.incomingType = IncomingType::Imap;
        else if (t == QLatin1String("pop") || t == QLatin1String("pop3"))
            s.incomingType = IncomingType::Pop;
        else
            bad(QCoreApplication::translate("mailfix-cli", "--incoming-type must be 'imap' or 'pop', not '%1'")
                    .arg(p.value(inTypeO).left(40)));
    }
    text(inHostO, &s.incoming.host);
    if (p.isSet(inPortO))
        s.incoming.port = port(QStringLiteral("incoming-port"), p.value(inPortO));
    if (p.isSet(inSslO))
        s.incoming.ssl = onOff(QStringLiteral("incoming-ssl"), p.value(inSslO));
    if (p.isSet(inAuthO))
        s.incoming.auth = auth(QStringLiteral("incoming-auth"), p.value(inAuthO));
    text(inUserO, &s.incoming.user);
    if (p.isSet(outServerO))
        s.outgoingServerOn = onOff(QStringLiteral("outgoing-server"), p.value(outServerO));
    text(outHostO, &s.outgoing.host);
    if (p.isSet(outPortO))
        s.outgoing.port = port(QStringLiteral("outgoing-port"), p.value(outPortO));
    if (p.isSet(outSslO))
        s.outgoing.ssl = onOff(QStringLiteral("outgoing-ssl"), p.value(outSslO));
    if (p.isSet(outAuthO))
        s.outgoing.auth = auth(QStringLiteral("outgoing-auth"), p.value(outAuthO));
    text(outUserO, &s.outgoing.user);
    if (p.isSet(iosO)) {
        const auto v = IosVersion::parse(p.value(iosO));
        if (!v)
            bad(QCoreApplication::translate("mailfix-cli", "--ios must be an iOS version such as 17.4, not '%1'")
                    .arg(p.value(iosO).left(40)));
        s.ios = *v;
    }
    if (s.email.trimmed().isEmpty())
        bad(QCoreApplication::translate("mailfix-cli", "suggest needs --email ADDRESS (or an account.email in --settings)"));
    if (!Validator::isEmailAddress(s.email.trimmed()))
        bad(QCoreApplication::translate("mailfix-cli", "--email: '%1' is not an email address").arg(s.email.left(100)));

    CheckOptions options;
    FinderOptions finder;
    for (const QString &path : p.values(caO))
        options.extraCaCertificates += caFile(path);
    finder.extraCaCertificates = options.extraCaCertificates;
    if (p.isSet(relayO)) {
        const QString r = p.value(relayO).trimmed();
        if (!Validator::isEmailAddress(r))
            bad(QCoreApplication::translate("mailfix-cli", "--relay-recipient must be an email address, not '%1'").arg(r.left(100)));
        options.relayRecipient = r;
    }
    if (p.isSet(timeoutO)) {
        bool ok = false;
        const double secs = p.value(timeoutO).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(secs) || secs <= 0 || secs > 300)
            bad(QCoreApplication::translate("mailfix-cli", "--timeout must be a number of seconds above 0 and at most 300, not '%1'")
                    .arg(p.value(timeoutO).left(40)));
        options.stepTimeoutMs = std::max(1, int(std::lround(secs * 1000)));
    }
    finder.stepTimeoutMs = options.stepTimeoutMs;
    bool json = false;
    if (p.isSet(formatO)) {
        const QString f = p.value(formatO).trimmed().toLower();
        json = f == QLatin1String("json");
        if (!json && f != QLatin1String("text"))
            bad(QCoreApplication::translate("mailfix-cli", "--format must be 'text' or 'json', not '%1'").arg(p.value(formatO).left(40)));
    }
    options.allowPlaintextLogin = p.isSet(plainO);
    for (const QString &fp : p.values(acceptO)) {
        QString hex = fp.trimmed().toLower();
        if (hex.startsWith(QLatin1String("sha256:")))
            hex.remove(0, 7);
        hex.remove(QLatin1Char(':'));
        if (hex.size() != 64)
            bad(QCoreApplication::translate("mailfix-cli", "--accept-certificate needs a SHA-256 fingerprint (64 hex digits), not '%1'")
                    .arg(fp.left(100)));
        options.acceptedCertificates.append(hex);
    }
    finder.useIspdb = !p.isSet(noIspdbO);
    if (p.isSet(ispdbO)) {
        const QUrl u(p.value(ispdbO).trimmed(), QUrl::StrictMode);
        if (!u.isValid() || u.scheme() != QLatin1String("https") || u.host().isEmpty())
            bad(QCoreApplication::translate("mailfix-cli", "--ispdb-url must be an https:// URL, not '%1'")
                    .arg(p.value(ispdbO).left(200)));
        finder.ispdbBase = u;
    }

    // The environment's passwords (taken out of it first thing in main()).
    PasswordSource::fill(s);

    OptionConsent consent(options);
    CheckerVerifier verifier(options, &consent);
    DiscoveryResult r = SettingsFinder::runBlocking(s, finder, &verifier);
    const QByteArray rendered = json ? DiscoveryWriter::toJson(r) : DiscoveryWriter::toText(r).toUtf8();
    out(redacted(rendered, s));
    s.incoming.password.wipe();
    s.outgoing.password.wipe();
    return r.ok() ? 0 : 1;
}

} // namespace

int runSuggest(const QStringList &args)
{
    try {
        return run(args);
    } catch (const Bad &e) {
        const QByteArray b = (QStringLiteral("mailfix-cli: ") + e.message + QLatin1Char('\n')).toUtf8();
        std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
        return 2;
    }
}

QJsonObject suggestAfterCheck(const AccountSettings &settings, const CheckOptions &options,
                              ConsentProvider *consent, QString *text)
{
    FinderOptions finder;
    finder.stepTimeoutMs = options.stepTimeoutMs;
    finder.extraCaCertificates = options.extraCaCertificates;
    CheckerVerifier verifier(options, consent);
    const DiscoveryResult r = SettingsFinder::runBlocking(settings, finder, &verifier);
    const QJsonObject all = DiscoveryWriter::toJsonObject(r);
    QJsonObject o;
    for (const char *k : {"suggested", "verified", "changes", "candidates", "sources"})
        o.insert(QLatin1String(k), all.value(QLatin1String(k)));
    o.insert(QStringLiteral("discovery_findings"), all.value(QStringLiteral("findings")));
    o.insert(QStringLiteral("suggest_ok"), all.value(QStringLiteral("ok")));
    if (text)
        *text = QString::fromUtf8(redacted(DiscoveryWriter::toText(r).toUtf8(), settings));
    return o;
}

} // namespace mailfix
