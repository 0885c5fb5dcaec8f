// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckOptions.h"
#include "account/AccountSettings.h"
#include "discovery/DiscoveryResult.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mailfix {

class CandidateVerifier;
class PhoneScreenView;
class SettingsFinder;
struct Candidate;

/// "Find my settings" / "Find working settings": runs the search from the typed
/// email (and passwords), shows what is tried live, then the change list on the
/// phone picture. "Apply and Check" hands the suggestion to the wizard.
class DiscoveryDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a verifier: for tests; nullptr checks with the Checker (never asking for
    /// consent: a candidate whose certificate fails is reported, never trusted).
    DiscoveryDialog(const AccountSettings &current, const CheckOptions &options, QWidget *parent = nullptr,
                    CandidateVerifier *verifier = nullptr);
    ~DiscoveryDialog() override;

    void start();
    bool isRunning() const;
    const DiscoveryResult &result() const { return m_result; }
    QTreeWidget *candidateList() const { return m_list; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *changesLabel() const { return m_changes; }

Q_SIGNALS:
    /// The suggested settings (no passwords: the wizard keeps its own).
    void applyRequested(const mailfix::AccountSettings &suggested);

protected:
    void reject() override;

private:
    void onCandidate(const Candidate &c);
    void onFinished(const DiscoveryResult &r);

    AccountSettings m_current;
    CheckOptions m_options;
    std::unique_ptr<CandidateVerifier> m_ownVerifier;
    CandidateVerifier *m_verifier;
    SettingsFinder *m_finder;
    DiscoveryResult m_result;
    QLabel *m_status;
    QTreeWidget *m_list;
    QLabel *m_changes;
    PhoneScreenView *m_phone;
    QPushButton *m_apply;
};

} // namespace mailfix
