// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

#include "report/ReportWriter.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace mailfix {

QString ReportExporter::text(const CheckReport &report)
{
    QString t = ReportWriter::toText(report, false);
    const QString transcript = ReportWriter::transcriptText(report);
    if (!transcript.isEmpty() && !t.contains(transcript)) {
        if (!t.endsWith(QLatin1Char('\n')))
            t += QLatin1Char('\n');
        t += QLatin1Char('\n') + tr("Transcript (passwords removed):") + QLatin1Char('\n') + transcript;
    }
    return t;
}

void ReportExporter::copyToClipboard(const CheckReport &report)
{
    QGuiApplication::clipboard()->setText(text(report));
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

bool ReportExporter::save(const CheckReport &report, const QString &path, const QString &format, QString *error)
{
    if (format == QLatin1String("pdf")) {
        QTextDocument doc;
        doc.setHtml(ReportWriter::toHtml(report));
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
        bytes = ReportWriter::toHtml(report).toUtf8();
    else if (format == QLatin1String("json"))
        bytes = ReportWriter::toJson(report);
    else
        bytes = text(report).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mailfix
