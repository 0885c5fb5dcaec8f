// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mailfix {

/// Renders a CheckReport for scripts (JSON, CONTRACT.md section 4) and for people
/// (text, HTML). Every output passes a final redaction with the report's own
/// passwords, so nothing rendered here can carry them, in clear or encoded.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    /// CONTRACT.md section 4, plus "version", "ios" and "elapsed_ms" at the top
    /// ("cancelled": true only when the check was cut short), and "also_fields" /
    /// "params" in a finding only when not empty. Settings carry "password_set"
    /// per side instead of passwords. Indented, UTF-8, ends with a newline.
    static QByteArray toJson(const CheckReport &report);
    /// For a terminal: checks (one line each), findings worst first with the
    /// phone path and numbered fix steps, then a summary line. With \a color,
    /// ANSI colours and check marks; without, plain "[pass]"/"[FAIL]" markers.
    static QString toText(const CheckReport &report, bool color = false);
    /// A self-contained HTML page (inline style, no external resources).
    static QString toHtml(const CheckReport &report);
    /// The conversation with the servers, one line each: "  12 ms outgoing S: 220 ...".
    static QString transcriptText(const CheckReport &report);
};

} // namespace mailfix
