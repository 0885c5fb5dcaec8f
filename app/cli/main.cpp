// SPDX-License-Identifier: GPL-3.0-or-later
// mailfix-cli: checks an iPhone's mail settings from the command line (CONTRACT.md section 3).

#include "model/CheckOptions.h"
#include "Checker.h"
#include "protocol/ConsentProvider.h"
#include "account/AccountSettings.h"
#include "account/SettingsFile.h"
#include "diagnosis/Validator.h"
#include "report/ReportWriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <cmath>
#include <cstdio>
#include <exception>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

#ifndef MAILFIX_VERSION
#define MAILFIX_VERSION "0.0.0"
#endif

namespace mailfix {
namespace {

enum ExitCode { ExitOk = 0, ExitErrors = 1, ExitUsage = 2, ExitInternal = 3 };

const char *const IncomingPasswordVar = "MAILFIX_INCOMING_PASSWORD";
const char *const OutgoingPasswordVar = "MAILFIX_OUTGOING_PASSWORD";

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

/// Bad usage or bad input: one line, exit 2.
struct UsageError
{
    QString message;
};

[[noreturn]] void usage(const QString &message)
{
    throw UsageError{message};
}

bool isTerminal(FILE *f)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(f)) != 0;
#else
    return isatty(fileno(f)) != 0;
#endif
}

/// A password taken from the environment and removed from it at once, so that no
/// child process ever inherits it.
struct EnvPassword
{
    bool set = false;
    Secret value;
};

EnvPassword takeEnvPassword(const char *name)
{
    EnvPassword p;
    if (qEnvironmentVariableIsSet(name)) {
        p.set = true;
        QByteArray bytes = qgetenv(name);
        p.value = Secret(bytes);
        bytes.fill('\0');
        qunsetenv(name);
    }
    return p;
}

#ifndef Q_OS_WIN
struct termios g_savedTerminal;
volatile sig_atomic_t g_terminalChanged = 0;

extern "C" void restoreTerminalAndExit(int sig)
{
    if (g_terminalChanged)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    signal(sig, SIG_DFL);
    raise(sig);
}
#endif

/// Reads one line from the terminal without echoing it.
Secret promptPassword(const QString &prompt)
{
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
    std::fflush(stderr);
    QByteArray line;
    line.reserve(256);
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(in, &mode);
    if (console)
        SetConsoleMode(in, (mode & ~ENABLE_ECHO_INPUT) | ENABLE_LINE_INPUT);
    wchar_t buf[2];
    QString text;
    DWORD read = 0;
    while (console && ReadConsoleW(in, buf, 1, &read, nullptr) && read == 1) {
        if (buf[0] == L'\r')
            continue;
        if (buf[0] == L'\n' || text.size() > 4096)
            break;
        text += QChar(buf[0]);
    }
    if (console)
        SetConsoleMode(in, mode);
    line = text.toUtf8();
    text.fill(QLatin1Char('\0'));
#else
    struct termios t;
    const bool tty = tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0;
    if (tty) {
        t = g_savedTerminal;
        t.c_lflag &= ~tcflag_t(ECHO);
        t.c_lflag |= ECHONL;
        g_terminalChanged = 1;
        signal(SIGINT, restoreTerminalAndExit);
        signal(SIGTERM, restoreTerminalAndExit);
        signal(SIGHUP, restoreTerminalAndExit);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &t);
    }
    char c = 0;
    while (read(STDIN_FILENO, &c, 1) == 1 && c != '\n' && line.size() < 4096) {
        if (c != '\r')
            line.append(c);
    }
    c = 0;
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_terminalChanged = 0;
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
    }
#endif
#ifdef Q_OS_WIN
    std::fputs("\n", stderr);
#endif
    Secret s(line);
    line.fill('\0');
    return s;
}

/// The command line answers the core's questions from its options only: it never asks.
class CliConsent : public ConsentProvider
{
public:
    explicit CliConsent(const CheckOptions &options) : m_options(options) {}
    void askAcceptCertificate(const CertificateInfo &certificate, std::function<void(bool)> answer) override
    {
        answer(!certificate.sha256.isEmpty() &&
               m_options.acceptedCertificates.contains(certificate.sha256.toLower()));
    }
    void askPlaintextLogin(const QString &host, quint16 port, std::function<void(bool)> answer) override
    {
        Q_UNUSED(host)
        Q_UNUSED(port)
        answer(m_options.allowPlaintextLogin);
    }

private:
    const CheckOptions &m_options;
};

int parsePort(const QString &option, const QString &value)
{
    bool ok = false;
    const int port = value.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        usage(QStringLiteral("--%1 must be a number from 1 to 65535, not '%2'").arg(option, value));
    return port;
}

bool parseOnOff(const QString &option, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("on") || v == QLatin1String("true") || v == QLatin1String("yes") ||
        v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("off") || v == QLatin1String("false") || v == QLatin1String("no") ||
        v == QLatin1String("0"))
        return false;
    usage(QStringLiteral("--%1 must be 'on' or 'off', not '%2'").arg(option, value));
}

AuthMethod parseAuth(const QString &option, const QString &value)
{
    const auto m = parseAuthMethod(value);
    if (!m)
        usage(QStringLiteral("--%1 must be one of password, md5, ntlm, http-md5, none, not '%2'")
                  .arg(option, value));
    return *m;
}

QString checkedText(const QString &option, const QString &value)
{
    const QString problem = SettingsFile::textProblem(value);
    if (!problem.isEmpty())
        usage(QStringLiteral("--%1 %2").arg(option, problem));
    return value;
}

QList<QSslCertificate> readCaFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        usage(QStringLiteral("--ca-file %1: no such file").arg(path));
    if (info.isDir())
        usage(QStringLiteral("--ca-file %1: is a folder, not a certificate file").arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        usage(QStringLiteral("--ca-file %1: cannot be read (%2)").arg(path, f.errorString()));
    const QByteArray data = f.read(16 * 1024 * 1024);
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    certs.erase(
        std::remove_if(certs.begin(), certs.end(), [](const QSslCertificate &c) { return c.isNull(); }),
        certs.end());
    if (certs.isEmpty())
        usage(QStringLiteral(
                  "--ca-file %1: no certificate in it (expected PEM with \"-----BEGIN CERTIFICATE-----\")")
                  .arg(path));
    return certs;
}

QString parseFingerprint(const QString &value)
{
    QString hex = value.trimmed().toLower();
    if (hex.startsWith(QLatin1String("sha256:")))
        hex.remove(0, 7);
    hex.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const bool allHex = std::all_of(hex.cbegin(), hex.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
    if (hex.size() != 64 || !allHex)
        usage(
            QStringLiteral(
                "--accept-certificate needs a SHA-256 fingerprint (64 hex digits, colons allowed), not '%1'")
                .arg(value.left(100)));
    return hex;
}

bool useColor(bool noColorOption)
{
    if (noColorOption || qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
#ifdef Q_OS_WIN
    return false;
#else
    return isTerminal(stdout) && qEnvironmentVariable("TERM") != QLatin1String("dumb");
#endif
}

int run(QCoreApplication &app, EnvPassword incomingEnv, EnvPassword outgoingEnv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks an iPhone's mail account settings against the real servers and says which field to change.\n"
        "Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD, or a prompt."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("check"),
                                 QStringLiteral("check [options]"));

    auto opt = [](const char *name, const char *description, const char *valueName = nullptr) {
        return valueName ? QCommandLineOption(QLatin1String(name), QLatin1String(description),
                                              QLatin1String(valueName))
                         : QCommandLineOption(QLatin1String(name), QLatin1String(description));
    };
    const QCommandLineOption settingsOpt =
        opt("settings", "Read settings from a JSON file (same field names, nested).", "FILE");
    const QCommandLineOption emailOpt = opt("email", "Account > Email.", "ADDRESS");
    const QCommandLineOption inTypeOpt = opt("incoming-type", "imap or pop.", "imap|pop");
    const QCommandLineOption inHostOpt = opt("incoming-host", "Incoming Mail Server > Host Name.", "HOST");
    const QCommandLineOption inPortOpt =
        opt("incoming-port", "Incoming Server Port (default from type and Use SSL).", "N");
    const QCommandLineOption inSslOpt = opt("incoming-ssl", "Incoming Use SSL.", "on|off");
    const QCommandLineOption inAuthOpt =
        opt("incoming-auth", "password, md5, ntlm, http-md5 or none.", "AUTH");
    const QCommandLineOption inUserOpt = opt("incoming-user", "Incoming Mail Server > User Name.", "USER");
    const QCommandLineOption outServerOpt =
        opt("outgoing-server", "SMTP > Primary Server on or off.", "on|off");
    const QCommandLineOption outHostOpt = opt("outgoing-host", "Outgoing (SMTP) Host Name.", "HOST");
    const QCommandLineOption outPortOpt =
        opt("outgoing-port", "Outgoing Server Port (default 587 with SSL, 25 without).", "N");
    const QCommandLineOption outSslOpt = opt("outgoing-ssl", "Outgoing Use SSL.", "on|off");
    const QCommandLineOption outAuthOpt =
        opt("outgoing-auth", "password, md5, ntlm, http-md5 or none.", "AUTH");
    const QCommandLineOption outUserOpt =
        opt("outgoing-user", "Outgoing User Name (Optional on the phone).", "USER");
    const QCommandLineOption iosOpt =
        opt("ios", "Word the fix steps for this iOS version (default: newest).", "VERSION");
    const QCommandLineOption caOpt =
        opt("ca-file", "Also trust the CA certificates in this PEM file.", "PEM");
    const QCommandLineOption relayOpt =
        opt("relay-recipient", "Recipient in a foreign domain for the relay test.", "ADDRESS");
    const QCommandLineOption timeoutOpt =
        opt("timeout", "Deadline for each network step (default 6, at most 300).", "SECONDS");
    const QCommandLineOption formatOpt = opt("format", "Output format: text (default) or json.", "text|json");
    const QCommandLineOption plainOpt =
        opt("allow-plaintext-login", "Agree to send the password without encryption.");
    const QCommandLineOption acceptOpt =
        opt("accept-certificate",
            "Accept this server certificate although it failed verification (repeatable).", "SHA256");
    const QCommandLineOption transcriptOpt =
        opt("transcript", "In text output, also print the conversation with the servers.");
    const QCommandLineOption noColorOpt = opt("no-color", "No colours in text output.");
    const QCommandLineOption versionOpt(QStringList{QStringLiteral("version"), QStringLiteral("V")},
                                        QStringLiteral("Print the version and exit."));
    const QCommandLineOption helpOpt(QStringList{QStringLiteral("help"), QStringLiteral("h")},
                                     QStringLiteral("Print this help and exit."));
    parser.addOptions({settingsOpt,   emailOpt,     inTypeOpt,  inHostOpt,  inPortOpt, inSslOpt,   inAuthOpt,
                       inUserOpt,     outServerOpt, outHostOpt, outPortOpt, outSslOpt, outAuthOpt, outUserOpt,
                       iosOpt,        caOpt,        relayOpt,   timeoutOpt, formatOpt, plainOpt,   acceptOpt,
                       transcriptOpt, noColorOpt,   versionOpt, helpOpt});

    if (!parser.parse(app.arguments())) {
        QString e = parser.errorText().trimmed();
        e.replace(QLatin1Char('\n'), QLatin1Char(' '));
        usage(e + QStringLiteral(" (see mailfix-cli --help)"));
    }
    if (parser.isSet(helpOpt)) {
        writeOut(parser.helpText().toUtf8());
        return ExitOk;
    }
    if (parser.isSet(versionOpt)) {
        writeOut(QByteArrayLiteral("mailfix-cli " MAILFIX_VERSION "\n"));
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        usage(QStringLiteral("no command given; use 'mailfix-cli check [options]' (see mailfix-cli --help)"));
    if (args.first() != QLatin1String("check"))
        usage(QStringLiteral("unknown command '%1'; the command is 'check' (see mailfix-cli --help)")
                  .arg(args.first()));
    if (args.size() > 1)
        usage(QStringLiteral("unexpected argument '%1' (see mailfix-cli --help)").arg(args.at(1)));

    // Settings: file first, then the options on top.
    AccountSettings s;
    if (parser.isSet(settingsOpt)) {
        const SettingsParseResult r = SettingsFile::readFile(parser.value(settingsOpt), &s);
        if (!r.ok)
            usage(r.error);
        const QString file = parser.value(settingsOpt);
        for (const QString &f : r.ignoredPasswordFields)
            writeErr(QStringLiteral(
                         "mailfix-cli: warning: %1: passwords in settings files are ignored (%2); use %3")
                         .arg(file, f,
                              QLatin1String(f.startsWith(QLatin1String("incoming")) ? IncomingPasswordVar
                                                                                    : OutgoingPasswordVar)));
        for (const QString &k : r.unknownKeys)
            writeErr(QStringLiteral("mailfix-cli: warning: %1: unknown key '%2' ignored").arg(file, k));
    }
    auto text = [&](const QCommandLineOption &o, QString *into) {
        if (parser.isSet(o))
            *into = checkedText(o.names().first(), parser.value(o));
    };
    text(emailOpt, &s.email);
    if (parser.isSet(inTypeOpt)) {
        const QString t = parser.value(inTypeOpt).trimmed().toLower();
        if (t == QLatin1String("imap"))
            s.incomingType = IncomingType::Imap;
        else if (t == QLatin1String("pop") || t == QLatin1String("pop3"))
            s.incomingType = IncomingType::Pop;
        else
            usage(QStringLiteral("--incoming-type must be 'imap' or 'pop', not '%1'")
                      .arg(parser.value(inTypeOpt)));
    }
    text(inHostOpt, &s.incoming.host);
    if (parser.isSet(inPortOpt))
        s.incoming.port = parsePort(QStringLiteral("incoming-port"), parser.value(inPortOpt));
    if (parser.isSet(inSslOpt))
        s.incoming.ssl = parseOnOff(QStringLiteral("incoming-ssl"), parser.value(inSslOpt));
    if (parser.isSet(inAuthOpt))
        s.incoming.auth = parseAuth(QStringLiteral("incoming-auth"), parser.value(inAuthOpt));
    text(inUserOpt, &s.incoming.user);
    if (parser.isSet(outServerOpt))
        s.outgoingServerOn = parseOnOff(QStringLiteral("outgoing-server"), parser.value(outServerOpt));
    text(outHostOpt, &s.outgoing.host);
    if (parser.isSet(outPortOpt))
        s.outgoing.port = parsePort(QStringLiteral("outgoing-port"), parser.value(outPortOpt));
    if (parser.isSet(outSslOpt))
        s.outgoing.ssl = parseOnOff(QStringLiteral("outgoing-ssl"), parser.value(outSslOpt));
    if (parser.isSet(outAuthOpt))
        s.outgoing.auth = parseAuth(QStringLiteral("outgoing-auth"), parser.value(outAuthOpt));
    text(outUserOpt, &s.outgoing.user);
    if (parser.isSet(iosOpt)) {
        const auto v = IosVersion::parse(parser.value(iosOpt));
        if (!v)
            usage(QStringLiteral(
                      "--ios must be an iOS version such as 17.4 (5 to 18, or 26 and later), not '%1'")
                      .arg(parser.value(iosOpt).left(40)));
        s.ios = *v;
    }

    CheckOptions options;
    for (const QString &path : parser.values(caOpt))
        options.extraCaCertificates += readCaFile(path);
    if (parser.isSet(relayOpt)) {
        const QString r = parser.value(relayOpt).trimmed();
        if (!Validator::isEmailAddress(r))
            usage(QStringLiteral("--relay-recipient must be an email address, not '%1'")
                      .arg(parser.value(relayOpt).left(100)));
        options.relayRecipient = r;
    }
    if (parser.isSet(timeoutOpt)) {
        bool ok = false;
        const double secs = parser.value(timeoutOpt).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(secs) || secs <= 0 || secs > 300)
            usage(QStringLiteral("--timeout must be a number of seconds above 0 and at most 300, not '%1'")
                      .arg(parser.value(timeoutOpt).left(40)));
        options.stepTimeoutMs = std::max(1, int(std::lround(secs * 1000)));
    }
    bool json = false;
    if (parser.isSet(formatOpt)) {
        const QString f = parser.value(formatOpt).trimmed().toLower();
        if (f == QLatin1String("json"))
            json = true;
        else if (f != QLatin1String("text"))
            usage(QStringLiteral("--format must be 'text' or 'json', not '%1'")
                      .arg(parser.value(formatOpt).left(40)));
    }
    options.allowPlaintextLogin = parser.isSet(plainOpt);
    for (const QString &fp : parser.values(acceptOpt)) {
        const QString hex = parseFingerprint(fp);
        if (!options.acceptedCertificates.contains(hex))
            options.acceptedCertificates.append(hex);
    }

    if (!s.hasSide(ServerSide::Incoming) && !s.hasSide(ServerSide::Outgoing))
        usage(QStringLiteral(
            "nothing to check: give --incoming-host and/or --outgoing-host, or --settings FILE"));

    // Passwords: the environment, else a prompt on a terminal for a side that has a user name.
    const bool interactive = isTerminal(stdin);
    if (incomingEnv.set)
        s.incoming.password = incomingEnv.value;
    else if (interactive && s.hasSide(ServerSide::Incoming) && !s.incoming.user.isEmpty())
        s.incoming.password = promptPassword(QStringLiteral("Incoming mail server password for %1@%2: ")
                                                 .arg(s.incoming.user, s.incoming.host.trimmed()));
    if (outgoingEnv.set)
        s.outgoing.password = outgoingEnv.value;
    else if (interactive && s.outgoingServerOn && s.hasSide(ServerSide::Outgoing) &&
             !s.outgoing.user.isEmpty())
        s.outgoing.password = promptPassword(
            QStringLiteral(
                "Outgoing (SMTP) password for %1@%2 (Optional; press Enter if the phone's field is empty): ")
                .arg(s.outgoing.user, s.outgoing.host.trimmed()));
    incomingEnv.value.wipe();
    outgoingEnv.value.wipe();

    CliConsent consent(options);
    CheckReport report = Checker::runBlocking(s, options, &consent);
    // Wipe the passwords in the settings we hold; the report's own copy redacts its output.
    s.incoming.password.wipe();
    s.outgoing.password.wipe();

    if (json) {
        writeOut(ReportWriter::toJson(report));
    } else {
        QString out = ReportWriter::toText(report, useColor(parser.isSet(noColorOpt)));
        if (parser.isSet(transcriptOpt) && !report.transcript.isEmpty())
            out += QStringLiteral("\nConversation with the servers\n") + ReportWriter::transcriptText(report);
        writeOut(out.toUtf8());
    }
    report.settings.incoming.password.wipe();
    report.settings.outgoing.password.wipe();
    if (!report.ok())
        return ExitErrors;
    if (report.cancelled)
        return ExitInternal; // cut short without a cause found: not a clean bill of health
    return ExitOk;
}

} // namespace
} // namespace mailfix

int main(int argc, char **argv)
{
    // Take the passwords out of the environment before anything else runs.
    mailfix::EnvPassword incoming = mailfix::takeEnvPassword(mailfix::IncomingPasswordVar);
    mailfix::EnvPassword outgoing = mailfix::takeEnvPassword(mailfix::OutgoingPasswordVar);
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailfix-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILFIX_VERSION));
    try {
        return mailfix::run(app, std::move(incoming), std::move(outgoing));
    } catch (const mailfix::UsageError &e) {
        mailfix::writeErr(QStringLiteral("mailfix-cli: ") + e.message);
        return mailfix::ExitUsage;
    } catch (const std::exception &e) {
        mailfix::writeErr(QStringLiteral("mailfix-cli: internal error: ") + QString::fromLocal8Bit(e.what()));
        return mailfix::ExitInternal;
    } catch (...) {
        mailfix::writeErr(QStringLiteral("mailfix-cli: internal error"));
        return mailfix::ExitInternal;
    }
}
