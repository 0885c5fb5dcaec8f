// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sasl.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace mailfix::Sasl {

QByteArray plain(const QByteArray &user, const QByteArray &password)
{
    QByteArray raw;
    raw.reserve(user.size() + password.size() + 2);
    raw.append('\0').append(user).append('\0').append(password);
    const QByteArray encoded = raw.toBase64();
    raw.fill('\0');
    return encoded;
}

QByteArray cramMd5(const QByteArray &user, const QByteArray &password, const QByteArray &challengeBase64)
{
    const QByteArray challenge = QByteArray::fromBase64(challengeBase64.trimmed());
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, password, QCryptographicHash::Md5).toHex();
    QByteArray answer = user;
    answer.append(' ').append(digest);
    return answer.toBase64();
}

QByteArray apop(const QByteArray &timestamp, const QByteArray &password)
{
    QByteArray input = timestamp;
    input.append(password);
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Md5).toHex();
    input.fill('\0');
    return digest;
}

} // namespace mailfix::Sasl
