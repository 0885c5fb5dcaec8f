// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosis/PhoneSymptoms.h"

#include "account/AccountSettings.h"
#include "model/Codes.h"

namespace mailfix {

namespace {

/// connectionCodes() without the SMTP-only one: what the incoming alert stands for.
QStringList anySideConnectionCodes()
{
    return {Code::DnsNotFound,       Code::DnsFailure,          Code::ConnectRefused,
            Code::ConnectTimeout,    Code::ConnectUnreachable,  Code::ConnectGreetingTimeout,
            Code::ProtocolMismatch,  Code::TlsImplicitExpected, Code::TlsHandshakeFailed,
            Code::SettingsHostMalformed};
}

QList<PhoneSymptom> build()
{
    const QString in = QStringLiteral("incoming");
    const QString out = QStringLiteral("outgoing");
    QList<PhoneSymptom> list;
    // Cannot Send Mail — "… does not allow relaying": the phone did not log in to the
    // outgoing server (User Name/Password empty or wrong), or another server is set as Primary Server.
    list.append({QStringLiteral("send.relay"), out, Code::SmtpRelayDenied, Field::OutgoingUser,
                 {Code::SmtpRelayDenied, Code::AuthCredentialsMissing, Code::AuthFailed, Code::AuthNotOffered},
                 {Field::OutgoingUser, Field::OutgoingPassword, Field::OutgoingHost}});
    // Cannot Send Mail — "The sender address … was rejected": the Email does not match the login.
    list.append({QStringLiteral("send.sender"), out, Code::SmtpSenderRejected, Field::Email,
                 {Code::SmtpSenderRejected, Code::AuthCredentialsMissing},
                 {Field::Email, Field::OutgoingUser}});
    // Cannot Send Mail — "The connection to the outgoing server … failed."
    list.append({QStringLiteral("send.connection"), out, Code::ConnectRefused, Field::OutgoingHost,
                 PhoneSymptoms::connectionCodes(), {Field::OutgoingHost, Field::OutgoingPort, Field::OutgoingSsl}});
    // Cannot Send Mail — "Check the SSL setting for the outgoing server …": Use SSL on, no STARTTLS there.
    list.append({QStringLiteral("send.ssl"), out, Code::TlsUnavailable, Field::OutgoingSsl,
                 {Code::TlsUnavailable, Code::TlsStarttlsFailed, Code::TlsImplicitExpected},
                 {Field::OutgoingSsl, Field::OutgoingPort}});
    // Cannot Get Mail — "The user name or password for … is incorrect."
    list.append({QStringLiteral("get.password"), in, Code::AuthFailed, Field::IncomingPassword,
                 {Code::AuthFailed, Code::AuthAppPasswordRequired, Code::AuthDisabled, Code::AuthMechanismUnsupported},
                 {Field::IncomingPassword, Field::IncomingUser}});
    // Cannot Get Mail — "The mail server … is not responding."
    list.append({QStringLiteral("get.connection"), in, Code::ConnectRefused, Field::IncomingHost, anySideConnectionCodes(),
                 {Field::IncomingHost, Field::IncomingPort, Field::IncomingSsl}});
    // Cannot Get Mail — "No password provided for …" (common after restoring a backup to a new phone).
    list.append({QStringLiteral("get.no_password"), in, Code::SettingsMissing, Field::IncomingPassword,
                 {Code::SettingsMissing, Code::AuthFailed},
                 {Field::IncomingPassword}});
    // Cannot Verify Server Identity: either server's certificate (or the phone's clock).
    list.append({QStringLiteral("cert"), QString(), Code::CertUntrusted, Field::IncomingHost,
                 {Code::CertHostnameMismatch, Code::CertUntrusted, Code::CertExpired, Code::CertNotYetValid},
                 {Field::IncomingHost, Field::OutgoingHost}});
    // Cannot Connect Using SSL: no TLS on the incoming server's port.
    list.append({QStringLiteral("get.ssl"), in, Code::TlsUnavailable, Field::IncomingSsl,
                 {Code::TlsUnavailable, Code::TlsStarttlsFailed, Code::TlsImplicitExpected},
                 {Field::IncomingSsl, Field::IncomingPort}});
    return list;
}

} // namespace

const QList<PhoneSymptom> &PhoneSymptoms::all()
{
    static const QList<PhoneSymptom> list = build();
    return list;
}

QStringList PhoneSymptoms::connectionCodes()
{
    return anySideConnectionCodes() << Code::SmtpGreetingRejected;
}

const PhoneSymptom *PhoneSymptoms::byId(const QString &id)
{
    for (const PhoneSymptom &s : all())
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace mailfix
