// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mailfix {

/// An alert the customer can read out from the phone (FACTS.md "What the phone
/// says") and what it tells the helpdesk: the side it is about, the findings
/// that usually explain it and the fields to ask for first. Knowledge, not
/// wording: the alert's text in the phone's language comes from
/// FixCatalog::symptomAlert(), which words \a exampleCode on \a exampleField
/// exactly as the finding's own alert.
struct PhoneSymptom
{
    QString id;              ///< stable: "send.relay", "get.password", ...
    QString side;            ///< "incoming", "outgoing", or empty when it can be either
    QString exampleCode;     ///< a finding whose phone alert is this one (one of likelyCodes)
    QString exampleField;    ///< that finding's field
    QStringList likelyCodes; ///< the findings that usually explain it, most likely first
    QStringList askFirst;    ///< the fields to ask the customer for first, in order
};

namespace PhoneSymptoms {
/// Every alert, in the order the phone's alerts are listed in FACTS.md
/// (sending first, then receiving, then the server's identity and SSL).
const QList<PhoneSymptom> &all();
/// The alert with \a id, or nullptr (also for the empty id: "I don't know").
const PhoneSymptom *byId(const QString &id);
/// The findings behind the phone's "cannot connect" alerts (outgoing "The connection
/// to the outgoing server … failed", incoming "The mail server … is not responding"):
/// the name, the connection, the greeting, the protocol or the TLS mode was wrong.
/// Also smtp.greeting_rejected, which only an outgoing server gives.
QStringList connectionCodes();
} // namespace PhoneSymptoms

} // namespace mailfix
