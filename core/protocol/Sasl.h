// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace mailfix::Sasl {

/// RFC 4616 PLAIN, base64: "\0user\0password".
QByteArray plain(const QByteArray &user, const QByteArray &password);
/// RFC 2195 CRAM-MD5 answer to a base64 challenge, base64: "user hex(hmac-md5)".
QByteArray cramMd5(const QByteArray &user, const QByteArray &password, const QByteArray &challengeBase64);
/// RFC 1939 APOP digest: hex(md5(timestamp password)).
QByteArray apop(const QByteArray &timestamp, const QByteArray &password);

} // namespace mailfix::Sasl
