// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace mailfix {

/// "Send these settings to the phone": writes the checked settings as a configuration
/// profile (.mobileconfig, no password) and says how it reaches the phone and where
/// the phone shows it, in the words of the customer's iOS version.
class PhoneProfileDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a settings: the verified settings (passwords are ignored and never written).
    PhoneProfileDialog(const AccountSettings &settings, bool samePassword, QWidget *parent = nullptr);

    /// Writes the profile (temporary file beside it, then renamed). False with \a error.
    bool saveTo(const QString &path, QString *error = nullptr);
    QString savedPath() const { return m_saved; }
    /// The steps shown to the user (for tests and the report).
    QString instructions() const;
    /// "Google" / "Microsoft" when the account belongs in the phone's own account type; else empty.
    static QString ownAccountProvider(const AccountSettings &settings);
    /// Where the phone lists a downloaded profile, for this iOS version.
    static QString profilesPath(const IosVersion &ios);

private:
    void chooseAndSave();

    AccountSettings m_settings;
    bool m_samePassword;
    QString m_saved;
    QLabel *m_where;
    QPushButton *m_show;
};

} // namespace mailfix
