// SPDX-License-Identifier: GPL-3.0-or-later
// JSON printed to a terminal: the control characters JSON allows raw (DEL, C1, the
// bidirectional controls, the line separators) leave as \u escapes, the value stays.
#include "account/PrintableText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace mailfix;

namespace {

QList<char16_t> rawControls()
{
    QList<char16_t> c{0x7f, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029};
    for (char16_t u = 0x80; u < 0xa0; ++u)
        c << u;
    for (char16_t u = 0x202A; u <= 0x202E; ++u)
        c << u;
    for (char16_t u = 0x2066; u <= 0x2069; ++u)
        c << u;
    return c;
}

} // namespace

TEST_CASE("jsonSafe: every raw control becomes an escape, the JSON value is unchanged", "[printable][json]")
{
    const QList<char16_t> controls = rawControls();
    // Around them: ASCII, accents, CJK, an emoji (a surrogate pair), quotes and backslashes.
    const QStringList neighbours{QStringLiteral("a"), QStringLiteral("\u00e9"), QStringLiteral("\u4e2d"),
                                 QString::fromUtf8("\xF0\x9F\x93\xA7"), QStringLiteral("\""), QStringLiteral("\\"),
                                 QStringLiteral("\u00a0")};
    QRandomGenerator rng(20261202);
    for (int round = 0; round < 300; ++round) {
        QString value;
        const int n = 1 + int(rng.bounded(12));
        for (int i = 0; i < n; ++i) {
            if (rng.bounded(2))
                value += QChar(controls.at(int(rng.bounded(controls.size()))));
            else
                value += neighbours.at(int(rng.bounded(neighbours.size())));
        }
        const QJsonObject o{{QStringLiteral("evidence"), value}, {QStringLiteral("list"), QJsonArray{value, 1}}};
        const QByteArray raw = QJsonDocument(o).toJson(QJsonDocument::Indented);
        const QByteArray safe = PrintableText::jsonSafe(raw);
        INFO(safe.toStdString());
        // Still JSON, and the same value.
        QJsonParseError e;
        const QJsonDocument back = QJsonDocument::fromJson(safe, &e);
        REQUIRE(e.error == QJsonParseError::NoError);
        CHECK(back.object() == o);
        // No control character left raw anywhere in the text.
        const QString text = QString::fromUtf8(safe);
        for (const QChar c : text)
            CHECK_FALSE((PrintableText::isControl(c) && c != QLatin1Char('\n') && c != QLatin1Char(' ')));
    }
}

TEST_CASE("jsonSafe: plain ASCII and ordinary text pass through byte for byte", "[printable][json]")
{
    const QByteArray ascii = QJsonDocument(QJsonObject{{QStringLiteral("k"), QStringLiteral("v \\u00e9")}}).toJson();
    CHECK(PrintableText::jsonSafe(ascii) == ascii);
    const QByteArray text =
        QJsonDocument(QJsonObject{{QStringLiteral("k"), QStringLiteral("Einstellungen > R\u00e9glages \u4e2d")}}).toJson();
    CHECK(PrintableText::jsonSafe(text) == text);
    CHECK(PrintableText::jsonSafe(QByteArray()).isEmpty());
}
