// SPDX-License-Identifier: GPL-3.0-or-later
// Tier 2: a Transport driven by a "C:/S:" script instead of a socket, so probe
// flows run deterministically without the network (KIMAP/KSMTP style).
#pragma once

#include "net/Transport.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace mailfix::test {

/// Script lines (one per line of text):
///   "S: 220 ready"   the server sends "220 ready\r\n"
///   "C: EHLO *"      the client must send one line; "*" at the end matches any rest
///   "TLS"            the client must start TLS now (STARTTLS / implicit); it succeeds
///   "CLOSE"          the server closes the connection
/// Anything the client sends that the script does not expect is recorded in
/// errors() and ends the connection (closed()).
// No Q_OBJECT: it adds no signals of its own, so it needs no moc (and can be
// compiled into any target without AUTOMOC knowing about tests/common).
class ScriptedTransport : public Transport
{
public:
    struct Step
    {
        enum Kind { Server, Client, StartTls, Close } kind;
        QByteArray bytes;
    };
    static QList<Step> parse(const QString &script);

    ScriptedTransport(QList<Step> steps, QObject *parent = nullptr);
    ~ScriptedTransport() override;
    /// Called from the destructor: probes delete their transports when they finish,
    /// so tests collect what was written here.
    std::function<void(const ScriptedTransport &)> beforeDestroy;
    /// Fuzz mode: chunk 0 on connect, one more chunk after each client write or
    /// TLS start, then the server closes.
    static ScriptedTransport *fromChunks(QList<QByteArray> chunks, QObject *parent = nullptr);
    /// Responder mode: \a greeting on connect (after TLS when implicit), then each
    /// client write goes to \a respond, which returns the server's answer and sets
    /// \a close to end the connection after it. TLS starts whenever asked.
    using Responder = std::function<QByteArray(const QByteArray &written, bool encrypted, bool *close)>;
    static ScriptedTransport *fromResponder(QByteArray greeting, Responder respond, QObject *parent = nullptr);

    void connectToHost(const QList<QHostAddress> &addresses, quint16 port, bool implicitTls,
                       const QString &peerName) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    QByteArray readAll() override;
    void abort() override;
    bool isEncrypted() const override { return m_encrypted; }
    TlsInfo tlsInfo() const override;
    QHostAddress peerAddress() const override { return QHostAddress(QHostAddress::LocalHost); }
    QHostAddress localAddress() const override { return QHostAddress(QHostAddress::LocalHost); }
    qint64 connectRttMs() const override { return m_connected ? 1 : -1; }

    QStringList errors() const { return m_errors; }
    /// Everything the client wrote, and what of it before TLS.
    QByteArray written() const { return m_written; }
    QByteArray writtenBeforeTls() const { return m_writtenPlain; }
    /// Each write() call: one entry per flight of pipelined commands.
    QList<QByteArray> writes() const { return m_writes; }
    /// True when the whole script was played.
    bool finished() const { return m_pos >= m_steps.size(); }
    int connectCount() const { return m_connects; }

private:
    void pump();
    void later(std::function<void()> f);
    void fail(const QString &why);
    void matchClient();

    QList<Step> m_steps;
    qsizetype m_pos = 0;
    bool m_fuzz = false;
    Responder m_respond;
    QByteArray m_greeting;
    QList<QByteArray> m_chunks;
    QByteArray m_in;
    QByteArray m_clientBuf;
    QByteArray m_written;
    QByteArray m_writtenPlain;
    QList<QByteArray> m_writes;
    QStringList m_errors;
    bool m_encrypted = false;
    bool m_connected = false;
    bool m_closed = false;
    int m_connects = 0;
};

} // namespace mailfix::test
