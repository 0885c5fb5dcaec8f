// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldRow.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace mailfix {

static QString stateText(FieldRow::State state);

FieldRow::FieldRow(const QString &field, const QString &label, QWidget *editor, QWidget *parent)
    : QWidget(parent), m_field(field), m_editor(editor), m_label(new QLabel(label, this)),
      m_stateIcon(new QLabel(this)), m_message(new QLabel(this)), m_plainLabel(QString(label).remove(QLatin1Char('&')))
{
    setObjectName(field + QStringLiteral(".row"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    m_label->setBuddy(editor);
    m_label->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Authentication MM")));
    editor->setParent(this);
    editor->setObjectName(field);
    if (editor->accessibleName().isEmpty())
        editor->setAccessibleName(m_plainLabel);
    editor->setProperty("checkState", stateName(State::Idle));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_stateIcon->setFixedSize(icon + 4, icon + 4);
    m_stateIcon->setObjectName(field + QStringLiteral(".state"));
    m_stateIcon->setAccessibleName(tr("%1 status").arg(m_plainLabel));
    m_stateIcon->setFocusPolicy(Qt::NoFocus);
    m_message->setObjectName(field + QStringLiteral(".message"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("%1 problem").arg(m_plainLabel));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_message->palette();
    // Red reads well on both light and dark backgrounds.
    pal.setColor(QPalette::WindowText, QColor(0xd3, 0x2f, 0x2f));
    m_message->setPalette(pal);
    m_message->hide();
    grid->addWidget(m_label, 0, 0, Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(editor, 0, 1);
    grid->addWidget(m_stateIcon, 0, 2);
    grid->addWidget(m_message, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    setState(State::Idle);
}

void FieldRow::setLabelText(const QString &text)
{
    m_label->setText(text);
    m_plainLabel = QString(text).remove(QLatin1Char('&'));
    m_editor->setAccessibleName(m_plainLabel);
    m_stateIcon->setAccessibleName(tr("%1 status").arg(m_plainLabel));
}

void FieldRow::setDescription(const QString &text)
{
    m_description = text;
    m_editor->setToolTip(text);
    updateAccessibleDescription();
}

void FieldRow::setAskFirst(bool on)
{
    if (m_askFirst == on)
        return;
    m_askFirst = on;
    QFont f = m_label->font();
    f.setBold(on);
    m_label->setFont(f);
    m_editor->setProperty("askFirst", on);
    updateAccessibleDescription();
}

void FieldRow::updateAccessibleDescription()
{
    // The field's description stays; the state or the problem is added to it, never put in its place.
    QStringList parts;
    if (m_askFirst)
        parts << tr("Ask the customer for this first");
    if (!m_description.isEmpty())
        parts << m_description;
    parts << (m_problem.isEmpty() ? stateText(m_state) : m_problem);
    m_editor->setAccessibleDescription(parts.join(QStringLiteral(". ")));
}

QString FieldRow::stateName(State state)
{
    switch (state) {
    case State::Idle: return QStringLiteral("idle");
    case State::Waiting: return QStringLiteral("waiting");
    case State::Checking: return QStringLiteral("checking");
    case State::Passed: return QStringLiteral("passed");
    case State::Warning: return QStringLiteral("warning");
    case State::Failed: return QStringLiteral("failed");
    case State::NotVerified: return QStringLiteral("not_verified");
    }
    return {};
}

static QString stateText(FieldRow::State state)
{
    switch (state) {
    case FieldRow::State::Idle: return FieldRow::tr("not checked yet");
    case FieldRow::State::Waiting: return FieldRow::tr("waiting");
    case FieldRow::State::Checking: return FieldRow::tr("checking");
    case FieldRow::State::Passed: return FieldRow::tr("passed");
    case FieldRow::State::Warning: return FieldRow::tr("warning");
    case FieldRow::State::Failed: return FieldRow::tr("failed");
    case FieldRow::State::NotVerified: return FieldRow::tr("not verified: the login was not tried");
    }
    return {};
}

QIcon FieldRow::stateIcon(State state)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal w = size;
        const QRectF r(w * 0.08, w * 0.08, w * 0.84, w * 0.84);
        QPen pen;
        pen.setWidthF(w / 9.0);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        switch (state) {
        case State::Idle:
            break;
        case State::NotVerified: {
            // A grey ring with a question mark: reached, never tried, so neither tick nor cross.
            pen.setColor(QColor(0x6e, 0x6e, 0x73));
            p.setPen(pen);
            p.drawEllipse(r);
            QFont font = p.font();
            font.setPixelSize(qMax(8, int(w * 0.6)));
            font.setBold(true);
            p.setFont(font);
            p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
            break;
        }
        case State::Waiting:
            pen.setColor(QColor(0x8e, 0x8e, 0x93));
            p.setPen(pen);
            p.drawEllipse(r);
            break;
        case State::Checking: {
            pen.setColor(QColor(0x0a, 0x84, 0xff));
            p.setPen(pen);
            p.drawArc(r, 90 * 16, -270 * 16);
            break;
        }
        case State::Passed: {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x2e, 0xa0, 0x43));
            p.drawEllipse(r);
            pen.setColor(Qt::white);
            p.setPen(pen);
            QPainterPath tick;
            tick.moveTo(w * 0.28, w * 0.52);
            tick.lineTo(w * 0.44, w * 0.68);
            tick.lineTo(w * 0.72, w * 0.34);
            p.drawPath(tick);
            break;
        }
        case State::Warning:
        case State::Failed: {
            p.setPen(Qt::NoPen);
            p.setBrush(state == State::Failed ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf0, 0x8c, 0x00));
            p.drawEllipse(r);
            pen.setColor(Qt::white);
            p.setPen(pen);
            if (state == State::Failed) {
                p.drawLine(QPointF(w * 0.34, w * 0.34), QPointF(w * 0.66, w * 0.66));
                p.drawLine(QPointF(w * 0.66, w * 0.34), QPointF(w * 0.34, w * 0.66));
            } else {
                p.drawLine(QPointF(w * 0.5, w * 0.28), QPointF(w * 0.5, w * 0.56));
                p.drawPoint(QPointF(w * 0.5, w * 0.72));
            }
            break;
        }
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

void FieldRow::setState(State state, const QString &detail)
{
    m_state = state;
    m_editor->setProperty("checkState", stateName(state));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_stateIcon->setPixmap(stateIcon(state).pixmap(QSize(size, size), devicePixelRatioF()));
    const QString text = stateText(state);
    m_stateIcon->setToolTip(detail.isEmpty() ? text : text + QStringLiteral(": ") + detail);
    m_stateIcon->setAccessibleDescription(text);
    updateAccessibleDescription();
}

void FieldRow::setProblem(const QString &message)
{
    if (message == m_problem)
        return;
    m_problem = message;
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_editor->setProperty("validationError", message);
    // A red outline on the editor; kept narrow so the platform style stays.
    if (message.isEmpty())
        m_editor->setStyleSheet(QString());
    else
        m_editor->setStyleSheet(QStringLiteral("%1 { border: 2px solid #d32f2f; border-radius: 3px; padding: 2px; }")
                                    .arg(QLatin1String(m_editor->metaObject()->className())));
    updateAccessibleDescription();
}

} // namespace mailfix
