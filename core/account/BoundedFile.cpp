// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mailfix {

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

#ifdef Q_OS_UNIX
BoundedFile::Status typeOf(mode_t mode)
{
    if (S_ISREG(mode))
        return BoundedFile::Status::Ok;
    if (S_ISDIR(mode))
        return BoundedFile::Status::Folder;
    return BoundedFile::Status::NotRegular;
}
#endif

} // namespace

BoundedFile::Result BoundedFile::read(const QString &path, qint64 maxBytes)
{
    Result r;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (native.isEmpty() || ::stat(native.constData(), &st) != 0) {
        r.status = errno == EACCES ? Status::Unreadable : Status::Missing;
        r.reason = QString::fromLocal8Bit(std::strerror(errno));
        return r;
    }
    if ((r.status = typeOf(st.st_mode)) != Status::Ok)
        return r;
    // O_NONBLOCK: if the path was swapped for a FIFO since stat(), open() still
    // returns at once; fstat() on what was opened decides.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        r.status = errno == ENOENT ? Status::Missing : Status::Unreadable;
        r.reason = QString::fromLocal8Bit(std::strerror(errno));
        return r;
    }
    if (::fstat(fd, &st) != 0 || (r.status = typeOf(st.st_mode)) != Status::Ok) {
        if (r.status == Status::Ok)
            r.status = Status::Unreadable;
        ::close(fd);
        return r;
    }
    if (st.st_size > maxBytes) {
        r.status = Status::TooLarge;
        ::close(fd);
        return r;
    }
    // Read at most one byte past the limit: the file may grow while it is read.
    r.data.resize(qsizetype(maxBytes + 1));
    qint64 got = 0;
    while (got <= maxBytes) {
        const ssize_t n = ::read(fd, r.data.data() + got, size_t(maxBytes + 1 - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            r.status = Status::Unreadable;
            r.reason = QString::fromLocal8Bit(std::strerror(errno));
            r.data.clear();
            ::close(fd);
            return r;
        }
        if (n == 0)
            break;
        got += n;
    }
    ::close(fd);
    r.data.truncate(qsizetype(got));
    if (got > maxBytes) {
        r.status = Status::TooLarge;
        r.data.clear();
    }
    return r;
#else
    const QFileInfo info(path);
    if (!info.exists()) {
        r.status = Status::Missing;
        return r;
    }
    if (info.isDir()) {
        r.status = Status::Folder;
        return r;
    }
    if (!info.isFile()) {
        r.status = Status::NotRegular;
        return r;
    }
    if (info.size() > maxBytes) {
        r.status = Status::TooLarge;
        return r;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.status = Status::Unreadable;
        r.reason = f.errorString();
        return r;
    }
    r.data = f.read(maxBytes + 1);
    if (f.error() != QFileDevice::NoError) {
        r.status = Status::Unreadable;
        r.reason = f.errorString();
        r.data.clear();
        return r;
    }
    r.status = r.data.size() > maxBytes ? Status::TooLarge : Status::Ok;
    if (r.status != Status::Ok)
        r.data.clear();
    return r;
#endif
}

QString BoundedFile::describe(const Result &r, const QString &noun, qint64 maxBytes)
{
    switch (r.status) {
    case Status::Ok:
        return {};
    case Status::Missing:
        return QCoreApplication::translate("BoundedFile", "no such file");
    case Status::Folder:
        return QCoreApplication::translate("BoundedFile", "is a folder, not a %1").arg(noun);
    case Status::NotRegular:
        return QCoreApplication::translate("BoundedFile", "is not a regular file (a named pipe, a device or a socket), not a %1").arg(noun);
    case Status::Unreadable:
        return QCoreApplication::translate("BoundedFile", "cannot be read (%1)").arg(r.reason.isEmpty() ? QStringLiteral("error") : r.reason);
    case Status::TooLarge:
        return QCoreApplication::translate("BoundedFile", "is larger than %1; a %2 is much smaller").arg(sizeText(maxBytes), noun);
    }
    return {};
}

} // namespace mailfix
