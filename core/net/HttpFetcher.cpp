// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpFetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <memory>

namespace mailfix {

struct HttpFetcher::Request
{
    Limits limits;
    Callback callback;
    QList<QUrl> visited;
    QTimer *timer = nullptr;
    QNetworkReply *reply = nullptr;
    QByteArray body;
    bool done = false;
};

HttpFetcher::HttpFetcher(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // No proxy from the environment: the file must come from the domain itself.
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpFetcher::~HttpFetcher()
{
    cancelAll();
}

void HttpFetcher::cancelAll()
{
    const QList<QNetworkReply *> replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *r : replies) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    const QList<QTimer *> timers = findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTimer *t : timers)
        t->deleteLater();
}

void HttpFetcher::get(const QUrl &url, const Limits &limits, Callback callback)
{
    auto r = std::make_shared<Request>();
    r->limits = limits;
    r->callback = std::move(callback);
    r->timer = new QTimer(this);
    r->timer->setSingleShot(true);
    // The connections hold the request's state; it goes with the timer and the replies.
    connect(r->timer, &QTimer::timeout, this, [this, r] {
        if (r->done)
            return;
        r->done = true;
        if (r->reply) {
            r->reply->disconnect(this);
            r->reply->abort();
            r->reply->deleteLater();
        }
        Result res;
        res.outcome = Outcome::Timeout;
        res.finalUrl = r->visited.isEmpty() ? QUrl() : r->visited.last();
        res.detail = QCoreApplication::translate("HttpFetcher", "no answer within %1 ms").arg(r->limits.timeoutMs);
        r->timer->deleteLater();
        const Callback cb = r->callback;
        cb(res);
    });
    r->timer->start(std::max(1, limits.timeoutMs));
    send(r, url);
}

void HttpFetcher::send(const std::shared_ptr<Request> &r, const QUrl &url)
{
    auto finish = [](const std::shared_ptr<Request> &req, Result res) {
        if (req->done)
            return;
        req->done = true;
        res.finalUrl = req->visited.isEmpty() ? QUrl() : req->visited.last();
        req->timer->stop();
        req->timer->deleteLater();
        const Callback cb = req->callback;
        cb(res);
    };
    if (url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0) {
        Result res;
        res.outcome = r->visited.isEmpty() ? Outcome::NotHttps : Outcome::InsecureRedirect;
        res.detail = r->visited.isEmpty()
                         ? QCoreApplication::translate("HttpFetcher", "%1 is not HTTPS; not fetched").arg(url.toDisplayString())
                         : QCoreApplication::translate("HttpFetcher", "redirect from %1 to %2 refused: not HTTPS")
                               .arg(r->visited.last().toDisplayString(), url.toDisplayString());
        r->visited.append(url);
        finish(r, res);
        return;
    }
    if (r->visited.contains(url) || r->visited.size() > r->limits.maxRedirects) {
        Result res;
        res.outcome = Outcome::TooManyRedirects;
        res.detail = r->visited.contains(url)
                         ? QCoreApplication::translate("HttpFetcher", "redirect loop at %1").arg(url.toDisplayString())
                         : QCoreApplication::translate("HttpFetcher", "more than %1 redirects").arg(r->limits.maxRedirects);
        finish(r, res);
        return;
    }
    r->visited.append(url);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("mailfix"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_extraCa.isEmpty()) {
        QList<QSslCertificate> cas = tls.caCertificates();
        cas += m_extraCa;
        tls.setCaCertificates(cas);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    req.setSslConfiguration(tls);
    QNetworkReply *reply = m_nam->get(req);
    r->reply = reply;
    r->body.clear();
    connect(reply, &QNetworkReply::readyRead, this, [r, reply, finish] {
        if (r->done)
            return;
        r->body += reply->read(r->limits.maxBytes + 1 - r->body.size());
        if (r->body.size() > r->limits.maxBytes) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
            Result res;
            res.outcome = Outcome::TooLarge;
            res.detail = QCoreApplication::translate("HttpFetcher", "larger than %1 bytes; not read further").arg(r->limits.maxBytes);
            finish(r, res);
        }
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [r, reply, finish] {
        if (r->done)
            return;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > r->limits.maxBytes) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
            Result res;
            res.outcome = Outcome::TooLarge;
            res.detail = QCoreApplication::translate("HttpFetcher", "%1 bytes announced, more than %2; not read")
                             .arg(length)
                             .arg(r->limits.maxBytes);
            finish(r, res);
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, r, reply, finish] {
        reply->deleteLater();
        if (r->done)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Result res;
        res.status = status;
        if (status >= 300 && status < 400) {
            const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (target.isValid()) {
                send(r, reply->url().resolved(target));
                return;
            }
        }
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            const auto e = reply->error();
            res.outcome =
                (e == QNetworkReply::SslHandshakeFailedError) ? Outcome::TlsFailed : Outcome::NetworkError;
            res.detail = reply->errorString();
            finish(r, res);
            return;
        }
        if (status < 200 || status >= 300) {
            res.outcome = Outcome::HttpError;
            res.detail = QStringLiteral("HTTP %1").arg(status);
            finish(r, res);
            return;
        }
        r->body += reply->read(r->limits.maxBytes + 1 - r->body.size());
        if (r->body.size() > r->limits.maxBytes) {
            res.outcome = Outcome::TooLarge;
            res.detail = QCoreApplication::translate("HttpFetcher", "larger than %1 bytes; not read further").arg(r->limits.maxBytes);
            finish(r, res);
            return;
        }
        res.outcome = Outcome::Ok;
        res.body = r->body;
        finish(r, res);
    });
}

} // namespace mailfix
