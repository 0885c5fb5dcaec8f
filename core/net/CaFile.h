// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace mailfix {

/// The CA certificates of `--ca-file` (CONTRACT.md section 3), read the same way by
/// the CLI and the wizard: a regular file of at most MaxFileBytes, PEM (any number of
/// certificates) or a single DER certificate.
class CaFile
{
public:
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    struct Result
    {
        QList<QSslCertificate> certificates;
        /// One line when nothing usable was read, e.g. "ca.pem: no such file".
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    /// load() and parse() in one.
    static Result read(const QString &path);
    /// Only the file: the bytes, or an error in Result::error. Needs no application
    /// object, so a program can refuse a bad file before anything else.
    static Result load(const QString &path, QByteArray *data);
    /// The certificates in \a data, read from \a path (for the message). Qt's TLS backend
    /// wants a QCoreApplication for this.
    static Result parse(const QByteArray &data, const QString &path);
};

} // namespace mailfix
