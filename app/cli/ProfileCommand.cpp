// SPDX-License-Identifier: GPL-3.0-or-later
// mailfix-cli profile: the settings as an Apple configuration profile (CONTRACT.md section 6).
#include "ProfileCommand.h"

#include "CliConsent.h"
#include "CliParser.h"
#include "CommandTable.h"
#include "PasswordSource.h"
#include "Terminal.h"
#include "Usage.h"

#include "Checker.h"
#include "model/Codes.h"
#include "report/MobileConfig.h"
#include "report/ProfileSigner.h"

#include <QFileInfo>
#include <QSaveFile>

#include <QCoreApplication>

namespace mailfix {

namespace {

const char *const PassphraseVar = "MAILFIX_SIGN_PASSPHRASE";

Secret takePassphrase()
{
    if (!qEnvironmentVariableIsSet(PassphraseVar))
        return {};
    QByteArray bytes = qgetenv(PassphraseVar);
    Secret s(bytes);
    bytes.fill('\0');
    qunsetenv(PassphraseVar);
    return s;
}

bool stepPassed(const CheckReport &r, const QString &id)
{
    for (const CheckStep &s : r.checks)
        if (s.id == id)
            return s.status == StepStatus::Pass;
    return false;
}

} // namespace

int runProfile(const QStringList &arguments)
{
    return ProfileCommand::run(arguments);
}

int ProfileCommand::run(const QStringList &arguments)
{
    Secret passphrase = takePassphrase();

    CliParser parser(QStringLiteral("profile"));
    QCommandLineParser &p = parser.parser();
    p.setApplicationDescription(QCoreApplication::translate("mailfix-cli", "Writes the mail settings as an Apple configuration profile (.mobileconfig) for the iPhone.\n"
        "Never a password: the phone asks for it when the profile is installed. With\n"
        "MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD set, the settings are checked first.\n"
        "A key's passphrase comes from MAILFIX_SIGN_PASSPHRASE or a prompt, never the command line."));
    parser.addSettingsOptions();
    parser.addCheckOptions();
    auto add = [&p](const char *name, const char *description, const char *valueName) {
        p.addOption(
            QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(valueName)));
    };
    add("output", QT_TRANSLATE_NOOP("mailfix-cli", "Write the profile to this file."), "FILE.mobileconfig");
    add("sign-cert", QT_TRANSLATE_NOOP("mailfix-cli", "Sign with this certificate (PEM)."), "PEM");
    add("sign-key", QT_TRANSLATE_NOOP("mailfix-cli", "The certificate's private key (PEM; encrypted: MAILFIX_SIGN_PASSPHRASE or a prompt)."),
        "PEM");
    add("sign-chain", QT_TRANSLATE_NOOP("mailfix-cli", "Intermediate certificates to include (PEM)."), "PEM");
    add("sign-p12", "Sign with the certificate, key and chain in this PKCS#12 file.", "FILE");
    add("identifier", QT_TRANSLATE_NOOP("mailfix-cli", "PayloadIdentifier prefix (default: from the domain)."), "REVERSE.DNS");
    parser.addHelpOptions();
    if (!parser.parse(arguments))
        return ExitOk;

    CliOptions options;
    parser.applyCheckOptions(options);
    parser.applySettings(options.settings);
    AccountSettings &s = options.settings;
    auto value = [&p](const char *name) { return p.value(QLatin1String(name)); };
    auto isSet = [&p](const char *name) { return p.isSet(QLatin1String(name)); };

    if (!isSet("output") || value("output").trimmed().isEmpty())
        usage(QCoreApplication::translate("mailfix-cli", "profile needs --output FILE.mobileconfig"));
    const QString output = value("output");
    if (QFileInfo(output).isDir())
        usage(QCoreApplication::translate("mailfix-cli", "--output %1: is a folder; give a file name such as mail.mobileconfig")
                  .arg(output));

    MobileConfig::Options mc;
    if (isSet("identifier"))
        mc.identifierPrefix = value("identifier").trimmed();
    const QString problem = MobileConfig::problem(s, mc);
    if (!problem.isEmpty())
        usage(problem);

    const bool pem = isSet("sign-cert") || isSet("sign-key");
    const bool p12 = isSet("sign-p12");
    if (pem && p12)
        usage(QCoreApplication::translate("mailfix-cli", "give either --sign-cert and --sign-key, or --sign-p12, not both"));
    if (pem && (!isSet("sign-cert") || !isSet("sign-key")))
        usage(isSet("sign-cert") ? QCoreApplication::translate("mailfix-cli", "--sign-cert needs --sign-key (or use --sign-p12 FILE)")
                                 : QCoreApplication::translate("mailfix-cli", "--sign-key needs --sign-cert"));
    if (isSet("sign-chain") && !pem && !p12)
        usage(QCoreApplication::translate("mailfix-cli", "--sign-chain needs --sign-cert and --sign-key, or --sign-p12"));
    // A key's passphrase: asked only now, after every other option proved sane.
    const bool needPass = p12 || (pem && ProfileSigner::isEncryptedPemKey(value("sign-key")));
    if (needPass && passphrase.isEmpty() && Terminal::isTerminal(stdin))
        passphrase = PasswordSource::prompt(
            QCoreApplication::translate("mailfix-cli", "Passphrase for %1: ").arg(value(p12 ? "sign-p12" : "sign-key")));

    // With passwords, check first: a profile of settings that fail helps nobody.
    const bool checked = PasswordSource::anyFromEnvironment();
    bool verified = false;
    if (checked) {
        PasswordSource::fill(s);
        mc.outgoingPasswordSameAsIncoming = !s.incoming.password.isEmpty() &&
                                            s.incoming.password.reveal() == s.outgoing.password.reveal() &&
                                            s.incoming.user.trimmed() == s.outgoing.user.trimmed();
    }

    QByteArray profile = MobileConfig::toXml(s, mc);
    QString signedBy;
    if (pem || p12) {
        const ProfileSigner::Result r =
            pem ? ProfileSigner::signWithPem(profile, value("sign-cert"), value("sign-key"),
                                             value("sign-chain"), passphrase)
                : ProfileSigner::signWithPkcs12(profile, value("sign-p12"), passphrase, value("sign-chain"));
        passphrase.wipe();
        if (!r.ok) {
            s.incoming.password.wipe();
            s.outgoing.password.wipe();
            usage(r.error);
        }
        profile = r.der;
        signedBy = value(p12 ? "sign-p12" : "sign-cert");
    }

    if (checked) {
        CliConsent consent(options.check);
        CheckReport report = Checker::runBlocking(s, options.check, &consent);
        s.incoming.password.wipe();
        s.outgoing.password.wipe();
        report.settings.incoming.password.wipe();
        report.settings.outgoing.password.wipe();
        if (!report.ok()) {
            Terminal::writeErr(
                QCoreApplication::translate("mailfix-cli", "mailfix-cli: the check found errors, so no profile was written:"));
            for (const Finding &f : report.findings)
                if (f.severity == Severity::Error)
                    Terminal::writeErr(
                        QStringLiteral("  %1%2%3")
                            .arg(f.code, f.field.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.field),
                                 f.evidence.isEmpty() ? QString() : QStringLiteral(": ") + f.evidence));
            Terminal::writeErr(
                QCoreApplication::translate("mailfix-cli", "  run 'mailfix-cli check' with the same options for the fix steps"));
            return ExitErrors;
        }
        const bool smtpLogin = !s.outgoing.user.trimmed().isEmpty() && s.outgoing.auth != AuthMethod::None;
        verified = stepPassed(report, QStringLiteral("incoming.") + Step::Login) &&
                   (smtpLogin ? stepPassed(report, QStringLiteral("outgoing.") + Step::Auth)
                              : stepPassed(report, QStringLiteral("outgoing.") + Step::Relay));
    }

    // QSaveFile writes beside the target and renames at the end: no partial file, ever.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(profile) != profile.size() || !file.commit())
        usage(QCoreApplication::translate("mailfix-cli", "--output %1: cannot be written (%2)").arg(output, file.errorString()));

    Terminal::writeOut(QCoreApplication::translate("mailfix-cli", "Wrote %1 (%2, %3 bytes)\n")
                           .arg(output, signedBy.isEmpty() ? QCoreApplication::translate("mailfix-cli", "unsigned")
                                                           : QCoreApplication::translate("mailfix-cli", "signed with ") + signedBy)
                           .arg(profile.size()));
    if (verified)
        Terminal::writeOut(QCoreApplication::translate("mailfix-cli", "The settings were verified: both logins succeeded.\n"));
    else if (checked)
        Terminal::writeErr(
            QCoreApplication::translate("mailfix-cli", "mailfix-cli: note: these settings are not verified: the check found no "
                           "error but did not log in on both servers. The profile holds them as given."));
    else
        Terminal::writeErr(
            QCoreApplication::translate("mailfix-cli", "mailfix-cli: note: these settings are not verified: no check was run (set "
                           "MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD to check them "
                           "first). The profile holds them as given."));
    return ExitOk;
}

} // namespace mailfix
