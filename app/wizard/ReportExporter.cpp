// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

#include "model/Translations.h"
#include "PhoneScreenView.h"

#include "wording/FixCatalog.h"
#include "report/ReportWriter.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace mailfix {

namespace {

QDateTime whenOf(const ReportDetails &d)
{
    return d.when.isValid() ? d.when : QDateTime::currentDateTime();
}

/// The findings to act on: errors and warnings, in the report's order (what stops mail first).
QList<Finding> toFix(const CheckReport &report)
{
    QList<Finding> out;
    for (const Finding &f : report.findings)
        if (f.severity != Severity::Info)
            out.append(f);
    return out;
}

QString whereText(const Finding &f, const AccountSettings &s)
{
    if (f.field.isEmpty())
        return {};
    QStringList labels{FixCatalog::fieldLabel(f.field, s.ios)};
    for (const QString &other : f.alsoFields)
        labels << FixCatalog::fieldLabel(other, s.ios);
    labels.removeDuplicates();
    return ReportExporter::tr("Change %1 in %2").arg(labels.join(ReportExporter::tr(" and ")),
                                                     FixCatalog::screenPath(f.field, s));
}

QString detailsLines(const ReportDetails &d)
{
    QStringList l;
    l << ReportExporter::tr("Date: %1").arg(QLocale().toString(whenOf(d), QLocale::LongFormat));
    if (!d.customer.trimmed().isEmpty())
        l << ReportExporter::tr("Customer: %1").arg(d.customer.trimmed());
    if (!d.ticket.trimmed().isEmpty())
        l << ReportExporter::tr("Ticket: %1").arg(d.ticket.trimmed());
    if (!d.agent.trimmed().isEmpty())
        l << ReportExporter::tr("Agent: %1").arg(d.agent.trimmed());
    return l.join(QLatin1Char('\n'));
}

} // namespace

QString ReportExporter::verdict(const CheckReport &report)
{
    int errors = 0, warnings = 0;
    for (const Finding &f : report.findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
    }
    if (report.cancelled)
        return tr("The check was cancelled.");
    if (errors == 0) {
        // Honest: "work" only when every side that was checked got as far as a login.
        QStringList untested;
        for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
            if (!report.settings.hasSide(side) || (side == ServerSide::Outgoing && !report.settings.outgoingServerOn))
                continue;
            const Verified v = report.verified(side);
            if (v != Verified::Login && v != Verified::Relay) {
                const QString why = report.unverifiedReason(side);
                untested << (side == ServerSide::Incoming ? tr("incoming") : tr("outgoing"))
                                + (why.isEmpty() ? QString() : QStringLiteral(": ") + why);
            }
        }
        if (!untested.isEmpty())
            return tr("No problems found, but the settings are not verified: the login was not tested (%1).")
                .arg(untested.join(QStringLiteral("; ")));
    }
    if (errors == 0 && warnings == 0)
        return tr("All checks passed: these settings work.");
    if (errors == 0)
        return warnings == 1 ? tr("The settings work, with one warning.")
                             : tr("The settings work, with %1 warnings.").arg(warnings);
    return errors == 1 ? tr("One problem stops this account from working.")
                       : tr("%1 problems stop this account from working.").arg(errors);
}

QString ReportExporter::summaryText(const CheckReport &report, const ReportDetails &details)
{
    QStringList out;
    out << tr("Mailfix report for %1").arg(report.settings.email.isEmpty() ? tr("(no email)") : report.settings.email);
    out << detailsLines(details);
    out << QString() << verdict(report);
    const QList<Finding> fix = toFix(report);
    int n = 0;
    for (const Finding &f : fix) {
        out << QString() << QStringLiteral("%1. %2").arg(++n).arg(f.title);
        const QString where = whereText(f, report.settings);
        if (!where.isEmpty())
            out << QStringLiteral("   ") + where;
        int step = 0;
        for (const QString &s : f.fix)
            out << QStringLiteral("   %1) %2").arg(++step).arg(s);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

/// The e-mail reply goes to the customer: in the phone's language, like its steps.
struct CustomerMail
{
#ifdef MAILFIX_LUPDATE_ONLY
    Q_DECLARE_TR_FUNCTIONS(CustomerMail) // for lupdate only: the context of the sentences
#endif
    static QString tr(const char *source) { return Translations::phoneText("CustomerMail", source); }
};

} // namespace

QString ReportExporter::emailReply(const CheckReport &report, const ReportDetails &details)
{
    QStringList out;
    out << (details.customer.trimmed().isEmpty() ? CustomerMail::tr("Hello,")
                                                 : CustomerMail::tr("Hello %1,").arg(details.customer.trimmed()));
    out << QString();
    const QList<Finding> fix = toFix(report);
    if (fix.isEmpty()) {
        out << CustomerMail::tr("we checked the mail settings of %1 against the mail servers: they work, there is nothing to "
                  "change on your iPhone.")
                   .arg(report.settings.email);
    } else {
        out << CustomerMail::tr("we checked the mail settings of %1 against the mail servers. Please change this on your "
                  "iPhone:")
                   .arg(report.settings.email);
        int n = 0;
        for (const Finding &f : fix) {
            out << QString();
            for (const QString &s : f.fix)
                out << QStringLiteral("%1. %2").arg(++n).arg(s);
        }
    }
    out << QString() << CustomerMail::tr("Kind regards");
    if (!details.agent.trimmed().isEmpty())
        out << details.agent.trimmed();
    if (!details.ticket.trimmed().isEmpty())
        out << QString() << CustomerMail::tr("Ticket: %1").arg(details.ticket.trimmed());
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReportExporter::text(const CheckReport &report, const ReportDetails &details)
{
    QString t = summaryText(report, details);
    t += QLatin1Char('\n') + tr("Appendix: technical details") + QLatin1Char('\n');
    t += ReportWriter::toText(report, false);
    const QString transcript = ReportWriter::transcriptText(report);
    if (!transcript.isEmpty() && !t.contains(transcript)) {
        if (!t.endsWith(QLatin1Char('\n')))
            t += QLatin1Char('\n');
        t += QLatin1Char('\n') + tr("Transcript (passwords removed):") + QLatin1Char('\n') + transcript;
    }
    return t;
}

QImage ReportExporter::phonePicture(const CheckReport &report, int width)
{
    QStringList fields;
    for (const Finding &f : toFix(report))
        if (!f.field.isEmpty()) {
            fields << f.field << f.alsoFields;
            break;
        }
    PhoneScreenView view;
    view.showFields(report.settings, fields);
    view.resize(width, view.heightForWidth(width));
    QImage img(view.size() * 2, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(2);
    img.fill(Qt::white);
    QPainter p(&img);
    view.render(&p);
    p.end();
    return img;
}

QString ReportExporter::html(const CheckReport &report, const ReportDetails &details, const QString &pictureSrc)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                    .arg(esc(tr("Mailfix report")));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\"><tr><td valign=\"top\">");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Mailfix report for %1").arg(report.settings.email)));
    h += QStringLiteral("<p>%1</p>").arg(esc(detailsLines(details)).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    h += QStringLiteral("<h3>%1</h3>").arg(esc(verdict(report)));
    int n = 0;
    for (const Finding &f : toFix(report)) {
        h += QStringLiteral("<p><b>%1. %2</b>").arg(++n).arg(esc(f.title));
        const QString where = whereText(f, report.settings);
        if (!where.isEmpty())
            h += QStringLiteral("<br>") + esc(where);
        h += QStringLiteral("</p>");
        if (!f.fix.isEmpty()) {
            h += QStringLiteral("<ol>");
            for (const QString &s : f.fix)
                h += QStringLiteral("<li>") + esc(s) + QStringLiteral("</li>");
            h += QStringLiteral("</ol>");
        }
    }
    h += QStringLiteral("</td>");
    if (!pictureSrc.isEmpty())
        h += QStringLiteral("<td valign=\"top\" width=\"240\"><img src=\"%1\" width=\"230\"></td>").arg(pictureSrc);
    h += QStringLiteral("</tr></table>");
    // The appendix: codes, evidence and the transcript, all redacted by ReportWriter.
    h += QStringLiteral("<div style=\"page-break-before: always\"><h3>%1</h3><pre>%2</pre>")
             .arg(esc(tr("Appendix: technical details")), esc(ReportWriter::toText(report, false)));
    const QString transcript = ReportWriter::transcriptText(report);
    if (!transcript.isEmpty())
        h += QStringLiteral("<h3>%1</h3><pre>%2</pre>").arg(esc(tr("Transcript (passwords removed)")), esc(transcript));
    h += QStringLiteral("</div></body></html>");
    return h;
}

QString ReportExporter::pictureDataUri(const CheckReport &report)
{
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    phonePicture(report).save(&buf, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

void ReportExporter::copyToClipboard(const CheckReport &report, const ReportDetails &details)
{
    QGuiApplication::clipboard()->setText(summaryText(report, details));
}

QString ReportExporter::formatOf(const QString &path, const QString &fallback)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm") || suffix == QLatin1String("html"))
        return QStringLiteral("html");
    if (suffix == QLatin1String("pdf") || suffix == QLatin1String("json") || suffix == QLatin1String("txt"))
        return suffix;
    return fallback;
}

QString ReportExporter::fileName(const ReportDetails &details, const CheckReport &report, const QString &format)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.@-]+"));
    QStringList parts{QStringLiteral("mailfix")};
    for (QString part : {details.customer, details.ticket}) {
        part = part.trimmed().replace(unsafe, QStringLiteral("-"));
        if (!part.isEmpty())
            parts << part.left(40);
    }
    if (parts.size() == 1 && !report.settings.email.isEmpty())
        parts << QString(report.settings.email).replace(unsafe, QStringLiteral("-")).left(60);
    parts << whenOf(details).toString(QStringLiteral("yyyyMMdd-HHmm"));
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + format;
}

bool ReportExporter::save(const CheckReport &report, const QString &path, const QString &format, QString *error,
                          const ReportDetails &details)
{
    if (format == QLatin1String("pdf")) {
        QTextDocument doc;
        // The phone's screen sits on the first page beside the summary.
        const QString src = QStringLiteral("mailfix-phone.png");
        doc.addResource(QTextDocument::ImageResource, QUrl(src), phonePicture(report));
        doc.setHtml(html(report, details, src));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(tr("Mailfix report"));
        doc.print(&printer);
        if (!QFileInfo::exists(path)) {
            if (error)
                *error = tr("Could not write %1").arg(path);
            return false;
        }
        return true;
    }
    QByteArray bytes;
    if (format == QLatin1String("html"))
        bytes = html(report, details, pictureDataUri(report)).toUtf8();
    else if (format == QLatin1String("json"))
        bytes = ReportWriter::toJson(report);
    else
        bytes = text(report, details).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mailfix
