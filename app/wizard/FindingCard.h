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
    /// The card whose screen the phone picture shows; drawn with a frame.
    void setSelected(bool on);
    bool isSelected() const { return m_selected; }
    /// The card's own buttons, in the order on screen.
    QList<QWidget *> focusableChildren() const;

Q_SIGNALS:
    void goToField(const QString &field);
    /// Clicked (on its text too) or reached with the keyboard.
    void selected();
    /// Up (-1) or Down (+1) on the card: to the previous or next card.
    void step(int by);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Finding m_finding;
    QLabel *m_fix = nullptr;
    QLabel *m_evidence = nullptr;
    QToolButton *m_evidenceButton = nullptr;
    QWidget *m_goButton = nullptr;
    bool m_selected = false;
};

} // namespace mailfix
