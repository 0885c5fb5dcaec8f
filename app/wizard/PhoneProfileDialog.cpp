// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneProfileDialog.h"

#include "report/MobileConfig.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace mailfix {

namespace {
QString domainOf(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t.mid(t.lastIndexOf(QLatin1Char('@')) + 1);
}

bool endsWithDomain(const QString &host, const QStringList &domains)
{
    for (const QString &d : domains)
        if (host == d || host.endsWith(QLatin1Char('.') + d))
            return true;
    return false;
}
} // namespace

QString PhoneProfileDialog::ownAccountProvider(const AccountSettings &s)
{
    const QString mailDomain = domainOf(s.email);
    const QStringList hosts{mailDomain, s.incoming.host.trimmed().toLower(),
                            s.outgoing.host.trimmed().toLower()};
    const QStringList google{QStringLiteral("gmail.com"), QStringLiteral("googlemail.com"),
                             QStringLiteral("google.com")};
    const QStringList microsoft{QStringLiteral("outlook.com"),   QStringLiteral("hotmail.com"),
                                QStringLiteral("live.com"),      QStringLiteral("msn.com"),
                                QStringLiteral("office365.com"), QStringLiteral("outlook.office365.com")};
    for (const QString &h : hosts) {
        if (endsWithDomain(h, google))
            return QStringLiteral("Google");
        if (endsWithDomain(h, microsoft) || h.startsWith(QLatin1String("hotmail.")) ||
            h.startsWith(QLatin1String("live.")))
            return QStringLiteral("Microsoft");
    }
    return {};
}

QString PhoneProfileDialog::profilesPath(const IosVersion &ios)
{
    if (ios.major >= 15)
        return tr("Settings > General > VPN & Device Management");
    if (ios.major >= 12)
        return tr("Settings > General > Profiles & Device Management (or just Profiles)");
    return tr("Settings > General > Profiles");
}

PhoneProfileDialog::PhoneProfileDialog(const AccountSettings &settings, bool samePassword, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_samePassword(samePassword), m_where(new QLabel(this)),
      m_show(new QPushButton(tr("Show in &Folder"), this))
{
    // The dialog never needs a password.
    m_settings.incoming.password.wipe();
    m_settings.outgoing.password.wipe();
    setObjectName(QStringLiteral("phoneProfileDialog"));
    setWindowTitle(tr("Send These Settings to the Phone"));
    auto *layout = new QVBoxLayout(this);

    const QString provider = ownAccountProvider(m_settings);
    if (!provider.isEmpty()) {
        auto *warning = new QLabel(this);
        warning->setObjectName(QStringLiteral("ownAccountWarning"));
        warning->setWordWrap(true);
        warning->setText(
            tr("<b>This is a %1 account.</b> On the iPhone it belongs under Add Account &gt; %1, "
               "which signs in the way %1 requires. A profile can only set it up as a plain account "
               "with a password, which %1 no longer accepts for most accounts.")
                .arg(provider.toHtmlEscaped()));
        warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; padding: 6px; }"));
        layout->addWidget(warning);
    }

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("profileInstructions"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(instructions());
    layout->addWidget(text);

    m_where->setObjectName(QStringLiteral("profileLocation"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save Profile…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveProfileButton"));
    m_show->setObjectName(QStringLiteral("showProfileButton"));
    m_show->setEnabled(false);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &PhoneProfileDialog::chooseAndSave);
    connect(m_show, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_saved).absolutePath())); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PhoneProfileDialog::instructions() const
{
    const QString email = m_settings.email.trimmed().toHtmlEscaped();
    return tr("<p>Mailfix writes the settings for <b>%1</b> into a configuration profile, a file ending in "
              "<i>.mobileconfig</i>. It holds no password: the phone asks for it while installing.</p>"
              "<ol>"
              "<li>Save the profile.</li>"
              "<li>Get it onto the iPhone: send it by <b>AirDrop</b> from a Mac, <b>e-mail</b> it to an "
              "address the "
              "phone already receives and tap the attachment, or put it on a web page and open that in "
              "<b>Safari</b>.</li>"
              "<li>The phone says \"Profile Downloaded\". Within about 8 minutes, open <b>%2</b>, tap the "
              "profile, tap Install and type the password when asked. Only one downloaded profile waits at a "
              "time; a later one replaces it.</li>"
              "</ol>"
              "<p>Installing it again later replaces this account's earlier profile instead of adding a "
              "second "
              "account.</p>")
        .arg(email, profilesPath(m_settings.ios).toHtmlEscaped());
}

bool PhoneProfileDialog::saveTo(const QString &path, QString *error)
{
    MobileConfig::Options o;
    o.outgoingPasswordSameAsIncoming = m_samePassword;
    const QString problem = MobileConfig::problem(m_settings, o);
    auto failWith = [&](const QString &why) {
        if (error)
            *error = why;
        m_where->setText(tr("The profile was not saved: %1").arg(why));
        return false;
    };
    if (!problem.isEmpty())
        return failWith(problem);
    QSaveFile f(path);
    const QByteArray xml = MobileConfig::toXml(m_settings, o);
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) != xml.size() || !f.commit())
        return failWith(tr("%1 cannot be written (%2)").arg(QDir::toNativeSeparators(path), f.errorString()));
    m_saved = path;
    m_where->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    m_show->setEnabled(true);
    return true;
}

void PhoneProfileDialog::chooseAndSave()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QString name = m_settings.email.trimmed();
    name.replace(QLatin1Char('@'), QLatin1Char('_'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Profile"), QDir(dir).filePath(name + QStringLiteral(".mobileconfig")),
        tr("Configuration profiles (*.mobileconfig)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace mailfix
