// SPDX-License-Identifier: GPL-3.0-or-later
// Reads an XML property list back into QVariants (dict -> QVariantMap, array ->
// QVariantList, integer -> qlonglong, true/false -> bool, string -> QString), so the
// tests look at a profile the way a plist parser does, not as text.
#pragma once

#include <QVariant>
#include <QXmlStreamReader>

namespace mailfix::test {

class PlistReader
{
public:
    /// Invalid QVariant when the document is not a well-formed plist.
    static QVariant parse(const QByteArray &xml, QString *error = nullptr)
    {
        QXmlStreamReader r(xml);
        QVariant root;
        bool sawPlist = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement()) {
                if (r.name() == QLatin1String("plist")) {
                    sawPlist = true;
                    continue;
                }
                root = value(r);
                break;
            }
        }
        // The rest of the document must be well-formed too.
        while (!r.atEnd() && !r.hasError())
            r.readNext();
        if (r.hasError() || !sawPlist) {
            if (error)
                *error = r.hasError() ? r.errorString() : QStringLiteral("no <plist> element");
            return {};
        }
        return root;
    }

private:
    static QVariant value(QXmlStreamReader &r)
    {
        const QString n = r.name().toString();
        if (n == QLatin1String("dict")) {
            QVariantMap m;
            QString key;
            while (r.readNextStartElement()) {
                if (r.name() == QLatin1String("key"))
                    key = r.readElementText();
                else
                    m.insert(key, value(r));
            }
            return m;
        }
        if (n == QLatin1String("array")) {
            QVariantList l;
            while (r.readNextStartElement())
                l.append(value(r));
            return l;
        }
        if (n == QLatin1String("true") || n == QLatin1String("false")) {
            r.skipCurrentElement();
            return n == QLatin1String("true");
        }
        const QString text = r.readElementText();
        if (n == QLatin1String("integer"))
            return text.toLongLong();
        return text;
    }
};

} // namespace mailfix::test
