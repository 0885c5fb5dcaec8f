// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneHandover.h"

#include "PhoneProfileDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace mailfix {

PhoneHandover::PhoneHandover(ConsentProvider *consent, QWidget *parent)
    : QWidget(parent), m_consent(consent), m_send(new QPushButton(tr("Send to &Phone…"), this)),
      m_box(new QCheckBox(tr("Roun&d trip: send a test message to myself"), this)), m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_send->setObjectName(QStringLiteral("sendToPhoneButton"));
    m_send->setAutoDefault(false);
    m_send->setEnabled(false);
    m_send->setToolTip(
        tr("Save these settings as a profile for the iPhone; offered once a check has verified them"));
    m_box->setObjectName(QStringLiteral("roundTripBox"));
    m_box->setToolTip(tr("After a passing check, send one short message from this account to itself and wait "
                         "until it arrives (at most a minute); Mailfix deletes it again"));
    m_status->setObjectName(QStringLiteral("roundTripStatus"));
    layout->addWidget(m_send);
    layout->addWidget(m_box);
    layout->addWidget(m_status, 1);
    connect(m_send, &QPushButton::clicked, this, &PhoneHandover::openProfileDialog);
    connect(m_box, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_verified && !m_roundTripDone && !m_roundTrip.isRunning())
            startRoundTrip();
        else if (!on && m_roundTrip.isRunning())
            m_roundTrip.cancel();
    });
    connect(&m_roundTrip, &RoundTrip::finished, this, [this](const RoundTripResult &r) {
        if (std::exchange(m_resetting, false))
            return; // a new check started: this result belongs to no report
        m_roundTripDone = true;
        forgetPasswords();
        if (r.status == StepStatus::Pass)
            m_status->setText(tr("Round trip: the test message arrived after %1 s.")
                                  .arg(double(r.deliveryMs) / 1000.0, 0, 'f', 1));
        else if (r.status == StepStatus::Fail)
            m_status->setText(tr("Round trip failed: see the findings."));
        else
            m_status->setText(tr("Round trip not done: %1").arg(r.detail));
        Q_EMIT roundTripFinished(r);
    });
}

void PhoneHandover::checkFinished(const CheckReport &report, const AccountSettings &settings)
{
    const QString why = RoundTrip::skipReason(report);
    m_verified = why.isEmpty();
    m_roundTripDone = false;
    m_settings = settings;
    m_samePassword = !settings.incoming.password.isEmpty() &&
                     settings.incoming.password.reveal() == settings.outgoing.password.reveal() &&
                     settings.incoming.user.trimmed() == settings.outgoing.user.trimmed();
    m_send->setEnabled(m_verified);
    m_send->setToolTip(m_verified ? tr("Save these settings as a profile for the iPhone")
                                  : tr("Offered once a check has verified the settings: %1").arg(why));
    m_status->clear();
    if (m_box->isChecked() && m_verified)
        startRoundTrip();
    else if (m_box->isChecked())
        m_status->setText(tr("Round trip not done: %1").arg(why));
    // Otherwise the passwords stay until the box is ticked or the next check starts.
}

void PhoneHandover::reset()
{
    if (m_roundTrip.isRunning()) {
        m_resetting = true;
        m_roundTrip.cancel();
    }
    m_verified = false;
    m_send->setEnabled(false);
    m_status->clear();
    forgetPasswords();
}

void PhoneHandover::forgetPasswords()
{
    m_settings.incoming.password.wipe();
    m_settings.outgoing.password.wipe();
}

void PhoneHandover::startRoundTrip()
{
    m_status->setText(tr("Round trip: sending a test message and waiting for it…"));
    m_roundTrip.start(m_settings, m_options, m_consent, RoundTrip::DefaultTimeoutMs);
}

void PhoneHandover::openProfileDialog()
{
    if (!m_verified)
        return;
    PhoneProfileDialog dialog(m_settings, m_samePassword, window());
    Q_EMIT dialogOpened(&dialog);
    dialog.exec();
}

} // namespace mailfix
