// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mailfix {

/// Reads a small file given by a person (settings, CA certificates) so that it can
/// never block or fill memory: only regular files are opened (a FIFO, a device or a
/// folder is refused before a blocking open), and at most a fixed number of bytes
/// is read.
class BoundedFile
{
public:
    enum class Status { Ok, Missing, Folder, NotRegular, Unreadable, TooLarge };

    struct Result
    {
        Status status = Status::Missing;
        QByteArray data;  ///< the whole file when Ok
        QString reason;   ///< for Unreadable: the system's words ("Permission denied")
        bool ok() const { return status == Status::Ok; }
    };

    /// Reads the regular file at \a path when it has at most \a maxBytes bytes.
    static Result read(const QString &path, qint64 maxBytes);

    /// One line for a failed read, e.g. "is a named pipe (FIFO), not a settings file";
    /// \a noun names what the file should have been ("settings file").
    static QString describe(const Result &result, const QString &noun, qint64 maxBytes);
};

} // namespace mailfix
