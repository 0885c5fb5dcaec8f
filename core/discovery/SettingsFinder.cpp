// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsFinder.h"

#include "AutoconfigParser.h"
#include "account/ProviderDirectory.h"
#include "wording/FixCatalog.h"
#include "diagnosis/Validator.h"
#include "model/Codes.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrlQuery>
#include <algorithm>

namespace mailfix {

namespace {

const ServerSide Sides[] = {ServerSide::Incoming, ServerSide::Outgoing};

int idx(ServerSide s)
{
    return s == ServerSide::Incoming ? 0 : 1;
}

bool hasStep(const CheckReport &r, const QString &id)
{
    for (const CheckStep &s : r.checks)
        if (s.id == id && s.status == StepStatus::Pass)
            return true;
    return false;
}

/// What one candidate's check says, in the contract's words.
CandidateResult classify(const CheckReport &r, ServerSide side, Verified *verified, QString *detail)
{
    const QString p = sideName(side) + QLatin1Char('.');
    const Finding *error = nullptr;
    for (const Finding &f : r.findings)
        // An empty password only limits how far the candidate is verified.
        if (f.severity == Severity::Error && f.code != Code::SettingsMissing) {
            error = &f;
            break;
        }
    if (!error) {
        if (hasStep(r, p + Step::Relay))
            *verified = Verified::Relay;
        else if (hasStep(r, p + Step::Login) || hasStep(r, p + Step::Auth))
            *verified = Verified::Login;
        else
            *verified = Verified::Connect;
        QStringList parts;
        for (const CheckStep &s : r.checks)
            if (s.status == StepStatus::Pass && !s.detail.isEmpty() && s.id.endsWith(Step::Tls))
                parts << s.detail;
        *detail = parts.join(QStringLiteral("; ")).left(300);
        return CandidateResult::Works;
    }
    *verified = Verified::None;
    *detail = (error->evidence.isEmpty() ? error->title : error->evidence).left(300);
    const QString &c = error->code;
    if (c == Code::ConnectRefused || c == Code::SmtpGreetingRejected || c == Code::ConnectClosed ||
        c == Code::ConnectUnreachable)
        return CandidateResult::Refused;
    if (c == Code::ConnectTimeout || c == Code::ConnectGreetingTimeout || c == Code::ProtocolTimeout)
        return CandidateResult::Timeout;
    if (c.startsWith(QLatin1String("tls.")))
        return CandidateResult::TlsFailed;
    if (c.startsWith(QLatin1String("cert.")) || c == Code::AuthSkippedUntrusted)
        return CandidateResult::CertFailed;
    if (c == Code::AuthFailed || c == Code::AuthDisabled || c == Code::AuthAppPasswordRequired ||
        c == Code::AuthMechanismUnsupported || c == Code::AuthTemporary || c == Code::SmtpSenderRejected)
        return CandidateResult::LoginFailed;
    if (c == Code::AuthNotOffered || c == Code::AuthCredentialsMissing || c == Code::SmtpRelayDenied)
        return CandidateResult::NoLogin;
    if (c == Code::ProtocolMismatch)
        return CandidateResult::NotMail;
    if (c == Code::DnsNotFound)
        return CandidateResult::NotFound;
    return CandidateResult::Failed;
}

QString hostPort(const Candidate &c)
{
    return QStringLiteral("%1:%2").arg(c.host).arg(c.port);
}

} // namespace

SettingsFinder::SettingsFinder(CandidateVerifier *verifier, QObject *parent)
    : QObject(parent), m_verifier(verifier), m_dns(new RecordLookup(this)), m_http(new HttpFetcher(this)),
      m_resolver(new Resolver(this))
{
    m_overall.setSingleShot(true);
    connect(&m_overall, &QTimer::timeout, this, [this] {
        for (ServerSide s : Sides)
            if (!m_sideDone[idx(s)])
                stopSide(s, tr("the search's deadline passed"));
        finish();
    });
    connect(&m_tick, &QTimer::timeout, this, [this] {
        dispatch();
        evaluate();
    });
}

SettingsFinder::~SettingsFinder()
{
    for (const QPointer<QObject> &o : std::as_const(m_runningChecks))
        delete o.data();
}

void SettingsFinder::start(const AccountSettings &given, const FinderOptions &options)
{
    m_given = given;
    m_options = options;
    m_email = given.email.trimmed();
    m_domain = m_email.mid(m_email.lastIndexOf(QLatin1Char('@')) + 1).toLower();
    m_result = DiscoveryResult();
    m_result.email = m_email;
    m_running = true;
    m_clock.start();
    m_overall.start(std::max(1, m_options.effectiveOverallMs()));
    m_tick.start(std::max(10, m_options.staggerMs / 2));
    if (!Validator::isEmailAddress(m_email)) {
        Finding f = Finding::make(Code::SettingsEmailMalformed, Field::Email,
                                  tr("\"%1\" is not an email address").arg(m_email.left(100)));
        m_result.findings.append(f);
        QTimer::singleShot(0, this, &SettingsFinder::finish);
        return;
    }
    startSources();
    QTimer::singleShot(0, this, &SettingsFinder::evaluate);
}

void SettingsFinder::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    for (ServerSide s : Sides)
        stopSide(s, tr("cancelled"));
    finish();
}

void SettingsFinder::setSource(const QString &source, const QString &summary)
{
    QString &s = m_result.sources[source];
    if (s.isEmpty())
        s = summary;
    else if (!s.contains(summary))
        s += QStringLiteral("; ") + summary;
    Q_EMIT sourceUpdated(source, s);
}

void SettingsFinder::sourceDone()
{
    --m_pendingSources;
    QTimer::singleShot(0, this, &SettingsFinder::evaluate);
}

int SettingsFinder::sourceTimeout() const
{
    return std::max(1, std::min(m_options.sourceTimeoutMs, m_options.stepTimeoutMs));
}

void SettingsFinder::startSources()
{
    const int dnsMs = sourceTimeout();
    // The shipped provider data, by the address' domain.
    if (const ProviderDirectory::Provider *p = ProviderDirectory::byEmail(m_email)) {
        addProvider(p->id, Source::Provider);
        setSource(Source::Provider, p->name);
    } else {
        setSource(Source::Provider, tr("no entry for %1").arg(m_domain));
    }

    // RFC 6186 / RFC 8314 SRV records.
    struct Service
    {
        const char *label;
        ServerSide side;
        IncomingType type;
    };
    static const Service services[] = {
        {"_submissions._tcp.", ServerSide::Outgoing, IncomingType::Imap},
        {"_submission._tcp.", ServerSide::Outgoing, IncomingType::Imap},
        {"_imaps._tcp.", ServerSide::Incoming, IncomingType::Imap},
        {"_imap._tcp.", ServerSide::Incoming, IncomingType::Imap},
        {"_pop3s._tcp.", ServerSide::Incoming, IncomingType::Pop},
        {"_pop3._tcp.", ServerSide::Incoming, IncomingType::Pop},
    };
    for (const Service &svc : services) {
        if (svc.side == ServerSide::Incoming && svc.type != m_given.incomingType)
            continue;
        const QString label = QLatin1String(svc.label);
        const QString name = label + m_domain;
        sourceStarted();
        m_dns->lookupSrv(name, dnsMs, [this, svc, label](const RecordLookup::Answer &a) {
            const QString service = label.left(label.indexOf(QLatin1Char('.')));
            switch (a.outcome) {
            case RecordLookup::Outcome::Found: {
                QStringList names;
                for (const RecordLookup::Srv &r : a.srv) {
                    Candidate c;
                    c.side = svc.side;
                    c.type = svc.type;
                    c.host = r.target;
                    c.port = r.port;
                    c.ssl = true; // _imaps/_submissions: TLS at once; _imap/_submission: STARTTLS
                    addCandidate(c, Source::Srv);
                    guessHost(r.target, svc.side);
                    names << QStringLiteral("%1:%2").arg(r.target).arg(r.port);
                }
                setSource(Source::Srv,
                          QStringLiteral("%1 %2%3").arg(service, names.join(QStringLiteral(", ")),
                                                        a.detail.isEmpty() ? QString()
                                                                           : QStringLiteral(" (") + a.detail +
                                                                                 QLatin1Char(')')));
                break;
            }
            case RecordLookup::Outcome::NotOffered:
                setSource(Source::Srv, tr("%1 not offered").arg(service));
                break;
            case RecordLookup::Outcome::NotFound:
                break;
            case RecordLookup::Outcome::Timeout:
            case RecordLookup::Outcome::Failure:
                m_dnsTrouble = a.detail;
                setSource(Source::Srv, a.detail);
                break;
            }
            sourceDone();
        });
    }

    // MX: its provider, and its host names as guesses.
    sourceStarted();
    m_dns->lookupMx(m_domain, dnsMs, [this](const RecordLookup::Answer &a) {
        if (a.outcome == RecordLookup::Outcome::Found) {
            setSource(Source::Mx, a.mx.join(QStringLiteral(", ")));
            QStringList providers;
            for (const QString &mx : a.mx) {
                if (const ProviderDirectory::Provider *p = ProviderDirectory::byHost(mx)) {
                    if (!providers.contains(p->id)) {
                        providers << p->id;
                        addProvider(p->id, Source::Mx);
                        setSource(Source::Mx, tr("run by %1").arg(p->name));
                    }
                }
            }
            for (const QString &mx : a.mx.mid(0, 2))
                for (ServerSide s : Sides)
                    guessHost(mx, s);
        } else if (a.outcome == RecordLookup::Outcome::NotFound) {
            setSource(Source::Mx, tr("no MX records for %1").arg(m_domain));
        } else {
            m_dnsTrouble = a.detail;
            setSource(Source::Mx, a.detail);
        }
        sourceDone();
    });

    // The domain's own autoconfig, both places at once.
    QUrl primary(QStringLiteral("https://autoconfig.%1/mail/config-v1.1.xml").arg(m_domain));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("emailaddress"), QString::fromLatin1(QUrl::toPercentEncoding(m_email)));
    primary.setQuery(q);
    fetchAutoconfig(Source::Autoconfig, primary, true);
    fetchAutoconfig(
        Source::Autoconfig,
        QUrl(QStringLiteral("https://%1/.well-known/autoconfig/mail/config-v1.1.xml").arg(m_domain)), false);

    // The ISPDB learns the domain only.
    if (m_options.useIspdb) {
        QString base = m_options.ispdbBase.toString();
        fetchAutoconfig(Source::Ispdb, QUrl(base + QString::fromLatin1(QUrl::toPercentEncoding(m_domain))),
                        true);
    } else {
        setSource(Source::Ispdb, tr("not asked (--no-ispdb)"));
    }

    // Guesses: the usual host names.
    const QStringList incoming =
        m_given.incomingType == IncomingType::Imap
            ? QStringList{QStringLiteral("imap."), QStringLiteral("mail."), QString()}
            : QStringList{QStringLiteral("pop."), QStringLiteral("pop3."), QStringLiteral("mail."),
                          QString()};
    for (const QString &prefix : incoming)
        guessHost(prefix + m_domain, ServerSide::Incoming);
    for (const QString &prefix : {QStringLiteral("smtp."), QStringLiteral("mail."), QString()})
        guessHost(prefix + m_domain, ServerSide::Outgoing);
    // The hosts the phone has now are worth a look on the other ports too.
    for (ServerSide s : Sides) {
        const QString h = m_given.server(s).host.trimmed().toLower();
        if (!h.isEmpty() && Validator::checkHost(h).ok)
            guessHost(h, s);
    }
}

void SettingsFinder::fetchAutoconfig(const QString &source, const QUrl &url, bool primary)
{
    Q_UNUSED(primary)
    HttpFetcher::Limits limits;
    limits.timeoutMs = std::max(1, std::min(m_options.sourceTimeoutMs + 2000, m_options.stepTimeoutMs));
    m_http->setExtraCaCertificates(m_options.extraCaCertificates);
    sourceStarted();
    const QString shown = url.toDisplayString(QUrl::RemoveQuery);
    m_http->get(url, limits, [this, source, shown](const HttpFetcher::Result &r) {
        if (r.outcome != HttpFetcher::Outcome::Ok) {
            setSource(source, QStringLiteral("%1: %2").arg(shown, r.detail));
        } else {
            const AutoconfigParser::Result p = AutoconfigParser::parse(r.body, m_email);
            if (!p.ok) {
                setSource(source, QStringLiteral("%1: %2").arg(shown, p.error));
            } else {
                QList<Candidate> servers = p.servers;
                addServers(servers, source);
                for (const Candidate &c : std::as_const(servers))
                    guessHost(c.host, c.side);
                setSource(source,
                          QStringLiteral("%1: %2 servers (%3 ms)").arg(shown).arg(servers.size()).arg(now()));
            }
        }
        sourceDone();
    });
}

void SettingsFinder::addProvider(const QString &providerId, const QString &source)
{
    const ProviderDirectory::Provider *p = ProviderDirectory::byId(providerId);
    if (!p)
        return;
    QList<Candidate> list;
    Candidate in;
    in.side = ServerSide::Incoming;
    if (m_given.incomingType == IncomingType::Imap && !p->imapHost.isEmpty()) {
        in.host = p->imapHost;
        in.port = p->imapPort;
        list << in;
    } else if (m_given.incomingType == IncomingType::Pop && !p->popHost.isEmpty()) {
        in.type = IncomingType::Pop;
        in.host = p->popHost;
        in.port = p->popPort;
        list << in;
    }
    if (!p->smtpHost.isEmpty()) {
        Candidate out;
        out.side = ServerSide::Outgoing;
        out.host = p->smtpHost;
        out.port = p->smtpPort;
        out.ssl = p->smtpSsl;
        list << out;
    }
    addServers(list, source);
}

void SettingsFinder::addServers(const QList<Candidate> &servers, const QString &source)
{
    for (const Candidate &c : servers)
        addCandidate(c, source);
}

void SettingsFinder::guessHost(const QString &hostIn, ServerSide side)
{
    const QString host = hostIn.trimmed().toLower();
    if (host.isEmpty() || m_guessedHosts[idx(side)].contains(host) || m_guessedHosts[idx(side)].size() >= 12)
        return;
    m_guessedHosts[idx(side)].insert(host);
    sourceStarted();
    // Only names that exist become candidates.
    m_resolver->resolve(host, [this, host, side](const Resolver::Answer &a) {
        if (a.outcome == Resolver::Outcome::Found) {
            struct PortMode
            {
                int port;
                bool ssl;
            };
            QList<PortMode> ports;
            if (side == ServerSide::Outgoing)
                ports = {{587, true}, {465, true}, {25, true}, {2525, true}};
            else if (m_given.incomingType == IncomingType::Imap)
                ports = {{993, true}, {143, true}};
            else
                ports = {{995, true}, {110, true}};
            for (const PortMode &pm : ports) {
                Candidate c;
                c.side = side;
                c.type = m_given.incomingType;
                c.host = host;
                c.port = pm.port;
                c.ssl = pm.ssl;
                addCandidate(c, Source::Guess);
            }
        } else if (a.outcome == Resolver::Outcome::Failure && m_dnsTrouble.isEmpty()) {
            m_dnsTrouble = a.detail;
        }
        sourceDone();
    });
}

void SettingsFinder::addCandidate(Candidate c, const QString &source)
{
    if (!m_running || m_sideDone[idx(c.side)])
        return;
    if (c.side == ServerSide::Incoming && c.type != m_given.incomingType)
        return;
    c.host = c.host.trimmed().toLower();
    if (c.host.isEmpty() || c.port <= 0 || c.port > 65535)
        return;
    const QString key = c.key();
    if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd()) {
        Candidate &e = m_candidates[*it];
        if (!e.sources.contains(source)) {
            e.sources.append(source);
            std::sort(e.sources.begin(), e.sources.end(),
                      [](const QString &a, const QString &b) { return Source::rank(a) < Source::rank(b); });
        }
        if (e.startedMs < 0)
            e.order = std::min(e.order, Source::rank(source) * 1000 + m_seq++);
        if (e.user.isEmpty())
            e.user = c.user;
        Q_EMIT candidateUpdated(e);
        return;
    }
    const int perSide = int(std::count_if(m_candidates.cbegin(), m_candidates.cend(),
                                          [&](const Candidate &x) { return x.side == c.side; }));
    if (perSide >= m_options.maxCandidatesPerSide)
        return;
    c.sources = {source};
    c.order = Source::rank(source) * 1000 + m_seq++;
    c.result = CandidateResult::NotTried;
    m_byKey.insert(key, int(m_candidates.size()));
    m_candidates.append(c);
    Q_EMIT candidateUpdated(c);
    QTimer::singleShot(0, this, &SettingsFinder::dispatch);
}

void SettingsFinder::dispatch()
{
    if (!m_running)
        return;
    for (ServerSide side : Sides) {
        const int s = idx(side);
        if (m_sideDone[s])
            continue;
        int running = 0;
        for (auto it = m_runningChecks.cbegin(); it != m_runningChecks.cend(); ++it)
            running += m_candidates.at(it.key()).side == side ? 1 : 0;
        // Happy Eyeballs: the next one when the last failed, or when it has had its head start.
        while (running < m_options.maxConcurrentPerSide &&
               (running == 0 || now() - m_lastStart[s] >= m_options.staggerMs)) {
            int next = -1;
            for (int i = 0; i < m_candidates.size(); ++i) {
                const Candidate &c = m_candidates.at(i);
                if (c.side == side && c.startedMs < 0 && (next < 0 || c.order < m_candidates.at(next).order))
                    next = i;
            }
            if (next < 0)
                break;
            startCandidate(next);
            ++running;
        }
    }
}

void SettingsFinder::startCandidate(int index)
{
    Candidate &c = m_candidates[index];
    c.startedMs = now();
    m_lastStart[idx(c.side)] = c.startedMs;
    AccountSettings s;
    s.name = m_given.name;
    s.email = m_email;
    s.ios = m_given.ios;
    s.incomingType = c.side == ServerSide::Incoming ? c.type : m_given.incomingType;
    s.outgoingServerOn = true;
    ServerSettings &srv = s.server(c.side);
    const ServerSettings &given = m_given.server(c.side);
    srv.host = c.host;
    srv.port = c.port;
    srv.ssl = c.ssl;
    srv.auth = c.auth;
    srv.user = !given.user.isEmpty() ? given.user : (!c.user.isEmpty() ? c.user : m_email);
    srv.password = given.password;
    c.user = srv.user;
    const qint64 left = m_overall.remainingTime();
    const int step = int(std::max<qint64>(1, std::min<qint64>(m_options.stepTimeoutMs, left - 200)));
    QObject *run = m_verifier->start(s, step, [this, index](const CheckReport &r) { onChecked(index, r); });
    m_runningChecks.insert(index, run);
    Q_EMIT candidateUpdated(c);
}

void SettingsFinder::onChecked(int index, const CheckReport &report)
{
    if (QObject *o = m_runningChecks.take(index))
        o->deleteLater();
    Candidate &c = m_candidates[index];
    c.result = classify(report, c.side, &c.verified, &c.detail);
    c.elapsedMs = now() - c.startedMs;
    c.findings = report.findings;
    m_finishedAt.insert(index, now());
    Q_EMIT candidateUpdated(c);
    QTimer::singleShot(0, this, [this] {
        dispatch();
        evaluate();
    });
}

Verified SettingsFinder::maxVerified(ServerSide side) const
{
    if (m_given.server(side).password.isEmpty())
        return Verified::Connect;
    return side == ServerSide::Outgoing ? Verified::Relay : Verified::Login;
}

bool SettingsFinder::topRank(const Candidate &c) const
{
    return c.result == CandidateResult::Works && c.ssl && c.standardPort() &&
           c.verified >= maxVerified(c.side);
}

int SettingsFinder::bestIndex(ServerSide side, bool workingOnly) const
{
    int best = -1;
    auto score = [](const Candidate &c) {
        // verified login > TLS > a certificate for that name (implied by "works") > 587/465 over 25
        return std::make_tuple(int(c.verified), c.ssl ? 1 : 0, c.standardPort() ? 1 : 0, -c.order);
    };
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate &c = m_candidates.at(i);
        if (c.side != side)
            continue;
        const bool usable = c.result == CandidateResult::Works ||
                            (!workingOnly && c.result == CandidateResult::LoginFailed && c.ssl);
        if (!usable)
            continue;
        if (best < 0 || score(c) > score(m_candidates.at(best)))
            best = i;
    }
    return best;
}

bool SettingsFinder::sideDone(ServerSide side) const
{
    int winner = -1;
    for (int i = 0; i < m_candidates.size(); ++i)
        if (m_candidates.at(i).side == side && topRank(m_candidates.at(i)) &&
            (winner < 0 || m_candidates.at(i).order < m_candidates.at(winner).order))
            winner = i;
    bool open = false;       // any candidate of this side still queued or running
    bool openBefore = false; // ... that would be tried before the winner
    for (int i = 0; i < m_candidates.size(); ++i) {
        const Candidate &c = m_candidates.at(i);
        if (c.side != side)
            continue;
        const bool pending = c.startedMs < 0 || m_runningChecks.contains(i);
        if (!pending)
            continue;
        open = true;
        if (winner >= 0 && c.order < m_candidates.at(winner).order)
            openBefore = true;
    }
    // A winner that cannot get better still waits a little for what was tried before it
    // and for the sources still answering (their verdict belongs in the output).
    // The wait is half the winner's own check (what fails as fast as the winner works is
    // still reported), at most graceMs.
    if (winner >= 0) {
        const qint64 grace =
            std::min<qint64>(m_options.graceMs, std::max<qint64>(100, m_candidates.at(winner).elapsedMs / 2));
        return (!openBefore && m_pendingSources == 0) || now() - m_finishedAt.value(winner) >= grace;
    }
    return !open && m_pendingSources == 0;
}

void SettingsFinder::stopSide(ServerSide side, const QString &why)
{
    m_sideDone[idx(side)] = true;
    for (int i = 0; i < m_candidates.size(); ++i) {
        Candidate &c = m_candidates[i];
        if (c.side != side)
            continue;
        if (m_runningChecks.contains(i)) {
            delete m_runningChecks.take(i).data();
            c.result = CandidateResult::NotTried;
            c.detail = tr("cut short: %1").arg(why);
            c.elapsedMs = now() - c.startedMs;
        } else if (c.startedMs < 0) {
            c.detail = tr("not needed: %1").arg(why);
        }
    }
}

void SettingsFinder::evaluate()
{
    if (!m_running)
        return;
    for (ServerSide s : Sides)
        if (!m_sideDone[idx(s)] && sideDone(s))
            stopSide(s,
                     bestIndex(s, true) >= 0 ? tr("a working server was found") : tr("nothing left to try"));
    if (m_sideDone[0] && m_sideDone[1])
        finish();
}

void SettingsFinder::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_overall.stop();
    m_tick.stop();
    m_dns->cancelAll();
    m_http->cancelAll();
    m_resolver->cancelAll();
    for (ServerSide s : Sides)
        if (!m_sideDone[idx(s)])
            stopSide(s, tr("the search ended"));
    if (m_pendingSources > 0)
        m_result.sources.insert(
            QStringLiteral("unfinished"),
            tr("%n lookups had not answered when the search ended", nullptr, m_pendingSources));

    DiscoveryResult &r = m_result;
    r.suggested = m_given;
    r.suggested.incoming.password = Secret();
    r.suggested.outgoing.password = Secret();
    r.suggested.email = m_email;
    const bool validEmail = Validator::isEmailAddress(m_email);
    for (ServerSide side : Sides) {
        const int s = idx(side);
        const int best = bestIndex(side, false);
        if (best < 0) {
            if (!validEmail)
                continue;
            // Why nothing was found: the best failure, else DNS.
            const Candidate *why = nullptr;
            static const CandidateResult pref[] = {CandidateResult::CertFailed, CandidateResult::TlsFailed,
                                                   CandidateResult::NoLogin,    CandidateResult::NotMail,
                                                   CandidateResult::Timeout,    CandidateResult::Refused,
                                                   CandidateResult::Failed,     CandidateResult::NotFound};
            for (CandidateResult want : pref) {
                for (const Candidate &c : std::as_const(m_candidates))
                    if (c.side == side && c.result == want && !c.findings.isEmpty()) {
                        why = &c;
                        break;
                    }
                if (why)
                    break;
            }
            Finding f;
            if (why) {
                f = Finding::make(why->findings.first().code, Field::of(side, "host"),
                                  tr("%1 (%2, the best of %3 tried)")
                                      .arg(why->detail, hostPort(*why))
                                      .arg(std::count_if(m_candidates.cbegin(), m_candidates.cend(),
                                                         [&](const Candidate &c) {
                                                             return c.side == side && c.startedMs >= 0;
                                                         })));
                for (const Finding &e : why->findings)
                    if (e.severity == Severity::Error) {
                        f.code = e.code;
                        f.facts = e.facts;
                        break;
                    }
            } else if (!m_dnsTrouble.isEmpty()) {
                f = Finding::make(Code::DnsFailure, QString(), m_dnsTrouble);
            } else {
                f = Finding::make(
                    Code::DnsNotFound, Field::Email,
                    tr("no %1 server found for %2: no provider entry, SRV record, autoconfig or usual host "
                       "name")
                        .arg(side == ServerSide::Incoming ? tr("incoming") : tr("outgoing"), m_domain));
            }
            f.facts.side = sideName(side);
            if (f.facts.host.isEmpty())
                f.facts.host = m_domain;
            r.findings.append(f);
            continue;
        }
        const Candidate &w = m_candidates.at(best);
        r.found[s] = true;
        r.verified[s] = w.result == CandidateResult::Works ? w.verified : Verified::None;
        ServerSettings &srv = r.suggested.server(side);
        srv.host = w.host;
        srv.port = w.port;
        srv.ssl = w.ssl;
        srv.auth = w.auth;
        srv.user = w.user;
        if (side == ServerSide::Incoming)
            r.suggested.incomingType = w.type;
        else
            r.suggested.outgoingServerOn = true;
        if (w.result != CandidateResult::Works) {
            for (const Finding &e : w.findings)
                if (e.severity == Severity::Error)
                    r.findings.append(e);
        }
        // Published sources that name something else that does not work are out of date.
        QHash<QString, QStringList> staleBy;
        for (const Candidate &c : std::as_const(m_candidates)) {
            if (c.side != side || c.key() == w.key() || !c.published())
                continue;
            switch (c.result) {
            case CandidateResult::Works:
            case CandidateResult::NotTried:
            case CandidateResult::LoginFailed:
                continue;
            default:
                break;
            }
            for (const QString &src : c.sources)
                if (src != Source::Guess)
                    staleBy[src] << QStringLiteral("%1 (%2)").arg(hostPort(c), candidateResultName(c.result));
        }
        for (auto it = staleBy.cbegin(); it != staleBy.cend(); ++it) {
            Finding f = Finding::make(Code::DiscoveryStale, Field::of(side, "host"),
                                      tr("%1 names %2; what works: %3")
                                          .arg(it.key(), it.value().join(QStringLiteral(", ")), hostPort(w)),
                                      Severity::Warning);
            f.facts.source = it.key();
            f.facts.side = sideName(side);
            f.facts.suggestedHost = w.host;
            f.facts.suggestedPort = w.port;
            r.findings.append(f);
        }
    }
    for (Finding &f : r.findings) {
        if (f.title.isEmpty() && f.code != Code::DiscoveryStale)
            FixCatalog::describe(f, r.suggested);
        if (f.code == Code::DiscoveryStale) {
            f.title = tr("A published source names settings that do not work (%1)").arg(f.facts.source);
            f.fix = {
                tr("Use the suggested settings; tell the domain's administrator that its %1 is out of date.")
                    .arg(f.facts.source)};
        }
    }
    std::stable_sort(r.findings.begin(), r.findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) < int(b.severity); });
    r.changes = DiscoveryResult::changesBetween(m_given, r.suggested);
    // Candidates in the order they were tried, the untried last.
    r.candidates = m_candidates;
    std::stable_sort(r.candidates.begin(), r.candidates.end(), [](const Candidate &a, const Candidate &b) {
        const qint64 x = a.startedMs < 0 ? std::numeric_limits<qint64>::max() : a.startedMs;
        const qint64 y = b.startedMs < 0 ? std::numeric_limits<qint64>::max() : b.startedMs;
        return x != y ? x < y : a.order < b.order;
    });
    for (Candidate &c : r.candidates)
        c.findings.clear();
    r.totalMs = now();
    Q_EMIT finished(r);
}

DiscoveryResult SettingsFinder::runBlocking(const AccountSettings &given, const FinderOptions &options,
                                            CandidateVerifier *verifier)
{
    SettingsFinder finder(verifier);
    QEventLoop loop;
    DiscoveryResult result;
    connect(&finder, &SettingsFinder::finished, &loop, [&](const DiscoveryResult &r) {
        result = r;
        loop.quit();
    });
    finder.start(given, options);
    if (finder.isRunning())
        loop.exec();
    return result;
}

} // namespace mailfix
