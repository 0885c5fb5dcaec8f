// SPDX-License-Identifier: GPL-3.0-or-later
// Whole probes (SMTP, IMAP, POP3) over a scripted transport fed the fuzz input as
// the server's side, one chunk per client write. Invariants: the probe always
// finishes, never sends the password before TLS, and never lets it into the
// transcript, a finding or a step detail.
#include "FuzzCommon.h"
#include "ScriptedTransport.h"

#include "protocol/CheckContext.h"
#include "diagnosis/Diagnosis.h"
#include "protocol/ImapProbe.h"
#include "protocol/Pop3Probe.h"
#include "protocol/Sasl.h"
#include "protocol/SmtpProbe.h"

#include <QEventLoop>
#include <QTimer>

using namespace mailfix;

namespace {
const QByteArray kPassword = QByteArrayLiteral("Fuzz-Pa55word!");
const QByteArray kUser = QByteArrayLiteral("fuzz@example.test");

bool leaks(const QString &text)
{
    return text.contains(QString::fromLatin1(kPassword)) || text.contains(QString::fromLatin1(kPassword.toBase64()));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 64 * 1024)
        return 0;
    fuzz::ensureApp();
    const quint8 mode = data[0];
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    AccountSettings s;
    s.email = QString::fromLatin1(kUser);
    const int proto = (mode & 3) % 3;          // SMTP, IMAP, POP3
    const bool ssl = (mode >> 2) & 1;
    const bool implicit = (mode >> 3) & 1;
    const AuthMethod auth = ((mode >> 4) & 1) ? AuthMethod::Md5 : AuthMethod::Password;
    ServerSettings &srv = proto == 0 ? s.outgoing : s.incoming;
    srv.host = QStringLiteral("127.0.0.1");
    srv.ssl = ssl || implicit;
    srv.port = implicit ? (proto == 0 ? 465 : proto == 1 ? 993 : 995) : (proto == 0 ? 587 : proto == 1 ? 143 : 110);
    srv.auth = auth;
    srv.user = QString::fromLatin1(kUser);
    srv.password = Secret(kPassword);
    s.incomingType = proto == 2 ? IncomingType::Pop : IncomingType::Imap;
    if ((mode >> 5) & 1)
        s.imapPathPrefix = QStringLiteral("INBOX.");

    CheckOptions o;
    o.stepTimeoutMs = 200;
    o.maxLineBytes = 2048;
    o.maxReplyLines = 50;
    o.maxBytesPerConnection = 32 * 1024;
    o.maxTranscriptBytes = 16 * 1024;

    CheckContext ctx(s, o, nullptr);
    const QList<QByteArray> chunks = fuzz::chunks(input);
    int made = 0;
    bool leakedBeforeTls = false;
    ctx.setTransportFactory([&](QObject *parent) {
        // The first connection gets the input; a TLS sniff's second one gets nothing.
        auto *t = test::ScriptedTransport::fromChunks(made++ == 0 ? chunks : QList<QByteArray>{}, parent);
        t->beforeDestroy = [&leakedBeforeTls](const test::ScriptedTransport &done) {
            const QByteArray plain = done.writtenBeforeTls();
            leakedBeforeTls = leakedBeforeTls || plain.contains(kPassword) || plain.contains(kPassword.toBase64())
                || plain.contains(Sasl::plain(kUser, kPassword));
        };
        return t;
    });
    ProbeBase *probe = nullptr;
    if (proto == 0)
        probe = new SmtpProbe(&ctx);
    else if (proto == 1)
        probe = new ImapProbe(&ctx);
    else
        probe = new Pop3Probe(&ctx);
    QEventLoop loop;
    QObject::connect(probe, &ProbeBase::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer guard;
    guard.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&guard, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    guard.start(5000);
    probe->start();
    if (!probe->isFinished())
        loop.exec();
    FUZZ_ASSERT(!timedOut);
    FUZZ_ASSERT(probe->isFinished());

    for (const TranscriptLine &l : ctx.transcript())
        FUZZ_ASSERT(!leaks(l.text));
    for (const Finding &f : Diagnosis::findings(probe->observations(), ctx.settings()))
        FUZZ_ASSERT(!leaks(f.evidence));
    for (const CheckStep &st : probe->steps())
        FUZZ_ASSERT(!leaks(st.detail));
    delete probe;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    FUZZ_ASSERT(!leakedBeforeTls);
    return 0;
}
