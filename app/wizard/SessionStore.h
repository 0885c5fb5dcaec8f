// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QMessageBox;
class QWidget;

namespace mailfix {

/// The settings typed so far (never passwords), saved half a second after the
/// last change so they survive closing or a crash; and the window geometry.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    explicit SessionStore(QObject *parent = nullptr);

    /// Schedules saving \a settings (debounced).
    void scheduleSave(const AccountSettings &settings);
    void saveNow();
    /// The settings of the last session, if any were typed.
    bool hasSaved() const;
    bool loadSaved(AccountSettings *into, QDateTime *savedAt = nullptr) const;
    void clear();
    /// "Continue with the settings of <Email>, typed <time>?", No by default: the next
    /// caller must not get the last caller's address and servers by pressing Enter.
    static QMessageBox *restoreQuestion(const AccountSettings &saved, const QDateTime &savedAt, QWidget *parent = nullptr);

    /// One finished check, for reopening a caller's settings (never with passwords).
    struct Recent
    {
        AccountSettings settings;
        QDateTime when;
        QString verdict;
    };
    /// Newest first, at most \a MaxRecent.
    QList<Recent> recent() const;
    void addRecent(const AccountSettings &settings, const QString &verdict);
    static constexpr int MaxRecent = 10;

    void saveGeometry(const QWidget *window);
    bool restoreGeometry(QWidget *window) const;

private:
    QTimer m_timer;
    QByteArray m_pending;
};

} // namespace mailfix
