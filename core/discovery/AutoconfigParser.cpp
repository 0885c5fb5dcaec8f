// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutoconfigParser.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace mailfix {

namespace {

QString expand(QString user, const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    const QString local = at > 0 ? email.left(at) : email;
    const QString domain = at > 0 ? email.mid(at + 1) : QString();
    user.replace(QLatin1String("%EMAILADDRESS%"), email);
    user.replace(QLatin1String("%EMAILLOCALPART%"), local);
    user.replace(QLatin1String("%EMAILDOMAIN%"), domain);
    return user;
}

bool validHost(const QString &h)
{
    if (h.isEmpty() || h.size() > 253)
        return false;
    for (const QChar c : h)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char('_')))
            return false;
    return true;
}

} // namespace

AutoconfigParser::Result AutoconfigParser::parse(const QByteArray &xml, const QString &email)
{
    Result res;
    QXmlStreamReader r(xml);
    bool sawRoot = false;
    Candidate *current = nullptr;
    bool authChosen = false;
    bool skipServer = false;
    QList<Candidate> servers;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType t = r.readNext();
        if (t == QXmlStreamReader::DTD) {
            res.error = QCoreApplication::translate("AutoconfigParser", "the file declares a DTD (entities are never read)");
            return res;
        }
        if (t == QXmlStreamReader::EntityReference) {
            res.error =
                QCoreApplication::translate("AutoconfigParser", "the file uses an entity reference (&%1;)").arg(r.name().toString().left(40));
            return res;
        }
        if (t == QXmlStreamReader::StartElement) {
            const QStringView name = r.name();
            if (!sawRoot) {
                if (name != QLatin1String("clientConfig")) {
                    res.error = QCoreApplication::translate("AutoconfigParser", "not a clientConfig file (root element <%1>)")
                                    .arg(name.left(40).toString());
                    return res;
                }
                sawRoot = true;
                continue;
            }
            if (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer")) {
                const QString type = r.attributes().value(QLatin1String("type")).toString().toLower();
                Candidate c;
                skipServer = false;
                if (name == QLatin1String("outgoingServer")) {
                    c.side = ServerSide::Outgoing;
                    skipServer = type != QLatin1String("smtp");
                } else if (type == QLatin1String("imap")) {
                    c.type = IncomingType::Imap;
                } else if (type == QLatin1String("pop3")) {
                    c.type = IncomingType::Pop;
                } else {
                    skipServer = true; // e.g. exchange, jmap
                }
                servers.append(c);
                current = &servers.last();
                authChosen = false;
                continue;
            }
            if (!current) {
                if (name == QLatin1String("displayName") && res.providerName.isEmpty())
                    res.providerName = r.readElementText().trimmed().left(200);
                else if (name == QLatin1String("domain") && res.domains.size() < 50)
                    res.domains.append(r.readElementText().trimmed().toLower());
                continue;
            }
            if (name == QLatin1String("hostname")) {
                current->host = expand(r.readElementText().trimmed(), email).toLower();
            } else if (name == QLatin1String("port")) {
                bool ok = false;
                const int p = r.readElementText().trimmed().toInt(&ok);
                current->port = ok && p > 0 && p < 65536 ? p : 0;
            } else if (name == QLatin1String("socketType")) {
                const QString s = r.readElementText().trimmed().toUpper();
                current->ssl = s != QLatin1String("PLAIN");
            } else if (name == QLatin1String("username")) {
                current->user = expand(r.readElementText().trimmed(), email);
            } else if (name == QLatin1String("authentication")) {
                const QString a = r.readElementText().trimmed().toLower();
                if (authChosen)
                    continue;
                authChosen = true;
                if (a == QLatin1String("password-encrypted"))
                    current->auth = AuthMethod::Md5;
                else if (a == QLatin1String("ntlm"))
                    current->auth = AuthMethod::Ntlm;
                else if (a == QLatin1String("none"))
                    current->auth = AuthMethod::None;
                else
                    current->auth = AuthMethod::Password; // password-cleartext, OAuth2 and others
            }
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView name = r.name();
            if (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer")) {
                if (current && (skipServer || !validHost(current->host) || current->port == 0))
                    servers.removeLast();
                current = nullptr;
                if (servers.size() >= MaxServers)
                    break;
            }
        }
    }
    if (r.hasError() && servers.size() < MaxServers) {
        res.error = QCoreApplication::translate("AutoconfigParser", "malformed XML at line %1: %2").arg(r.lineNumber()).arg(r.errorString());
        return res;
    }
    if (!sawRoot) {
        res.error = QCoreApplication::translate("AutoconfigParser", "empty or not XML");
        return res;
    }
    res.servers = servers;
    res.ok = true;
    return res;
}

} // namespace mailfix
