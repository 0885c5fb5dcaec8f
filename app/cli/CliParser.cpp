// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliParser.h"

#include "CommandTable.h"
#include "PasswordSource.h"
#include "Terminal.h"
#include "Usage.h"

#include "account/SettingsFile.h"
#include "diagnosis/Validator.h"
#include "net/CaFile.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace mailfix {

namespace {

int parsePort(const QString &option, const QString &value)
{
    bool ok = false;
    const int port = value.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        usage(QCoreApplication::translate("mailfix-cli", "--%1 must be a number from 1 to 65535, not '%2'").arg(option, value));
    return port;
}

bool parseOnOff(const QString &option, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("on") || v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("off") || v == QLatin1String("false") || v == QLatin1String("no") ||
        v == QLatin1String("0"))
        return false;
    usage(QCoreApplication::translate("mailfix-cli", "--%1 must be 'on' or 'off', not '%2'").arg(option, value));
}

AuthMethod parseAuth(const QString &option, const QString &value)
{
    const auto m = parseAuthMethod(value);
    if (!m)
        usage(QCoreApplication::translate("mailfix-cli", "--%1 must be one of password, md5, ntlm, http-md5, none, not '%2'").arg(option, value));
    return *m;
}

QString checkedText(const QString &option, const QString &value)
{
    const QString problem = SettingsFile::textProblem(value);
    if (!problem.isEmpty())
        usage(QStringLiteral("--%1 %2").arg(option, problem));
    return value;
}

QString parseFingerprint(const QString &value)
{
    QString hex = value.trimmed().toLower();
    if (hex.startsWith(QLatin1String("sha256:")))
        hex.remove(0, 7);
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const bool allHex = std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (hex.size() != 64 || !allHex)
        usage(QCoreApplication::translate("mailfix-cli", "--accept-certificate needs a SHA-256 fingerprint (64 hex digits, colons allowed), not '%1'")
                  .arg(value.left(100)));
    return hex;
}

} // namespace

CliParser::CliParser(const QString &command) : m_command(command)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

QCommandLineOption CliParser::add(const char *name, const char *description, const char *valueName)
{
    const QCommandLineOption o =
        valueName ? QCommandLineOption(QLatin1String(name), QCoreApplication::translate("mailfix-cli", description),
                                       QLatin1String(valueName))
                  : QCommandLineOption(QLatin1String(name), QCoreApplication::translate("mailfix-cli", description));
    m_parser.addOption(o);
    return o;
}

void CliParser::addSettingsOptions()
{
    add("settings", QT_TRANSLATE_NOOP("mailfix-cli", "Read settings from a JSON file (same field names, nested)."), "FILE");
    add("email", QT_TRANSLATE_NOOP("mailfix-cli", "Account > Email."), "ADDRESS");
    add("incoming-type", QT_TRANSLATE_NOOP("mailfix-cli", "imap or pop."), "imap|pop");
    add("incoming-host", QT_TRANSLATE_NOOP("mailfix-cli", "Incoming Mail Server > Host Name."), "HOST");
    add("incoming-port", QT_TRANSLATE_NOOP("mailfix-cli", "Incoming Server Port (default from type and Use SSL)."), "N");
    add("incoming-ssl", QT_TRANSLATE_NOOP("mailfix-cli", "Incoming Use SSL."), "on|off");
    add("incoming-auth", QT_TRANSLATE_NOOP("mailfix-cli", "password, md5, ntlm, http-md5 or none."), "AUTH");
    add("incoming-user", QT_TRANSLATE_NOOP("mailfix-cli", "Incoming Mail Server > User Name."), "USER");
    add("outgoing-server", QT_TRANSLATE_NOOP("mailfix-cli", "SMTP > Primary Server on or off."), "on|off");
    add("outgoing-host", QT_TRANSLATE_NOOP("mailfix-cli", "Outgoing (SMTP) Host Name."), "HOST");
    add("outgoing-port", QT_TRANSLATE_NOOP("mailfix-cli", "Outgoing Server Port (default 587 with SSL, 25 without)."), "N");
    add("outgoing-ssl", QT_TRANSLATE_NOOP("mailfix-cli", "Outgoing Use SSL."), "on|off");
    add("outgoing-auth", QT_TRANSLATE_NOOP("mailfix-cli", "password, md5, ntlm, http-md5 or none."), "AUTH");
    add("outgoing-user", QT_TRANSLATE_NOOP("mailfix-cli", "Outgoing User Name (Optional on the phone)."), "USER");
    add("ios", QT_TRANSLATE_NOOP("mailfix-cli", "Word the fix steps for this iOS version (default: newest)."), "VERSION");
    m_settingsOptionNames = {QStringLiteral("settings"),      QStringLiteral("email"),
                             QStringLiteral("incoming-type"), QStringLiteral("incoming-host"),
                             QStringLiteral("incoming-port"), QStringLiteral("incoming-ssl"),
                             QStringLiteral("incoming-auth"), QStringLiteral("incoming-user"),
                             QStringLiteral("outgoing-server"), QStringLiteral("outgoing-host"),
                             QStringLiteral("outgoing-port"), QStringLiteral("outgoing-ssl"),
                             QStringLiteral("outgoing-auth"), QStringLiteral("outgoing-user"), QStringLiteral("ios")};
}

void CliParser::addCheckOptions()
{
    add("ca-file", QT_TRANSLATE_NOOP("mailfix-cli", "Also trust the CA certificates in this PEM file."), "PEM");
    add("relay-recipient", QT_TRANSLATE_NOOP("mailfix-cli", "Recipient in a foreign domain for the relay test."), "ADDRESS");
    add("timeout", QT_TRANSLATE_NOOP("mailfix-cli", "Deadline for each network step (default 6, at most 300)."), "SECONDS");
    add("format", QT_TRANSLATE_NOOP("mailfix-cli", "Output format: text (default) or json."), "text|json");
    add("allow-plaintext-login", QT_TRANSLATE_NOOP("mailfix-cli", "Agree to send the password without encryption."));
    add("accept-certificate", QT_TRANSLATE_NOOP("mailfix-cli", "Accept this server certificate although it failed verification (repeatable)."),
        "SHA256");
    add("transcript", QT_TRANSLATE_NOOP("mailfix-cli", "In text output, also print the conversation with the servers."));
    add("no-color", QT_TRANSLATE_NOOP("mailfix-cli", "No colours in text output."));
}

void CliParser::addBatchOptions()
{
    add("batch",
        QT_TRANSLATE_NOOP("mailfix-cli", "Check many accounts: one settings-file JSON object a line (plus \"id\" and passwords); "
        "one JSON line out per account, in input order."),
        "FILE");
    add("jobs", QT_TRANSLATE_NOOP("mailfix-cli", "With --batch: accounts checked at once (default 4, at most 64)."), "N");
}

void CliParser::addHelpOptions()
{
    m_parser.addOption(QCommandLineOption(QStringList{QStringLiteral("version"), QStringLiteral("V")},
                                          QCoreApplication::translate("mailfix-cli", "Print the version and exit.")));
    m_parser.addOption(QCommandLineOption(QStringList{QStringLiteral("help"), QStringLiteral("h")},
                                          QCoreApplication::translate("mailfix-cli", "Print this help and exit.")));
    // Read and applied by main() before any command runs (CONTRACT.md section 8).
    add("lang", QT_TRANSLATE_NOOP("mailfix-cli", "Language of titles, fix steps and the CLI's text: en, de, fr or es (default: the system's)."),
        "LANG");
}

bool CliParser::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        QString e = m_parser.errorText().trimmed();
        e.replace(QLatin1Char('\n'), QLatin1Char(' '));
        usage(e + QCoreApplication::translate("mailfix-cli", " (see mailfix-cli %1 --help)").arg(m_command));
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        Terminal::writeOut(helpText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        Terminal::writeOut(CommandTable::versionText());
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (!positional.isEmpty())
        usage(QCoreApplication::translate("mailfix-cli", "unexpected argument '%1' (see mailfix-cli %2 --help)")
                  .arg(positional.first().left(100), m_command));
    return true;
}

void CliParser::applySettings(AccountSettings &s) const
{
    const QCommandLineParser &p = m_parser;
    if (p.isSet(QStringLiteral("settings"))) {
        const QString file = p.value(QStringLiteral("settings"));
        const SettingsParseResult r = SettingsFile::readFile(file, &s);
        if (!r.ok)
            usage(r.error);
        for (const QString &f : r.ignoredPasswordFields)
            Terminal::writeErr(
                QCoreApplication::translate("mailfix-cli", "mailfix-cli: warning: %1: passwords in settings files are ignored (%2); use %3")
                    .arg(file, f,
                         QLatin1String(f.startsWith(QLatin1String("incoming")) ? PasswordSource::IncomingVar
                                                                               : PasswordSource::OutgoingVar)));
        for (const QString &k : r.unknownKeys)
            Terminal::writeErr(QCoreApplication::translate("mailfix-cli", "mailfix-cli: warning: %1: unknown key '%2' ignored").arg(file, k));
    }
    auto text = [&p](const char *name, QString *into) {
        const QString n = QLatin1String(name);
        if (p.isSet(n))
            *into = checkedText(n, p.value(n));
    };
    auto value = [&p](const char *name) { return p.value(QLatin1String(name)); };
    auto isSet = [&p](const char *name) { return p.isSet(QLatin1String(name)); };
    text("email", &s.email);
    if (isSet("incoming-type")) {
        const QString t = value("incoming-type").trimmed().toLower();
        if (t == QLatin1String("imap"))
            s.incomingType = IncomingType::Imap;
        else if (t == QLatin1String("pop") || t == QLatin1String("pop3"))
            s.incomingType = IncomingType::Pop;
        else
            usage(QCoreApplication::translate("mailfix-cli", "--incoming-type must be 'imap' or 'pop', not '%1'").arg(value("incoming-type")));
    }
    text("incoming-host", &s.incoming.host);
    if (isSet("incoming-port"))
        s.incoming.port = parsePort(QStringLiteral("incoming-port"), value("incoming-port"));
    if (isSet("incoming-ssl"))
        s.incoming.ssl = parseOnOff(QStringLiteral("incoming-ssl"), value("incoming-ssl"));
    if (isSet("incoming-auth"))
        s.incoming.auth = parseAuth(QStringLiteral("incoming-auth"), value("incoming-auth"));
    text("incoming-user", &s.incoming.user);
    if (isSet("outgoing-server"))
        s.outgoingServerOn = parseOnOff(QStringLiteral("outgoing-server"), value("outgoing-server"));
    text("outgoing-host", &s.outgoing.host);
    if (isSet("outgoing-port"))
        s.outgoing.port = parsePort(QStringLiteral("outgoing-port"), value("outgoing-port"));
    if (isSet("outgoing-ssl"))
        s.outgoing.ssl = parseOnOff(QStringLiteral("outgoing-ssl"), value("outgoing-ssl"));
    if (isSet("outgoing-auth"))
        s.outgoing.auth = parseAuth(QStringLiteral("outgoing-auth"), value("outgoing-auth"));
    text("outgoing-user", &s.outgoing.user);
    if (isSet("ios")) {
        const auto v = IosVersion::parse(value("ios"));
        if (!v)
            usage(QCoreApplication::translate("mailfix-cli", "--ios must be an iOS version such as 17.4 (5 to 18, or 26 and later), not '%1'")
                      .arg(value("ios").left(40)));
        s.ios = *v;
    }
}

void CliParser::applyCheckOptions(CliOptions &o) const
{
    const QCommandLineParser &p = m_parser;
    for (const QString &path : p.values(QStringLiteral("ca-file"))) {
        const CaFile::Result ca = CaFile::read(path);
        if (!ca.ok())
            usage(QStringLiteral("--ca-file ") + ca.error);
        o.check.extraCaCertificates += ca.certificates;
    }
    if (p.isSet(QStringLiteral("relay-recipient"))) {
        const QString r = p.value(QStringLiteral("relay-recipient")).trimmed();
        if (!Validator::isEmailAddress(r))
            usage(QCoreApplication::translate("mailfix-cli", "--relay-recipient must be an email address, not '%1'")
                      .arg(p.value(QStringLiteral("relay-recipient")).left(100)));
        o.check.relayRecipient = r;
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const QString v = p.value(QStringLiteral("timeout"));
        const double secs = v.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(secs) || secs <= 0 || secs > 300)
            usage(QCoreApplication::translate("mailfix-cli", "--timeout must be a number of seconds above 0 and at most 300, not '%1'")
                      .arg(v.left(40)));
        o.check.stepTimeoutMs = std::max(1, int(std::lround(secs * 1000)));
    }
    if (p.isSet(QStringLiteral("format"))) {
        const QString f = p.value(QStringLiteral("format")).trimmed().toLower();
        if (f == QLatin1String("json"))
            o.json = true;
        else if (f != QLatin1String("text"))
            usage(QCoreApplication::translate("mailfix-cli", "--format must be 'text' or 'json', not '%1'")
                      .arg(p.value(QStringLiteral("format")).left(40)));
    }
    o.check.allowPlaintextLogin = p.isSet(QStringLiteral("allow-plaintext-login"));
    for (const QString &fp : p.values(QStringLiteral("accept-certificate"))) {
        const QString hex = parseFingerprint(fp);
        if (!o.check.acceptedCertificates.contains(hex))
            o.check.acceptedCertificates.append(hex);
    }
    o.transcript = p.isSet(QStringLiteral("transcript"));
    o.noColor = p.isSet(QStringLiteral("no-color"));
}

void CliParser::applyBatchOptions(CliOptions &o) const
{
    const QCommandLineParser &p = m_parser;
    if (p.isSet(QStringLiteral("jobs")) && !p.isSet(QStringLiteral("batch")))
        usage(QCoreApplication::translate("mailfix-cli", "--jobs needs --batch FILE"));
    if (!p.isSet(QStringLiteral("batch")))
        return;
    o.batchFile = p.value(QStringLiteral("batch"));
    for (const QString &name : m_settingsOptionNames)
        if (p.isSet(name))
            usage(QCoreApplication::translate("mailfix-cli", "--%1 cannot be used with --batch: each line of the batch file holds one "
                                 "account's settings")
                      .arg(name));
    if (p.isSet(QStringLiteral("format")) &&
        p.value(QStringLiteral("format")).trimmed().toLower() != QLatin1String("json"))
        usage(QCoreApplication::translate("mailfix-cli", "--batch writes JSON lines only; leave out --format or use --format json"));
    if (p.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        const int n = p.value(QStringLiteral("jobs")).trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 64)
            usage(QCoreApplication::translate("mailfix-cli", "--jobs must be a number from 1 to 64, not '%1'")
                      .arg(p.value(QStringLiteral("jobs")).left(40)));
        o.jobs = n;
    }
    o.json = true;
}

QString CliParser::helpText() const
{
    QString h = m_parser.helpText();
    const QStringList args = QCoreApplication::arguments();
    // Qt's first line is "Usage: PROGRAM [options]" (in the interface language):
    // the program's path becomes "mailfix-cli COMMAND".
    const qsizetype firstLineEnd = h.indexOf(QLatin1Char('\n'));
    const qsizetype at = args.isEmpty() ? -1 : h.indexOf(args.constFirst());
    if (at >= 0 && (firstLineEnd < 0 || at < firstLineEnd))
        h.replace(at, args.constFirst().size(), QStringLiteral("mailfix-cli ") + m_command);
    return h + CommandTable::exitStatusText() + CommandTable::examplesText(m_command);
}

} // namespace mailfix
