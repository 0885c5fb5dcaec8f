// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/CheckOptions.h"
#include "model/CheckReport.h"
#include "roundtrip/RoundTrip.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace mailfix {

class ConsentProvider;

/// The results page's hand-over row: "Send to Phone…" (the profile dialog, offered
/// only for verified settings) and the opt-in round trip check box.
class PhoneHandover : public QWidget
{
    Q_OBJECT
public:
    PhoneHandover(ConsentProvider *consent, QWidget *parent = nullptr);

    void setCheckOptions(const CheckOptions &options) { m_options = options; }
    /// A check finished: \a settings are the checked ones, passwords included (for the
    /// round trip only; dropped once it ran or the next check starts).
    void checkFinished(const CheckReport &report, const AccountSettings &settings);
    /// A new check starts: nothing verified any more, a running round trip stops.
    void reset();

    QPushButton *sendButton() const { return m_send; }
    QCheckBox *roundTripBox() const { return m_box; }
    QLabel *statusLabel() const { return m_status; }
    bool isRoundTripRunning() const { return m_roundTrip.isRunning(); }
    /// Opens the profile dialog (modal); returns it for tests through dialogOpened().
    void openProfileDialog();

Q_SIGNALS:
    void roundTripFinished(const mailfix::RoundTripResult &result);
    void dialogOpened(QDialog *dialog);

private:
    void startRoundTrip();
    void forgetPasswords();

    ConsentProvider *m_consent;
    CheckOptions m_options;
    RoundTrip m_roundTrip;
    AccountSettings m_settings;
    bool m_verified = false;
    bool m_roundTripDone = false;
    bool m_samePassword = false;
    bool m_resetting = false;
    QPushButton *m_send;
    QCheckBox *m_box;
    QLabel *m_status;
};

} // namespace mailfix
