// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmtpProbe.h"
#include "protocol/Sasl.h"
#include "account/AddressSyntax.h"

namespace mailfix {

namespace {
QString mechanismFor(AuthMethod m, const QStringList &offered)
{
    switch (m) {
    case AuthMethod::Password:
        if (offered.contains(QLatin1String("PLAIN")))
            return QStringLiteral("PLAIN");
        if (offered.contains(QLatin1String("LOGIN")))
            return QStringLiteral("LOGIN");
        return {};
    case AuthMethod::Md5: return offered.contains(QLatin1String("CRAM-MD5")) ? QStringLiteral("CRAM-MD5") : QString();
    case AuthMethod::Ntlm: return offered.contains(QLatin1String("NTLM")) ? QStringLiteral("NTLM") : QString();
    case AuthMethod::HttpMd5: return offered.contains(QLatin1String("DIGEST-MD5")) ? QStringLiteral("DIGEST-MD5") : QString();
    case AuthMethod::None: return {};
    }
    return {};
}

QByteArray angle(const QString &address)
{
    return '<' + address.toUtf8() + '>';
}

/// A MAIL FROM / RCPT TO argument that cannot carry another command or ESMTP
/// parameters: a valid address (no spaces, brackets or control characters), or
/// the null sender.
bool sendableAddress(const QString &address, bool nullAllowed)
{
    return (nullAllowed && address.isEmpty()) || AddressSyntax::isEmailAddress(address);
}
} // namespace

SmtpProbe::SmtpProbe(CheckContext *context, QObject *parent)
    : ProbeBase(context, ServerSide::Outgoing, parent), m_parser(context->options().maxReplyLines)
{
    const AccountSettings &s = context->settings();
    m_obs.userGiven = !s.outgoing.user.trimmed().isEmpty();
    m_obs.auth = s.outgoing.auth;
    m_obs.mailFrom = s.email.trimmed();
    m_obs.recipient = context->options().relayRecipient;
    const QString user = s.outgoing.user.trimmed();
    // Second sender for the logged-in transaction: the login itself when it is an
    // address other than Email, else the null sender.
    if (user.contains(QLatin1Char('@')) && user.compare(m_obs.mailFrom, Qt::CaseInsensitive) != 0
        && sendableAddress(user, false))
        m_obs.altSender = user;
    m_expect.append(Cmd::Greeting);
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, &SmtpProbe::onStall);
}

QStringList SmtpProbe::stepLeaves() const
{
    return {QStringLiteral("dns"),  QStringLiteral("connect"), QStringLiteral("tls"),    QStringLiteral("greeting"),
            QStringLiteral("ehlo"), QStringLiteral("auth"),    QStringLiteral("sender"), QStringLiteral("relay")};
}

void SmtpProbe::onLine(const QByteArray &line)
{
    if (!m_parser.inReply() && m_expect.value(0) == Cmd::Greeting && ProbeBase::detectProtocol(line) != QLatin1String("SMTP")) {
        reportMismatch(line);
        return;
    }
    SmtpReply reply;
    QString error;
    switch (m_parser.feedLine(line, &reply, &error)) {
    case SmtpReplyParser::Result::NeedMore: return;
    case SmtpReplyParser::Result::Error: {
        const bool tooLong = m_parser.limitExceeded();
        if (m_expect.value(0) == Cmd::Greeting && !tooLong) {
            reportMismatch(line);
            return;
        }
        Observation &o = observe(tooLong ? Observation::Kind::LimitExceeded : Observation::Kind::MalformedReply);
        o.said = printable(line, 200);
        o.detail = error;
        fail(currentStep(), error);
        finish();
        return;
    }
    case SmtpReplyParser::Result::Reply: onReply(reply); return;
    }
}

void SmtpProbe::sendGroup(const QList<Out> &cmds)
{
    QByteArray wire;
    QStringList shown;
    for (const Out &o : cmds) {
        wire += o.wire + "\r\n";
        shown.append(o.shown.isEmpty() ? QString::fromUtf8(o.wire) : o.shown);
        m_expect.append(o.cmd);
    }
    if (m_expect.size() == 1 && m_expect.first() == Cmd::Quit)
        expectClose();
    if (cmds.size() > 1) {
        m_inGroup = true;
        m_groupSentMs = context()->elapsedMs();
        m_groupLatencyMs = -1;
    }
    send(wire, shown.join(QLatin1Char('\n')));
}

void SmtpProbe::armStall()
{
    m_stall.stop();
    const bool onlyGoodbye = m_expect.isEmpty() || (m_expect.size() == 1 && m_expect.first() == Cmd::Quit);
    if (!m_inGroup || onlyGoodbye || m_concluded || isFinished())
        return;
    if (m_groupLatencyMs < 0)
        m_groupLatencyMs = std::max<qint64>(0, context()->elapsedMs() - m_groupSentMs);
    // Replies of one group come back to back; a pause of several times the first
    // reply's latency means the server dropped the rest of the group.
    const qint64 ms = std::clamp<qint64>(4 * m_groupLatencyMs + 150, 250, context()->options().stepTimeoutMs / 2);
    m_stall.start(int(ms));
}

SmtpProbe::Out SmtpProbe::resendable(Cmd cmd) const
{
    switch (cmd) {
    case Cmd::MailFrom: return {cmd, "MAIL FROM:" + angle(m_obs.mailFrom), {}};
    case Cmd::AltMailFrom: return {cmd, "MAIL FROM:" + angle(m_obs.altSender), {}};
    case Cmd::RcptTo:
    case Cmd::AltRcptTo: return {cmd, "RCPT TO:" + angle(m_obs.recipient), {}};
    case Cmd::AltRset:
    case Cmd::Rset:
    case Cmd::Resync: return {cmd, QByteArrayLiteral("RSET"), {}};
    case Cmd::Quit: return {cmd, QByteArrayLiteral("QUIT"), {}};
    default: return {Cmd::Resync, QByteArrayLiteral("RSET"), {}};
    }
}

void SmtpProbe::onStall()
{
    if (isFinished() || m_expect.isEmpty() || m_concluded)
        return;
    note(tr("the server answered only the first commands of a pipelined group: sending the rest one at a time"));
    m_pipelineBroken = true;
    m_inGroup = false;
    QList<Out> rest;
    // RSET first: should the server have taken a MAIL FROM silently, sending it again
    // cannot nest a transaction (and the resent commands are never duplicated in effect).
    rest.append({Cmd::Resync, QByteArrayLiteral("RSET"), {}});
    for (Cmd c : std::as_const(m_expect))
        if (c != Cmd::Auth && c != Cmd::Greeting)
            rest.append(resendable(c));
    m_expect.clear();
    m_plan = rest + m_plan;
    rearmDeadline();
    sendNextPlanned();
}

void SmtpProbe::sendEhlo()
{
    beginStep(QStringLiteral("ehlo"));
    // Like the phone: an address literal for a client without a host name of its own.
    sendGroup({{Cmd::Ehlo, "EHLO " + addressLiteral(), {}}});
}

void SmtpProbe::onReply(const SmtpReply &reply)
{
    if (m_expect.isEmpty()) {
        // Unasked-for reply (e.g. 421 before closing): note and ignore unless fatal.
        if (reply.code == 421) {
            observe(Observation::Kind::ServerClosing).smtpReply = reply;
            finish();
        }
        return;
    }
    const Cmd cmd = m_expect.takeFirst();
    if (m_expect.size() == 1 && m_expect.first() == Cmd::Quit)
        expectClose(); // only the goodbye is still due
    if (m_expect.isEmpty())
        m_inGroup = false;
    rearmDeadline();
    armStall();
    switch (cmd) {
    case Cmd::Greeting:
        if (reply.code != 220) {
            fail(QStringLiteral("greeting"), reply.evidence());
            observe(Observation::Kind::GreetingRefused).smtpReply = reply;
            quit();
            return;
        }
        pass(QStringLiteral("greeting"), reply.evidence());
        sendEhlo();
        return;
    case Cmd::Ehlo:
    case Cmd::Helo:
        if (!reply.isPositive()) {
            if (cmd == Cmd::Ehlo && reply.isPermanent() && !m_ehloFailedOnce) {
                m_ehloFailedOnce = true; // no ESMTP: fall back as the phone does
                sendGroup({{Cmd::Helo, "HELO " + addressLiteral(), {}}});
                return;
            }
            fail(QStringLiteral("ehlo"), reply.evidence());
            observe(Observation::Kind::HelloRefused).smtpReply = reply;
            quit();
            return;
        }
        m_caps = cmd == Cmd::Ehlo ? EhloCapabilities::parse(reply) : EhloCapabilities();
        pass(QStringLiteral("ehlo"), m_caps.keywords.join(QLatin1Char(' ')));
        afterEhlo();
        return;
    case Cmd::StartTls:
        if (reply.code != 220) {
            fail(QStringLiteral("tls"), reply.evidence());
            observe(Observation::Kind::StartTlsRefused).smtpReply = reply;
            quit();
            return;
        }
        upgradeToTls();
        return;
    case Cmd::Auth:
        if (reply.code == 334) {
            m_expect.prepend(Cmd::Auth);
            onAuthContinuation(reply);
        } else {
            onAuthDone(reply);
        }
        return;
    case Cmd::MailFrom:
        m_obs.mailReply = reply;
        if (!reply.isPositive()) {
            // A definitive answer: nothing planned behind it can tell more, and
            // nothing not yet sent will be answered. Say goodbye now.
            m_plan.clear();
            concludeTransaction();
            quit();
            return;
        }
        break;
    case Cmd::RcptTo:
        m_obs.rcptReply = reply;
        if (m_plan.isEmpty() || !m_obs.loggedIn() || reply.isPositive()) {
            // No second transaction needed (or already in flight).
            QList<Out> rest;
            for (const Out &o : std::as_const(m_plan))
                if (o.cmd != Cmd::AltRset && o.cmd != Cmd::AltMailFrom && o.cmd != Cmd::AltRcptTo)
                    rest.append(o);
            m_plan = rest;
        }
        break;
    case Cmd::AltMailFrom:
        m_obs.altMailReply = reply;
        break;
    case Cmd::AltRcptTo:
        m_obs.altRcptReply = reply;
        break;
    case Cmd::AltRset:
    case Cmd::Rset:
    case Cmd::Resync:
        break;
    case Cmd::Quit:
        concludeTransaction();
        finish();
        return;
    }
    if (m_expect.isEmpty() && !m_plan.isEmpty())
        sendNextPlanned();
    else if (m_expect.isEmpty() || m_expect.value(0) == Cmd::Quit)
        concludeTransaction();
}

void SmtpProbe::afterEhlo()
{
    const bool ssl = server().ssl;
    if (!isEncrypted() && ssl && !isImplicitTls()) {
        if (!m_caps.has(QStringLiteral("STARTTLS"))) {
            fail(QStringLiteral("tls"), tr("The server offers no STARTTLS on port %1").arg(port()));
            observe(Observation::Kind::StartTlsNotOffered).capabilities = m_caps.keywords;
            quit();
            return;
        }
        sendGroup({{Cmd::StartTls, QByteArrayLiteral("STARTTLS"), {}}});
        return;
    }
    decideLogin();
}

void SmtpProbe::onTlsUpgraded()
{
    // RFC 3207: forget what was learned before TLS.
    m_parser.reset();
    m_expect.clear();
    m_caps = {};
    sendEhlo();
}

void SmtpProbe::decideLogin()
{
    const ServerSettings &s = server();
    const bool wantLogin = m_obs.userGiven && s.auth != AuthMethod::None;
    const bool hasAuth = m_caps.has(QStringLiteral("AUTH"));
    if (!wantLogin) {
        skip(QStringLiteral("auth"), m_obs.userGiven ? tr("Authentication is None") : tr("No user name: the phone does not log in"));
        startTransaction();
        return;
    }
    beginStep(QStringLiteral("auth"));
    if (!hasAuth) {
        if (!isEncrypted() && m_caps.has(QStringLiteral("STARTTLS"))) {
            fail(QStringLiteral("auth"), tr("The server allows login only after STARTTLS"));
            observe(Observation::Kind::LoginOnlyAfterTls).capabilities = m_caps.keywords;
        } else {
            fail(QStringLiteral("auth"), tr("The server offers no login on port %1").arg(port()));
            observe(Observation::Kind::LoginNotOffered).capabilities = m_caps.keywords;
        }
        quit();
        return;
    }
    const QString mech = mechanismFor(s.auth, m_caps.authMechanisms);
    if (mech.isEmpty()) {
        fail(QStringLiteral("auth"), tr("The server offers %1").arg(m_caps.authMechanisms.join(QLatin1Char(' '))));
        observe(Observation::Kind::MechanismNotOffered).offered = m_caps.authMechanisms;
        quit();
        return;
    }
    if (mech == QLatin1String("NTLM") || mech == QLatin1String("DIGEST-MD5")) {
        Observation &o = observe(Observation::Kind::MechanismUntestable);
        o.mechanism = mech;
        o.offered = m_caps.authMechanisms;
        skip(QStringLiteral("auth"), tr("%1 is offered but not tested").arg(mech));
        quit();
        return;
    }
    if (s.password.isEmpty()) {
        skip(QStringLiteral("auth"), tr("No password entered"));
        quit();
        return;
    }
    withCredentialConsent([this, mech](bool allowed) {
        if (allowed) {
            startAuth(mech);
            return;
        }
        quit();
    });
}

QList<SmtpProbe::Out> SmtpProbe::transaction(bool withAlternative) const
{
    QList<Out> t;
    t.append({Cmd::MailFrom, "MAIL FROM:" + angle(m_obs.mailFrom), {}});
    t.append({Cmd::RcptTo, "RCPT TO:" + angle(m_obs.recipient), {}});
    if (withAlternative) {
        t.append({Cmd::AltRset, QByteArrayLiteral("RSET"), {}});
        t.append({Cmd::AltMailFrom, "MAIL FROM:" + angle(m_obs.altSender), {}});
        t.append({Cmd::AltRcptTo, "RCPT TO:" + angle(m_obs.recipient), {}});
    }
    t.append({Cmd::Rset, QByteArrayLiteral("RSET"), {}});
    t.append({Cmd::Quit, QByteArrayLiteral("QUIT"), {}});
    return t;
}

void SmtpProbe::startAuth(const QString &mech)
{
    m_mechanism = mech;
    m_obs.loginAttempted = true;
    const ServerSettings &s = server();
    const QByteArray user = s.user.trimmed().toUtf8();
    if (mech == QLatin1String("PLAIN") && (user.contains('\0') || s.password.reveal().contains('\0'))) {
        // NUL separates PLAIN's fields (RFC 4616): such a credential cannot be sent.
        fail(QStringLiteral("auth"), tr("A NUL character cannot be sent in a login"));
        Observation &o = observe(Observation::Kind::SettingUnsendable);
        o.leaf = user.contains('\0') ? QStringLiteral("user") : QStringLiteral("password");
        o.detail = tr("The %1 holds a NUL character, which an SMTP login cannot carry: nothing was sent")
                       .arg(user.contains('\0') ? tr("user name") : tr("password"));
        m_concluded = true;
        quit();
        return;
    }
    if (mech == QLatin1String("PLAIN")) {
        const QByteArray ir = Sasl::plain(user, s.password.reveal());
        QList<Out> group{{Cmd::Auth, "AUTH PLAIN " + ir, QStringLiteral("AUTH PLAIN ********")}};
        // RFC 4954 section 4: a one-step AUTH with initial response may be pipelined.
        if (pipelining() && transactionSendable()) {
            group += transaction(true);
            beginStep(QStringLiteral("auth"));
        }
        sendGroup(group);
        return;
    }
    sendGroup({{Cmd::Auth, "AUTH " + mech.toLatin1(), {}}});
}

void SmtpProbe::onAuthContinuation(const SmtpReply &reply)
{
    const ServerSettings &s = server();
    if (++m_authTurns > 3) {
        m_expect.clear();
        fail(QStringLiteral("auth"), tr("The server kept asking for more login data"));
        Observation &o = observe(Observation::Kind::LimitExceeded);
        o.smtpReply = reply;
        o.detail = tr("The server kept asking for more login data");
        send(QByteArrayLiteral("*\r\n"), QStringLiteral("* (cancel login)"));
        finish();
        return;
    }
    QByteArray answer;
    if (m_mechanism == QLatin1String("LOGIN")) {
        const QByteArray prompt = QByteArray::fromBase64(reply.lines.value(0).toLatin1()).toLower();
        const bool wantsPassword = prompt.contains("pass") || (m_authTurns == 2 && !prompt.contains("user"));
        answer = wantsPassword ? s.password.reveal().toBase64() : s.user.trimmed().toUtf8().toBase64();
        m_expect.removeFirst();
        sendGroup({{Cmd::Auth, answer, wantsPassword ? QStringLiteral("********") : QString::fromLatin1(answer)}});
    } else if (m_mechanism == QLatin1String("CRAM-MD5")) {
        answer = Sasl::cramMd5(s.user.trimmed().toUtf8(), s.password.reveal(), reply.lines.value(0).toLatin1());
        m_expect.removeFirst();
        sendGroup({{Cmd::Auth, answer, QStringLiteral("******** (CRAM-MD5 response)")}});
    } else {
        // PLAIN sent with its initial response: a 334 here means "send it again empty".
        m_expect.removeFirst();
        sendGroup({{Cmd::Auth, QByteArrayLiteral("*"), QStringLiteral("* (cancel login)")}});
    }
}

void SmtpProbe::onAuthDone(const SmtpReply &reply)
{
    m_obs.authReply = reply;
    if (reply.code == 235) {
        pass(QStringLiteral("auth"), tr("Logged in with %1").arg(m_mechanism));
        if (m_expect.isEmpty())
            startTransaction(); // not already pipelined behind AUTH PLAIN
        else
            beginStep(QStringLiteral("sender"));
        return;
    }
    fail(QStringLiteral("auth"), reply.evidence());
    Observation &o = observe(Observation::Kind::LoginRefused);
    o.smtpReply = reply;
    o.mechanism = m_mechanism;
    o.offered = m_caps.authMechanisms;
    m_concluded = true; // the transaction after a failed login tells nothing new
    m_stall.stop();
    if (m_expect.isEmpty())
        quit();
    else
        expectClose(); // the verdict is in: what is still due is only its consequence
}

bool SmtpProbe::transactionSendable() const
{
    return sendableAddress(m_obs.mailFrom, false) && sendableAddress(m_obs.recipient, false);
}

void SmtpProbe::startTransaction()
{
    if (!transactionSendable()) {
        // A malformed Email is a settings finding; it never goes on the wire.
        skip(QStringLiteral("sender"), tr("Not tried: the Email is not a valid address"));
        skip(QStringLiteral("relay"), tr("Not tried: the Email is not a valid address"));
        quit();
        return;
    }
    m_plan = transaction(false);
    beginStep(QStringLiteral("sender"));
    if (pipelining()) {
        sendGroup(m_plan);
        m_plan.clear();
    } else {
        sendNextPlanned();
    }
}

void SmtpProbe::sendNextPlanned()
{
    if (m_plan.isEmpty())
        return;
    const Out next = m_plan.takeFirst();
    if (next.cmd == Cmd::RcptTo)
        beginStep(QStringLiteral("relay"));
    sendGroup({next});
}

void SmtpProbe::quit()
{
    m_plan.clear();
    expectClose();
    if (!m_expect.contains(Cmd::Quit))
        sendGroup({{Cmd::Quit, QByteArrayLiteral("QUIT"), {}}});
}

void SmtpProbe::concludeTransaction()
{
    if (m_concluded || !m_obs.mailReply)
        return;
    const bool rcptDone = m_obs.rcptReply.has_value() || !m_obs.mailReply->isPositive();
    const bool altDue = m_expect.contains(Cmd::AltRcptTo) || m_plan.size() > 0;
    if (!rcptDone || altDue)
        return;
    m_concluded = true;
    observe(Observation::Kind::Transaction).transaction = m_obs;
    // Provisional states from the reply classes; the diagnosis corrects them once it
    // knows whether a refusal at RCPT was about the sender (Diagnosis::correctSteps).
    const SmtpReply &mail = *m_obs.mailReply;
    if (!mail.isPositive()) {
        fail(QStringLiteral("sender"), mail.evidence());
        skip(QStringLiteral("relay"), tr("Not reached"));
    } else {
        pass(QStringLiteral("sender"), mail.evidence());
        if (m_obs.rcptReply) {
            const SmtpReply &rcpt = *m_obs.rcptReply;
            StepStatus st = rcpt.isPositive() ? StepStatus::Pass : StepStatus::Fail;
            if (rcpt.isPositive() && !m_obs.loggedIn())
                st = StepStatus::Warn;
            endStep(QStringLiteral("relay"), st, rcpt.evidence());
        }
    }
}

qsizetype SmtpProbe::statusPrefix(const QByteArray &line) const
{
    // "250-" / "250 ": the reply code and its separator.
    qsizetype n = 0;
    while (n < 3 && n < line.size() && line.at(n) >= '0' && line.at(n) <= '9')
        ++n;
    return n == 3 ? std::min<qsizetype>(4, line.size()) : 0;
}

} // namespace mailfix
