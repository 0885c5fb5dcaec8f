// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QVBoxLayout;

namespace mailfix {

struct AccountSettings;
class FieldRow;
class PhoneScreenView;

/// One of the phone's settings screens: the path to it on top, then its rows
/// in the phone's order, grouped under the phone's section headings.
class FormPage : public QWizardPage
{
    Q_OBJECT
public:
    /// \a screenField is any field on that screen; it picks the path shown.
    FormPage(const QString &title, const QString &screenField, QWidget *parent = nullptr);

    void addHeading(const QString &text);
    void addRow(FieldRow *row);
    void addWidget(QWidget *widget);
    void addHint(const QString &text);
    void finish();
    void updatePath(const AccountSettings &settings);
    QLabel *pathLabel() const { return m_path; }
    /// The line "Ask first: …" under the path (the alert the customer read out); empty hides it.
    void setAskFirst(const QString &text);
    QLabel *askFirstLabel() const { return m_askFirst; }
    /// A section heading added with addHeading(), for re-wording in another phone language.
    QList<QLabel *> headings() const { return m_headings; }
    /// Re-words heading \a index as the phone shows it (capitals; the screen reader gets \a text).
    void setHeading(int index, const QString &text);
    QList<FieldRow *> rows() const { return m_rows; }
    /// The phone's screen beside the form: the screen being filled in, \a field highlighted.
    void showPhone(const AccountSettings &settings, const QString &field);
    PhoneScreenView *phone() const { return m_phone; }
    QString screenField() const { return m_screenField; }

private:
    QString m_screenField;
    QLabel *m_path;
    QLabel *m_askFirst;
    QList<QLabel *> m_headings;
    QVBoxLayout *m_layout;
    PhoneScreenView *m_phone;
    QList<FieldRow *> m_rows;
};

} // namespace mailfix
