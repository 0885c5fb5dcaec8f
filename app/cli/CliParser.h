// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace mailfix {

/// The options of CONTRACT.md section 3 on a QCommandLineParser. The settings and
/// common options are public pieces, so that other commands (suggest, profile) take
/// "the same settings options as check" by calling addSettingsOptions() and
/// applySettings(). Every mistake throws UsageError with one line.
class CliParser
{
public:
    /// \a command names the command in messages and help ("check").
    explicit CliParser(const QString &command);

    QCommandLineParser &parser() { return m_parser; }

    /// --settings, --email, --incoming-*, --outgoing-*, --ios.
    void addSettingsOptions();
    /// --ca-file, --timeout, --format, --relay-recipient, --allow-plaintext-login,
    /// --accept-certificate, --transcript, --no-color.
    void addCheckOptions();
    /// --batch, --jobs.
    void addBatchOptions();
    /// --help, --version.
    void addHelpOptions();

    /// Parses \a arguments (program name first, the command word already removed).
    /// Returns false when --help or --version was handled (printed); then exit 0.
    bool parse(const QStringList &arguments);

    /// Settings file first (warnings on stderr), then the options on top.
    void applySettings(AccountSettings &settings) const;
    /// The CheckOptions and output choices.
    void applyCheckOptions(CliOptions &options) const;
    /// --batch and --jobs; refuses the per-account settings options beside --batch.
    void applyBatchOptions(CliOptions &options) const;

    bool isSet(const QString &name) const { return m_parser.isSet(name); }

    /// The help text of this command: options, exit status, an example.
    QString helpText() const;

private:
    QCommandLineOption add(const char *name, const char *description, const char *valueName = nullptr);

    QString m_command;
    QCommandLineParser m_parser;
    QStringList m_settingsOptionNames;
};

} // namespace mailfix
