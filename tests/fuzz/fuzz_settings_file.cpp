// SPDX-License-Identifier: GPL-3.0-or-later
// The settings-file reader: any bytes give a result or a clear error, never a crash;
// what it accepts writes back out and reads in again.
#include "FuzzCommon.h"
#include "account/SettingsFile.h"

using namespace mailfix;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    AccountSettings s;
    const SettingsParseResult r = SettingsFile::parse(input, &s, QStringLiteral("fuzz.json"));
    if (!r.ok) {
        FUZZ_ASSERT(!r.error.isEmpty());
        FUZZ_ASSERT(!r.error.contains(QLatin1Char('\n')));
        return 0;
    }
    FUZZ_ASSERT(s.incoming.password.isEmpty() && s.outgoing.password.isEmpty());
    const QByteArray written = SettingsFile::write(s);
    AccountSettings again;
    const SettingsParseResult r2 = SettingsFile::parse(written, &again, QStringLiteral("again.json"));
    FUZZ_ASSERT(r2.ok);
    FUZZ_ASSERT(SettingsFile::write(again) == written);
    return 0;
}
