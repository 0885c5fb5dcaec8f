// SPDX-License-Identifier: GPL-3.0-or-later
// A throwaway PKI made with the openssl command at test time: a root CA, an
// intermediate CA, a profile-signing certificate under it, an encrypted copy of its
// key, a PKCS#12 bundle, and an unrelated key that belongs to no certificate.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace mailfix::test {

struct TestPki
{
    QTemporaryDir dir;
    QString rootCa, intermediate, signerCert, signerKey, encryptedKey, p12, otherKey;
    bool ok = false;
    QString error;
    static inline const QByteArray Passphrase = QByteArrayLiteral("pki-Passphrase-42");

    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    bool openssl(const QStringList &args, const QByteArray &passEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!passEnv.isEmpty())
            env.insert(QStringLiteral("TESTPKI_PASS"), QString::fromUtf8(passEnv));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(20000) || p.exitCode() != 0) {
            error = QStringLiteral("openssl %1: %2")
                        .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    }

    TestPki()
    {
        if (!dir.isValid())
            return;
        QFile cnf(path("ext.cnf"));
        cnf.open(QIODevice::WriteOnly);
        cnf.write("[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
                  "subjectKeyIdentifier=hash\n"
                  "[leaf]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                  "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n"
                  "[req]\ndistinguished_name=dn\nprompt=no\n[dn]\nCN=unused\n");
        cnf.close();
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
        auto req = [&](const char *subj, const char *ext, const char *key, const char *cert,
                       const char *caCert, const char *caKey) {
            QStringList a{QStringLiteral("req"),     QStringLiteral("-x509"),       QStringLiteral("-config"),
                          QStringLiteral("ext.cnf"), QStringLiteral("-extensions"), QLatin1String(ext)};
            a += ec;
            a += {QStringLiteral("-keyout"), QLatin1String(key),      QStringLiteral("-out"),
                  QLatin1String(cert),       QStringLiteral("-subj"), QLatin1String(subj),
                  QStringLiteral("-days"),   QStringLiteral("2")};
            if (caCert)
                a += {QStringLiteral("-CA"), QLatin1String(caCert), QStringLiteral("-CAkey"),
                      QLatin1String(caKey)};
            return openssl(a);
        };
        ok =
            req("/CN=Mailfix Test Root", "ca", "root.key", "root.pem", nullptr, nullptr) &&
            req("/CN=Mailfix Test Intermediate", "ca", "inter.key", "inter.pem", "root.pem", "root.key") &&
            req("/CN=Mailfix Profile Signer", "leaf", "signer.key", "signer.pem", "inter.pem", "inter.key") &&
            req("/CN=Someone Else", "leaf", "other.key", "other.pem", "root.pem", "root.key") &&
            openssl({QStringLiteral("pkey"), QStringLiteral("-in"), QStringLiteral("signer.key"),
                     QStringLiteral("-aes256"), QStringLiteral("-passout"),
                     QStringLiteral("env:TESTPKI_PASS"), QStringLiteral("-out"),
                     QStringLiteral("signer-enc.key")},
                    Passphrase) &&
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                     QStringLiteral("signer.key"), QStringLiteral("-in"), QStringLiteral("signer.pem"),
                     QStringLiteral("-certfile"), QStringLiteral("inter.pem"), QStringLiteral("-passout"),
                     QStringLiteral("env:TESTPKI_PASS"), QStringLiteral("-out"),
                     QStringLiteral("signer.p12")},
                    Passphrase);
        rootCa = path("root.pem");
        intermediate = path("inter.pem");
        signerCert = path("signer.pem");
        signerKey = path("signer.key");
        encryptedKey = path("signer-enc.key");
        p12 = path("signer.p12");
        otherKey = path("other.key");
    }

    /// Runs `openssl cms -verify -inform DER -CAfile root` on \a der; the content on success.
    bool verify(const QByteArray &der, QByteArray *content, QString *why)
    {
        QFile f(path("signed.der"));
        f.open(QIODevice::WriteOnly);
        f.write(der);
        f.close();
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral("openssl"),
                {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-inform"),
                 QStringLiteral("DER"), QStringLiteral("-in"), QStringLiteral("signed.der"),
                 QStringLiteral("-CAfile"), rootCa});
        p.waitForFinished(20000);
        *content = p.readAllStandardOutput();
        *why = QString::fromLocal8Bit(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
};

} // namespace mailfix::test
