// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckSession.h"

#include <QIcon>
#include <QString>
#include <QWidget>

class QLabel;

namespace mailfix {

/// One setting as the phone shows it: the label, the editor, a live state icon
/// and, under the editor, the message for a problem with what was typed.
/// The editor's objectName is the contract's field name; its dynamic property
/// "checkState" tells tests and accessibility tools the live state.
class FieldRow : public QWidget
{
    Q_OBJECT
public:
    using State = FieldState;

    FieldRow(const QString &field, const QString &label, QWidget *editor, QWidget *parent = nullptr);

    QString field() const { return m_field; }
    QWidget *editor() const { return m_editor; }
    QLabel *label() const { return m_label; }
    State state() const { return m_state; }
    void setLabelText(const QString &text);
    /// The label as shown, without its mnemonic marker.
    QString labelText() const { return m_plainLabel; }
    /// The row's description for screen readers; kept beside the state and any problem.
    void setDescription(const QString &text);

    void setState(State state, const QString &detail = {});
    /// A problem with the typed value (static validation); empty clears it.
    void setProblem(const QString &message);
    QString problem() const { return m_problem; }
    /// One of the fields to ask the customer for first (the alert they read out): the
    /// label in bold and "ask first" in the description for screen readers.
    void setAskFirst(bool on);
    bool isAskFirst() const { return m_askFirst; }

    static QString stateName(State state);
    static QIcon stateIcon(State state);

private:
    QString m_field;
    QWidget *m_editor;
    QLabel *m_label;
    QLabel *m_stateIcon;
    QLabel *m_message;
    State m_state = State::Idle;
    QString m_problem;
    QString m_plainLabel;
    QString m_description;
    bool m_askFirst = false;
    void updateAccessibleDescription();
};

} // namespace mailfix
