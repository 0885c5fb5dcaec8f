// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionStore.h"

#include "account/SettingsFile.h"

#include <QSettings>
#include <QWidget>

namespace mailfix {

namespace {
const QString SettingsKey = QStringLiteral("session/settings");
const QString GeometryKey = QStringLiteral("window/geometry");
} // namespace

SessionStore::SessionStore(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &SessionStore::saveNow);
}

void SessionStore::scheduleSave(const AccountSettings &settings)
{
    // SettingsFile::write never writes passwords.
    m_pending = SettingsFile::write(settings);
    m_timer.start();
}

void SessionStore::saveNow()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QSettings s;
    s.setValue(SettingsKey, QString::fromUtf8(m_pending));
    s.sync();
    m_pending.clear();
}

bool SessionStore::hasSaved() const
{
    AccountSettings dummy;
    return loadSaved(&dummy);
}

bool SessionStore::loadSaved(AccountSettings *into) const
{
    const QString json = QSettings().value(SettingsKey).toString();
    if (json.isEmpty())
        return false;
    AccountSettings parsed;
    const SettingsParseResult r = SettingsFile::parse(json.toUtf8(), &parsed, tr("last session"));
    // Nothing worth offering unless something was typed.
    if (!r.ok || r.presentFields.isEmpty() || (r.presentFields.size() == 1 && r.presentFields.contains(Field::IosVersion)))
        return false;
    *into = parsed;
    return true;
}

void SessionStore::clear()
{
    m_timer.stop();
    m_pending.clear();
    QSettings().remove(SettingsKey);
}

void SessionStore::saveGeometry(const QWidget *window)
{
    QSettings().setValue(GeometryKey, window->saveGeometry());
}

bool SessionStore::restoreGeometry(QWidget *window) const
{
    const QByteArray g = QSettings().value(GeometryKey).toByteArray();
    return !g.isEmpty() && window->restoreGeometry(g);
}

} // namespace mailfix
