// SPDX-License-Identifier: GPL-3.0-or-later
#include "Pop3Probe.h"
#include "protocol/Sasl.h"
#include <QRegularExpression>

namespace mailfix {

Pop3Probe::Pop3Probe(CheckContext *context, QObject *parent) : ProbeBase(context, ServerSide::Incoming, parent)
{
    m_expect.append(Cmd::Greeting);
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, &Pop3Probe::onStall);
}

void Pop3Probe::onStall()
{
    if (isFinished() || !m_inGroup || m_expect.value(0) != Cmd::Pass || m_authFailed)
        return;
    // The server advertised PIPELINING but answered only USER: it dropped PASS and
    // QUIT. Send them one at a time on the same connection.
    note(tr("the server answered only USER of a pipelined group: sending PASS alone"));
    m_inGroup = false;
    m_expect.clear();
    rearmDeadline();
    sendCmds({{Cmd::Pass, {"PASS " + server().password.reveal(), QStringLiteral("PASS ********")}}});
}

QStringList Pop3Probe::stepLeaves() const
{
    return {QStringLiteral("dns"), QStringLiteral("connect"), QStringLiteral("tls"), QStringLiteral("greeting"),
            QStringLiteral("capability"), QStringLiteral("login")};
}

void Pop3Probe::sendCmds(const QList<std::pair<Cmd, std::pair<QByteArray, QString>>> &cmds)
{
    QByteArray wire;
    QStringList shown;
    for (const auto &c : cmds) {
        wire += c.second.first + "\r\n";
        shown.append(c.second.second.isEmpty() ? QString::fromUtf8(c.second.first) : c.second.second);
        m_expect.append(c.first);
    }
    if (m_expect.size() == 1 && m_expect.first() == Cmd::Quit)
        expectClose();
    send(wire, shown.join(QLatin1Char('\n')));
}

void Pop3Probe::onLine(const QByteArray &line)
{
    if (m_inCapaList) {
        if (line == ".") {
            m_inCapaList = false;
            afterCapa();
        } else if (m_capa.size() < context()->options().maxReplyLines) {
            m_capa.append(QString::fromLatin1(line).trimmed().toUpper());
        } else {
            // The same bound as every other multi-line reply: an endless list ends here,
            // not when the byte limit or the deadline runs out.
            observe(Observation::Kind::LimitExceeded).detail =
                tr("The CAPA list has more than %1 lines").arg(context()->options().maxReplyLines);
            fail(currentStep(), tr("Endless capability list"));
            finish();
        }
        return;
    }
    const auto reply = Pop3Reply::parse(line);
    if (m_expect.value(0) == Cmd::Greeting && (!reply || reply->continuation)) {
        reportMismatch(line);
        return;
    }
    if (!reply) {
        observe(Observation::Kind::MalformedReply).said = printable(line, 200);
        fail(currentStep(), tr("Garbled reply"));
        finish();
        return;
    }
    if (m_expect.isEmpty())
        return;
    const Cmd cmd = reply->continuation ? Cmd::Auth : m_expect.takeFirst();
    if (m_expect.size() == 1 && m_expect.first() == Cmd::Quit)
        expectClose(); // only the goodbye is still due
    m_stall.stop();
    if (m_inGroup && cmd == Cmd::User && m_expect.value(0) == Cmd::Pass) {
        // Replies of one group come back to back: a pause means PASS was dropped.
        const qint64 latency = std::max<qint64>(0, context()->elapsedMs() - m_groupSentMs);
        m_stall.start(int(std::clamp<qint64>(4 * latency + 150, 250, context()->options().stepTimeoutMs / 2)));
    } else if (cmd != Cmd::User) {
        m_inGroup = false;
    }
    if (reply->continuation && m_expect.value(0) != Cmd::Auth) {
        fail(currentStep(), tr("Unexpected continuation"));
        observe(Observation::Kind::MalformedReply).said = reply->raw;
        finish();
        return;
    }
    onReply(cmd, *reply);
}

void Pop3Probe::onReply(Cmd cmd, const Pop3Reply &r)
{
    rearmDeadline();
    const ServerSettings &s = server();
    switch (cmd) {
    case Cmd::Greeting: {
        if (!r.ok) {
            fail(QStringLiteral("greeting"), r.raw);
            observe(Observation::Kind::GreetingRefused).said = r.raw;
            quit();
            return;
        }
        pass(QStringLiteral("greeting"), r.raw);
        static const QRegularExpression ts(QStringLiteral("<[^<>@\\s]+@[^<>\\s]+>"));
        m_apopTimestamp = ts.match(r.text).captured(0);
        beginStep(QStringLiteral("capability"));
        sendCmds({{Cmd::Capa, {QByteArrayLiteral("CAPA"), {}}}});
        return;
    }
    case Cmd::Capa:
        if (r.ok) {
            m_capaSupported = true;
            m_capa.clear();
            m_inCapaList = true;
        } else {
            m_capaSupported = false;
            afterCapa();
        }
        return;
    case Cmd::Stls:
        if (!r.ok) {
            fail(QStringLiteral("tls"), r.raw);
            observe(Observation::Kind::StartTlsRefused).said = r.raw;
            quit();
            return;
        }
        upgradeToTls();
        return;
    case Cmd::User:
        if (r.ok && m_passPending) {
            m_passPending = false;
            sendCmds({{Cmd::Pass, {"PASS " + s.password.reveal(), QStringLiteral("PASS ********")}}});
            return;
        }
        if (!r.ok && !m_authFailed) {
            loginRefused(r);
        }
        if (!r.ok && !m_expect.contains(Cmd::Pass))
            quit();
        return;
    case Cmd::Pass:
    case Cmd::Auth:
        if (r.continuation) {
            if (++m_authTurns > 3) {
                send(QByteArrayLiteral("*\r\n"), QStringLiteral("* (cancel)"));
                Observation &o = observe(Observation::Kind::LimitExceeded);
                o.said = r.raw;
                o.detail = tr("The server kept asking for more login data");
                finish();
                return;
            }
            if (m_mechanism == QLatin1String("CRAM-MD5")) {
                send(Sasl::cramMd5(s.user.trimmed().toUtf8(), s.password.reveal(), r.text.toLatin1()) + "\r\n",
                     QStringLiteral("******** (CRAM-MD5 response)"));
            } else {
                send(QByteArrayLiteral("*\r\n"), QStringLiteral("* (cancel)"));
            }
            return;
        }
        if (r.ok) {
            pass(QStringLiteral("login"), tr("Logged in with %1").arg(m_mechanism));
        } else if (!m_authFailed) {
            loginRefused(r);
        }
        if (!m_expect.contains(Cmd::Quit))
            quit();
        return;
    case Cmd::Quit:
        finish();
        return;
    }
}

void Pop3Probe::onTlsUpgraded()
{
    m_capa.clear();
    m_expect.clear();
    beginStep(QStringLiteral("capability"));
    sendCmds({{Cmd::Capa, {QByteArrayLiteral("CAPA"), {}}}});
}

void Pop3Probe::afterCapa()
{
    pass(QStringLiteral("capability"), m_capaSupported ? m_capa.join(QLatin1Char(' ')) : tr("CAPA not supported"));
    const ServerSettings &s = server();
    if (!isEncrypted() && s.ssl && !isImplicitTls()) {
        if (!m_capa.contains(QLatin1String("STLS"))) {
            fail(QStringLiteral("tls"), tr("The server offers no STLS on port %1").arg(port()));
            observe(Observation::Kind::StartTlsNotOffered).capabilities = m_capa;
            quit();
            return;
        }
        sendCmds({{Cmd::Stls, {QByteArrayLiteral("STLS"), {}}}});
        return;
    }
    login();
}

void Pop3Probe::login()
{
    const ServerSettings &s = server();
    beginStep(QStringLiteral("login"));
    if (s.auth == AuthMethod::None || s.user.trimmed().isEmpty() || s.password.isEmpty()) {
        skip(QStringLiteral("login"), tr("User name or password empty"));
        quit();
        return;
    }
    QStringList sasl;
    for (const QString &c : std::as_const(m_capa))
        if (c.startsWith(QLatin1String("SASL")))
            sasl = c.mid(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!isEncrypted() && m_capaSupported && s.auth == AuthMethod::Password && !m_capa.contains(QLatin1String("USER"))
        && !sasl.contains(QLatin1String("PLAIN")) && m_capa.contains(QLatin1String("STLS"))) {
        fail(QStringLiteral("login"), tr("The server allows login only after STLS"));
        observe(Observation::Kind::LoginOnlyAfterTls).capabilities = m_capa;
        quit();
        return;
    }
    if (s.auth == AuthMethod::Md5) {
        if (sasl.contains(QLatin1String("CRAM-MD5")))
            m_mechanism = QStringLiteral("CRAM-MD5");
        else if (!m_apopTimestamp.isEmpty())
            m_mechanism = QStringLiteral("APOP");
    } else if (s.auth == AuthMethod::Password) {
        m_mechanism = QStringLiteral("USER");
    }
    if (m_mechanism.isEmpty()) {
        QStringList offered = sasl;
        if (m_capa.contains(QLatin1String("USER")) || !m_capaSupported)
            offered.prepend(QStringLiteral("USER"));
        const bool notTestable = s.auth == AuthMethod::Ntlm || s.auth == AuthMethod::HttpMd5;
        const QString wanted = s.auth == AuthMethod::Ntlm ? QStringLiteral("NTLM") : QStringLiteral("DIGEST-MD5");
        if (notTestable && sasl.contains(wanted)) {
            observe(Observation::Kind::MechanismUntestable).mechanism = wanted;
            skip(QStringLiteral("login"), tr("%1 is offered but not tested").arg(wanted));
        } else {
            fail(QStringLiteral("login"), tr("The server offers %1").arg(offered.join(QLatin1Char(' '))));
            observe(Observation::Kind::MechanismNotOffered).offered = offered;
        }
        quit();
        return;
    }
    if (m_mechanism == QLatin1String("USER") || m_mechanism == QLatin1String("APOP")) {
        // USER, PASS and APOP are single lines: a CR, LF or NUL in a credential would end
        // the command and start another (RFC 1939). Say so; send nothing.
        const QByteArray user = s.user.trimmed().toUtf8();
        const QByteArray &password = s.password.reveal();
        auto unsafe = [](const QByteArray &b) { return b.contains('\r') || b.contains('\n') || b.contains('\0'); };
        const bool userBad = unsafe(user) || (m_mechanism == QLatin1String("APOP") && user.contains(' '));
        if (userBad || (m_mechanism == QLatin1String("USER") && unsafe(password))) {
            fail(QStringLiteral("login"), tr("A character POP3 cannot carry"));
            Observation &o = observe(Observation::Kind::SettingUnsendable);
            o.leaf = userBad ? QStringLiteral("user") : QStringLiteral("password");
            o.detail = userBad ? tr("The user name holds a line break or control character, which POP3 cannot carry: nothing was sent")
                               : tr("The password holds a line break or control character, which POP3 cannot carry: nothing was sent");
            quit();
            return;
        }
    }
    withCredentialConsent([this](bool allowed) {
        const ServerSettings &srv = server();
        if (!allowed) {
            quit();
            return;
        }
        const QByteArray user = srv.user.trimmed().toUtf8();
        if (m_mechanism == QLatin1String("USER")) {
            QList<std::pair<Cmd, std::pair<QByteArray, QString>>> cmds{
                {Cmd::User, {"USER " + user, {}}}};
            // RFC 2449: with PIPELINING, USER, PASS and QUIT may go together.
            if (m_capa.contains(QLatin1String("PIPELINING"))) {
                cmds.append({Cmd::Pass, {"PASS " + srv.password.reveal(), QStringLiteral("PASS ********")}});
                cmds.append({Cmd::Quit, {QByteArrayLiteral("QUIT"), {}}});
                m_inGroup = true;
                m_groupSentMs = context()->elapsedMs();
                sendCmds(cmds);
            } else {
                sendCmds(cmds);
                m_passPending = true; // PASS goes on USER's +OK
            }
            return;
        }
        if (m_mechanism == QLatin1String("APOP")) {
            const QByteArray digest = Sasl::apop(m_apopTimestamp.toLatin1(), srv.password.reveal());
            sendCmds({{Cmd::Pass, {"APOP " + user + ' ' + digest, QStringLiteral("APOP ") + QString::fromUtf8(user) + QStringLiteral(" ********")}}});
            return;
        }
        sendCmds({{Cmd::Auth, {"AUTH " + m_mechanism.toLatin1(), {}}}});
    });
}

void Pop3Probe::loginRefused(const Pop3Reply &r)
{
    // USER and PASS may both be refused (pipelined): the first refusal is the cause.
    m_authFailed = true;
    fail(QStringLiteral("login"), r.raw);
    Observation &o = observe(Observation::Kind::LoginRefused);
    o.responseCode = r.code;
    o.detail = r.text;
    o.said = r.raw;
    o.mechanism = m_mechanism;
}

void Pop3Probe::quit()
{
    if (!m_expect.contains(Cmd::Quit))
        sendCmds({{Cmd::Quit, {QByteArrayLiteral("QUIT"), {}}}});
}

qsizetype Pop3Probe::statusPrefix(const QByteArray &line) const
{
    // "+OK", "-ERR" or the continuation "+".
    for (const char *t : {"+OK", "-ERR", "+"})
        if (line.startsWith(t))
            return qsizetype(qstrlen(t));
    return 0;
}

} // namespace mailfix
