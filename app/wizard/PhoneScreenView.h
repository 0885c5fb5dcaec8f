// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/AccountSettings.h"
#include "model/PhoneLanguage.h"

#include <QStringList>
#include <QWidget>

namespace mailfix {

/// A picture of the phone's settings screen that holds a field, drawn in the
/// style of iOS grouped lists, with the row to change highlighted. The colours
/// are the phone's own on purpose: it shows what the customer sees.
class PhoneScreenView : public QWidget
{
    Q_OBJECT
public:
    explicit PhoneScreenView(QWidget *parent = nullptr);

    /// Shows the screen holding \a fields.first(), with all \a fields highlighted.
    void showFields(const AccountSettings &settings, const QStringList &fields);
    QStringList highlighted() const { return m_fields; }
    /// The screen's title, group headings and row labels, top to bottom (as drawn).
    QStringList screenTexts() const;
    /// The language the customer's phone is set to (labels and paths follow it).
    void setPhoneLanguage(PhoneLanguage language);
    PhoneLanguage phoneLanguage() const { return m_language; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        QString field;
        QString label;
        QString value;
        enum Kind { Text, Placeholder, Switch, Disclosure, Secret } kind = Text;
        bool on = false;
    };
    struct Group
    {
        QString header;
        QList<Row> rows;
    };
    QList<Group> buildScreen(QString *title, QString *back) const;

    AccountSettings m_settings;
    QStringList m_fields;
    PhoneLanguage m_language;
};

} // namespace mailfix
