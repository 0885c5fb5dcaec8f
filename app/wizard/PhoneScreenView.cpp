// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneScreenView.h"

#include <algorithm>

#include "wording/FieldScreens.h"
#include "wording/FixCatalog.h"
#include "wording/Wording.h"

#include <QPainter>
#include <QPainterPath>

namespace mailfix {

namespace {
constexpr qreal DesignWidth = 340;
constexpr qreal DesignHeight = 600;
const QColor Background(0xf2, 0xf2, 0xf7);
const QColor Separator(0xc6, 0xc6, 0xc8);
const QColor Secondary(0x8a, 0x8a, 0x8e);
const QColor Tint(0x00, 0x7a, 0xff);
const QColor Highlight(0xff, 0xe4, 0xdc);
const QColor Alert(0xff, 0x3b, 0x30);
const QColor SwitchOn(0x34, 0xc7, 0x59);
const QColor SwitchOff(0xe9, 0xe9, 0xea);

using Screen = PhoneScreen;
} // namespace

PhoneScreenView::PhoneScreenView(QWidget *parent) : QWidget(parent), m_language(FixCatalog::defaultLanguage())
{
    setObjectName(QStringLiteral("phoneScreen"));
    setAccessibleName(tr("Picture of the phone screen to change"));
    QSizePolicy sp(QSizePolicy::Preferred, QSizePolicy::Preferred);
    sp.setHeightForWidth(true);
    setSizePolicy(sp);
}

QSize PhoneScreenView::sizeHint() const
{
    return QSize(280, heightForWidth(280));
}

QSize PhoneScreenView::minimumSizeHint() const
{
    return QSize(200, heightForWidth(200));
}

int PhoneScreenView::heightForWidth(int width) const
{
    return int(width * DesignHeight / DesignWidth);
}

void PhoneScreenView::setPhoneLanguage(PhoneLanguage language)
{
    m_language = language;
    showFields(m_settings, m_fields);
}

void PhoneScreenView::showFields(const AccountSettings &settings, const QStringList &fields)
{
    m_settings = settings;
    m_fields = fields;
    QStringList labels;
    for (const QString &f : fields)
        labels << FixCatalog::fieldLabel(f, settings.ios, m_language);
    setAccessibleDescription(fields.isEmpty() ? QString()
                                              : tr("%1, change: %2")
                                                    .arg(FixCatalog::screenPath(fields.first(), settings, m_language),
                                                         labels.join(QStringLiteral(", "))));
    update();
}

QList<PhoneScreenView::Group> PhoneScreenView::buildScreen(QString *title, QString *back) const
{
    const AccountSettings &s = m_settings;
    const Wording w(s.ios, m_language);
    const QLocale phoneLocale(PhoneLanguages::code(m_language));
    auto label = [&](const QString &f) { return w.fieldLabel(f); };
    auto word = [&](const char *id) { return w.word(QString::fromLatin1(id)); };
    auto heading = [&](const QString &text) { return phoneLocale.toUpper(text); };
    auto text = [](const QString &field, const QString &value, const QString &placeholder) {
        Row r;
        r.field = field;
        r.value = value.isEmpty() ? placeholder : value;
        r.kind = value.isEmpty() ? Row::Placeholder : Row::Text;
        return r;
    };
    auto secret = [](const QString &field, bool set, const QString &placeholder) {
        Row r;
        r.field = field;
        r.value = set ? QStringLiteral("••••••••") : placeholder;
        r.kind = set ? Row::Secret : Row::Placeholder;
        return r;
    };
    auto toggle = [](const QString &field, bool on) {
        Row r;
        r.field = field;
        r.kind = Row::Switch;
        r.on = on;
        return r;
    };
    auto disclosure = [](const QString &field, const QString &value) {
        Row r;
        r.field = field;
        r.value = value;
        r.kind = Row::Disclosure;
        return r;
    };
    auto named = [&](Row r, const QString &l) {
        r.label = l;
        return r;
    };
    const QString required = word("required");
    const QString optional = word("optional");
    const Screen screen = m_fields.isEmpty() ? Screen::Account : FieldScreens::screenOf(m_fields.first());
    QList<Group> groups;
    if (!m_fields.isEmpty() && m_fields.first() == Field::OutgoingServer) {
        // Whether mail goes out through the primary server or another one: the SMTP screen,
        // with the primary server's On/Off and the phone's Other SMTP Servers below it.
        *title = word("smtp");
        *back = word("account");
        Row primary = disclosure(Field::OutgoingServer, s.outgoingServerOn ? word("on") : word("off"));
        primary.label = s.outgoing.host.isEmpty() ? word("primaryServer") : s.outgoing.host;
        groups << Group{heading(word("primaryServer")), {primary}};
        // The servers of the phone's other accounts are listed here; the picture does not know them.
        Row others;
        others.kind = Row::Placeholder;
        others.value = QStringLiteral("…");
        groups << Group{heading(word("otherSmtpServers")), {others}};
        return groups;
    }
    switch (screen) {
    case Screen::About:
        *title = word("about");
        *back = word("general");
        groups << Group{QString(),
                        {named(text(QString(), tr("iPhone"), QString()), word("name")),
                         named(text(Field::IosVersion, s.ios.toString(), QString()), label(Field::IosVersion)),
                         named(text(QString(), tr("iPhone"), QString()), word("modelName"))}};
        break;
    case Screen::Advanced: {
        *title = word("advanced");
        *back = word("account");
        Group g{heading(word("incomingSettings")), {}};
        g.rows << named(toggle(Field::IncomingSsl, s.incoming.ssl), label(Field::IncomingSsl));
        g.rows << named(disclosure(Field::IncomingAuth, w.authLabel(s.incoming.auth)), label(Field::IncomingAuth));
        if (s.incomingType == IncomingType::Imap)
            g.rows << named(text(Field::IncomingPathPrefix, s.imapPathPrefix, QStringLiteral("/")),
                            label(Field::IncomingPathPrefix));
        g.rows << named(text(Field::IncomingPort, QString::number(s.effectivePort(ServerSide::Incoming)), QString()),
                        label(Field::IncomingPort));
        groups << g;
        break;
    }
    case Screen::Outgoing: {
        *title = s.outgoing.host.isEmpty() ? word("primaryServer") : s.outgoing.host;
        *back = word("smtp");
        groups << Group{QString(), {named(toggle(Field::OutgoingServer, s.outgoingServerOn), label(Field::OutgoingServer))}};
        groups << Group{heading(word("outgoingMailServer")),
                        {named(text(Field::OutgoingHost, s.outgoing.host, required), label(Field::OutgoingHost)),
                         named(text(Field::OutgoingUser, s.outgoing.user, optional), label(Field::OutgoingUser)),
                         named(secret(Field::OutgoingPassword, !s.outgoing.password.isEmpty(), optional),
                               label(Field::OutgoingPassword))}};
        groups << Group{QString(),
                        {named(toggle(Field::OutgoingSsl, s.outgoing.ssl), label(Field::OutgoingSsl)),
                         named(disclosure(Field::OutgoingAuth, w.authLabel(s.outgoing.auth)),
                               label(Field::OutgoingAuth)),
                         named(text(Field::OutgoingPort, QString::number(s.effectivePort(ServerSide::Outgoing)), QString()),
                               label(Field::OutgoingPort))}};
        break;
    }
    case Screen::Account: {
        *title = word("account");
        *back = s.description.isEmpty() ? word("back") : s.description;
        const QString kind = s.incomingType == IncomingType::Imap ? QStringLiteral("IMAP") : QStringLiteral("POP");
        groups << Group{heading(word("accountInformation").arg(kind)),
                        {named(text(FieldScreens::AccountName, s.name, QString()), label(FieldScreens::AccountName)),
                         named(text(Field::Email, s.email, required), label(Field::Email)),
                         named(text(FieldScreens::AccountDescription, s.description, QString()),
                               label(FieldScreens::AccountDescription))}};
        groups << Group{heading(word("incomingMailServer")),
                        {named(text(Field::IncomingHost, s.incoming.host, required), label(Field::IncomingHost)),
                         named(text(Field::IncomingUser, s.incoming.user, required), label(Field::IncomingUser)),
                         named(secret(Field::IncomingPassword, !s.incoming.password.isEmpty(), required),
                               label(Field::IncomingPassword))}};
        groups << Group{heading(word("outgoingMailServer")),
                        {named(disclosure(QStringLiteral("outgoing.smtp"), s.outgoing.host), word("smtp"))}};
        groups << Group{QString(), {named(disclosure(QStringLiteral("advanced"), QString()), word("advanced"))}};
        break;
    }
    }
    return groups;
}

QStringList PhoneScreenView::screenTexts() const
{
    QString title, back;
    const QList<Group> groups = buildScreen(&title, &back);
    QStringList out{title};
    for (const Group &g : groups) {
        if (!g.header.isEmpty())
            out << g.header;
        for (const Row &r : g.rows)
            out << r.label;
    }
    return out;
}

void PhoneScreenView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal scale = qMin(width() / DesignWidth, height() / DesignHeight);
    p.translate((width() - DesignWidth * scale) / 2, 0);
    p.scale(scale, scale);

    // The phone: a dark frame around a light grey screen.
    const QRectF frame(2, 2, DesignWidth - 4, DesignHeight - 4);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1c, 0x1c, 0x1e));
    p.drawRoundedRect(frame, 36, 36);
    const QRectF screen = frame.adjusted(8, 8, -8, -8);
    QPainterPath clip;
    clip.addRoundedRect(screen, 29, 29);
    p.setClipPath(clip);
    p.fillRect(screen, Background);

    QFont base = font();
    base.setPixelSize(13);
    QFont small = base;
    small.setPixelSize(10);
    QFont bold = base;
    bold.setBold(true);

    // Status bar and navigation bar.
    p.setPen(Qt::black);
    p.setFont(bold);
    p.drawText(QRectF(screen.left() + 28, screen.top() + 10, 60, 18), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("9:41"));
    QString title, back;
    const QList<Group> groups = buildScreen(&title, &back);
    const QString done = Wording(m_settings.ios, m_language).word(QStringLiteral("done"));
    const qreal navY = screen.top() + 36;
    p.setPen(Tint);
    p.setFont(base);
    const QFontMetricsF fm(base);
    QString backText = fm.elidedText(QStringLiteral("‹ ") + back, Qt::ElideRight, 100);
    p.drawText(QRectF(screen.left() + 10, navY, 110, 24), Qt::AlignLeft | Qt::AlignVCenter, backText);
    p.setPen(Qt::black);
    p.setFont(bold);
    const QFontMetricsF fmb(bold);
    p.drawText(QRectF(screen.left() + 110, navY, screen.width() - 220, 24), Qt::AlignCenter,
               fmb.elidedText(title, Qt::ElideRight, screen.width() - 220));
    p.setPen(Tint);
    p.drawText(QRectF(screen.right() - 80, navY, 68, 24), Qt::AlignRight | Qt::AlignVCenter, done);

    // The grouped list.
    const qreal inset = 16;
    const qreal rowH = 38;
    const QRectF list(screen.left() + inset, 0, screen.width() - 2 * inset, 0);
    qreal y = navY + 36;
    // The label column: as wide as the longest label (German, French and Spanish labels
    // are longer than English), at most a little over half the row, so values still show.
    qreal labelColumn = 118;
    for (const Group &g : groups)
        for (const Row &r : g.rows)
            labelColumn = std::max(labelColumn, qreal(fm.horizontalAdvance(r.label)) + 4);
    labelColumn = std::min(labelColumn, (list.width() - 40) * 0.58);
    for (const Group &g : groups) {
        if (!g.header.isEmpty()) {
            p.setPen(Secondary);
            p.setFont(small);
            p.drawText(QRectF(list.left() + 14, y, list.width(), 16), Qt::AlignLeft | Qt::AlignVCenter, g.header);
            y += 18;
        } else {
            y += 6;
        }
        const QRectF box(list.left(), y, list.width(), rowH * g.rows.size());
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(box, 10, 10);
        for (int i = 0; i < g.rows.size(); ++i) {
            const Row &r = g.rows.at(i);
            const QRectF row(box.left(), y + i * rowH, box.width(), rowH);
            const bool hot = !r.field.isEmpty() && m_fields.contains(r.field);
            if (hot) {
                p.setPen(QPen(Alert, 2));
                p.setBrush(Highlight);
                p.drawRoundedRect(row.adjusted(1, 1, -1, -1), 8, 8);
            } else if (i > 0) {
                p.setPen(QPen(Separator, 0.6));
                p.drawLine(QPointF(row.left() + 14, row.top()), QPointF(row.right(), row.top()));
            }
            p.setFont(base);
            p.setPen(hot ? Alert : QColor(Qt::black));
            // A server's row on the SMTP screen: its host takes the row, "On"/"Off" is short.
            const qreal labelW =
                r.kind == Row::Disclosure && r.field == Field::OutgoingServer ? row.width() - 90 : labelColumn;
            p.drawText(QRectF(row.left() + 14, row.top(), labelW, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(r.label, Qt::ElideRight, labelW));
            const QRectF valueRect(row.left() + 14 + labelW + 6, row.top(), row.width() - labelW - 40, rowH);
            switch (r.kind) {
            case Row::Switch: {
                const QRectF sw(row.right() - 62, row.center().y() - 12, 46, 26);
                p.setPen(Qt::NoPen);
                p.setBrush(r.on ? SwitchOn : SwitchOff);
                p.drawRoundedRect(sw, 13, 13);
                p.setBrush(Qt::white);
                p.setPen(QPen(QColor(0, 0, 0, 40), 0.5));
                const qreal knobX = r.on ? sw.right() - 24 : sw.left() + 2;
                p.drawEllipse(QRectF(knobX, sw.top() + 2, 22, 22));
                break;
            }
            case Row::Disclosure:
                p.setPen(Secondary);
                p.drawText(valueRect.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter,
                           fm.elidedText(r.value, Qt::ElideRight, valueRect.width() - 10));
                p.drawText(QRectF(row.right() - 20, row.top(), 12, rowH), Qt::AlignCenter, QStringLiteral("›"));
                break;
            case Row::Placeholder:
                p.setPen(QColor(0xc4, 0xc4, 0xc7));
                p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(r.value, Qt::ElideRight, valueRect.width()));
                break;
            case Row::Text:
            case Row::Secret:
                p.setPen(hot ? QColor(Qt::black) : Secondary);
                p.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(r.value, Qt::ElideRight, valueRect.width()));
                break;
            }
            if (hot) {
                // An arrow from the left margin pointing at the row.
                p.setPen(Qt::NoPen);
                p.setBrush(Alert);
                const qreal cy = row.center().y();
                const qreal tip = row.left() - 1;
                QPainterPath arrow;
                arrow.moveTo(tip, cy);
                arrow.lineTo(tip - 11, cy - 8);
                arrow.lineTo(tip - 11, cy + 8);
                arrow.closeSubpath();
                p.drawPath(arrow);
                p.drawRect(QRectF(screen.left() + 1, cy - 2.5, tip - 10 - screen.left(), 5));
            }
        }
        y += box.height() + 14;
    }
    // Home indicator.
    p.setClipping(false);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    p.drawRoundedRect(QRectF(screen.center().x() - 60, screen.bottom() - 12, 120, 5), 2.5, 2.5);
}

} // namespace mailfix
