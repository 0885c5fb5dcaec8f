// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/Secret.h"

#include <QByteArray>
#include <QString>

namespace mailfix {

/// Signs a configuration profile: CMS SignedData (RFC 5652), DER, content attached,
/// so the phone shows it as "Verified" when it trusts the signer.
class ProfileSigner
{
public:
    struct Result
    {
        bool ok = false;
        QByteArray der; ///< the signed profile
        QString error;  ///< one sentence for the user when !ok
    };

    /// Signer certificate and private key as PEM files (the key may be encrypted
    /// with \a passphrase), with an optional PEM file of intermediate certificates.
    static Result signWithPem(const QByteArray &content, const QString &certPath, const QString &keyPath,
                              const QString &chainPath = {}, const Secret &passphrase = {});
    /// Certificate, key and chain from one PKCS#12 file; an extra PEM chain may be added.
    static Result signWithPkcs12(const QByteArray &content, const QString &p12Path, const Secret &passphrase,
                                 const QString &chainPath = {});
    /// Whether the PEM key file is encrypted (so a passphrase must be asked for).
    static bool isEncryptedPemKey(const QString &keyPath);
};

} // namespace mailfix
