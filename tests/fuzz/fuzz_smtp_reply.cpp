// SPDX-License-Identifier: GPL-3.0-or-later
// SMTP replies: LineReader (with its line cap) + SmtpReplyParser + EhloCapabilities.
#include "FuzzCommon.h"
#include "net/LineReader.h"
#include "protocol/SmtpReply.h"

using namespace mailfix;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    LineReader reader(1024);
    SmtpReplyParser parser(20);
    for (const QByteArray &chunk : fuzz::chunks(input)) {
        reader.append(chunk);
        QByteArray line;
        while (reader.nextLine(&line)) {
            FUZZ_ASSERT(line.size() <= 1024);
            SmtpReply reply;
            QString error;
            const auto result = parser.feedLine(line, &reply, &error);
            if (result == SmtpReplyParser::Result::Reply) {
                FUZZ_ASSERT(reply.code >= 200 && reply.code <= 599);
                FUZZ_ASSERT(reply.lines.size() <= 20);
                const EhloCapabilities caps = EhloCapabilities::parse(reply);
                (void)caps.has(QStringLiteral("AUTH"));
                (void)reply.enhancedSubject();
                (void)reply.enhancedDetail();
                FUZZ_ASSERT(reply.evidence().size() <= 600);
            } else if (result == SmtpReplyParser::Result::Error) {
                FUZZ_ASSERT(!error.isEmpty());
                FUZZ_ASSERT(!parser.inReply());
            }
        }
        if (reader.overflowed())
            reader.clear();
        FUZZ_ASSERT(reader.buffered() <= 1024 + chunk.size() + 1024);
    }
    // printable() never lets control characters through.
    const QString shown = printable(input, 256);
    for (const QChar c : shown)
        FUZZ_ASSERT(c.unicode() >= 0x20 || c == QLatin1Char('\t'));
    return 0;
}
