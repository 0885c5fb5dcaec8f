// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailfix {

/// One complete SMTP reply (RFC 5321 4.2), possibly multi-line, with its
/// enhanced status code (RFC 3463) when the server gives one.
struct SmtpReply
{
    int code = 0;
    QString enhanced;   ///< "5.7.1" or empty
    QStringList lines;  ///< text of each line after "NNN-" / "NNN "
    QStringList raw;    ///< each line as received (sanitised to printable text)

    int klass() const { return code / 100; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return klass() == 4; }
    bool isPermanent() const { return klass() == 5; }
    /// Enhanced code parts: "5.7.139" -> subject 7, detail 139. -1 when absent.
    int enhancedSubject() const;
    int enhancedDetail() const;
    QString text() const { return lines.join(QLatin1Char(' ')); }
    /// The whole reply in one line, as evidence: "554 5.7.1 <x>: Relay access denied".
    QString evidence() const;
};

/// Incremental SMTP reply parser: feed it lines, it yields whole replies.
class SmtpReplyParser
{
public:
    enum class Result { NeedMore, Reply, Error };
    explicit SmtpReplyParser(int maxLines = 200) : m_maxLines(maxLines) {}

    Result feedLine(const QByteArray &line, SmtpReply *out, QString *error);
    void reset() { m_pending = SmtpReply(); }
    bool inReply() const { return m_pending.code != 0; }
    /// The last Error was the line limit (a reply longer than maxLines), not a malformed line.
    bool limitExceeded() const { return m_limitExceeded; }

private:
    SmtpReply m_pending;
    int m_maxLines;
    bool m_limitExceeded = false;
};

/// Printable rendering of untrusted bytes: invalid UTF-8 and control characters are
/// shown escaped, never passed through.
QString printable(const QByteArray &bytes, int maxChars = 512);

/// EHLO keywords (upper-case) -> parameters, from the lines of a 250 reply.
struct EhloCapabilities
{
    QStringList keywords;    ///< "PIPELINING", "STARTTLS", "AUTH", ...
    QStringList authMechanisms;
    bool has(const QString &kw) const { return keywords.contains(kw); }
    static EhloCapabilities parse(const SmtpReply &ehloReply);
};

} // namespace mailfix
