// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "account/ProviderDirectory.h"
#include "model/Finding.h"
#include "wording/FixCatalog.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVariant>

// Shared by the wording files only (not public API): the finding as the wording needs it.

namespace mailfix::wording {

using Provider = ProviderDirectory::Provider;
using Screen = FixCatalog::Screen;

enum class Side { None, Incoming, Outgoing };
Side sideOfName(const QString &name);

struct FixContext
{
    const Finding &f;
    const AccountSettings &s;
    Side side = Side::None;
    QString host;                       ///< the server the finding is about
    int port = 0;                       ///< the port that was tried
    const Provider *provider = nullptr; ///< runs that server (params "provider" or host)

    FixContext(const Finding &finding, const AccountSettings &settings);

    bool out() const { return side == Side::Outgoing; }
    ServerSide serverSide() const
    {
        return side == Side::Outgoing ? ServerSide::Outgoing : ServerSide::Incoming;
    }
    const ServerSettings &server() const { return s.server(serverSide()); }
    QString fieldOf(const char *leaf) const { return Field::of(serverSide(), leaf); }
    QString label(const QString &field) const { return FixCatalog::fieldLabel(field, s.ios); }
    QString labelOf(const char *leaf) const { return label(fieldOf(leaf)); }

    const QVariantMap params = f.params();
    bool has(const char *key) const { return params.contains(QString::fromLatin1(key)); }
    QVariant value(const char *key) const { return params.value(QString::fromLatin1(key)); }
    QString param(const char *key) const { return value(key).toString().trimmed(); }
    int intParam(const char *key) const
    {
        bool ok = false;
        const int v = value(key).toInt(&ok);
        return ok ? v : 0;
    }
    QStringList listParam(const char *key) const
    {
        const QVariant v = value(key);
        QStringList list;
        if (v.typeId() == QMetaType::QString)
            list = v.toString().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        else
            list = v.toStringList();
        QStringList out;
        for (const QString &item : std::as_const(list)) {
            const QString t = item.trimmed();
            if (!t.isEmpty() && !out.contains(t))
                out.append(t);
        }
        return out;
    }
    /// The host for a sentence; never empty.
    QString hostShown() const { return host.isEmpty() ? FixCatalog::tr("(no host name)") : host; }
    QString email() const
    {
        const QString e = param("email");
        return e.isEmpty() ? s.email.trimmed() : e;
    }
    /// What the server side speaks, for sentences.
    QString protocolName() const
    {
        if (out())
            return QStringLiteral("SMTP");
        return s.incomingType == IncomingType::Imap ? QStringLiteral("IMAP") : QStringLiteral("POP3");
    }
};

/// A finding's words: one-line title and ordered fix steps.
struct FixText
{
    QString title;
    QStringList fix;
};

} // namespace mailfix::wording
