// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedTransport.h"

#include <QPointer>
#include <QTimer>

namespace mailfix::test {

QList<ScriptedTransport::Step> ScriptedTransport::parse(const QString &script)
{
    QList<Step> steps;
    for (const QString &raw : script.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line == QLatin1String("TLS"))
            steps.append(Step{Step::StartTls, QByteArray()});
        else if (line == QLatin1String("CLOSE"))
            steps.append(Step{Step::Close, QByteArray()});
        else if (line.startsWith(QLatin1String("S:")))
            steps.append(Step{Step::Server, raw.mid(raw.indexOf(QLatin1Char(':')) + 2).toUtf8() + "\r\n"});
        else if (line.startsWith(QLatin1String("C:")))
            steps.append(Step{Step::Client, raw.mid(raw.indexOf(QLatin1Char(':')) + 2).toUtf8()});
    }
    return steps;
}

ScriptedTransport::ScriptedTransport(QList<Step> steps, QObject *parent) : Transport(parent), m_steps(std::move(steps)) {}

ScriptedTransport::~ScriptedTransport()
{
    if (beforeDestroy)
        beforeDestroy(*this);
}

ScriptedTransport *ScriptedTransport::fromChunks(QList<QByteArray> chunks, QObject *parent)
{
    auto *t = new ScriptedTransport({}, parent);
    t->m_fuzz = true;
    t->m_chunks = std::move(chunks);
    return t;
}

ScriptedTransport *ScriptedTransport::fromResponder(QByteArray greeting, Responder respond, QObject *parent)
{
    auto *t = new ScriptedTransport({}, parent);
    t->m_respond = std::move(respond);
    t->m_greeting = std::move(greeting);
    return t;
}

void ScriptedTransport::later(std::function<void()> f)
{
    QTimer::singleShot(0, this, std::move(f));
}

void ScriptedTransport::connectToHost(const QList<QHostAddress> &, quint16, bool implicitTls, const QString &)
{
    ++m_connects;
    later([this, implicitTls] {
        m_connected = true;
        Q_EMIT connected();
        if (implicitTls)
            startTls();
        else
            pump();
    });
}

void ScriptedTransport::pump()
{
    if (m_closed || !m_connected)
        return;
    if (m_respond) {
        if (!m_greeting.isEmpty()) {
            m_in += std::exchange(m_greeting, QByteArray());
            later([this] { Q_EMIT readyRead(); });
        }
        return;
    }
    if (m_fuzz) {
        if (m_chunks.isEmpty()) {
            m_closed = true;
            later([this] { Q_EMIT closed(); });
            return;
        }
        m_in += m_chunks.takeFirst();
        const int writesBefore = int(m_writes.size());
        later([this] { Q_EMIT readyRead(); });
        if (m_chunks.isEmpty()) {
            m_closed = true;
            later([this] { Q_EMIT closed(); });
            return;
        }
        // The client may wait for more (a partial line): do not let it sit out its
        // deadline, send the next chunk once it has had its turn.
        later([this, writesBefore] {
            later([this, writesBefore] {
                if (!m_closed && m_writes.size() == writesBefore)
                    pump();
            });
        });
        return;
    }
    bool delivered = false;
    while (m_pos < m_steps.size()) {
        const Step &s = m_steps.at(m_pos);
        if (s.kind == Step::Server) {
            m_in += s.bytes;
            delivered = true;
            ++m_pos;
            continue;
        }
        if (s.kind == Step::Close) {
            ++m_pos;
            m_closed = true;
            if (delivered)
                later([this] { Q_EMIT readyRead(); });
            later([this] { Q_EMIT closed(); });
            return;
        }
        break;
    }
    if (delivered)
        later([this] { Q_EMIT readyRead(); });
}

void ScriptedTransport::fail(const QString &why)
{
    m_errors.append(why);
    if (!m_closed) {
        m_closed = true;
        later([this] { Q_EMIT closed(); });
    }
}

void ScriptedTransport::startTls()
{
    if (m_closed)
        return;
    if (m_fuzz || m_respond) {
        m_encrypted = true;
        later([this] {
            Q_EMIT encrypted();
            pump();
        });
        return;
    }
    if (m_pos >= m_steps.size() || m_steps.at(m_pos).kind != Step::StartTls) {
        fail(QStringLiteral("unexpected TLS start at script step %1").arg(m_pos));
        return;
    }
    ++m_pos;
    m_encrypted = true;
    later([this] {
        Q_EMIT encrypted();
        pump();
    });
}

void ScriptedTransport::write(const QByteArray &bytes)
{
    if (m_closed)
        return;
    m_written += bytes;
    m_writes.append(bytes);
    if (!m_encrypted)
        m_writtenPlain += bytes;
    if (m_fuzz) {
        later([this] { pump(); });
        return;
    }
    if (m_respond) {
        bool close = false;
        const QByteArray answer = m_respond(bytes, m_encrypted, &close);
        if (!answer.isEmpty()) {
            m_in += answer;
            later([this] { Q_EMIT readyRead(); });
        }
        if (close) {
            m_closed = true;
            later([this] { Q_EMIT closed(); });
        }
        return;
    }
    m_clientBuf += bytes;
    matchClient();
}

void ScriptedTransport::matchClient()
{
    qsizetype nl;
    while ((nl = m_clientBuf.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_clientBuf.left(nl);
        m_clientBuf.remove(0, nl + 2);
        if (m_pos >= m_steps.size() || m_steps.at(m_pos).kind != Step::Client) {
            fail(QStringLiteral("unexpected client line at script step %1: %2").arg(m_pos).arg(QString::fromUtf8(line)));
            return;
        }
        const QByteArray want = m_steps.at(m_pos).bytes;
        const bool ok = want.endsWith('*') ? line.startsWith(want.chopped(1)) : line == want;
        if (!ok) {
            fail(QStringLiteral("script step %1: expected \"%2\", client sent \"%3\"")
                     .arg(m_pos)
                     .arg(QString::fromUtf8(want), QString::fromUtf8(line)));
            return;
        }
        ++m_pos;
    }
    pump();
}

QByteArray ScriptedTransport::readAll()
{
    return std::exchange(m_in, QByteArray());
}

void ScriptedTransport::abort()
{
    m_closed = true;
}

TlsInfo ScriptedTransport::tlsInfo() const
{
    TlsInfo info;
    info.encrypted = m_encrypted;
    info.protocol = QStringLiteral("TLS 1.3");
    info.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    return info;
}

} // namespace mailfix::test
