// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "account/ProviderDirectory.h"
#include "model/Finding.h"
#include "wording/FixCatalog.h"
#include "wording/Wording.h"

#include <QString>
#include <QStringList>

// Shared by the wording files only (not public API): the finding as the wording needs it.

namespace mailfix::wording {

using Provider = ProviderDirectory::Provider;
using Screen = PhoneScreen;

enum class Side { None, Incoming, Outgoing };
Side sideOfName(const QString &name);

struct FixContext
{
    const Finding &f;
    const AccountSettings &s;
    Side side = Side::None;
    QString host;                       ///< the server the finding is about
    int port = 0;                       ///< the port that was tried
    const Provider *provider = nullptr; ///< runs that server (facts.provider or host)

    Wording w;                          ///< the phone's words for this customer

    FixContext(const Finding &finding, const AccountSettings &settings, PhoneLanguage language);

    bool out() const { return side == Side::Outgoing; }
    ServerSide serverSide() const
    {
        return side == Side::Outgoing ? ServerSide::Outgoing : ServerSide::Incoming;
    }
    const ServerSettings &server() const { return s.server(serverSide()); }
    QString fieldOf(const char *leaf) const { return Field::of(serverSide(), leaf); }
    QString label(const QString &field) const { return w.fieldLabel(field); }
    QString labelOf(const char *leaf) const { return label(fieldOf(leaf)); }

    const FindingFacts &facts() const { return f.facts; }
    /// A fact's list cleaned for sentences: items split at commas and spaces, trimmed, no duplicates.
    static QStringList cleanList(const QStringList &list);
    /// The host for a sentence; never empty.
    QString hostShown() const { return host.isEmpty() ? FixCatalog::tr("(no host name)") : host; }
    QString email() const
    {
        const QString e = f.facts.email.trimmed();
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
