// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliConsent.h"
#include "CliOptions.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QString>

#include <deque>

namespace mailfix {

class Checker;
struct CheckReport;

/// `mailfix-cli check --batch FILE`: one account a line (the settings-file format,
/// plus "id" and passwords), at most --jobs checks at once, one JSON line out per
/// account in input order, a summary on stderr. The file is streamed: at most jobs +
/// ReorderWindow accounts are held at any time, whatever the file's length.
class BatchRun : public QObject
{
public:
    /// Lines a fast account may finish ahead of a slow one before reading pauses.
    static constexpr int ReorderWindow = 64;
    /// Longest line read; a settings line is a few hundred bytes.
    static constexpr qint64 MaxLineBytes = 64 * 1024;

    static int run(const CliOptions &options);

private:
    struct Slot
    {
        qint64 line = 0;
        bool done = false;
        QByteArray output; ///< the JSON line, once done
    };

    explicit BatchRun(const CliOptions &options);
    bool open(QString *error);
    int exec();
    /// Reads and starts accounts while there is room; writes what is finished in order.
    void pump();
    void schedulePump();
    bool finishedAll() const;
    /// The next line of the file (without its line break); false at the end.
    bool readLine(QByteArray *line, bool *tooLong);
    void startLine(qint64 lineNumber, QByteArray &line, bool tooLong);
    void finishSlot(Slot &slot, const QByteArray &json);
    QByteArray brokenLine(qint64 lineNumber, const QString &id, bool hasId, const QString &error) const;
    QString where(qint64 lineNumber) const;

    const CliOptions &m_options;
    CliConsent m_consent;
    QFile m_file;
    std::deque<Slot> m_window; ///< accounts read and not yet written, in input order
    QHash<size_t, qint64> m_seenIds; ///< hash of each id → its first line (duplicates)
    qint64 m_lineNumber = 0;
    int m_running = 0;
    bool m_eof = false;
    bool m_pumpScheduled = false;
    QEventLoop *m_loop = nullptr;
    QElapsedTimer m_clock;
    // Summary.
    qint64 m_accounts = 0, m_clean = 0, m_withErrors = 0, m_broken = 0, m_duplicates = 0, m_cut = 0;
};

} // namespace mailfix
