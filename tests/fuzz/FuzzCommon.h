// SPDX-License-Identifier: GPL-3.0-or-later
// Shared bits of the libFuzzer targets: a Qt application object, and splitting
// the input into chunks the way a network would deliver it.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <cstdint>
#include <cstdlib>

namespace mailfix::fuzz {

inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "mailfix-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

/// Splits \a data at every 0x01 byte: each piece is one network read.
inline QList<QByteArray> chunks(const QByteArray &data)
{
    QList<QByteArray> out = data.split('\x01');
    if (out.size() > 64)
        out.resize(64);
    return out;
}

#define FUZZ_ASSERT(cond)                                                                                              \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            std::abort();                                                                                              \
    } while (0)

} // namespace mailfix::fuzz
