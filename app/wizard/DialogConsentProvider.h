// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/ConsentProvider.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <optional>

class QDialog;
class QWidget;

namespace mailfix {

/// Asks the person with a window-modal dialog, without blocking the event loop:
/// the check waits for the answer, the window keeps painting.
class DialogConsentProvider : public QObject, public ConsentProvider
{
    Q_OBJECT
public:
    explicit DialogConsentProvider(QWidget *parent);

    void askAcceptCertificate(const CertificateInfo &certificate, std::function<void(bool)> answer) override;
    void askPlaintextLogin(const QString &host, quint16 port, std::function<void(bool)> answer) override;

    /// For tests and screenshots: answer every question with \a answer without asking.
    void setAutoAnswer(std::optional<bool> answer) { m_autoAnswer = answer; }
    /// Closes every open question with "no" (when the check is cancelled).
    void dismiss();
    /// The question now open, if any.
    QDialog *openQuestion() const;

Q_SIGNALS:
    /// A question dialog is open and waiting for the person (tests drive it from here).
    void questionShown(QDialog *dialog);

private:
    QPointer<QWidget> m_parent;
    std::optional<bool> m_autoAnswer;
    QList<QPointer<QDialog>> m_open;
    QSet<QString> m_accepted; ///< "host:port:sha256" of certificates accepted in this session
};

} // namespace mailfix
