// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionStore.h"

#include "account/SettingsFile.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace mailfix {

namespace {
const QString SettingsKey = QStringLiteral("session/settings");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString SavedAtKey = QStringLiteral("session/savedAt");
const QString RecentKey = QStringLiteral("recent/checks");
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
    s.setValue(SavedAtKey, QDateTime::currentDateTime());
    s.sync();
    m_pending.clear();
}

bool SessionStore::hasSaved() const
{
    AccountSettings dummy;
    return loadSaved(&dummy);
}

bool SessionStore::loadSaved(AccountSettings *into, QDateTime *savedAt) const
{
    if (savedAt)
        *savedAt = QSettings().value(SavedAtKey).toDateTime();
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
    QSettings().remove(SavedAtKey);
}

QMessageBox *SessionStore::restoreQuestion(const AccountSettings &saved, const QDateTime &savedAt, QWidget *parent)
{
    const QString who = saved.email.trimmed().isEmpty() ? tr("an unnamed account") : saved.email.trimmed();
    const QString when = savedAt.isValid() ? QLocale().toString(savedAt, QLocale::ShortFormat) : tr("earlier");
    auto *box = new QMessageBox(QMessageBox::Question, QStringLiteral("Mailfix"),
                                tr("Continue with the settings of %1, typed %2?").arg(who, when),
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(QStringLiteral("restoreQuestion"));
    box->setInformativeText(tr("Choose No for a new caller. Passwords are never kept."));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    return box;
}

QList<SessionStore::Recent> SessionStore::recent() const
{
    QList<Recent> out;
    const QJsonArray list = QJsonDocument::fromJson(QSettings().value(RecentKey).toByteArray()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        Recent r;
        const SettingsParseResult p = SettingsFile::parse(o.value(QStringLiteral("settings")).toString().toUtf8(),
                                                          &r.settings, tr("recent checks"));
        if (!p.ok)
            continue;
        r.when = QDateTime::fromString(o.value(QStringLiteral("when")).toString(), Qt::ISODate);
        r.verdict = o.value(QStringLiteral("verdict")).toString();
        out.append(r);
    }
    return out;
}

void SessionStore::addRecent(const AccountSettings &settings, const QString &verdict)
{
    // SettingsFile::write never writes passwords.
    const QString json = QString::fromUtf8(SettingsFile::write(settings));
    QJsonArray list{QJsonObject{{QStringLiteral("settings"), json},
                                {QStringLiteral("when"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                                {QStringLiteral("verdict"), verdict}}};
    const QJsonArray old = QJsonDocument::fromJson(QSettings().value(RecentKey).toByteArray()).array();
    for (const QJsonValue &v : old) {
        if (list.size() >= MaxRecent)
            break;
        AccountSettings s;
        // The same caller's earlier check gives way to the newest.
        if (SettingsFile::parse(v.toObject().value(QStringLiteral("settings")).toString().toUtf8(), &s, QString()).ok &&
            s.email == settings.email && s.incoming.host == settings.incoming.host &&
            s.outgoing.host == settings.outgoing.host)
            continue;
        list.append(v);
    }
    QSettings().setValue(RecentKey, QJsonDocument(list).toJson(QJsonDocument::Compact));
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
