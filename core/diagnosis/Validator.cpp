// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validator.h"
#include "account/AddressSyntax.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace mailfix {

namespace {

const QString Missing = Code::SettingsMissing;
const QString HostMalformed = Code::SettingsHostMalformed;
const QString EmailMalformed = Code::SettingsEmailMalformed;
const QString PortInvalid = Code::SettingsPortInvalid;
const QString ServerOff = Code::SmtpServerOff;

using AddressSyntax::isIpLiteral;
using AddressSyntax::isValidHost;

bool hasNonAscii(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() > 0x7f; });
}

QString quoted(const QString &text)
{
    QString s = text.size() > 80 ? text.left(77) + QStringLiteral("...") : text;
    for (QChar &c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

Validator::HostCheck Validator::checkHost(const QString &host)
{
    HostCheck r;
    if (isValidHost(host)) {
        r.ok = true;
        return r;
    }
    auto problem = [&r](const QString &p) {
        if (!r.problems.contains(p))
            r.problems.append(p);
    };
    QString h = host;
    // Spaces at the ends or beside a dot (autocorrect's "mail. example.com") can go;
    // a space inside a name leaves no safe guess.
    bool guessable = true;
    static const QRegularExpression space(QStringLiteral("\\s"));
    if (h.contains(space)) {
        problem(QCoreApplication::translate("Validator", "spaces"));
        static const QRegularExpression spacedDot(QStringLiteral("\\s*\\.\\s*"));
        h = h.trimmed();
        h.replace(spacedDot, QStringLiteral("."));
        guessable = !h.contains(space);
        h.remove(space);
    }
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto sm = scheme.match(h);
    if (sm.hasMatch()) {
        problem(QCoreApplication::translate("Validator", "a scheme (%1)").arg(sm.captured(0)));
        h.remove(0, sm.capturedLength());
    } else if (h.startsWith(QLatin1String("//"))) {
        problem(QCoreApplication::translate("Validator", "a scheme (//)"));
        h.remove(0, 2);
    }
    const qsizetype pathAt = h.indexOf(QRegularExpression(QStringLiteral("[/\\\\?#]")));
    if (pathAt >= 0) {
        problem(QCoreApplication::translate("Validator", "a path (%1)").arg(h.mid(pathAt, 20)));
        h.truncate(pathAt);
    }
    const qsizetype at = h.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        problem(QCoreApplication::translate("Validator", "an '@' (a host name is not an email address)"));
        h.remove(0, at + 1);
    }
    // ":993" at the end; not for bare IPv6 addresses, which are all colons.
    static const QRegularExpression portRe(QStringLiteral("^(.*[^:]):(\\d*)$"));
    const auto pm = portRe.match(h);
    if (pm.hasMatch() &&
        (pm.captured(1).count(QLatin1Char(':')) == 0 || pm.captured(1).endsWith(QLatin1Char(']')))) {
        problem(QCoreApplication::translate("Validator", "a port (:%1)").arg(pm.captured(2)));
        bool ok = false;
        const int port = pm.captured(2).toInt(&ok);
        if (ok && port >= 1 && port <= 65535)
            r.suggestedPort = port;
        h = pm.captured(1);
    }
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')) && !isIpLiteral(h))
        h = h.mid(1, h.size() - 2);
    if (h.contains(QLatin1Char(','))) {
        problem(QCoreApplication::translate("Validator", "a comma instead of a dot"));
        h.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    if (h.startsWith(QLatin1Char('.')) || h.endsWith(QLatin1Char('.'))) {
        problem(QCoreApplication::translate("Validator", "a dot at the start or end"));
        while (h.startsWith(QLatin1Char('.')))
            h.remove(0, 1);
        while (h.endsWith(QLatin1Char('.')))
            h.chop(1);
    }
    if (h.contains(QLatin1String(".."))) {
        problem(QCoreApplication::translate("Validator", "an empty part between dots (..)"));
        while (h.contains(QLatin1String("..")))
            h.replace(QLatin1String(".."), QLatin1String("."));
    }
    if (!isValidHost(h) && !h.isEmpty()) {
        // What is left is wrong in itself: say what.
        QString ascii = h;
        if (hasNonAscii(h)) {
            ascii = QString::fromLatin1(QUrl::toAce(h));
            if (ascii.isEmpty() || hasNonAscii(ascii)) {
                problem(QCoreApplication::translate("Validator", "characters a host name cannot have"));
                ascii.clear();
            }
        }
        if (!ascii.isEmpty()) {
            if (ascii.size() > 253)
                problem(QCoreApplication::translate("Validator", "more than 253 characters"));
            bool longLabel = false, hyphen = false, badChar = false;
            QString bad;
            for (const QStringView label : QStringView(ascii).split(QLatin1Char('.'))) {
                longLabel = longLabel || label.size() > 63;
                hyphen = hyphen || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'));
                for (const QChar c : label) {
                    const char16_t u = c.unicode();
                    if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                          u == u'-')) {
                        badChar = true;
                        if (bad.size() < 5 && !bad.contains(c))
                            bad += c;
                    }
                }
            }
            if (longLabel)
                problem(QCoreApplication::translate("Validator", "a part longer than 63 characters"));
            if (hyphen)
                problem(QCoreApplication::translate("Validator", "a part that starts or ends with '-'"));
            if (badChar)
                problem(QCoreApplication::translate("Validator", "characters a host name cannot have (%1)").arg(quoted(bad)));
        }
    }
    if (host.isEmpty() || h.isEmpty())
        problem(QCoreApplication::translate("Validator", "no host name at all"));
    if (r.problems.isEmpty())
        problem(QCoreApplication::translate("Validator", "characters a host name cannot have"));
    if (guessable && !h.isEmpty() && h != host && isValidHost(h))
        r.suggestedHost = h;
    return r;
}

bool Validator::isEmailAddress(const QString &email)
{
    return AddressSyntax::isEmailAddress(email);
}

QList<Finding> Validator::validate(const AccountSettings &s)
{
    QList<Finding> out;

    // Email.
    if (s.email.trimmed().isEmpty()) {
        out.append(Finding::make(Missing, Field::Email, QCoreApplication::translate("Validator", "Email is empty")));
    } else if (!isEmailAddress(s.email)) {
        Finding f = Finding::make(EmailMalformed, Field::Email,
                                  QCoreApplication::translate("Validator", "%1 is not an email address").arg(quoted(s.email)));
        f.facts.email = s.email;
        QString cleaned = s.email.trimmed();
        if (cleaned.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            cleaned.remove(0, 7);
        static const QRegularExpression space(QStringLiteral("\\s"));
        cleaned.remove(space);
        if (cleaned.startsWith(QLatin1Char('<')) && cleaned.endsWith(QLatin1Char('>')))
            cleaned = cleaned.mid(1, cleaned.size() - 2);
        if (cleaned != s.email && isEmailAddress(cleaned))
            f.facts.suggestedEmail = cleaned;
        out.append(f);
    }

    bool anySide = false;
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        const ServerSettings &srv = s.server(side);
        const bool hasHost = !srv.host.trimmed().isEmpty();
        // A password alone does not make a side "given": the environment may hold it for the other side's
        // script.
        const bool touched = hasHost || !srv.user.isEmpty() || srv.port != 0;
        if (!touched)
            continue;
        anySide = true;
        const bool out_ = side == ServerSide::Outgoing;

        if (srv.port < 0 || srv.port > 65535) {
            Finding f =
                Finding::make(PortInvalid, Field::of(side, "port"),
                              QCoreApplication::translate("Validator", "Server Port %1 is not between 1 and 65535").arg(srv.port));
            f.facts.port = srv.port;
            f.facts.suggestedPort = AccountSettings::defaultPort(side, s.incomingType, srv.ssl);
            out.append(f);
        }

        if (!hasHost) {
            if (!out_ || s.outgoingServerOn) {
                Finding f = Finding::make(Missing, Field::of(side, "host"),
                                          out_ ? QCoreApplication::translate("Validator", "Outgoing mail server Host Name is empty")
                                               : QCoreApplication::translate("Validator", "Incoming mail server Host Name is empty"));
                out.append(f);
            }
            continue;
        }

        const HostCheck hc = checkHost(srv.host);
        if (!hc.ok) {
            Finding f = Finding::make(HostMalformed, Field::of(side, "host"),
                                      QCoreApplication::translate("Validator", "%1 contains %2")
                                          .arg(quoted(srv.host), hc.problems.join(QStringLiteral(", "))));
            f.facts.host = srv.host;
            if (!hc.suggestedHost.isEmpty())
                f.facts.suggestedHost = hc.suggestedHost;
            if (hc.suggestedPort > 0) {
                f.facts.suggestedPort = hc.suggestedPort;
                if (srv.port != hc.suggestedPort)
                    f.alsoFields.append(Field::of(side, "port"));
            }
            out.append(f);
        }

        auto withServer = [&](Finding f) {
            f.facts.host = srv.host.trimmed();
            if (srv.port >= 0 && srv.port <= 65535)
                f.facts.port = s.effectivePort(side);
            return f;
        };
        if (!out_) {
            if (srv.user.isEmpty() && srv.auth != AuthMethod::None)
                out.append(
                    withServer(Finding::make(Missing, Field::IncomingUser,
                                             QCoreApplication::translate("Validator", "Incoming mail server User Name is empty"))));
            if (srv.password.isEmpty() && srv.auth != AuthMethod::None)
                out.append(
                    withServer(Finding::make(Missing, Field::IncomingPassword,
                                             QCoreApplication::translate("Validator", "Incoming mail server Password is empty (the "
                                                                         "phone says \"No password provided\")"))));
        } else if (!srv.user.isEmpty() && srv.password.isEmpty() && srv.auth != AuthMethod::None) {
            // Both empty is fine statically: the relay test tells whether the server needs a login.
            out.append(
                withServer(Finding::make(Missing, Field::OutgoingPassword,
                                         QCoreApplication::translate("Validator", "Outgoing User Name is set but Password is empty"))));
        }
    }

    if (!anySide) {
        Finding f = Finding::make(Missing, Field::IncomingHost,
                                  QCoreApplication::translate("Validator", "no incoming or outgoing Host Name given"));
        f.alsoFields.append(Field::OutgoingHost);
        out.append(f);
    }

    if (!s.outgoingServerOn) {
        Finding f =
            Finding::make(ServerOff, Field::OutgoingServer, QCoreApplication::translate("Validator", "Primary Server is switched off"));
        if (!s.outgoing.host.trimmed().isEmpty())
            f.facts.host = s.outgoing.host.trimmed();
        out.append(f);
    }
    return out;
}

bool Validator::sideUsable(const QList<Finding> &findings, ServerSide side)
{
    const QString host = Field::of(side, "host");
    const QString port = Field::of(side, "port");
    for (const Finding &f : findings) {
        if (f.field == host && (f.code == Missing || f.code == HostMalformed))
            return false;
        if (f.field == port && f.code == PortInvalid)
            return false;
    }
    return true;
}

} // namespace mailfix
