// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

namespace mailfix {

/// What a ticket needs besides the check: who, which ticket, who helped, when.
struct ReportDetails
{
    QString customer;
    QString ticket;
    QString agent;
    QDateTime when; ///< when the check finished; now when not set
};

/// Copies and saves the report. The report opens with the verdict, the fix steps in plain
/// words and the phone's screen; codes and the (redacted) transcript follow in an appendix.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    /// The summary for the clipboard: verdict, what to change and where; no codes, no transcript.
    static QString summaryText(const CheckReport &report, const ReportDetails &details = {});
    /// The fix steps as a reply to the customer's e-mail.
    static QString emailReply(const CheckReport &report, const ReportDetails &details = {});
    /// The whole report as plain text: the summary, then the technical appendix and the transcript.
    static QString text(const CheckReport &report, const ReportDetails &details = {});
    /// The HTML report; \a pictureSrc (a URL or data: URI) places the phone's screen beside the summary.
    static QString html(const CheckReport &report, const ReportDetails &details = {}, const QString &pictureSrc = {});
    static QString pictureDataUri(const CheckReport &report);
    static void copyToClipboard(const CheckReport &report, const ReportDetails &details = {});
    /// \a format: "txt", "html", "pdf" or "json". False and \a error on failure.
    static bool save(const CheckReport &report, const QString &path, const QString &format, QString *error,
                     const ReportDetails &details = {});
    /// "txt" / "html" / "pdf" / "json" from the file name, or \a fallback.
    static QString formatOf(const QString &path, const QString &fallback);
    /// "mailfix-<customer>-<ticket>-<yyyyMMdd-HHmm>.<format>", parts left out when empty.
    static QString fileName(const ReportDetails &details, const CheckReport &report, const QString &format);
    /// The verdict in one line, plain words.
    static QString verdict(const CheckReport &report);
    /// The phone's screen of the first finding to fix, its rows highlighted.
    static QImage phonePicture(const CheckReport &report, int width = 340);
};

} // namespace mailfix
