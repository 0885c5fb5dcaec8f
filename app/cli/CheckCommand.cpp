// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "BatchRun.h"
#include "CliConsent.h"
#include "CliParser.h"
#include "CommandTable.h"
#include "PasswordSource.h"
#include "SuggestCommand.h"
#include "Terminal.h"
#include "Usage.h"

#include "Checker.h"
#include "report/ReportWriter.h"
#include "roundtrip/RoundTrip.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonObject>

#include <QCoreApplication>

namespace mailfix {

int runCheck(const QStringList &arguments)
{
    return CheckCommand::run(arguments);
}

int CheckCommand::exitStatus(const CheckReport &report)
{
    if (!report.ok())
        return ExitErrors;
    if (report.cancelled)
        return ExitInternal; // cut short without a cause found: not a clean bill of health
    return ExitOk;
}

void CheckCommand::render(const CheckReport &report, const CliOptions &options)
{
    if (options.json) {
        Terminal::writeOutRaw(ReportWriter::toJson(report));
        return;
    }
    const bool color = Terminal::useColor(options.noColor);
    QString out = ReportWriter::toText(report, color);
    if (options.transcript && !report.transcript.isEmpty())
        out += QLatin1Char('\n') + QCoreApplication::translate("mailfix-cli", "Conversation with the servers") + QLatin1Char('\n') + ReportWriter::transcriptText(report);
    Terminal::writeOut(out, color);
}

int CheckCommand::run(const QStringList &arguments)
{
    // Parse: everything is checked before a password is asked for or a packet sent.
    CliParser parser(QStringLiteral("check"));
    parser.parser().setApplicationDescription(QCoreApplication::translate("mailfix-cli", "Checks an iPhone's mail account settings against the real servers and says which field to change.\n"
        "Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD, or a prompt;\n"
        "with --batch, from the batch file."));
    parser.addSettingsOptions();
    parser.addCheckOptions();
    parser.parser().addOption(QCommandLineOption(
        QStringLiteral("suggest"), QCoreApplication::translate("mailfix-cli", "After a check with errors, search for the settings that work (as 'suggest').")));
    parser.addBatchOptions();
    parser.parser().addOption(QCommandLineOption(
        QStringLiteral("round-trip"),
        QCoreApplication::translate("mailfix-cli", "After a passing check, send a test message to the account itself and watch for it.")));
    parser.parser().addOption(QCommandLineOption(QStringLiteral("round-trip-timeout"),
                                                 QCoreApplication::translate("mailfix-cli", "How long to watch for it (default 60, at most 600)."),
                                                 QStringLiteral("SECONDS")));
    parser.addHelpOptions();
    if (!parser.parse(arguments))
        return ExitOk;
    CliOptions options;
    parser.applyBatchOptions(options);
    parser.applyCheckOptions(options);
    if (!options.batchFile.isEmpty()) {
        // Each line brings its own passwords.
        PasswordSource::discard();
        return BatchRun::run(options);
    }
    parser.applySettings(options.settings);
    AccountSettings &s = options.settings;
    int roundTripMs = RoundTrip::DefaultTimeoutMs;
    if (parser.isSet(QStringLiteral("round-trip-timeout"))) {
        bool ok = false;
        const QString v = parser.parser().value(QStringLiteral("round-trip-timeout"));
        const double secs = v.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(secs) || secs <= 0 || secs > 600)
            usage(QCoreApplication::translate("mailfix-cli", "--round-trip-timeout must be a number of seconds above 0 and at most 600, not '%1'")
                      .arg(v.left(40)));
        roundTripMs = std::max(1, int(std::lround(secs * 1000)));
    }
    if (!s.hasSide(ServerSide::Incoming) && !s.hasSide(ServerSide::Outgoing))
        usage(QCoreApplication::translate("mailfix-cli", "nothing to check: give --incoming-host and/or --outgoing-host, or --settings FILE"));

    // Collect passwords: the environment, else a prompt on a terminal.
    PasswordSource::fill(s);

    // Run.
    CliConsent consent(options.check);
    CheckReport report = Checker::runBlocking(s, options.check, &consent);
    if (parser.isSet(QStringLiteral("round-trip"))) {
        const QString why = RoundTrip::skipReason(report);
        RoundTrip::addTo(report, why.isEmpty() ? RoundTrip::runBlocking(s, options.check, &consent, roundTripMs)
                                               : RoundTrip::skipped(why));
    }
    QString suggestionText;
    const QJsonObject suggestion = parser.isSet(QStringLiteral("suggest")) && !report.ok()
                                       ? suggestAfterCheck(s, options.check, &consent, &suggestionText)
                                       : QJsonObject();
    // Wipe the passwords in the settings we hold; the report's own copy redacts its output.
    s.incoming.password.wipe();
    s.outgoing.password.wipe();

    // Render.
    if (suggestion.isEmpty()) {
        render(report, options);
    } else if (options.json) {
        QJsonObject merged = QJsonDocument::fromJson(ReportWriter::toJson(report)).object();
        for (auto it = suggestion.begin(); it != suggestion.end(); ++it)
            merged.insert(it.key(), it.value());
        Terminal::writeOutRaw(QJsonDocument(merged).toJson(QJsonDocument::Indented));
    } else {
        render(report, options);
        Terminal::writeOut(QLatin1Char('\n') + QCoreApplication::translate("mailfix-cli", "Suggested settings") + QLatin1Char('\n') + suggestionText);
    }
    report.settings.incoming.password.wipe();
    report.settings.outgoing.password.wipe();
    return exitStatus(report);
}

} // namespace mailfix
