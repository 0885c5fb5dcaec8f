// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mailfix {

/// HTTPS GET for autoconfig files: bounded size, a limit on redirects (followed by
/// hand, never from HTTPS to plain HTTP), a deadline per request, certificates checked
/// against the system's CAs plus the extra ones.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBytes = 256 * 1024;
        int maxRedirects = 5;
        int timeoutMs = 5000;
    };
    enum class Outcome {
        Ok,        ///< 2xx with a body within the limits
        HttpError, ///< 4xx/5xx
        TooLarge,
        TooManyRedirects,
        InsecureRedirect, ///< a redirect to plain HTTP (or another scheme)
        NotHttps,         ///< asked for a URL that is not https
        TlsFailed,
        Timeout,
        NetworkError,
    };
    struct Result
    {
        Outcome outcome = Outcome::NetworkError;
        int status = 0;
        QByteArray body;
        QUrl finalUrl;
        QString detail;
    };
    using Callback = std::function<void(const Result &)>;

    explicit HttpFetcher(QObject *parent = nullptr);
    ~HttpFetcher() override;
    void setExtraCaCertificates(const QList<QSslCertificate> &certs) { m_extraCa = certs; }
    /// Calls back exactly once (not at all after cancelAll()).
    void get(const QUrl &url, const Limits &limits, Callback callback);
    void cancelAll();

private:
    struct Request;
    void send(const std::shared_ptr<Request> &r, const QUrl &url);
    QNetworkAccessManager *m_nam;
    QList<QSslCertificate> m_extraCa;
};

} // namespace mailfix
