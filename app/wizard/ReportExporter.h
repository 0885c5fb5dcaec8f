// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckReport.h"

#include <QCoreApplication>
#include <QString>

namespace mailfix {

/// Copies and saves the report; every format comes from ReportWriter, which redacts.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    /// The plain text report (with the transcript) for the clipboard or a .txt file.
    static QString text(const CheckReport &report);
    static void copyToClipboard(const CheckReport &report);
    /// \a format: "txt", "html", "pdf" or "json". False and \a error on failure.
    static bool save(const CheckReport &report, const QString &path, const QString &format, QString *error);
    /// "txt" / "html" / "pdf" / "json" from the file name, or \a fallback.
    static QString formatOf(const QString &path, const QString &fallback);
};

} // namespace mailfix
