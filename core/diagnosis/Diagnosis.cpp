// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnosis.h"
#include "diagnosis/NetworkLocation.h"
#include "account/ProviderDirectory.h"
#include "diagnosis/ProviderRules.h"
#include "diagnosis/ReplyClassifier.h"
#include "diagnosis/StandardPorts.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailfix {

QString protocolName(MailProtocol p)
{
    switch (p) {
    case MailProtocol::Smtp: return QStringLiteral("SMTP");
    case MailProtocol::Imap: return QStringLiteral("IMAP");
    case MailProtocol::Pop3: return QStringLiteral("POP3");
    }
    return {};
}

namespace Diagnosis {

namespace {

/// The evidence's sentences, in the interface language: context "Diagnosis".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

using Kind = Observation::Kind;

/// The provider whose rules apply to what this server said (its host, certificate, greeting).
const ProviderDirectory::Provider *serverProvider(const Observation &o, const AccountSettings &s)
{
    return ProviderDirectory::recognizeServer({s.email, o.host, {}, o.greeting, o.serverNames}).provider;
}

ProviderRules::LoginRefusal refusal(const Observation &o)
{
    ProviderRules::LoginRefusal r;
    switch (o.protocol) {
    case MailProtocol::Smtp:
        r.protocol = ProviderDirectory::Protocol::Smtp;
        if (o.smtpReply) {
            r.code = o.smtpReply->code;
            r.enhanced = o.smtpReply->enhanced;
            r.text = o.smtpReply->text();
        }
        break;
    case MailProtocol::Imap:
        r.protocol = ProviderDirectory::Protocol::Imap;
        break;
    case MailProtocol::Pop3:
        r.protocol = ProviderDirectory::Protocol::Pop;
        break;
    }
    if (o.protocol != MailProtocol::Smtp) {
        r.responseCode = o.responseCode;
        r.text = o.detail;
    }
    return r;
}

void withProviderRule(Finding &f, const ProviderRules::Verdict &v)
{
    f.facts.provider = v.provider;
    f.facts.rule = v.rule;
    f.facts.since = v.since.isValid() ? v.since.toString(Qt::ISODate) : QString();
    f.facts.sinceConfirmed = v.sinceConfirmed;
}

Finding iosBugFinding(const ProviderRules::Verdict &v, const QString &host)
{
    Finding f = Finding::make(Code::IosKnownBug, Field::IosVersion, Text::tr("iOS 11.0 with %1").arg(host), Severity::Error);
    withProviderRule(f, v);
    return f;
}

/// Builds the findings of one side, with the facts every finding of that server carries.
class SideDiagnosis
{
public:
    SideDiagnosis(const AccountSettings &s) : m_s(s) {}

    QList<Finding> run(const QList<Observation> &observations)
    {
        for (const Observation &o : observations)
            diagnose(o);
        return m_out;
    }

private:
    QString field(const Observation &o, const char *leaf) const { return Field::of(o.side, leaf); }

    Finding &add(const Observation &o, const QString &code, const QString &fieldName, const QString &evidence,
                 Severity severity = Severity::Error)
    {
        Finding f = Finding::make(code, fieldName, evidence, severity);
        f.facts.host = o.host;
        f.facts.port = o.port;
        f.facts.side = sideName(o.side);
        m_out.append(f);
        if (severity == Severity::Error)
            m_verdict = int(m_out.size()) - 1;
        return m_out.last();
    }

    /// What only follows from a cause already found: it goes into that cause's evidence.
    bool consequence(const Observation &o, const QString &what)
    {
        if (m_verdict < 0)
            return false;
        Finding &cause = m_out[m_verdict];
        if (!cause.evidence.contains(what))
            cause.evidence += QStringLiteral(" (") + what + QLatin1Char(')');
        Q_UNUSED(o)
        return true;
    }

    static QString said(const Observation &o)
    {
        return o.smtpReply ? o.smtpReply->evidence() : o.said;
    }

    void loginRefused(const Observation &o)
    {
        ReplyClassifier::AuthVerdict v;
        switch (o.protocol) {
        case MailProtocol::Smtp: v = ReplyClassifier::smtpAuthFailure(*o.smtpReply, o.host); break;
        case MailProtocol::Imap: v = ReplyClassifier::imapAuthFailure(o.responseCode, o.detail, o.host); break;
        case MailProtocol::Pop3: v = ReplyClassifier::pop3AuthFailure(o.responseCode, o.detail, o.host); break;
        }
        // The provider running this server may know better than the generic verdict.
        const ProviderDirectory::Provider *provider = serverProvider(o, m_s);
        const std::optional<ProviderRules::Verdict> pv = ProviderRules::loginRefused(provider, refusal(o), v.code);
        if (pv) {
            v.code = pv->code;
            v.field = pv->field;
        }
        const Severity sev = v.code == Code::AuthTemporary ? Severity::Warning : Severity::Error;
        Finding &f = add(o, v.code, v.field.isEmpty() ? QString() : field(o, v.field.toLatin1().constData()), said(o), sev);
        if (v.code == Code::AuthFailed)
            f.alsoFields = QStringList{field(o, "user")};
        if (o.waitedMs >= 750) // authentication penalties: slow, not broken, and no second error
            f.evidence += Text::tr(" (answered after %1 s: the server slows down after failed logins)").arg(double(o.waitedMs) / 1000.0, 0, 'f', 1);
        if (v.code == Code::AuthMechanismUnsupported)
            f.facts.offered = o.offered;
        if (v.code == Code::TlsRequired)
            f.facts.suggestedSsl = true;
        if (provider)
            f.facts.provider = provider->id;
        if (pv) {
            withProviderRule(f, *pv);
            if (v.code == Code::AuthDisabled) // the switch, or else the password
                f.alsoFields = QStringList{field(o, "password")};
        }
    }

    void transaction(const Observation &o)
    {
        const SmtpObservation &t = *o.transaction;
        for (const Finding &found : ReplyClassifier::smtpTransaction(t)) {
            Finding &f = add(o, found.code, found.field, found.evidence, found.severity);
            f.alsoFields = found.alsoFields;
            f.facts.email = t.mailFrom;
            f.facts.recipient = t.recipient;
            if (found.code == Code::TlsRequired)
                f.facts.suggestedSsl = true;
        }
    }

    void diagnose(const Observation &o)
    {
        const MailProtocol p = o.protocol;
        const bool ssl = m_s.server(o.side).ssl;
        const QString caps = o.capabilities.join(QLatin1Char(' '));
        switch (o.kind) {
        case Kind::NameNotFound:
            add(o, Code::DnsNotFound, field(o, "host"), o.detail);
            return;
        case Kind::NameLookupFailed:
            add(o, Code::DnsFailure, QString(), o.detail);
            return;
        case Kind::NameLookupTimedOut:
            add(o, Code::DnsFailure, QString(), Text::tr("The name %1 could not be looked up in time").arg(o.host));
            return;
        case Kind::ConnectRefused:
            add(o, Code::ConnectRefused, field(o, "port"), o.detail).facts.suggestedPort = StandardPorts::forSsl(p, ssl);
            return;
        case Kind::ConnectFailed:
            add(o, Code::ConnectUnreachable, QString(), o.detail);
            return;
        case Kind::ConnectTimedOut:
            add(o, Code::ConnectTimeout, field(o, "port"),
                Text::tr("No answer from %1 port %2 within %n second(s)", nullptr, int(o.bytes)).arg(o.host).arg(o.port))
                .facts.suggestedPort = StandardPorts::forSsl(p, ssl);
            return;
        case Kind::GreetingSilent:
            add(o, Code::ConnectGreetingTimeout, field(o, "port"),
                Text::tr("Connected to port %1, but the server said nothing within %n second(s)", nullptr, int(o.bytes)).arg(o.port));
            return;
        case Kind::TlsHandshakeTimedOut:
            add(o, Code::TlsHandshakeFailed, field(o, "port"),
                Text::tr("The TLS handshake did not complete within %n second(s)", nullptr, int(o.bytes)));
            return;
        case Kind::NoReply: {
            const QString what = Text::tr("the server stopped answering after %1 (no reply within %n second(s))", nullptr, int(o.bytes))
                                     .arg(o.command);
            if (consequence(o, what))
                return;
            QString text = what;
            text[0] = text.at(0).toUpper();
            add(o, Code::ProtocolTimeout, QString(), text);
            return;
        }
        case Kind::ClosedByServer:
            if (consequence(o, Text::tr("then the server closed the connection")))
                return;
            add(o, Code::ConnectClosed, QString(), Text::tr("The server closed the connection during %1").arg(o.step));
            return;
        case Kind::ConnectionLost:
            if (consequence(o, Text::tr("then the connection was lost: %1").arg(o.detail)))
                return;
            add(o, Code::ConnectClosed, QString(), o.detail);
            return;
        case Kind::ServerBye:
            if (consequence(o, Text::tr("then the server said goodbye: %1").arg(o.said)))
                return;
            add(o, Code::ConnectClosed, QString(), o.said);
            return;
        case Kind::OtherProtocol: {
            Finding &f = add(o, Code::ProtocolMismatch, field(o, "port"),
                             Text::tr("%1 expected, the server answered: %2").arg(protocolName(p), o.said));
            f.facts.protocolSeen = o.protocolSeen;
            f.facts.suggestedPort = o.implicitTls ? StandardPorts::implicitTls(p) : StandardPorts::forSsl(p, ssl);
            return;
        }
        case Kind::MalformedReply:
            add(o, Code::ProtocolMismatch, field(o, "port"),
                o.detail.isEmpty() ? Text::tr("Not a %1 reply: %2").arg(protocolName(p), o.said)
                                   : o.said + QStringLiteral(" (") + o.detail + QLatin1Char(')'));
            return;
        case Kind::LimitExceeded:
            add(o, Code::ProtocolLimitExceeded, QString(),
                o.smtpReply ? o.smtpReply->evidence() : (o.said.isEmpty() ? o.detail : o.said + QStringLiteral(" (") + o.detail + QLatin1Char(')')));
            return;
        case Kind::TlsOnlyPort:
            add(o, Code::TlsImplicitExpected, field(o, "ssl"),
                Text::tr("No greeting in plain text; a TLS handshake on port %1 succeeded").arg(o.port))
                .facts.suggestedSsl = true;
            return;
        case Kind::PlainTextOnTlsPort: {
            Finding &f = add(o, Code::TlsUnavailable, field(o, "ssl"),
                             Text::tr("Port %1 answers in plain text, not TLS: %2").arg(o.port).arg(o.said));
            f.facts.suggestedPort = StandardPorts::implicitTls(p);
            f.facts.protocolSeen = o.protocolSeen;
            return;
        }
        case Kind::TlsHandshakeFailed:
            add(o, o.duringStartTls ? Code::TlsStarttlsFailed : Code::TlsHandshakeFailed,
                field(o, o.duringStartTls ? "ssl" : "port"), o.detail)
                .facts.suggestedPort = StandardPorts::implicitTls(p);
            return;
        case Kind::StartTlsRefused:
            add(o, Code::TlsStarttlsFailed, field(o, "ssl"), said(o)).facts.suggestedPort = StandardPorts::implicitTls(p);
            return;
        case Kind::StartTlsNotOffered: {
            Finding &f = add(o, Code::TlsUnavailable, field(o, "ssl"),
                             (p == MailProtocol::Smtp ? Text::tr("EHLO lists: %1") : p == MailProtocol::Imap ? Text::tr("CAPABILITY: %1") : Text::tr("CAPA: %1"))
                                 .arg(caps));
            f.facts.suggestedPort = StandardPorts::implicitTls(p);
            f.facts.offered = o.capabilities;
            return;
        }
        case Kind::InjectionBeforeTls:
            add(o, Code::ProtocolInjection, QString(),
                Text::tr("%1 bytes arrived after the server's go-ahead for TLS and before encryption began").arg(o.bytes))
                .facts.bytes = o.bytes;
            return;
        case Kind::CertificateProblem: {
            const CertificateInfo &c = o.cert;
            const QString evidence = Text::tr("Certificate for %1, issued by %2, valid %3 to %4: %5")
                                         .arg(c.names.join(QStringLiteral(", ")), c.issuer, c.notBefore.toString(Qt::ISODate),
                                              c.notAfter.toString(Qt::ISODate), c.errorTexts.join(QStringLiteral("; ")));
            for (CertProblem problem : c.problems) {
                const QString code = problem == CertProblem::Expired       ? Code::CertExpired
                                     : problem == CertProblem::NotYetValid ? Code::CertNotYetValid
                                     : problem == CertProblem::HostnameMismatch ? Code::CertHostnameMismatch
                                                                                : Code::CertUntrusted;
                Finding &f = add(o, code, field(o, "host"), evidence);
                f.facts.names = c.names;
                f.facts.issuer = c.issuer;
                f.facts.notBefore = c.notBefore;
                f.facts.notAfter = c.notAfter;
                f.facts.fingerprint = c.sha256;
            }
            return;
        }
        case Kind::GreetingRefused:
            if (p == MailProtocol::Smtp)
                add(o, Code::SmtpGreetingRejected, QString(), said(o));
            else
                add(o, Code::ConnectClosed, QString(), said(o));
            return;
        case Kind::HelloRefused: {
            const bool transient = o.smtpReply && o.smtpReply->isTransient();
            add(o, transient ? Code::SmtpTemporary : Code::SmtpGreetingRejected, QString(), said(o),
                transient ? Severity::Warning : Severity::Error);
            return;
        }
        case Kind::ServerClosing:
            add(o, Code::SmtpTemporary, QString(), said(o), Severity::Warning);
            return;
        case Kind::Preauthenticated:
            // Already "logged in" without a password: STARTTLS is no longer possible, so
            // a connection that must be encrypted cannot be made safe (CVE-2020-12398).
            if (!o.encrypted && ssl)
                add(o, Code::TlsUnavailable, field(o, "ssl"), Text::tr("The server skipped login (PREAUTH) before TLS: %1").arg(o.said))
                    .facts.suggestedPort = StandardPorts::implicitTls(p);
            else
                add(o, Code::ProtocolMismatch, field(o, "port"), Text::tr("Unexpected PREAUTH greeting: %1").arg(o.said),
                    Severity::Warning);
            return;
        case Kind::CapabilityRefused:
            add(o, Code::ProtocolMismatch, field(o, "port"), o.said);
            return;
        case Kind::Alert:
            add(o, Code::ProtocolAlert, QString(), o.said, Severity::Info).facts.trusted = o.trustedTls;
            return;
        case Kind::LoginOnlyAfterTls: {
            Finding &f = add(o, Code::TlsRequired, field(o, "ssl"),
                             p == MailProtocol::Smtp ? Text::tr("EHLO before TLS lists no AUTH but offers STARTTLS: %1").arg(caps)
                                                     : Text::tr("CAPA: %1").arg(caps));
            f.facts.suggestedSsl = true;
            if (p != MailProtocol::Smtp)
                f.facts.suggestedPort = StandardPorts::implicitTls(p);
            return;
        }
        case Kind::LoginNotOffered:
            add(o, Code::AuthNotOffered, field(o, "port"), Text::tr("EHLO lists: %1").arg(caps)).facts.suggestedPort =
                StandardPorts::submission();
            return;
        case Kind::LoginDisabled: {
            Finding &f = add(o, o.encrypted ? Code::AuthDisabled : Code::TlsRequired, field(o, o.encrypted ? "user" : "ssl"),
                             Text::tr("CAPABILITY: %1").arg(caps));
            f.facts.suggestedSsl = true;
            f.facts.suggestedPort = StandardPorts::implicitTls(p);
            return;
        }
        case Kind::MechanismNotOffered:
            add(o, Code::AuthMechanismUnsupported, field(o, "auth"), Text::tr("Server offers: %1").arg(o.offered.join(QLatin1Char(' '))))
                .facts.offered = o.offered;
            return;
        case Kind::MechanismUntestable: {
            Finding &f = add(o, Code::AuthMechanismInfo, field(o, "auth"),
                             Text::tr("Server offers %1; Mailfix cannot test this login").arg(o.mechanism), Severity::Info);
            f.facts.offered = o.offered;
            return;
        }
        case Kind::LoginWithheld:
            if (o.encrypted)
                add(o, Code::AuthSkippedUntrusted, field(o, "host"), QString(), Severity::Info);
            else
                add(o, Code::AuthSkippedPlaintext, field(o, "ssl"), QString(), Severity::Warning);
            return;
        case Kind::PlaintextLoginSent:
            add(o, Code::TlsPlaintextLogin, field(o, "ssl"), Text::tr("The password was sent to port %1 without encryption").arg(o.port),
                Severity::Warning);
            return;
        case Kind::LoginRefused:
            loginRefused(o);
            return;
        case Kind::SettingUnsendable:
            add(o, Code::SettingsUnsendable, field(o, o.leaf.toLatin1().constData()), o.detail);
            return;
        case Kind::Transaction:
            transaction(o);
            return;
        case Kind::PathPrefixEmpty:
            add(o, Code::IncomingPathPrefix, Field::IncomingPathPrefix,
                Text::tr("No folder matches the IMAP Path Prefix \"%1\"").arg(o.prefix), Severity::Warning)
                .facts.prefix = o.prefix;
            return;
        }
    }

    const AccountSettings &m_s;
    QList<Finding> m_out;
    int m_verdict = -1; ///< index of the error finding that ends this side, -1 before one
};

} // namespace

QList<Finding> findings(const QList<Observation> &observations, const AccountSettings &settings)
{
    QList<Finding> out = SideDiagnosis(settings).run(observations);
    // iOS 11.0 could not send through Microsoft's servers: a candidate that conclude()
    // keeps only when every other check passed. The server is recognised by what it said.
    for (auto it = observations.crbegin(); it != observations.crend(); ++it) {
        if (it->side != ServerSide::Outgoing)
            continue;
        if (const auto v = ProviderRules::iosKnownBug(settings.ios, serverProvider(*it, settings), true))
            out.append(iosBugFinding(*v, it->host));
        break;
    }
    return out;
}

QList<CheckStep> correctSteps(QList<CheckStep> &checks, const QList<Finding> &findings)
{
    // The relay test's verdict: a refusal at RCPT that is about the Email marks the
    // sender step; a refusal that is only temporary or inconclusive is a warning.
    const auto about = [&](const QString &code) {
        return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
            return f.code == code && f.facts.side == sideName(ServerSide::Outgoing) && !f.facts.recipient.isEmpty();
        });
    };
    const bool senderBad = about(Code::SmtpSenderRejected) || about(Code::TlsRequired);
    const bool relayBad = std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return !f.facts.recipient.isEmpty() && f.severity == Severity::Error && f.code != Code::SmtpSenderRejected
            && f.code != Code::TlsRequired;
    });
    QList<CheckStep> changed;
    for (CheckStep &s : checks) {
        StepStatus want = s.status;
        if (s.id == QLatin1String("outgoing.sender") && s.status == StepStatus::Pass && senderBad)
            want = StepStatus::Fail;
        if (s.id == QLatin1String("outgoing.relay") && s.status == StepStatus::Fail) {
            if (senderBad)
                want = StepStatus::Skipped;
            else if (!relayBad)
                want = StepStatus::Warn;
        }
        if (want != s.status) {
            s.status = want;
            changed.append(s);
        }
    }
    return changed;
}

void conclude(CheckReport &report)
{
    const AccountSettings &s = report.settings;
    // iOS 11.0 could not send through Microsoft's servers; only worth saying when
    // everything else is right (the known bug is a finding of its own then).
    const auto isBug = [](const Finding &f) { return f.code == Code::IosKnownBug; };
    const bool othersPass = !report.cancelled && std::none_of(report.findings.cbegin(), report.findings.cend(), [&](const Finding &f) {
        return f.severity == Severity::Error && !isBug(f);
    });
    if (!othersPass) {
        report.findings.erase(std::remove_if(report.findings.begin(), report.findings.end(), isBug), report.findings.end());
    } else if (std::none_of(report.findings.cbegin(), report.findings.cend(), isBug) && s.hasSide(ServerSide::Outgoing)) {
        // Nothing observed on the outgoing side: the host name alone may tell.
        if (const auto v = ProviderRules::iosKnownBug(s.ios, ProviderDirectory::byHost(s.outgoing.host), true))
            report.findings.append(iosBugFinding(*v, s.outgoing.host));
    }
    // Verdicts that hold from this computer's network but not from everywhere the phone goes.
    if (!report.cancelled)
        report.findings.append(NetworkLocation::findings(report));
    if (report.cancelled)
        report.findings.append(Finding::make(Code::CheckCancelled, QString(), Text::tr("Cancelled by the user"), Severity::Info));
    // One finding per code and field.
    QList<Finding> unique;
    for (const Finding &f : std::as_const(report.findings)) {
        const bool dup = std::any_of(unique.cbegin(), unique.cend(), [&](const Finding &u) {
            return u.code == f.code && u.field == f.field && u.facts.side == f.facts.side;
        });
        if (!dup)
            unique.append(f);
    }
    report.findings = unique;
    report.sortFindings();
}

} // namespace Diagnosis
} // namespace mailfix
