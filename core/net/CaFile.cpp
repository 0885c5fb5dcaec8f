// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaFile.h"

#include "account/BoundedFile.h"

#include <QCoreApplication>
#include <algorithm>

namespace mailfix {

CaFile::Result CaFile::read(const QString &path)
{
    QByteArray data;
    const Result loaded = load(path, &data);
    return loaded.ok() ? parse(data, path) : loaded;
}

CaFile::Result CaFile::load(const QString &path, QByteArray *data)
{
    Result r;
    const BoundedFile::Result file = BoundedFile::read(path, MaxFileBytes);
    if (!file.ok())
        r.error = path + QStringLiteral(": ") +
                  BoundedFile::describe(file, QCoreApplication::translate("CaFile", "certificate file"), MaxFileBytes);
    else
        *data = file.data;
    return r;
}

CaFile::Result CaFile::parse(const QByteArray &data, const QString &path)
{
    Result r;
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    certs.erase(
        std::remove_if(certs.begin(), certs.end(), [](const QSslCertificate &c) { return c.isNull(); }),
        certs.end());
    if (certs.isEmpty()) {
        r.error = QCoreApplication::translate(
                      "CaFile", "%1: no certificate in it (expected PEM with \"-----BEGIN CERTIFICATE-----\")")
                      .arg(path);
        return r;
    }
    r.certificates = certs;
    return r;
}

} // namespace mailfix
