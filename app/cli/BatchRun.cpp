// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchRun.h"

#include "CheckCommand.h"
#include "Terminal.h"
#include "Usage.h"

#include "Checker.h"
#include "account/SettingsFile.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace mailfix {

BatchRun::BatchRun(const CliOptions &options) : m_options(options), m_consent(options.check) {}

int BatchRun::run(const CliOptions &options)
{
    BatchRun batch(options);
    QString error;
    if (!batch.open(&error))
        usage(QStringLiteral("--batch ") + error);
    return batch.exec();
}

bool BatchRun::open(QString *error)
{
    const QString path = m_options.batchFile;
    if (path == QLatin1String("-")) {
        if (!m_file.open(stdin, QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("mailfix-cli", "-: standard input cannot be read");
            return false;
        }
        return true;
    }
    // Only a regular file: a FIFO or a device could block the open or never end.
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QCoreApplication::translate("mailfix-cli", "%1: no such file").arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("mailfix-cli", "%1: is a folder, not a batch file").arg(path);
        return false;
    }
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat st;
    if (fd < 0) {
        *error = QCoreApplication::translate("mailfix-cli", "%1: cannot be read (%2)").arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = QCoreApplication::translate("mailfix-cli", "%1: is not a regular file (a named pipe, a device or a socket); "
                                       "use --batch - to read standard input").arg(path);
        return false;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (!m_file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
#else
    if (!info.isFile() || !(m_file.setFileName(path), m_file.open(QIODevice::ReadOnly))) {
#endif
        *error = QCoreApplication::translate("mailfix-cli", "%1: cannot be read (%2)").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

QString BatchRun::where(qint64 lineNumber) const
{
    return QCoreApplication::translate("mailfix-cli", "%1: line %2").arg(m_options.batchFile).arg(lineNumber);
}

int BatchRun::exec()
{
    m_clock.start();
    QEventLoop loop;
    m_loop = &loop;
    pump();
    if (!finishedAll())
        loop.exec();
    m_loop = nullptr;
    if (m_accounts == 0 && m_broken == 0)
        usage(QCoreApplication::translate("mailfix-cli", "%1: no accounts in it (one JSON object a line)").arg(m_options.batchFile));
    Terminal::writeErr(
        QCoreApplication::translate("mailfix-cli", "mailfix-cli: batch %1: %2 lines checked in %3 s: %4 without errors, %5 with errors, "
                       "%6 broken lines, %7 duplicate ids%8")
            .arg(m_options.batchFile)
            .arg(m_accounts + m_broken)
            .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
            .arg(m_clean)
            .arg(m_withErrors)
            .arg(m_broken)
            .arg(m_duplicates)
            .arg(m_cut ? QCoreApplication::translate("mailfix-cli", ", %1 cut short").arg(m_cut) : QString()));
    if (m_withErrors > 0 || m_broken > 0)
        return ExitErrors;
    if (m_cut > 0)
        return ExitInternal;
    return ExitOk;
}

void BatchRun::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpScheduled = false;
            pump();
            if (finishedAll() && m_loop)
                m_loop->quit();
        },
        Qt::QueuedConnection);
}

bool BatchRun::finishedAll() const
{
    return m_eof && m_window.empty() && m_running == 0;
}

bool BatchRun::readLine(QByteArray *line, bool *tooLong)
{
    *tooLong = false;
    line->clear();
    if (m_eof)
        return false;
    char buf[4096];
    bool any = false;
    for (;;) {
        const qint64 n = m_file.readLine(buf, sizeof buf);
        if (n <= 0) {
            m_eof = true;
            return any;
        }
        any = true;
        const bool end = buf[n - 1] == '\n';
        if (!*tooLong) {
            if (line->size() + n > MaxLineBytes) {
                *tooLong = true;
                line->fill('\0');
                line->clear();
            } else {
                line->append(buf, qsizetype(n));
            }
        }
        if (end)
            break;
    }
    std::fill(std::begin(buf), std::end(buf), '\0');
    if (line->endsWith('\n'))
        line->chop(1);
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

void BatchRun::pump()
{
    // Write what is finished, in input order.
    while (!m_window.empty() && m_window.front().done) {
        Terminal::writeOutRaw(m_window.front().output);
        m_window.pop_front();
    }
    // Read and start while there is room for a check and in the reorder window.
    QByteArray line;
    bool tooLong = false;
    while (m_running < m_options.jobs && m_window.size() < size_t(m_options.jobs + ReorderWindow) &&
           readLine(&line, &tooLong)) {
        ++m_lineNumber;
        if (!tooLong && line.trimmed().isEmpty())
            continue; // blank lines are not accounts
        startLine(m_lineNumber, line, tooLong);
        line.fill('\0');
        while (!m_window.empty() && m_window.front().done) {
            Terminal::writeOutRaw(m_window.front().output);
            m_window.pop_front();
        }
    }
}

QByteArray BatchRun::brokenLine(qint64 lineNumber, const QString &id, bool hasId, const QString &error) const
{
    QJsonObject o;
    o.insert(QStringLiteral("line"), double(lineNumber));
    if (hasId)
        o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("ok"), false);
    o.insert(QStringLiteral("error"), error);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

void BatchRun::startLine(qint64 lineNumber, QByteArray &line, bool tooLong)
{
    m_window.push_back(Slot{lineNumber, false, {}});
    Slot &slot = m_window.back();
    if (tooLong) {
        ++m_broken;
        slot.done = true;
        slot.output = brokenLine(lineNumber, {}, false,
                                 QCoreApplication::translate("mailfix-cli", "%1: longer than 64 KiB; one account a line").arg(where(lineNumber)));
        Terminal::writeErr(QStringLiteral("mailfix-cli: ") + QCoreApplication::translate("mailfix-cli", "%1: line too long").arg(where(lineNumber)));
        return;
    }
    AccountSettings settings;
    SettingsParseOptions parseOptions;
    parseOptions.batchLine = true;
    const SettingsParseResult r = SettingsFile::parse(line, &settings, where(lineNumber), parseOptions);
    if (r.hasId) {
        const size_t h = qHash(r.id, size_t(0x6d61696c666978));
        const auto it = m_seenIds.constFind(h);
        if (it != m_seenIds.constEnd()) {
            ++m_duplicates;
            Terminal::writeErr(QCoreApplication::translate("mailfix-cli", "mailfix-cli: warning: %1: id '%2' is also on line %3")
                                   .arg(where(lineNumber), r.id.left(100))
                                   .arg(it.value()));
        } else {
            m_seenIds.insert(h, lineNumber);
        }
    }
    QString error = r.ok ? QString() : r.error;
    if (error.isEmpty() && !settings.hasSide(ServerSide::Incoming) && !settings.hasSide(ServerSide::Outgoing))
        error = QCoreApplication::translate("mailfix-cli", "%1: nothing to check: give \"incoming\": {\"host\": ...} and/or "
                                                    "\"outgoing\": {\"host\": ...}")
                    .arg(where(lineNumber));
    if (!error.isEmpty()) {
        settings.incoming.password.wipe();
        settings.outgoing.password.wipe();
        ++m_broken;
        slot.done = true;
        slot.output = brokenLine(lineNumber, r.id, r.hasId, error);
        Terminal::writeErr(QStringLiteral("mailfix-cli: ") + error);
        return;
    }
    for (const QString &k : r.unknownKeys)
        Terminal::writeErr(
            QCoreApplication::translate("mailfix-cli", "mailfix-cli: warning: %1: unknown key '%2' ignored").arg(where(lineNumber), k));

    auto *checker = new Checker(this);
    checker->setConsentProvider(&m_consent);
    ++m_running;
    ++m_accounts;
    const QString id = r.id;
    const bool hasId = r.hasId;
    connect(checker, &Checker::finished, this, [this, checker, lineNumber, id, hasId](const CheckReport &report) {
        QJsonObject o = QJsonDocument::fromJson(ReportWriter::toJson(report)).object();
        if (!m_options.transcript)
            o.remove(QStringLiteral("transcript"));
        QJsonObject head;
        head.insert(QStringLiteral("line"), double(lineNumber));
        if (hasId)
            head.insert(QStringLiteral("id"), id);
        for (auto it = head.constBegin(); it != head.constEnd(); ++it)
            o.insert(it.key(), it.value());
        const int status = CheckCommand::exitStatus(report);
        if (status == ExitErrors)
            ++m_withErrors;
        else if (status == ExitInternal)
            ++m_cut;
        else
            ++m_clean;
        for (Slot &s : m_window) {
            if (s.line == lineNumber) {
                s.done = true;
                s.output = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
                break;
            }
        }
        --m_running;
        checker->deleteLater();
        schedulePump();
    });
    checker->start(settings, m_options.check);
    settings.incoming.password.wipe();
    settings.outgoing.password.wipe();
}

} // namespace mailfix
