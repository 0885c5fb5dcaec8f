// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile scenarios: one server script, the settings the phone has, and what the
// check must conclude. Registered at static-init time so the redaction proof can
// run every one of them.
#pragma once

#include "Checker.h"
#include "protocol/ConsentProvider.h"
#include "HostileServer.h"

#include <QElapsedTimer>
#include <functional>
#include <optional>
#include <vector>

namespace mailfix::hostile {

inline const QByteArray kUser = QByteArrayLiteral("victim@example.test");
inline const QByteArray kPassword = QByteArrayLiteral("Hostile-Pa55word!xyz");
constexpr int kStepTimeoutMs = 1500;

enum class Proto { Smtp, Imap, Pop3 };
enum class Consent { None, Deny, Accept };

struct Scenario
{
    QString id;
    Proto proto = Proto::Smtp;
    quint16 port = 587;        ///< the port the phone uses (mapped to the server's real one)
    bool ssl = true;           ///< Use SSL
    AuthMethod auth = AuthMethod::Password;
    bool withLogin = true;     ///< user name and password filled in
    QString email;             ///< the account's address and user name ("" = kUser)
    std::optional<IosVersion> ios; ///< the phone's iOS (unset = the newest)
    bool trustCertificate = true;
    bool allowPlaintextLogin = false;
    Consent consent = Consent::None;
    // Per-scenario settings (empty: the email above or kUser / kPassword / "localhost").
    QByteArray user;           ///< user name as bytes (UTF-8, control characters ...)
    QByteArray password;
    QString host;
    QString imapPrefix;
    // Server.
    bool serverImplicitTls = false;
    QSsl::SslProtocol serverProtocol = QSsl::SecureProtocols;
    HostileServer::OnConnect onConnect;
    HostileServer::OnLine onLine;
    // Expectations.
    QString code;              ///< finding that must be there
    QString field;             ///< its field ("" = none)
    QStringList alsoCodes;     ///< further findings that must be there
    QStringList notCodes;      ///< findings that must not be there
    bool credentialsExpectedInClear = false; ///< only with explicit consent
    bool passes = false;       ///< a good account: no error finding at all (code is then ignored)
    int errors = -1;           ///< exact number of error findings (-1: not checked)
    qint64 maxElapsedMs = -1;  ///< time bound (-1: one step deadline plus a second)
    QString verifiedSide;      ///< with verified: the level the probed side must reach
    QString verified;
    /// Exactly these lines, in order, reached the server on its connection 0
    /// (empty: not checked). "*" at the end of an entry matches any rest.
    QStringList wire;
    std::function<void(const CheckReport &, HostileServer &)> extra;
};

struct Outcome
{
    CheckReport report;
    qint64 elapsedMs = 0;
    qint64 rssBeforeKb = 0;
    qint64 rssAfterKb = 0;
    QByteArray serverPlain;
    QByteArray serverTls;
    int serverHandshakes = 0;
    QStringList serverTlsErrors;
    QList<QStringList> serverLines; ///< every line each connection received
    QByteArray password;            ///< the password the scenario used
    QByteArray user;
};

/// The scenario's effective user name and password.
QByteArray userOf(const Scenario &sc);
QByteArray passwordOf(const Scenario &sc);
/// True when \a got matches \a want line by line ("*" at the end of a wanted line
/// matches any rest).
bool sameLines(const QStringList &got, const QStringList &want);

using ScenarioFactory = Scenario (*)();
std::vector<std::pair<const char *, ScenarioFactory>> &registry();
struct Registrar
{
    Registrar(const char *name, ScenarioFactory f) { registry().emplace_back(name, f); }
};

/// Runs the check of \a sc against a fresh hostile server.
Outcome run(const Scenario &sc);
/// Runs and asserts (Catch2) everything a scenario promises.
Outcome verify(const Scenario &sc);
/// Findings, one a line, for failure messages.
std::string describe(const CheckReport &r);

// Well-behaved servers to start from; a hook sees each line first and returns true
// when it handled it.
using Hook = std::function<bool(Conn &, const QByteArray &)>;
struct SmtpScript
{
    QByteArray greeting = "220 hostile.test ESMTP ready\r\n";
    QByteArray ehloPlain = "250-hostile.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 STARTTLS\r\n";
    QByteArray ehloTls = "250-hostile.test\r\n250-PIPELINING\r\n250 AUTH PLAIN LOGIN\r\n";
    QByteArray starttls = "220 2.0.0 Ready to start TLS\r\n";
    QByteArray auth = "235 2.7.0 Authentication successful\r\n";
    QByteArray mail = "250 2.1.0 Ok\r\n";
    QByteArray rcpt = "554 5.7.1 <mailfix-relay-test@example.com>: Relay access denied\r\n";
    Hook hook;
};
HostileServer::OnLine smtpServer(SmtpScript script);
HostileServer::OnConnect greet(const QByteArray &greeting);

struct ImapScript
{
    QByteArray greeting = "* OK hostile IMAP4rev1 ready\r\n";
    QByteArray capsPlain = "IMAP4rev1 STARTTLS LOGINDISABLED";
    QByteArray capsTls = "IMAP4rev1 AUTH=PLAIN";
    QByteArray starttlsOk = "OK Begin TLS negotiation now";
    QByteArray login = "OK [CAPABILITY IMAP4rev1] Logged in";
    Hook hook;
};
HostileServer::OnLine imapServer(ImapScript script);

struct Pop3Script
{
    QByteArray greeting = "+OK hostile POP3 ready\r\n";
    QByteArray capaPlain = "+OK\r\nUSER\r\nSTLS\r\n.\r\n";
    QByteArray capaTls = "+OK\r\nUSER\r\nPIPELINING\r\n.\r\n";
    QByteArray stls = "+OK Begin TLS negotiation\r\n";
    QByteArray pass = "+OK Logged in\r\n";
    Hook hook;
};
HostileServer::OnLine pop3Server(Pop3Script script);

} // namespace mailfix::hostile

#define HOSTILE_SCENARIO(fn, title)                                                                                    \
    static mailfix::hostile::Scenario fn();                                                                            \
    static const mailfix::hostile::Registrar fn##_registrar(title, &fn);                                               \
    TEST_CASE(title, "[hostile]") { mailfix::hostile::verify(fn()); }                                                  \
    static mailfix::hostile::Scenario fn()
