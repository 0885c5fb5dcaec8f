// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountSettings.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mailfix {

/// What reading a settings file gave.
struct SettingsParseResult
{
    bool ok = false;
    /// One clear line when !ok, e.g.
    /// "settings.json: line 3: 'incoming.port' must be a number from 1 to 65535".
    QString error;
    /// Field names the file set (non-null), e.g. "incoming.host", "ios.version".
    QStringList presentFields;
    /// Password fields found in the file and ignored ("incoming.password", ...):
    /// passwords are never read from files.
    QStringList ignoredPasswordFields;
    /// Keys the file has that mean nothing to Mailfix ("incoming.hots"); ignored.
    QStringList unknownKeys;
    /// A batch line's "id" (SettingsParseOptions::batchLine), when it has one.
    QString id;
    bool hasId = false;
};

/// How strictly parse() reads.
struct SettingsParseOptions
{
    /// One line of a batch file (`mailfix-cli check --batch`): an optional top-level
    /// "id", and "incoming"/"outgoing" "password" keys are read into the settings
    /// (files for one account never hold passwords; a batch file is only read).
    /// Messages then name the byte instead of the line.
    bool batchLine = false;
};

/// The settings file of CONTRACT.md section 3: nested objects named as the fields,
/// e.g. {"account": {"email": ...}, "incoming": {...}, "outgoing": {...}, "ios": {"version": "17.4"}}.
/// Never holds passwords, neither when read nor when written.
class SettingsFile
{
public:
    /// Largest file accepted.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    /// Longest text accepted for any field.
    static constexpr int MaxTextLength = 1024;

    /// Reads \a json into \a into. Fields the file does not set keep their values
    /// in \a into (so start from a default AccountSettings for the phone's
    /// defaults). On failure \a into may be partly changed. Never throws, never
    /// crashes on hostile input. \a fileNameForMessages prefixes the error.
    static SettingsParseResult parse(const QByteArray &json, AccountSettings *into,
                                     const QString &fileNameForMessages);
    static SettingsParseResult parse(const QByteArray &json, AccountSettings *into,
                                     const QString &fileNameForMessages, const SettingsParseOptions &options);
    /// Reads the file at \a path; errors for missing, unreadable, oversized files.
    static SettingsParseResult readFile(const QString &path, AccountSettings *into);

    /// The settings as a settings file (indented JSON, UTF-8), without passwords.
    /// A port of 0 (the phone's default) is left out.
    static QByteArray write(const AccountSettings &settings);
    /// The same as a JSON object. With \a effectivePorts the port the phone uses is
    /// written even when it is the default (for reports).
    static QJsonObject toJsonObject(const AccountSettings &settings, bool effectivePorts = false);

    /// Why \a value cannot be a field's text (control characters, too long), or
    /// an empty string when it can. Used for command-line values as well.
    static QString textProblem(const QString &value);
};

} // namespace mailfix
