// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace mailfix {

/// Watches the account's incoming server for the round trip's message.
class MailboxWatcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~MailboxWatcher() override = default;

    /// Logs in and notes what is already there; ready() or failed() follows.
    virtual void prepare() = 0;
    /// Looks for the message whose Subject holds \a token until found() (no deadline of
    /// its own: the round trip stops it), then deletes exactly that message.
    virtual void watch(const QString &token) = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    void ready();
    void found();
    void deleted(bool ok, const QString &detail);
    void failed(const QString &detail);
};

} // namespace mailfix
