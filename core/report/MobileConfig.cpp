// SPDX-License-Identifier: GPL-3.0-or-later
#include "MobileConfig.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace mailfix {

namespace {

// Mailfix's own namespace for name-based UUIDs (random once, fixed forever: changing
// it would give every account new identifiers and duplicate profiles on phones).
const QUuid UuidNamespace(QStringLiteral("{5b0e4f3a-8c1d-4e27-9a6b-2f7d3c1e9a40}"));

QString normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString authName(AuthMethod m)
{
    switch (m) {
    case AuthMethod::Password:
        return QStringLiteral("EmailAuthPassword");
    case AuthMethod::Md5:
        return QStringLiteral("EmailAuthCRAMMD5");
    case AuthMethod::Ntlm:
        return QStringLiteral("EmailAuthNTLM");
    case AuthMethod::HttpMd5:
        return QStringLiteral("EmailAuthHTTPMD5");
    case AuthMethod::None:
        return QStringLiteral("EmailAuthNone");
    }
    return QStringLiteral("EmailAuthPassword");
}

// XML 1.0 cannot carry most control characters at all, escaped or not.
bool xmlSafe(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != 0x09) || u == 0x7f || u == 0xfffe || u == 0xffff)
            return false;
    }
    return true;
}

class PlistWriter
{
public:
    explicit PlistWriter(QByteArray *out) : m_xml(out) { m_xml.setAutoFormatting(true); }
    QXmlStreamWriter &xml() { return m_xml; }
    void key(const QString &k) { m_xml.writeTextElement(QStringLiteral("key"), k); }
    void string(const QString &k, const QString &v)
    {
        key(k);
        m_xml.writeTextElement(QStringLiteral("string"), v);
    }
    void stringIfSet(const QString &k, const QString &v)
    {
        if (!v.trimmed().isEmpty())
            string(k, v.trimmed());
    }
    void integer(const QString &k, int v)
    {
        key(k);
        m_xml.writeTextElement(QStringLiteral("integer"), QString::number(v));
    }
    void boolean(const QString &k, bool v)
    {
        key(k);
        m_xml.writeEmptyElement(v ? QStringLiteral("true") : QStringLiteral("false"));
    }

private:
    QXmlStreamWriter m_xml;
};

void writeServer(PlistWriter &w, const QString &prefix, const AccountSettings &s, ServerSide side)
{
    const ServerSettings &srv = s.server(side);
    w.string(prefix + QStringLiteral("MailServerAuthentication"), authName(srv.auth));
    w.string(prefix + QStringLiteral("MailServerHostName"), srv.host.trimmed());
    w.integer(prefix + QStringLiteral("MailServerPortNumber"), s.effectivePort(side));
    w.boolean(prefix + QStringLiteral("MailServerUseSSL"), srv.ssl);
    w.stringIfSet(prefix + QStringLiteral("MailServerUsername"), srv.user);
}

} // namespace

QString MobileConfig::defaultIdentifierPrefix(const QString &email)
{
    const QString e = normalizedEmail(email);
    const QString domain = e.mid(e.lastIndexOf(QLatin1Char('@')) + 1);
    QStringList labels;
    for (const QString &label : domain.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        QString clean;
        for (const QChar c : label)
            clean +=
                (c.isLetterOrNumber() && c.unicode() < 0x80) || c == QLatin1Char('-') ? c : QLatin1Char('-');
        labels.prepend(clean);
    }
    return labels.isEmpty() ? QStringLiteral("local.mailfix") : labels.join(QLatin1Char('.'));
}

bool MobileConfig::isValidIdentifier(const QString &prefix)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*$"));
    return prefix.size() <= 200 && re.match(prefix).hasMatch();
}

QUuid MobileConfig::profileUuid(const QString &email)
{
    return QUuid::createUuidV5(UuidNamespace, QStringLiteral("profile:") + normalizedEmail(email));
}

QUuid MobileConfig::payloadUuid(const QString &email)
{
    return QUuid::createUuidV5(UuidNamespace, QStringLiteral("mail:") + normalizedEmail(email));
}

QString MobileConfig::profileIdentifier(const AccountSettings &settings, const Options &options)
{
    const QString prefix = options.identifierPrefix.isEmpty() ? defaultIdentifierPrefix(settings.email)
                                                              : options.identifierPrefix;
    return prefix + QStringLiteral(".mailfix.") + profileUuid(settings.email).toString(QUuid::WithoutBraces);
}

QString MobileConfig::problem(const AccountSettings &s, const Options &options)
{
    const QString email = s.email.trimmed();
    const int at = email.lastIndexOf(QLatin1Char('@'));
    if (email.isEmpty())
        return QStringLiteral("the profile needs the account's email address (account.email)");
    if (at <= 0 || at == email.size() - 1)
        return QStringLiteral("'%1' is not an email address (account.email)").arg(email.left(100));
    if (!s.hasSide(ServerSide::Incoming))
        return QStringLiteral("the profile needs the incoming mail server (incoming.host)");
    if (!s.hasSide(ServerSide::Outgoing))
        return QStringLiteral("the profile needs the outgoing mail server (outgoing.host)");
    if (!options.identifierPrefix.isEmpty() && !isValidIdentifier(options.identifierPrefix))
        return QStringLiteral("the identifier must be reverse DNS such as com.example.mail, not '%1'")
            .arg(options.identifierPrefix.left(100));
    for (const QString *t : {&s.email, &s.name, &s.description, &s.imapPathPrefix, &s.incoming.host,
                             &s.incoming.user, &s.outgoing.host, &s.outgoing.user})
        if (!xmlSafe(*t))
            return QStringLiteral("the settings contain control characters a profile cannot hold");
    return {};
}

QByteArray MobileConfig::toXml(const AccountSettings &s, const Options &options)
{
    const QString email = s.email.trimmed();
    const QString id = profileIdentifier(s, options);
    const QString description = s.description.trimmed().isEmpty() ? email : s.description.trimmed();

    QByteArray out;
    PlistWriter w(&out);
    QXmlStreamWriter &x = w.xml();
    x.writeStartDocument(QStringLiteral("1.0"));
    x.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                              "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    x.writeStartElement(QStringLiteral("plist"));
    x.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    x.writeStartElement(QStringLiteral("dict"));

    w.key(QStringLiteral("PayloadContent"));
    x.writeStartElement(QStringLiteral("array"));
    x.writeStartElement(QStringLiteral("dict"));
    w.string(QStringLiteral("EmailAccountDescription"), description);
    w.stringIfSet(QStringLiteral("EmailAccountName"), s.name);
    w.string(QStringLiteral("EmailAccountType"), s.incomingType == IncomingType::Imap
                                                     ? QStringLiteral("EmailTypeIMAP")
                                                     : QStringLiteral("EmailTypePOP"));
    w.string(QStringLiteral("EmailAddress"), email);
    if (s.incomingType == IncomingType::Imap)
        w.stringIfSet(QStringLiteral("IncomingMailServerIMAPPathPrefix"), s.imapPathPrefix);
    writeServer(w, QStringLiteral("Incoming"), s, ServerSide::Incoming);
    writeServer(w, QStringLiteral("Outgoing"), s, ServerSide::Outgoing);
    w.boolean(QStringLiteral("OutgoingPasswordSameAsIncomingPassword"),
              options.outgoingPasswordSameAsIncoming);
    w.string(QStringLiteral("PayloadDescription"), QStringLiteral("Mail account %1").arg(email));
    w.string(QStringLiteral("PayloadDisplayName"), QStringLiteral("Mail: %1").arg(description));
    w.string(QStringLiteral("PayloadIdentifier"), id + QStringLiteral(".mail"));
    w.string(QStringLiteral("PayloadType"), QStringLiteral("com.apple.mail.managed"));
    w.string(QStringLiteral("PayloadUUID"), payloadUuid(email).toString(QUuid::WithoutBraces).toUpper());
    w.integer(QStringLiteral("PayloadVersion"), 1);
    x.writeEndElement(); // dict
    x.writeEndElement(); // array

    w.string(QStringLiteral("PayloadDescription"),
             QStringLiteral("Mail settings for %1, checked with Mailfix. The phone asks for the password "
                            "when the profile is installed.")
                 .arg(email));
    w.string(QStringLiteral("PayloadDisplayName"), QStringLiteral("Mail settings for %1").arg(email));
    w.string(QStringLiteral("PayloadIdentifier"), id);
    w.boolean(QStringLiteral("PayloadRemovalDisallowed"), false);
    w.string(QStringLiteral("PayloadType"), QStringLiteral("Configuration"));
    w.string(QStringLiteral("PayloadUUID"), profileUuid(email).toString(QUuid::WithoutBraces).toUpper());
    w.integer(QStringLiteral("PayloadVersion"), 1);
    x.writeEndElement(); // dict
    x.writeEndElement(); // plist
    x.writeEndDocument();
    return out;
}

} // namespace mailfix
