// SPDX-License-Identifier: GPL-3.0-or-later
// The credential property (issue 14) under libFuzzer: the input chooses the
// protocol, the server's echo and the user name and password bytes; every probe
// and every output format must then hold no form of the password, valid JSON, and
// no line on the wire beyond the client's own commands (CredentialProperty.h).
#include "FuzzCommon.h"
#include "CredentialProperty.h"

using namespace mailfix;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 16 * 1024)
        return 0;
    fuzz::ensureApp();
    const quint8 mode = data[0];
    const qsizetype userLen = std::min<qsizetype>(data[1] % 64, qsizetype(size - 2));
    test::CredentialCase c;
    c.proto = (mode & 3) % 3;
    c.echo = (mode >> 2) & 3;
    c.pipelining = (mode >> 4) & 1;
    c.literalPlus = (mode >> 5) & 1;
    c.rightPassword = !((mode >> 6) & 1);
    c.user = QByteArray(reinterpret_cast<const char *>(data + 2), userLen);
    if (c.user.trimmed().isEmpty())
        c.user = "fuzz@example.test";
    // Distinctive ends, so that a partial password can be searched for.
    c.password = "Qx7Kp2Ld" + QByteArray(reinterpret_cast<const char *>(data + 2 + userLen), qsizetype(size - 2) - userLen)
        + "Vn9Rt4Hs";
    const std::string broke = test::checkCredentialCase(c);
    if (!broke.empty()) {
        fprintf(stderr, "credential property broken: %s\n", broke.c_str());
        std::abort();
    }
    return 0;
}
