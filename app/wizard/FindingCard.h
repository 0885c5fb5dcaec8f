// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace mailfix {

struct AccountSettings;

/// One finding on the results page: title, the field and where it is on the
/// phone, the numbered fix steps, the phone's alert, and the evidence on demand.
class FindingCard : public QFrame
{
    Q_OBJECT
public:
    FindingCard(const Finding &finding, const AccountSettings &settings, QWidget *parent = nullptr);
    const Finding &finding() const { return m_finding; }
    QLabel *fixLabel() const { return m_fix; }

Q_SIGNALS:
    void goToField(const QString &field);
    void showOnPhone(const mailfix::Finding &finding);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    Finding m_finding;
    QLabel *m_fix = nullptr;
    QLabel *m_evidence = nullptr;
    QToolButton *m_evidenceButton = nullptr;
};

} // namespace mailfix
