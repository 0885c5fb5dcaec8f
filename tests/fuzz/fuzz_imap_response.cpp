// SPDX-License-Identifier: GPL-3.0-or-later
// IMAP responses with literal folding: LineReader + trailingLiteralSize + parse.
#include "FuzzCommon.h"
#include "net/LineReader.h"
#include "protocol/ImapResponse.h"

using namespace mailfix;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    LineReader reader(1024);
    qint64 literalNeeded = -1;
    QByteArray accum;
    for (const QByteArray &chunk : fuzz::chunks(input)) {
        reader.append(chunk);
        for (;;) {
            if (literalNeeded >= 0) {
                QByteArray literal;
                if (!reader.takeBytes(literalNeeded, &literal))
                    break;
                FUZZ_ASSERT(literal.size() == literalNeeded);
                accum += literal;
                literalNeeded = -1;
                continue;
            }
            QByteArray line;
            if (!reader.nextLine(&line))
                break;
            const qint64 n = ImapResponse::trailingLiteralSize(line);
            FUZZ_ASSERT(n >= -1);
            if (n >= 0) {
                if (n > 4096) // the probe's byte limit stands in here
                    return 0;
                accum += line + "\r\n";
                literalNeeded = n;
                continue;
            }
            const QByteArray full = std::exchange(accum, QByteArray()) + line;
            const auto r = ImapResponse::parse(full);
            if (r) {
                if (r->kind == ImapResponse::Kind::Tagged)
                    FUZZ_ASSERT(!r->tag.isEmpty() && r->isStatus());
                (void)r->capabilities.contains(QStringLiteral("STARTTLS"));
            }
        }
        if (reader.overflowed())
            return 0;
    }
    return 0;
}
