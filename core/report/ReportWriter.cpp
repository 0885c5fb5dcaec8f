// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportWriter.h"

#include "account/PrintableText.h"

#include "account/SettingsFile.h"
#include "wording/FixCatalog.h"
#include "model/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifndef MAILFIX_VERSION
#define MAILFIX_VERSION "0.0.0"
#endif

namespace mailfix {

namespace {

Redactor redactorFor(const CheckReport &report)
{
    Redactor r;
    r.addSecret(report.settings.incoming.password.reveal());
    r.addSecret(report.settings.outgoing.password.reveal());
    return r;
}

/// A copy of the report whose values from servers and settings are redacted,
/// before anything is serialised or escaped. Titles and fix steps are the
/// product's words, composed from already-redacted inputs: never redacted here (a
/// short password such as "ok" must not mask them), nor is any finished output.
CheckReport redactedCopy(const CheckReport &in, const Redactor &r)
{
    CheckReport out = in;
    if (r.isEmpty())
        return out;
    AccountSettings shown = out.redactValues(r);
    out.settings = shown;
    return out;
}

/// Terminal-safe: a hostile server must not be able to send escape sequences to the
/// person's terminal through a report.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0))
            out += QStringLiteral("\\x") +
                   QString::number(int(u), 16).rightJustified(2, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QList<Finding> worstFirst(const QList<Finding> &findings)
{
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    return sorted;
}

struct Counts
{
    int errors = 0, warnings = 0, infos = 0;
};

Counts count(const QList<Finding> &findings)
{
    Counts c;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            ++c.errors;
        else if (f.severity == Severity::Warning)
            ++c.warnings;
        else
            ++c.infos;
    }
    return c;
}

QString summary(const CheckReport &r)
{
    const Counts c = count(r.findings);
    QStringList parts;
    // Plain English plurals even without a loaded translation.
    if (c.errors)
        parts << (c.errors == 1 ? ReportWriter::tr("1 error") : ReportWriter::tr("%1 errors").arg(c.errors));
    if (c.warnings)
        parts << (c.warnings == 1 ? ReportWriter::tr("1 warning")
                                  : ReportWriter::tr("%1 warnings").arg(c.warnings));
    if (c.infos)
        parts << (c.infos == 1 ? ReportWriter::tr("1 note") : ReportWriter::tr("%1 notes").arg(c.infos));
    // Say only what was verified: "work" needs an accepted login on every side checked.
    QStringList unverified;
    QStringList reasons;
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        if (!r.settings.hasSide(side) || (side == ServerSide::Outgoing && !r.settings.outgoingServerOn))
            continue;
        const Verified v = r.verified(side);
        if (v == Verified::Login || v == Verified::Relay)
            continue;
        unverified << sideName(side);
        const QString why = r.unverifiedReason(side);
        reasons << (v == Verified::None ? QString() : why);
    }
    const bool anyChecked = !r.checks.isEmpty();
    QString notVerified;
    if (anyChecked && !unverified.isEmpty()) {
        const bool bothSame = unverified.size() == 2 && reasons.at(0) == reasons.at(1);
        QStringList pieces;
        for (qsizetype i = 0; i < unverified.size(); ++i) {
            const bool incoming = unverified.at(i) == sideName(ServerSide::Incoming);
            const Verified v = r.verified(incoming ? ServerSide::Incoming : ServerSide::Outgoing);
            QString piece;
            if (v == Verified::None)
                piece = incoming ? ReportWriter::tr("the incoming server was not verified")
                                 : ReportWriter::tr("the outgoing server was not verified");
            else if (bothSame)
                piece = ReportWriter::tr("The servers answer, but the login was not tested");
            else
                piece = incoming ? ReportWriter::tr("the incoming server answers, but its login was not tested")
                                 : ReportWriter::tr("the outgoing server answers, but its login was not tested");
            if (!reasons.at(i).isEmpty())
                piece += QStringLiteral(" (") + reasons.at(i) + QLatin1Char(')');
            pieces << piece;
            if (bothSame && v != Verified::None)
                break;
        }
        notVerified = pieces.join(QStringLiteral("; "));
        if (!notVerified.isEmpty())
            notVerified[0] = notVerified[0].toUpper();
    }
    QString s;
    if (c.errors)
        s = ReportWriter::tr("%1: mail will not work until the errors are fixed.")
                .arg(parts.join(QStringLiteral(", ")));
    else if (!anyChecked)
        s = ReportWriter::tr("No problems found in the settings, but no server was checked: they are not verified.");
    else if (!notVerified.isEmpty())
        s = (parts.isEmpty() ? ReportWriter::tr("No problems found, but these settings are not verified yet.")
                             : ReportWriter::tr("No errors (%1), but these settings are not verified yet.")
                                   .arg(parts.join(QStringLiteral(", "))))
            + QLatin1Char(' ') + notVerified + QLatin1Char('.');
    else if (!parts.isEmpty())
        s = ReportWriter::tr("No errors (%1): these settings work.").arg(parts.join(QStringLiteral(", ")));
    else
        s = ReportWriter::tr("No problems found: these settings work.");
    if (r.cancelled)
        s += QLatin1Char(' ') + ReportWriter::tr("The check was cut short, so it may have missed problems.");
    return s;
}

QString fieldPlace(const QString &field, const AccountSettings &s)
{
    if (field.isEmpty())
        return {};
    const QString label = FixCatalog::fieldLabel(field, s.ios);
    const QString screen = FixCatalog::screenPath(field, s);
    if (screen.isEmpty())
        return label;
    return label.isEmpty() ? screen : screen + QStringLiteral(" > ") + label;
}

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::Error:
        return ReportWriter::tr("ERROR");
    case Severity::Warning:
        return ReportWriter::tr("WARNING");
    case Severity::Info:
        return ReportWriter::tr("NOTE");
    }
    return {};
}

QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return ReportWriter::tr("%1 ms").arg(ms);
    return ReportWriter::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QJsonObject settingsJson(const AccountSettings &s)
{
    QJsonObject root = SettingsFile::toJsonObject(s, true);
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        const QString key = sideName(side);
        QJsonObject o = root.value(key).toObject();
        o.insert(QStringLiteral("password_set"), !s.server(side).password.isEmpty());
        root.insert(key, o);
    }
    return root;
}

} // namespace

QByteArray ReportWriter::toJson(const CheckReport &report)
{
    const Redactor red = redactorFor(report);
    const CheckReport r = redactedCopy(report, red);

    QJsonArray findings;
    for (const Finding &f : r.findings) {
        QJsonObject o;
        o.insert(QStringLiteral("code"), f.code);
        o.insert(QStringLiteral("severity"), severityName(f.severity));
        o.insert(QStringLiteral("field"), f.field);
        o.insert(QStringLiteral("title"), f.title);
        o.insert(QStringLiteral("fix"), QJsonArray::fromStringList(f.fix));
        o.insert(QStringLiteral("evidence"), f.evidence);
        if (!f.alsoFields.isEmpty())
            o.insert(QStringLiteral("also_fields"), QJsonArray::fromStringList(f.alsoFields));
        const QVariantMap params = f.params();
        if (!params.isEmpty())
            o.insert(QStringLiteral("params"), QJsonObject::fromVariantMap(params));
        findings.append(o);
    }
    QJsonArray checks;
    for (const CheckStep &c : r.checks) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.id);
        o.insert(QStringLiteral("status"), stepStatusName(c.status));
        o.insert(QStringLiteral("elapsed_ms"), c.elapsedMs);
        o.insert(QStringLiteral("detail"), c.detail);
        checks.append(o);
    }
    QJsonArray transcript;
    for (const TranscriptLine &t : r.transcript) {
        QJsonObject o;
        o.insert(QStringLiteral("server"), t.server);
        o.insert(QStringLiteral("t_ms"), t.tMs);
        o.insert(QStringLiteral("dir"), QString(t.dir.isNull() ? QLatin1Char('*') : t.dir));
        o.insert(QStringLiteral("text"), t.text);
        transcript.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("ok"), r.ok());
    QJsonObject verified;
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing})
        verified.insert(sideName(side), verifiedName(r.verified(side)));
    root.insert(QStringLiteral("verified"), verified);
    root.insert(QStringLiteral("findings"), findings);
    root.insert(QStringLiteral("checks"), checks);
    root.insert(QStringLiteral("transcript"), transcript);
    root.insert(QStringLiteral("settings"), settingsJson(r.settings));
    root.insert(QStringLiteral("version"), QStringLiteral(MAILFIX_VERSION));
    root.insert(QStringLiteral("ios"), r.settings.ios.toString());
    root.insert(QStringLiteral("elapsed_ms"), r.totalMs);
    if (r.cancelled)
        root.insert(QStringLiteral("cancelled"), true);
    // Values were redacted before serialising; the serialised text is never touched,
    // so the JSON stays valid whatever the password ("true", "\"", "{5}").
    return PrintableText::jsonSafe(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString ReportWriter::toText(const CheckReport &report, bool color)
{
    const Redactor red = redactorFor(report);
    const CheckReport r = redactedCopy(report, red);
    auto paint = [color](const char *code, const QString &text) {
        return color ? QStringLiteral("\x1b[%1m").arg(QLatin1String(code)) + text + QStringLiteral("\x1b[0m")
                     : text;
    };

    QString out;
    const AccountSettings &s = r.settings;
    QString who = s.email.isEmpty() ? tr("(no email address)") : printable(s.email);
    out += paint("1", tr("Mailfix %1 - mail settings check for %2 (iOS %3)")
                          .arg(QStringLiteral(MAILFIX_VERSION), who, s.ios.toString())) +
           QLatin1Char('\n');

    if (!r.checks.isEmpty()) {
        out += QLatin1Char('\n') + paint("1", tr("Checks")) + QLatin1Char('\n');
        qsizetype idWidth = 0;
        for (const CheckStep &c : r.checks)
            idWidth = std::max(idWidth, c.id.size());
        for (const CheckStep &c : r.checks) {
            QString marker;
            switch (c.status) {
            case StepStatus::Pass:
                marker = color ? paint("32", QStringLiteral("\u2714 pass")) : QStringLiteral("[pass]");
                break;
            case StepStatus::Fail:
                marker = color ? paint("1;31", QStringLiteral("\u2718 FAIL")) : QStringLiteral("[FAIL]");
                break;
            case StepStatus::Warn:
                marker = color ? paint("33", QStringLiteral("! warn")) : QStringLiteral("[warn]");
                break;
            case StepStatus::Skipped:
                marker = color ? paint("2", QStringLiteral("- skip")) : QStringLiteral("[skip]");
                break;
            case StepStatus::Pending:
                marker = color ? paint("2", QStringLiteral("  ....")) : QStringLiteral("[....]");
                break;
            case StepStatus::Running:
                marker = color ? paint("2", QStringLiteral("  ....")) : QStringLiteral("[ .. ]");
                break;
            }
            QString line =
                QStringLiteral("  ") + marker + QLatin1Char(' ') + printable(c.id).leftJustified(idWidth);
            if (!c.detail.isEmpty())
                line += QStringLiteral("  ") + printable(c.detail);
            if (c.status != StepStatus::Skipped && c.status != StepStatus::Pending)
                line += QStringLiteral(" (") + formatMs(c.elapsedMs) + QLatin1Char(')');
            while (line.endsWith(QLatin1Char(' ')))
                line.chop(1);
            out += line + QLatin1Char('\n');
        }
    }

    const QList<Finding> findings = worstFirst(r.findings);
    if (!findings.isEmpty()) {
        out += QLatin1Char('\n') + paint("1", tr("What to change")) + QLatin1Char('\n');
        int n = 0;
        for (const Finding &f : findings) {
            ++n;
            const char *sevColor = f.severity == Severity::Error     ? "1;31"
                                   : f.severity == Severity::Warning ? "1;33"
                                                                     : "1;36";
            const QString title = f.title.isEmpty() ? f.code : f.title;
            out += QStringLiteral("\n%1. ").arg(n) + paint(sevColor, severityWord(f.severity)) +
                   QStringLiteral(": ") + paint("1", printable(title)) + QStringLiteral("  [") + f.code +
                   QStringLiteral("]\n");
            const QString indent = QStringLiteral("   ");
            if (!f.field.isEmpty()) {
                out += indent +
                       tr("Field: %1 (%2)").arg(printable(FixCatalog::fieldLabel(f.field, s.ios)), f.field) +
                       QLatin1Char('\n');
                out += indent + tr("On the phone: %1").arg(printable(fieldPlace(f.field, s))) +
                       QLatin1Char('\n');
            }
            if (!f.alsoFields.isEmpty()) {
                QStringList also;
                for (const QString &a : f.alsoFields)
                    also << QStringLiteral("%1 (%2)").arg(FixCatalog::fieldLabel(a, s.ios), a);
                out += indent + tr("Also: %1").arg(printable(also.join(QStringLiteral(", ")))) +
                       QLatin1Char('\n');
            }
            const QString alert = FixCatalog::phoneAlert(f, s);
            if (!alert.isEmpty())
                out +=
                    indent + tr("The phone says: %1").arg(printable(alert)) + QLatin1Char('\n');
            if (!f.fix.isEmpty()) {
                out += indent + tr("Fix:") + QLatin1Char('\n');
                int k = 0;
                for (const QString &step : f.fix)
                    out += indent + QStringLiteral("  %1. ").arg(++k) + printable(step) + QLatin1Char('\n');
            }
            if (!f.evidence.isEmpty())
                out += indent + tr("Evidence: %1").arg(printable(f.evidence)) + QLatin1Char('\n');
        }
    }

    const Counts c = count(r.findings);
    const char *resultColor = c.errors ? "1;31" : c.warnings ? "1;33" : "1;32";
    out += QLatin1Char('\n') + paint(resultColor, tr("Result: %1").arg(summary(r)));
    if (r.totalMs > 0)
        out += QLatin1Char(' ') + tr("(checked in %1)").arg(formatMs(r.totalMs));
    out += QLatin1Char('\n');
    return out;
}

QString ReportWriter::transcriptText(const CheckReport &report)
{
    const Redactor red = redactorFor(report);
    const CheckReport r = redactedCopy(report, red);
    QString out;
    qsizetype serverWidth = 0;
    for (const TranscriptLine &t : r.transcript)
        serverWidth = std::max(serverWidth, t.server.size());
    for (const TranscriptLine &t : r.transcript) {
        out += QStringLiteral("%1 ms  ").arg(t.tMs, 6) + printable(t.server).leftJustified(serverWidth) +
               QLatin1Char(' ') + (t.dir.isNull() ? QLatin1Char('*') : t.dir) + QStringLiteral(": ") +
               printable(t.text) + QLatin1Char('\n');
    }
    return out;
}

QString ReportWriter::toHtml(const CheckReport &report)
{
    const Redactor red = redactorFor(report);
    const CheckReport r = redactedCopy(report, red);
    const AccountSettings &s = r.settings;
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };

    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>") +
         esc(tr("Mail settings check for %1").arg(s.email)) + QStringLiteral("</title>\n");
    h += QStringLiteral(
        "<style>\n"
        "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;max-width:52em;margin:2em auto;"
        "padding:0 1em;color:#222;line-height:1.4}\n"
        "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}\n"
        ".finding{border-left:5px solid #999;padding:.2em 1em;margin:1em 0;background:#fafafa}\n"
        ".error{border-color:#c62828}.warning{border-color:#ef8f00}.info{border-color:#1565c0}\n"
        ".sev{font-weight:bold;text-transform:uppercase;font-size:.8em}.error .sev{color:#c62828}"
        ".warning .sev{color:#a35f00}.info .sev{color:#1565c0}\n"
        "table{border-collapse:collapse}td,th{padding:.2em .8em;text-align:left;vertical-align:top;"
        "border-bottom:1px solid #eee}\n"
        ".pass{color:#2e7d32}.fail{color:#c62828;font-weight:bold}.warn{color:#a35f00}.skipped{color:#888}\n"
        "code,pre{font-family:Menlo,Consolas,monospace;font-size:.9em}pre{background:#f4f4f4;padding:.8em;"
        "overflow-x:auto;white-space:pre-wrap}\n"
        ".summary{font-size:1.1em;font-weight:bold}\n"
        "</style></head><body>\n");
    h += QStringLiteral("<h1>") + esc(tr("Mail settings check")) + QStringLiteral("</h1>\n");
    h += QStringLiteral("<p>") + esc(tr("Account: %1 \u2014 iOS %2").arg(s.email, s.ios.toString())) +
         QStringLiteral("</p>\n");
    h += QStringLiteral("<p class=\"summary\">") + esc(summary(r)) + QStringLiteral("</p>\n");

    const QList<Finding> findings = worstFirst(r.findings);
    if (!findings.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(tr("What to change")) + QStringLiteral("</h2>\n");
        for (const Finding &f : findings) {
            const QString sev = severityName(f.severity);
            h += QStringLiteral("<div class=\"finding %1\">\n<p><span class=\"sev\">").arg(sev) +
                 esc(severityWord(f.severity)) + QStringLiteral("</span> <strong>") +
                 esc(f.title.isEmpty() ? f.code : f.title) + QStringLiteral("</strong> <code>") +
                 esc(f.code) + QStringLiteral("</code></p>\n");
            if (!f.field.isEmpty())
                h += QStringLiteral("<p>") + esc(tr("On the phone: %1").arg(fieldPlace(f.field, s))) +
                     QStringLiteral("</p>\n");
            const QString alert = FixCatalog::phoneAlert(f, s);
            if (!alert.isEmpty())
                h += QStringLiteral("<p>") + esc(tr("The phone says: %1").arg(alert)) +
                     QStringLiteral("</p>\n");
            if (!f.fix.isEmpty()) {
                h += QStringLiteral("<ol>\n");
                for (const QString &step : f.fix)
                    h += QStringLiteral("<li>") + esc(step) + QStringLiteral("</li>\n");
                h += QStringLiteral("</ol>\n");
            }
            if (!f.evidence.isEmpty())
                h += QStringLiteral("<p>") + esc(tr("Evidence:")) + QStringLiteral(" <code>") +
                     esc(f.evidence) + QStringLiteral("</code></p>\n");
            h += QStringLiteral("</div>\n");
        }
    }

    if (!r.checks.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(tr("Checks")) + QStringLiteral("</h2>\n<table>\n");
        for (const CheckStep &c : r.checks) {
            const QString st = stepStatusName(c.status);
            h += QStringLiteral("<tr><td><code>") + esc(c.id) + QStringLiteral("</code></td><td class=\"") +
                 st + QStringLiteral("\">") + esc(st) + QStringLiteral("</td><td>") + esc(c.detail) +
                 QStringLiteral("</td><td>") + esc(formatMs(c.elapsedMs)) + QStringLiteral("</td></tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h2>") + esc(tr("Settings checked")) + QStringLiteral("</h2>\n<table>\n");
    auto row = [&](const QString &field, const QString &value) {
        h += QStringLiteral("<tr><th>") + esc(FixCatalog::fieldLabel(field, s.ios)) +
             QStringLiteral("</th><td><code>") + esc(field) + QStringLiteral("</code></td><td>") +
             esc(value) + QStringLiteral("</td></tr>\n");
    };
    auto onOff = [](bool b) { return b ? tr("On") : tr("Off"); };
    row(Field::Email, s.email);
    row(Field::IncomingType,
        s.incomingType == IncomingType::Pop ? QStringLiteral("POP") : QStringLiteral("IMAP"));
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        const ServerSettings &srv = s.server(side);
        if (side == ServerSide::Outgoing)
            row(Field::OutgoingServer, onOff(s.outgoingServerOn));
        row(Field::of(side, "host"), srv.host);
        row(Field::of(side, "user"), srv.user);
        row(Field::of(side, "password"), srv.password.isEmpty() ? tr("(empty)") : tr("(set, not shown)"));
        row(Field::of(side, "ssl"), onOff(srv.ssl));
        row(Field::of(side, "auth"), FixCatalog::authLabel(srv.auth));
        row(Field::of(side, "port"), QString::number(s.effectivePort(side)));
    }
    row(Field::IosVersion, s.ios.toString());
    h += QStringLiteral("</table>\n");

    if (!r.transcript.isEmpty()) {
        h += QStringLiteral("<h2>") + esc(tr("Conversation with the servers")) +
             QStringLiteral("</h2>\n<pre>") + esc(transcriptText(r)) + QStringLiteral("</pre>\n");
    }
    h += QStringLiteral("<p><small>") + esc(tr("Mailfix %1").arg(QStringLiteral(MAILFIX_VERSION))) +
         QStringLiteral("</small></p>\n</body></html>\n");
    return h;
}

} // namespace mailfix
