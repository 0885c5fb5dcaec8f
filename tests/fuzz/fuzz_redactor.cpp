// SPDX-License-Identifier: GPL-3.0-or-later
// Redactor: input is "secret\ntext". Whatever the text, the secret never comes out in clear.
#include "FuzzCommon.h"
#include "model/Redactor.h"

using namespace mailfix;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nl = input.indexOf('\n');
    if (nl <= 0)
        return 0;
    const QByteArray secret = input.left(nl);
    const QString text = QString::fromUtf8(input.mid(nl + 1));
    Redactor r;
    r.addSecret(secret);
    const QString out = r.redact(text);
    // The mask is all '*': a secret made of '*' cannot be told apart from it.
    if (!secret.contains('*'))
        FUZZ_ASSERT(!out.contains(QString::fromUtf8(secret)));
    // The base64 form is caught wherever it stands.
    const QString b64 = QString::fromLatin1(secret.toBase64());
    if (!secret.contains('*') && b64.size() >= 4)
        FUZZ_ASSERT(!r.redact(text + QLatin1Char(' ') + b64).contains(b64));
    return 0;
}
