// SPDX-License-Identifier: GPL-3.0-or-later
// POP3 status lines (with RFC 2449 response codes).
#include "FuzzCommon.h"
#include "net/LineReader.h"
#include "protocol/Pop3Reply.h"

using namespace mailfix;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    LineReader reader(1024);
    for (const QByteArray &chunk : fuzz::chunks(input)) {
        reader.append(chunk);
        QByteArray line;
        while (reader.nextLine(&line)) {
            const auto r = Pop3Reply::parse(line);
            if (r) {
                FUZZ_ASSERT(!(r->ok && r->continuation));
                FUZZ_ASSERT(line.startsWith('+') || line.startsWith('-'));
            }
        }
        if (reader.overflowed())
            return 0;
    }
    return 0;
}
