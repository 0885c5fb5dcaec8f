// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"

#include <QObject>
#include <QTimer>

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
    bool loadSaved(AccountSettings *into) const;
    void clear();

    void saveGeometry(const QWidget *window);
    bool restoreGeometry(QWidget *window) const;

private:
    QTimer m_timer;
    QByteArray m_pending;
};

} // namespace mailfix
