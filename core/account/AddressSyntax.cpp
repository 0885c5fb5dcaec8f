// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddressSyntax.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QStringView>
#include <QUrl>

namespace mailfix::AddressSyntax {

namespace {
bool isIpLiteralImpl(const QString &text)
{
    QString t = text;
    const bool bracketed = t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'));
    if (bracketed)
        t = t.mid(1, t.size() - 2);
    QHostAddress a;
    if (!a.setAddress(t))
        return false;
    if (a.protocol() == QAbstractSocket::IPv6Protocol)
        return t.contains(QLatin1Char(':'));
    // Only dotted quads: QHostAddress would also take "10" or "127.1".
    static const QRegularExpression quad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return !bracketed && quad.match(t).hasMatch();
}

bool isAsciiHostName(const QString &h)
{
    if (h.isEmpty() || h.size() > 253)
        return false;
    const auto labels = QStringView(h).split(QLatin1Char('.'));
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok =
                (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-';
            if (!ok)
                return false;
        }
    }
    return true;
}

bool hasNonAscii(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() > 0x7f; });
}

} // namespace

bool isIpLiteral(const QString &text)
{
    return isIpLiteralImpl(text);
}

bool isValidHost(const QString &h)
{
    if (h.isEmpty())
        return false;
    if (isIpLiteralImpl(h))
        return true;
    if (hasNonAscii(h)) {
        // Internationalised name: valid when its punycode form is.
        const QString ace = QString::fromLatin1(QUrl::toAce(h));
        return !ace.isEmpty() && !hasNonAscii(ace) && isAsciiHostName(ace);
    }
    return isAsciiHostName(h);
}

bool isEmailAddress(const QString &email)
{
    if (email.isEmpty() || email.size() > 254)
        return false;
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1)
        return false;
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String("..")))
        return false;
    static const QString forbidden = QStringLiteral(" \t\"(),:;<>@[\\]");
    for (const QChar c : local)
        if (c.unicode() < 0x21 || c.unicode() == 0x7f || forbidden.contains(c))
            return false;
    if (domain.startsWith(QLatin1Char('['))) {
        if (!domain.endsWith(QLatin1Char(']')))
            return false;
        QString inner = domain.mid(1, domain.size() - 2);
        if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            inner.remove(0, 5);
        return isIpLiteral(inner);
    }
    // Mail domains have a dot: "john@gmail" is a typo, not an address.
    return domain.contains(QLatin1Char('.')) && !isIpLiteral(domain) && isValidHost(domain);
}

} // namespace mailfix::AddressSyntax
