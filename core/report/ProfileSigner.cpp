// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSigner.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

namespace mailfix {

namespace {

constexpr qint64 MaxFileBytes = 1024 * 1024;

struct Free
{
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
    void operator()(CMS_ContentInfo *p) const { CMS_ContentInfo_free(p); }
    void operator()(STACK_OF(X509) * p) const { sk_X509_pop_free(p, X509_free); }
};
template <typename T> using Owned = std::unique_ptr<T, Free>;

ProfileSigner::Result failure(const QString &message)
{
    ERR_clear_error();
    ProfileSigner::Result r;
    r.error = message;
    return r;
}

/// Reads a small file; on failure \a error says why in one sentence.
bool readFile(const QString &path, const QString &what, QByteArray *out, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1 %2: no such file").arg(what, path);
        return false;
    }
    if (info.isDir()) {
        *error = QStringLiteral("%1 %2: is a folder, not a file").arg(what, path);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 %2: cannot be read (%3)").arg(what, path, f.errorString());
        return false;
    }
    if (f.size() > MaxFileBytes) {
        *error = QStringLiteral("%1 %2: too large for a certificate or key file").arg(what, path);
        return false;
    }
    *out = f.readAll();
    return true;
}

Owned<BIO> memoryBio(const QByteArray &bytes)
{
    return Owned<BIO>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

int passphraseCallback(char *buf, int size, int, void *userdata)
{
    const QByteArray *pass = static_cast<const QByteArray *>(userdata);
    if (!pass || pass->isEmpty() || pass->size() > size)
        return -1; // no passphrase: fail instead of prompting on the terminal
    std::memcpy(buf, pass->constData(), size_t(pass->size()));
    return int(pass->size());
}

/// Every certificate in a PEM file (the chain); false with \a error when there is none.
bool readChain(const QString &path, STACK_OF(X509) * into, QString *error)
{
    QByteArray pem;
    if (!readFile(path, QStringLiteral("--sign-chain"), &pem, error))
        return false;
    Owned<BIO> bio = memoryBio(pem);
    int n = 0;
    while (X509 *c = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        sk_X509_push(into, c);
        ++n;
    }
    ERR_clear_error(); // the read that ended the loop
    if (n == 0) {
        *error = QStringLiteral("--sign-chain %1: no certificate in it (expected PEM with "
                                "\"-----BEGIN CERTIFICATE-----\")")
                     .arg(path);
        return false;
    }
    return true;
}

ProfileSigner::Result sign(const QByteArray &content, X509 *cert, EVP_PKEY *key, STACK_OF(X509) * chain)
{
    if (X509_check_private_key(cert, key) != 1)
        return failure(QStringLiteral("the private key does not belong to the signing certificate"));
    Owned<BIO> in = memoryBio(content);
    // Binary: the profile's bytes are signed exactly as they are (no MIME line endings).
    Owned<CMS_ContentInfo> cms(CMS_sign(cert, key, chain, in.get(), CMS_BINARY));
    if (!cms) {
        const unsigned long e = ERR_peek_last_error();
        char text[256] = {};
        ERR_error_string_n(e, text, sizeof text);
        return failure(QStringLiteral("signing failed: %1").arg(QString::fromLatin1(text)));
    }
    Owned<BIO> out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return failure(QStringLiteral("signing failed: the signature could not be encoded"));
    char *data = nullptr;
    const long len = BIO_get_mem_data(out.get(), &data);
    ProfileSigner::Result r;
    r.ok = true;
    r.der = QByteArray(data, int(len));
    ERR_clear_error();
    return r;
}

} // namespace

bool ProfileSigner::isEncryptedPemKey(const QString &keyPath)
{
    QFile f(keyPath);
    if (!f.open(QIODevice::ReadOnly) || f.size() > MaxFileBytes)
        return false;
    const QByteArray pem = f.readAll();
    return pem.contains("BEGIN ENCRYPTED PRIVATE KEY") || pem.contains("Proc-Type: 4,ENCRYPTED");
}

ProfileSigner::Result ProfileSigner::signWithPem(const QByteArray &content, const QString &certPath,
                                                 const QString &keyPath, const QString &chainPath,
                                                 const Secret &passphrase)
{
    QString error;
    QByteArray certPem, keyPem;
    if (!readFile(certPath, QStringLiteral("--sign-cert"), &certPem, &error) ||
        !readFile(keyPath, QStringLiteral("--sign-key"), &keyPem, &error))
        return failure(error);
    Owned<BIO> certBio = memoryBio(certPem);
    Owned<X509> cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return failure(QStringLiteral("--sign-cert %1: no certificate in it (expected PEM with "
                                      "\"-----BEGIN CERTIFICATE-----\")")
                           .arg(certPath));
    Owned<BIO> keyBio = memoryBio(keyPem);
    QByteArray pass = passphrase.reveal();
    Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback, &pass));
    pass.fill('\0');
    keyPem.fill('\0');
    if (!key) {
        const bool encrypted = isEncryptedPemKey(keyPath);
        if (encrypted && passphrase.isEmpty())
            return failure(QStringLiteral("--sign-key %1: the key is encrypted and no passphrase was given "
                                          "(set MAILFIX_SIGN_PASSPHRASE)")
                               .arg(keyPath));
        return failure(encrypted ? QStringLiteral("--sign-key %1: wrong passphrase for the key").arg(keyPath)
                                 : QStringLiteral("--sign-key %1: no private key in it (expected PEM with "
                                                  "\"-----BEGIN PRIVATE KEY-----\")")
                                       .arg(keyPath));
    }
    Owned<STACK_OF(X509)> chain(sk_X509_new_null());
    if (!chainPath.isEmpty() && !readChain(chainPath, chain.get(), &error))
        return failure(error);
    return sign(content, cert.get(), key.get(), chain.get());
}

ProfileSigner::Result ProfileSigner::signWithPkcs12(const QByteArray &content, const QString &p12Path,
                                                    const Secret &passphrase, const QString &chainPath)
{
    QString error;
    QByteArray der;
    if (!readFile(p12Path, QStringLiteral("--sign-p12"), &der, &error))
        return failure(error);
    Owned<BIO> bio = memoryBio(der);
    Owned<PKCS12> p12(d2i_PKCS12_bio(bio.get(), nullptr));
    if (!p12)
        return failure(QStringLiteral("--sign-p12 %1: not a PKCS#12 file (.p12 / .pfx)").arg(p12Path));
    QByteArray pass = passphrase.reveal();
    pass.append('\0');
    // An empty passphrase may mean "none" or "the empty string": PKCS12_verify_mac decides.
    const char *pw = passphrase.isEmpty() ? nullptr : pass.constData();
    if (!PKCS12_verify_mac(p12.get(), pw, -1) && !(pw == nullptr && PKCS12_verify_mac(p12.get(), "", 0))) {
        pass.fill('\0');
        return failure(
            QStringLiteral("--sign-p12 %1: wrong passphrase (or the file is damaged)").arg(p12Path));
    }
    EVP_PKEY *keyRaw = nullptr;
    X509 *certRaw = nullptr;
    STACK_OF(X509) *caRaw = nullptr;
    const int parsed = PKCS12_parse(p12.get(), pw ? pw : "", &keyRaw, &certRaw, &caRaw);
    pass.fill('\0');
    Owned<EVP_PKEY> key(keyRaw);
    Owned<X509> cert(certRaw);
    Owned<STACK_OF(X509)> chain(caRaw ? caRaw : sk_X509_new_null());
    if (!parsed)
        return failure(QStringLiteral("--sign-p12 %1: cannot be opened with this passphrase (an old "
                                      "encryption such as RC2 may need re-exporting)")
                           .arg(p12Path));
    if (!key || !cert)
        return failure(
            QStringLiteral("--sign-p12 %1: holds no certificate with its private key").arg(p12Path));
    if (!chainPath.isEmpty() && !readChain(chainPath, chain.get(), &error))
        return failure(error);
    return sign(content, cert.get(), key.get(), chain.get());
}

} // namespace mailfix
