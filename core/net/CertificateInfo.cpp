// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateInfo.h"

#include <QCryptographicHash>

namespace mailfix {

CertificateInfo CertificateInfo::from(const TlsInfo &tls, const QString &host, quint16 port)
{
    CertificateInfo info;
    info.host = host;
    info.port = port;
    if (!tls.chain.isEmpty()) {
        const QSslCertificate &leaf = tls.chain.first();
        const auto alt = leaf.subjectAlternativeNames();
        for (auto it = alt.cbegin(); it != alt.cend(); ++it)
            if (!info.names.contains(it.value()))
                info.names.append(it.value());
        if (info.names.isEmpty())
            info.names = leaf.subjectInfo(QSslCertificate::CommonName);
        info.subject = leaf.subjectDisplayName();
        info.issuer = leaf.issuerDisplayName();
        info.notBefore = leaf.effectiveDate();
        info.notAfter = leaf.expiryDate();
        info.sha256 = QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex());
    }
    auto add = [&info](CertProblem p) {
        if (!info.problems.contains(p))
            info.problems.append(p);
    };
    for (const QSslError &e : tls.errors) {
        info.errorTexts.append(e.errorString());
        switch (e.error()) {
        case QSslError::CertificateExpired: add(CertProblem::Expired); break;
        case QSslError::CertificateNotYetValid: add(CertProblem::NotYetValid); break;
        case QSslError::HostNameMismatch: add(CertProblem::HostnameMismatch); break;
        default: add(CertProblem::Untrusted); break;
        }
    }
    return info;
}

QString CertificateInfo::fingerprintDisplay() const
{
    QString out;
    for (int i = 0; i + 1 < sha256.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(':');
        out += sha256.mid(i, 2).toUpper();
    }
    return out;
}

} // namespace mailfix
