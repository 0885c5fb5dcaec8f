// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsFile.h"

#include "BoundedFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace mailfix {

namespace {

/// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates, beyond U+10FFFF.
        if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

int lineAt(const QByteArray &data, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    return int(std::count(data.constBegin(), data.constBegin() + offset, '\n')) + 1;
}

/// Offset of `"key"` followed by a colon, from \a from on; -1 when absent.
qsizetype findKey(const QByteArray &data, const QString &key, qsizetype from)
{
    const QByteArray needle = '"' + key.toUtf8() + '"';
    qsizetype pos = from;
    while ((pos = data.indexOf(needle, pos)) >= 0) {
        qsizetype k = pos + needle.size();
        while (k < data.size() &&
               (data.at(k) == ' ' || data.at(k) == '\t' || data.at(k) == '\r' || data.at(k) == '\n'))
            ++k;
        if (k < data.size() && data.at(k) == ':')
            return pos;
        pos += needle.size();
    }
    return -1;
}

/// Reads values out of one JSON object and remembers the first error.
class Reader
{
public:
    Reader(const QByteArray &raw, const QString &fileName, SettingsParseResult &result, bool batchLine)
        : m_raw(raw), m_fileName(fileName), m_result(result), m_batchLine(batchLine)
    {
    }

    bool failed() const { return !m_result.error.isEmpty(); }

    void fail(const QString &section, const QString &key, const QString &message)
    {
        if (failed())
            return;
        qsizetype pos = -1;
        if (section.isEmpty()) {
            pos = findKey(m_raw, key, 0);
        } else {
            const qsizetype s = findKey(m_raw, section, 0);
            if (s >= 0)
                pos = key.isEmpty() ? s : findKey(m_raw, key, s);
        }
        QString prefix = m_fileName + QStringLiteral(": ");
        if (pos >= 0 && !m_batchLine)
            prefix += QCoreApplication::translate("SettingsFile", "line %1: ").arg(lineAt(m_raw, pos));
        m_result.error = prefix + message;
    }

    static QString name(const QString &section, const QString &key)
    {
        return section.isEmpty() ? key : section + QLatin1Char('.') + key;
    }

    static QString shown(const QJsonValue &v)
    {
        QString s;
        if (v.isString())
            s = QLatin1Char('"') + v.toString() + QLatin1Char('"');
        else if (v.isDouble())
            s = QString::number(v.toDouble(), 'g', 12);
        else if (v.isBool())
            s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isArray())
            s = QCoreApplication::translate("SettingsFile", "an array");
        else if (v.isObject())
            s = QCoreApplication::translate("SettingsFile", "an object");
        if (s.size() > 40)
            s = s.left(37) + QStringLiteral("...");
        // Never echo control characters back to a terminal.
        for (QChar &c : s)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                c = QLatin1Char('?');
        return s;
    }

    bool text(const QJsonObject &o, const QString &section, const QString &key, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        const QString full = name(section, key);
        if (!v.isString()) {
            fail(section, key, QCoreApplication::translate("SettingsFile", "'%1' must be a string, not %2").arg(full, shown(v)));
            return false;
        }
        const QString problem = SettingsFile::textProblem(v.toString());
        if (!problem.isEmpty()) {
            fail(section, key, QStringLiteral("'%1' %2").arg(full, problem));
            return false;
        }
        *out = v.toString();
        m_result.presentFields.append(full);
        return true;
    }

    bool boolean(const QJsonObject &o, const QString &section, const QString &key, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        const QString full = name(section, key);
        if (!v.isBool()) {
            fail(section, key, QCoreApplication::translate("SettingsFile", "'%1' must be true or false, not %2").arg(full, shown(v)));
            return false;
        }
        *out = v.toBool();
        m_result.presentFields.append(full);
        return true;
    }

    bool port(const QJsonObject &o, const QString &section, int *out)
    {
        const QString key = QStringLiteral("port");
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        const QString full = name(section, key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < 1 || d > 65535) {
            fail(section, key,
                 QCoreApplication::translate("SettingsFile", "'%1' must be a number from 1 to 65535, not %2").arg(full, shown(v)));
            return false;
        }
        *out = int(d);
        m_result.presentFields.append(full);
        return true;
    }

    bool auth(const QJsonObject &o, const QString &section, AuthMethod *out)
    {
        QString t;
        if (!text(o, section, QStringLiteral("auth"), &t))
            return false;
        const auto m = parseAuthMethod(t);
        if (!m) {
            m_result.presentFields.removeLast();
            fail(section, QStringLiteral("auth"),
                 QCoreApplication::translate("SettingsFile", "'%1.auth' must be one of password, md5, ntlm, http-md5, none, not %2")
                     .arg(section, shown(o.value(QStringLiteral("auth")))));
            return false;
        }
        *out = *m;
        return true;
    }

    bool object(const QJsonObject &root, const QString &key, QJsonObject *out)
    {
        const QJsonValue v = root.value(key);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isObject()) {
            fail(QString(), key, QCoreApplication::translate("SettingsFile", "'%1' must be an object ({...}), not %2").arg(key, shown(v)));
            return false;
        }
        *out = v.toObject();
        return true;
    }

    void unknown(const QJsonObject &o, const QString &section, const QStringList &known)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (!known.contains(it.key()))
                m_result.unknownKeys.append(name(section, it.key()));
    }

    void server(const QJsonObject &o, ServerSide side, AccountSettings *into)
    {
        const QString section = sideName(side);
        ServerSettings &s = into->server(side);
        text(o, section, QStringLiteral("host"), &s.host);
        port(o, section, &s.port);
        boolean(o, section, QStringLiteral("ssl"), &s.ssl);
        auth(o, section, &s.auth);
        text(o, section, QStringLiteral("user"), &s.user);
        if (!o.contains(QStringLiteral("password")))
            return;
        if (!m_batchLine) {
            m_result.ignoredPasswordFields.append(Field::of(side, "password"));
            return;
        }
        // Batch files may carry passwords. Never echo the value, not even in an error.
        const QJsonValue v = o.value(QStringLiteral("password"));
        const QString full = name(section, QStringLiteral("password"));
        if (v.isNull())
            return;
        if (!v.isString()) {
            fail(section, QStringLiteral("password"), QCoreApplication::translate("SettingsFile", "'%1' must be a string").arg(full));
            return;
        }
        if (v.toString().size() > SettingsFile::MaxTextLength) {
            fail(section, QStringLiteral("password"),
                 QCoreApplication::translate("SettingsFile", "'%1' is too long (at most %2 characters)").arg(full).arg(SettingsFile::MaxTextLength));
            return;
        }
        QByteArray utf8 = v.toString().toUtf8();
        s.password = Secret(utf8);
        utf8.fill('\0');
        m_result.presentFields.append(full);
    }

    /// The batch line's "id": a string or a whole number, shown in messages.
    void id(const QJsonObject &root)
    {
        const QJsonValue v = root.value(QStringLiteral("id"));
        if (v.isUndefined() || v.isNull())
            return;
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble()) &&
                 std::abs(v.toDouble()) < 1e15)
            text = QString::number(qint64(v.toDouble()));
        else {
            fail(QString(), QStringLiteral("id"),
                 QCoreApplication::translate("SettingsFile", "'id' must be a string or a whole number, not %1").arg(shown(v)));
            return;
        }
        const QString problem = SettingsFile::textProblem(text);
        if (!problem.isEmpty()) {
            fail(QString(), QStringLiteral("id"), QStringLiteral("'id' %1").arg(problem));
            return;
        }
        m_result.id = text;
        m_result.hasId = true;
    }

private:
    const QByteArray &m_raw;
    QString m_fileName;
    SettingsParseResult &m_result;
    bool m_batchLine = false;
};

} // namespace

QString SettingsFile::textProblem(const QString &value)
{
    if (value.size() > MaxTextLength)
        return QCoreApplication::translate("SettingsFile", "is too long (%1 characters; at most %2)").arg(value.size()).arg(MaxTextLength);
    for (const QChar c : value)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x2028 || c.unicode() == 0x2029)
            return QCoreApplication::translate("SettingsFile", "must not contain control characters or line breaks");
    return {};
}

SettingsParseResult SettingsFile::parse(const QByteArray &jsonIn, AccountSettings *into,
                                        const QString &fileName)
{
    return parse(jsonIn, into, fileName, SettingsParseOptions());
}

SettingsParseResult SettingsFile::parse(const QByteArray &jsonIn, AccountSettings *into,
                                        const QString &fileName, const SettingsParseOptions &options)
{
    SettingsParseResult result;
    const bool batch = options.batchLine;
    // In a batch file the caller names the line; within one line, say the byte.
    auto where = [batch](const QByteArray &data, qsizetype offset) {
        return batch ? QCoreApplication::translate("SettingsFile", "byte %1: ").arg(offset + 1)
                     : QCoreApplication::translate("SettingsFile", "line %1: ").arg(lineAt(data, offset));
    };
    const QString prefix = fileName + QStringLiteral(": ");
    if (jsonIn.size() > MaxFileBytes) {
        result.error =
            prefix + QCoreApplication::translate("SettingsFile", "the file is larger than 1 MiB; a settings file is a few hundred bytes");
        return result;
    }
    QByteArray json = jsonIn;
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);
    if (json.trimmed().isEmpty()) {
        result.error = prefix + QCoreApplication::translate("SettingsFile", "the file is empty; expected a JSON object such as "
                                               "{\"incoming\": {\"host\": \"imap.example.com\"}}");
        return result;
    }
    const qsizetype bad = firstInvalidUtf8(json);
    if (bad >= 0) {
        result.error =
            prefix + where(json, bad) +
            QCoreApplication::translate("SettingsFile", "not valid UTF-8 text (byte %1); save the file as UTF-8").arg(bad + 1);
        return result;
    }
    if (json.contains('\0')) {
        result.error =
            prefix + where(json, json.indexOf('\0')) +
            QCoreApplication::translate("SettingsFile", "the file contains a NUL byte; it is not a JSON text file");
        return result;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        // Qt takes only objects and arrays at the top: say so for a lone value such as "42".
        const char first = json.trimmed().at(0);
        if (first != '{' && first != '[') {
            QJsonParseError inner;
            QJsonDocument::fromJson('[' + json + ']', &inner);
            if (inner.error == QJsonParseError::NoError) {
                result.error =
                    prefix + QCoreApplication::translate("SettingsFile", "the top level must be a JSON object ({...}) with "
                                            "\"account\", \"incoming\" and \"outgoing\", not a plain value");
                return result;
            }
        }
        result.error =
            prefix + where(json, err.offset) + QCoreApplication::translate("SettingsFile", "not valid JSON (%1)").arg(err.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error =
            prefix + QCoreApplication::translate("SettingsFile", "the top level must be a JSON object ({...}) with \"account\", "
                                    "\"incoming\" and \"outgoing\", not %1")
                         .arg(doc.isArray() ? QCoreApplication::translate("SettingsFile", "an array") : QCoreApplication::translate("SettingsFile", "a plain value"));
        return result;
    }
    QJsonObject root = doc.object();
    Reader r(json, fileName, result, batch);
    const QStringList sections = {QStringLiteral("account"), QStringLiteral("incoming"),
                                  QStringLiteral("outgoing")};
    // A saved JSON report holds the settings under "settings": accept it as a settings file.
    if (root.value(QStringLiteral("settings")).isObject() &&
        std::none_of(sections.cbegin(), sections.cend(),
                     [&root](const QString &k) { return root.contains(k); }))
        root = root.value(QStringLiteral("settings")).toObject();
    else
        r.unknown(root, QString(),
                  sections + QStringList{QStringLiteral("ios"), QStringLiteral("$schema"),
                                         QStringLiteral("comment")} +
                      (batch ? QStringList{QStringLiteral("id")} : QStringList()));
    if (batch)
        r.id(root);

    QJsonObject o;
    if (r.object(root, QStringLiteral("account"), &o)) {
        const QString sec = QStringLiteral("account");
        r.text(o, sec, QStringLiteral("email"), &into->email);
        r.text(o, sec, QStringLiteral("name"), &into->name);
        r.text(o, sec, QStringLiteral("description"), &into->description);
        r.unknown(o, sec, {QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("description")});
    }
    if (r.object(root, QStringLiteral("incoming"), &o)) {
        const QString sec = QStringLiteral("incoming");
        QString type;
        if (r.text(o, sec, QStringLiteral("type"), &type)) {
            const QString t = type.trimmed().toLower();
            if (t == QLatin1String("imap")) {
                into->incomingType = IncomingType::Imap;
            } else if (t == QLatin1String("pop") || t == QLatin1String("pop3")) {
                into->incomingType = IncomingType::Pop;
            } else {
                result.presentFields.removeLast();
                r.fail(sec, QStringLiteral("type"),
                       QCoreApplication::translate("SettingsFile", "'incoming.type' must be \"imap\" or \"pop\", not %1")
                           .arg(Reader::shown(o.value(QStringLiteral("type")))));
            }
        }
        r.server(o, ServerSide::Incoming, into);
        r.text(o, sec, QStringLiteral("path_prefix"), &into->imapPathPrefix);
        r.unknown(o, sec,
                  {QStringLiteral("type"), QStringLiteral("host"), QStringLiteral("port"),
                   QStringLiteral("ssl"), QStringLiteral("auth"), QStringLiteral("user"),
                   QStringLiteral("password"), QStringLiteral("password_set"),
                   QStringLiteral("path_prefix")});
    }
    if (r.object(root, QStringLiteral("outgoing"), &o)) {
        const QString sec = QStringLiteral("outgoing");
        r.boolean(o, sec, QStringLiteral("server"), &into->outgoingServerOn);
        r.server(o, ServerSide::Outgoing, into);
        r.unknown(o, sec,
                  {QStringLiteral("server"), QStringLiteral("host"), QStringLiteral("port"),
                   QStringLiteral("ssl"), QStringLiteral("auth"), QStringLiteral("user"),
                   QStringLiteral("password"), QStringLiteral("password_set")});
    }
    // "ios": {"version": "17.4"}, or simply "ios": "17.4" / 17.
    const QJsonValue ios = root.value(QStringLiteral("ios"));
    if (!ios.isUndefined() && !ios.isNull() && !r.failed()) {
        QJsonValue v = ios;
        QString section;
        QString key = QStringLiteral("ios");
        if (ios.isObject()) {
            v = ios.toObject().value(QStringLiteral("version"));
            section = QStringLiteral("ios");
            key = QStringLiteral("version");
            r.unknown(ios.toObject(), section, {QStringLiteral("version")});
        }
        if (!v.isUndefined() && !v.isNull()) {
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isDouble() && std::isfinite(v.toDouble()))
                text = QString::number(v.toDouble(), 'g', 6);
            const auto version = text.size() <= 20 ? IosVersion::parse(text) : std::nullopt;
            if (!version) {
                r.fail(section, key,
                       QCoreApplication::translate("SettingsFile", "'ios.version' must be an iOS version such as \"17.4\" (5 to 18, or 26 "
                                      "and later), not %1")
                           .arg(Reader::shown(v)));
            } else {
                into->ios = *version;
                result.presentFields.append(Field::IosVersion);
            }
        }
    }
    result.ok = !r.failed();
    return result;
}

SettingsParseResult SettingsFile::readFile(const QString &path, AccountSettings *into)
{
    SettingsParseResult result;
    const BoundedFile::Result file = BoundedFile::read(path, MaxFileBytes);
    if (file.status == BoundedFile::Status::TooLarge) {
        result.error = QCoreApplication::translate("SettingsFile", "%1: the file is larger than 1 MiB; a settings file is a few hundred bytes").arg(path);
        return result;
    }
    if (!file.ok()) {
        result.error =
            path + QStringLiteral(": ") + BoundedFile::describe(file, QCoreApplication::translate("SettingsFile", "settings file"), MaxFileBytes);
        return result;
    }
    return parse(file.data, into, path);
}

QJsonObject SettingsFile::toJsonObject(const AccountSettings &s, bool effectivePorts)
{
    QJsonObject account;
    account.insert(QStringLiteral("email"), s.email);
    if (!s.name.isEmpty())
        account.insert(QStringLiteral("name"), s.name);
    if (!s.description.isEmpty())
        account.insert(QStringLiteral("description"), s.description);

    auto server = [&](ServerSide side) {
        const ServerSettings &srv = s.server(side);
        QJsonObject o;
        o.insert(QStringLiteral("host"), srv.host);
        const int port = effectivePorts ? s.effectivePort(side) : srv.port;
        if (port > 0)
            o.insert(QStringLiteral("port"), port);
        o.insert(QStringLiteral("ssl"), srv.ssl);
        o.insert(QStringLiteral("auth"), authMethodName(srv.auth));
        o.insert(QStringLiteral("user"), srv.user);
        return o;
    };
    QJsonObject incoming = server(ServerSide::Incoming);
    incoming.insert(QStringLiteral("type"),
                    s.incomingType == IncomingType::Pop ? QStringLiteral("pop") : QStringLiteral("imap"));
    if (!s.imapPathPrefix.isEmpty())
        incoming.insert(QStringLiteral("path_prefix"), s.imapPathPrefix);
    QJsonObject outgoing = server(ServerSide::Outgoing);
    outgoing.insert(QStringLiteral("server"), s.outgoingServerOn);

    QJsonObject ios;
    ios.insert(QStringLiteral("version"), s.ios.toString());

    QJsonObject root;
    root.insert(QStringLiteral("account"), account);
    root.insert(QStringLiteral("incoming"), incoming);
    root.insert(QStringLiteral("outgoing"), outgoing);
    root.insert(QStringLiteral("ios"), ios);
    return root;
}

QByteArray SettingsFile::write(const AccountSettings &settings)
{
    return QJsonDocument(toJsonObject(settings, false)).toJson(QJsonDocument::Indented);
}

} // namespace mailfix
