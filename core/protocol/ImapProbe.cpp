// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImapProbe.h"
#include "protocol/Sasl.h"

namespace mailfix {

ImapProbe::ImapProbe(CheckContext *context, QObject *parent) : ProbeBase(context, ServerSide::Incoming, parent)
{
    setFoldLiterals(true);
}

QStringList ImapProbe::stepLeaves() const
{
    return {QStringLiteral("dns"), QStringLiteral("connect"), QStringLiteral("tls"), QStringLiteral("greeting"),
            QStringLiteral("capability"), QStringLiteral("login")};
}

QByteArray ImapProbe::command(Cmd cmd, const QByteArray &text, const QString &shown)
{
    const QByteArray tag = 'm' + QByteArray::number(++m_tagCounter);
    m_tags.insert(tag, cmd);
    m_outgoing += tag + ' ' + text + "\r\n";
    m_outgoingShown.append(QString::fromLatin1(tag) + QLatin1Char(' ') + (shown.isEmpty() ? QString::fromUtf8(text) : shown));
    return tag;
}

void ImapProbe::flush()
{
    if (m_outgoing.isEmpty())
        return;
    send(std::exchange(m_outgoing, QByteArray()), m_outgoingShown.join(QLatin1Char('\n')));
    m_outgoingShown.clear();
}

void ImapProbe::onLine(const QByteArray &line)
{
    const auto parsed = ImapResponse::parse(line);
    if (!m_greeted) {
        if (!parsed || parsed->kind != ImapResponse::Kind::Untagged || !parsed->isStatus()) {
            reportMismatch(line);
            return;
        }
        m_greeted = true;
        onGreeting(*parsed);
        return;
    }
    if (!parsed) {
        observe(Observation::Kind::MalformedReply).said = printable(line, 200);
        fail(currentStep(), tr("Garbled response"));
        finish();
        return;
    }
    const ImapResponse &r = *parsed;
    switch (r.kind) {
    case ImapResponse::Kind::Continuation: onContinuation(r); return;
    case ImapResponse::Kind::Untagged:
        if (!r.capabilities.isEmpty()) {
            m_caps = r.capabilities;
            m_haveCaps = true;
        }
        if (r.status == QLatin1String("LIST"))
            m_listSeen = true;
        if (r.code == QLatin1String("ALERT"))
            observe(Observation::Kind::Alert).said = r.text;
        if (r.status == QLatin1String("BYE") && !m_tags.values().contains(Cmd::Logout)) {
            observe(Observation::Kind::ServerBye).said = r.raw;
            fail(currentStep(), r.raw);
            finish();
        }
        return;
    case ImapResponse::Kind::Tagged: {
        const auto it = m_tags.find(r.tag);
        if (it == m_tags.end())
            return; // not ours: ignore
        const Cmd cmd = it.value();
        m_tags.erase(it);
        if (m_tags.size() == 1 && m_tags.cbegin().value() == Cmd::Logout)
            expectClose(); // only the goodbye is still due
        if (!r.capabilities.isEmpty()) {
            m_caps = r.capabilities;
            m_haveCaps = true;
        }
        onTagged(cmd, r);
        return;
    }
    }
}

void ImapProbe::onGreeting(const ImapResponse &r)
{
    if (r.status == QLatin1String("BYE")) {
        fail(QStringLiteral("greeting"), r.raw);
        observe(Observation::Kind::GreetingRefused).said = r.raw;
        finish();
        return;
    }
    if (r.status == QLatin1String("PREAUTH")) {
        // Already "logged in" without a password: STARTTLS is no longer possible, so
        // a connection that must be encrypted cannot be made safe (CVE-2020-12398).
        fail(QStringLiteral("greeting"), r.raw);
        observe(Observation::Kind::Preauthenticated).said = r.raw;
        logout();
        return;
    }
    if (r.status != QLatin1String("OK")) {
        reportMismatch(r.raw.toUtf8());
        return;
    }
    pass(QStringLiteral("greeting"), r.raw);
    if (r.code == QLatin1String("ALERT"))
        observe(Observation::Kind::Alert).said = r.text;
    beginStep(QStringLiteral("capability"));
    if (!r.capabilities.isEmpty()) {
        m_caps = r.capabilities;
        m_haveCaps = true;
        afterCapabilities();
        return;
    }
    command(Cmd::Capability, QByteArrayLiteral("CAPABILITY"));
    flush();
}

void ImapProbe::onTlsUpgraded()
{
    // RFC 9051 7.1: forget the capabilities learned before TLS.
    m_caps.clear();
    m_haveCaps = false;
    m_tags.clear();
    beginStep(QStringLiteral("capability"));
    const ServerSettings &s = server();
    const bool quotable = canQuote(s.user.trimmed().toUtf8()) && canQuote(s.password.reveal());
    // With Password authentication and quotable credentials LOGIN needs no capability
    // knowledge (its tagged OK brings the new capabilities): send it alone, saving the
    // CAPABILITY round trip without pipelining anything behind a login.
    if (s.auth == AuthMethod::Password && certificateTrusted() && quotable && !s.user.trimmed().isEmpty()
        && !s.password.isEmpty()) {
        pass(QStringLiteral("capability"), tr("Not asked: LOGIN after TLS needs no capability list"));
        login();
        return;
    }
    command(Cmd::Capability, QByteArrayLiteral("CAPABILITY"));
    flush();
}

void ImapProbe::afterCapabilities()
{
    pass(QStringLiteral("capability"), m_caps.join(QLatin1Char(' ')));
    const ServerSettings &s = server();
    if (!isEncrypted() && s.ssl && !isImplicitTls()) {
        if (!m_caps.contains(QLatin1String("STARTTLS"))) {
            fail(QStringLiteral("tls"), tr("The server offers no STARTTLS on port %1").arg(port()));
            observe(Observation::Kind::StartTlsNotOffered).capabilities = m_caps;
            logout();
            return;
        }
        command(Cmd::StartTls, QByteArrayLiteral("STARTTLS"));
        flush();
        return;
    }
    login();
}

void ImapProbe::loginWithLiterals(const QByteArray &user, const QByteArray &pass)
{
    const bool plus = m_caps.contains(QLatin1String("LITERAL+"))
        || (m_caps.contains(QLatin1String("LITERAL-")) && user.size() <= 4096 && pass.size() <= 4096);
    const QByteArray u = '{' + QByteArray::number(user.size()) + (plus ? "+}" : "}");
    const QByteArray p = '{' + QByteArray::number(pass.size()) + (plus ? "+}" : "}");
    const QString shown = QStringLiteral("LOGIN ") + QString::fromLatin1(u) + QStringLiteral(" (user name) ")
        + QString::fromLatin1(p) + QStringLiteral(" ********");
    if (plus) {
        command(Cmd::Login, "LOGIN " + u + "\r\n" + user + ' ' + p + "\r\n" + pass, shown);
        return;
    }
    // Synchronising literals: each goes on the server's "+" (onContinuation).
    command(Cmd::Login, "LOGIN " + u, shown);
    m_literalQueue = {user + ' ' + p + "\r\n", pass + "\r\n"};
}

bool ImapProbe::canQuote(const QByteArray &s) const
{
    if (s.size() > 1000)
        return false;
    for (char c : s)
        if (c == '\0' || c == '\r' || c == '\n' || static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

QByteArray ImapProbe::quoted(const QByteArray &s)
{
    QByteArray out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

void ImapProbe::login()
{
    const ServerSettings &s = server();
    beginStep(QStringLiteral("login"));
    if (s.auth == AuthMethod::None) {
        skip(QStringLiteral("login"), tr("Authentication is None"));
        logout();
        return;
    }
    if (s.user.trimmed().isEmpty() || s.password.isEmpty()) {
        skip(QStringLiteral("login"), tr("User name or password empty"));
        logout();
        return;
    }
    const QByteArray userBytes = s.user.trimmed().toUtf8();
    const QByteArray &passBytes = s.password.reveal();
    // NUL cannot travel in an IMAP string, quoted or literal (RFC 9051 4.3).
    for (const auto &[bytes, leaf] : {std::pair<const QByteArray &, const char *>{userBytes, "user"},
                                      std::pair<const QByteArray &, const char *>{passBytes, "password"}}) {
        if (bytes.contains('\0')) {
            fail(QStringLiteral("login"), tr("A control character that IMAP cannot carry"));
            Observation &o = observe(Observation::Kind::SettingUnsendable);
            o.leaf = QString::fromLatin1(leaf);
            o.detail = tr("The %1 holds a NUL character, which IMAP cannot carry: nothing was sent")
                           .arg(QString::fromLatin1(leaf) == QLatin1String("user") ? tr("user name") : tr("password"));
            logout();
            return;
        }
    }
    const bool quotable = canQuote(userBytes) && canQuote(passBytes);
    // Anything but LOGIN with quotable strings depends on what the server offers:
    // never send AUTHENTICATE X (or a literal) without knowing it is offered.
    if (!m_haveCaps && (s.auth != AuthMethod::Password || !quotable)) {
        command(Cmd::Capability, QByteArrayLiteral("CAPABILITY"));
        flush();
        return;
    }
    const bool haveCaps = m_haveCaps;
    if (haveCaps && s.auth == AuthMethod::Password && m_caps.contains(QLatin1String("LOGINDISABLED"))
        && !m_caps.contains(QLatin1String("AUTH=PLAIN"))) {
        fail(QStringLiteral("login"), tr("The server disables login before TLS"));
        observe(Observation::Kind::LoginDisabled).capabilities = m_caps;
        logout();
        return;
    }
    QString mech;
    if (s.auth == AuthMethod::Md5)
        mech = QStringLiteral("CRAM-MD5");
    else if (s.auth == AuthMethod::Ntlm)
        mech = QStringLiteral("NTLM");
    else if (s.auth == AuthMethod::HttpMd5)
        mech = QStringLiteral("DIGEST-MD5");
    if (!mech.isEmpty() && !m_caps.contains(QLatin1String("AUTH=") + mech)) {
        QStringList offered;
        for (const QString &c : std::as_const(m_caps))
            if (c.startsWith(QLatin1String("AUTH=")))
                offered.append(c.mid(5));
        if (!m_caps.contains(QLatin1String("LOGINDISABLED")) && !offered.contains(QLatin1String("LOGIN")))
            offered.append(QStringLiteral("LOGIN"));
        fail(QStringLiteral("login"), tr("The server offers %1").arg(offered.join(QLatin1Char(' '))));
        Observation &o = observe(Observation::Kind::MechanismNotOffered);
        o.offered = offered;
        o.mechanism = mech;
        logout();
        return;
    }
    if (mech == QLatin1String("NTLM") || mech == QLatin1String("DIGEST-MD5")) {
        observe(Observation::Kind::MechanismUntestable).mechanism = mech;
        skip(QStringLiteral("login"), tr("%1 is offered but not tested").arg(mech));
        logout();
        return;
    }
    withCredentialConsent([this, mech](bool allowed) {
        const ServerSettings &srv = server();
        if (!allowed) {
            logout();
            return;
        }
        m_loginSent = true;
        const QByteArray user = srv.user.trimmed().toUtf8();
        const QByteArray &pass = srv.password.reveal();
        if (mech == QLatin1String("CRAM-MD5")) {
            m_mechanism = mech;
            command(Cmd::Authenticate, QByteArrayLiteral("AUTHENTICATE CRAM-MD5"));
            flush();
            return;
        }
        // Nothing is pipelined behind a login: RFC 9051 gives no licence to send
        // commands behind AUTHENTICATE before its tagged reply, and servers differ.
        const bool offersPlain = m_caps.contains(QLatin1String("AUTH=PLAIN"));
        const bool loginAllowed = !m_caps.contains(QLatin1String("LOGINDISABLED"));
        if (offersPlain && m_caps.contains(QLatin1String("SASL-IR")) && (!loginAllowed || !canQuote(user) || !canQuote(pass))) {
            m_mechanism = QStringLiteral("PLAIN");
            command(Cmd::Authenticate, "AUTHENTICATE PLAIN " + Sasl::plain(user, pass),
                    QStringLiteral("AUTHENTICATE PLAIN ********"));
        } else if (canQuote(user) && canQuote(pass) && loginAllowed) {
            m_mechanism = QStringLiteral("LOGIN");
            command(Cmd::Login, "LOGIN " + quoted(user) + ' ' + quoted(pass),
                    QStringLiteral("LOGIN ") + QString::fromUtf8(quoted(user)) + QStringLiteral(" ********"));
        } else if (loginAllowed) {
            // 8-bit (UTF-8) or CR/LF in a credential: LOGIN with literals (RFC 9051 4.3),
            // which every server takes; non-synchronising where LITERAL+ / LITERAL- allow.
            m_mechanism = QStringLiteral("LOGIN");
            loginWithLiterals(user, pass);
        } else if (offersPlain) {
            m_mechanism = QStringLiteral("PLAIN");
            command(Cmd::Authenticate, QByteArrayLiteral("AUTHENTICATE PLAIN"));
        } else {
            fail(QStringLiteral("login"), tr("The server offers no login that Mailfix can use"));
            Observation &o = observe(Observation::Kind::MechanismNotOffered);
            o.offered = m_caps;
            logout();
            return;
        }
        flush();
    });
}

void ImapProbe::onContinuation(const ImapResponse &r)
{
    const ServerSettings &s = server();
    if (!m_literalQueue.isEmpty()) {
        send(m_literalQueue.takeFirst(), m_literalQueue.isEmpty() ? QStringLiteral("********") : QStringLiteral("(user name)"));
        return;
    }
    if (!m_loginSent || ++m_authTurns > 3) {
        fail(currentStep(), tr("Unexpected continuation request"));
        Observation &o = observe(Observation::Kind::LimitExceeded);
        o.said = r.raw;
        o.detail = tr("Unexpected continuation request");
        send(QByteArrayLiteral("*\r\n"), QStringLiteral("* (cancel)"));
        finish();
        return;
    }
    if (m_mechanism == QLatin1String("CRAM-MD5")) {
        send(Sasl::cramMd5(s.user.trimmed().toUtf8(), s.password.reveal(), r.text.toLatin1()) + "\r\n",
             QStringLiteral("******** (CRAM-MD5 response)"));
    } else if (m_mechanism == QLatin1String("PLAIN") && m_authTurns == 1) {
        const QByteArray ir =
            Sasl::plain(s.user.trimmed().toUtf8(), s.password.reveal());
        send(ir + "\r\n", QStringLiteral("********"));
    } else {
        send(QByteArrayLiteral("*\r\n"), QStringLiteral("* (cancel)"));
    }
}

void ImapProbe::onTagged(Cmd cmd, const ImapResponse &r)
{
    rearmDeadline();
    const bool ok = r.status == QLatin1String("OK");
    switch (cmd) {
    case Cmd::Capability:
        if (!ok) {
            fail(QStringLiteral("capability"), r.raw);
            observe(Observation::Kind::CapabilityRefused).said = r.raw;
            logout();
            return;
        }
        if (!m_loginSent)
            afterCapabilities();
        return;
    case Cmd::StartTls:
        if (!ok) {
            fail(QStringLiteral("tls"), r.raw);
            observe(Observation::Kind::StartTlsRefused).said = r.raw;
            logout();
            return;
        }
        upgradeToTls();
        return;
    case Cmd::Login:
    case Cmd::Authenticate:
        if (ok) {
            m_loggedIn = true;
            pass(QStringLiteral("login"), tr("Logged in with %1").arg(m_mechanism));
            const QByteArray prefix = context()->settings().imapPathPrefix.trimmed().toUtf8();
            if (prefix.contains('\r') || prefix.contains('\n') || prefix.contains('\0')) {
                // A quoted string cannot hold them, and a line break would end LIST.
                Observation &o = observe(Observation::Kind::SettingUnsendable);
                o.leaf = QStringLiteral("path_prefix");
                o.detail = tr("The IMAP Path Prefix holds a line break or NUL, which IMAP cannot carry: it was not tried");
                logout();
            } else if (!prefix.isEmpty()) {
                command(Cmd::List, "LIST \"\" " + quoted(prefix + '%'));
                flush();
            } else {
                logout();
            }
            return;
        }
        {
            fail(QStringLiteral("login"), r.raw);
            Observation &o = observe(Observation::Kind::LoginRefused);
            o.responseCode = r.code;
            o.detail = r.text;
            o.said = r.raw;
            o.mechanism = m_mechanism;
            o.offered = m_caps;
            logout();
        }
        return;
    case Cmd::List:
        if (m_loggedIn && (!ok || !m_listSeen)) {
            observe(Observation::Kind::PathPrefixEmpty).prefix = context()->settings().imapPathPrefix.trimmed();
        }
        logout();
        return;
    case Cmd::Logout:
        finish();
        return;
    }
}

void ImapProbe::logout()
{
    if (m_tags.values().contains(Cmd::Logout))
        return;
    command(Cmd::Logout, QByteArrayLiteral("LOGOUT"));
    expectClose();
    flush();
}

qsizetype ImapProbe::statusPrefix(const QByteArray &line) const
{
    // Our own tag ("m3"), "*" or "+", and a status word after it; never anything the
    // server chose freely (an unknown tag may be an echoed password).
    const qsizetype sp = line.indexOf(' ');
    const QByteArray tag = sp < 0 ? line : line.left(sp);
    const bool ours = tag == "*" || tag == "+" || (tag.size() > 1 && tag.size() < 12 && tag.at(0) == 'm'
                                                   && std::all_of(tag.cbegin() + 1, tag.cend(), [](char c) {
                                                          return c >= '0' && c <= '9';
                                                      }));
    if (!ours)
        return 0;
    if (sp < 0)
        return tag.size();
    static const QList<QByteArray> words{"OK", "NO", "BAD", "BYE", "PREAUTH", "CAPABILITY", "LIST"};
    for (const QByteArray &w : words)
        if (line.mid(sp + 1).startsWith(QByteArray(w + ' ')) || line.mid(sp + 1) == w)
            return sp + 1 + w.size();
    return sp + 1;
}

} // namespace mailfix
