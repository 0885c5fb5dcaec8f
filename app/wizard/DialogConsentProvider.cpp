// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogConsentProvider.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextDocumentFragment>

#include <utility>

namespace mailfix {

DialogConsentProvider::DialogConsentProvider(QWidget *parent) : QObject(parent), m_parent(parent) {}

static QMessageBox *ask(QWidget *parent, QList<QPointer<QDialog>> *open, const QString &name, QMessageBox::Icon icon,
                        const QString &title, const QString &text, const QString &details, const QString &yes,
                        const QString &no, std::function<void(bool)> answer)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::RichText);
    box->setAccessibleName(title);
    box->setAccessibleDescription(QTextDocumentFragment::fromHtml(text).toPlainText());
    if (!details.isEmpty())
        box->setInformativeText(details);
    QPushButton *accept = box->addButton(yes, QMessageBox::AcceptRole);
    QPushButton *reject = box->addButton(no, QMessageBox::RejectRole);
    accept->setObjectName(QStringLiteral("consentAccept"));
    accept->setAccessibleName(QString(yes).remove(QLatin1Char('&')));
    reject->setObjectName(QStringLiteral("consentReject"));
    reject->setAccessibleName(QString(no).remove(QLatin1Char('&')));
    box->setDefaultButton(reject); // the safe answer is the default
    box->setEscapeButton(reject);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, answer, answered](int) {
        if (*answered)
            return;
        *answered = true;
        answer(box->clickedButton() == accept);
    });
    open->removeAll(nullptr);
    open->append(box); // both servers may ask at once
    box->open();
    return box;
}

void DialogConsentProvider::askAcceptCertificate(const CertificateInfo &c, std::function<void(bool)> answer)
{
    if (m_autoAnswer || !m_parent) {
        answer(m_autoAnswer.value_or(false));
        return;
    }
    // Accepted once for this server: accepted until the wizard closes, not asked again on every Check Again.
    const QString key = c.host.toLower() + QLatin1Char(':') + QString::number(c.port) + QLatin1Char(':') + c.sha256;
    if (m_accepted.contains(key)) {
        answer(true);
        return;
    }
    answer = [this, key, answer = std::move(answer)](bool yes) {
        if (yes)
            m_accepted.insert(key);
        answer(yes);
    };
    const QLocale locale;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString details = QStringLiteral("<table>");
    auto row = [&](const QString &k, const QString &v) {
        details += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("Names:"), c.names.join(QStringLiteral(", ")));
    row(tr("Issued by:"), c.issuer);
    // In the person's time zone, with the zone named: certificates carry UTC.
    row(tr("Valid from:"), locale.toString(c.notBefore.toLocalTime(), QLocale::LongFormat));
    row(tr("Valid until:"), locale.toString(c.notAfter.toLocalTime(), QLocale::LongFormat));
    row(tr("SHA-256:"), c.fingerprintDisplay());
    if (!c.errorTexts.isEmpty())
        row(tr("Problem:"), c.errorTexts.join(QStringLiteral("; ")));
    details += QStringLiteral("</table><p>") +
               esc(tr("Accept it only if you know this certificate is the server's own (compare the "
                      "fingerprint with your provider). Otherwise the password could go to someone else.")) +
               QStringLiteral("</p>");
    QMessageBox *box = ask(
        m_parent, &m_open, QStringLiteral("certificateDialog"), QMessageBox::Warning,
        tr("Cannot Verify Server Identity"),
        tr("The identity of <b>%1</b> (port %2) cannot be verified.").arg(esc(c.host)).arg(c.port), details,
        tr("Trust this certificate until Mailfix closes"), tr("Do not send the password"), std::move(answer));
    Q_EMIT questionShown(box);
}

void DialogConsentProvider::askPlaintextLogin(const QString &host, quint16 port,
                                              std::function<void(bool)> answer)
{
    if (m_autoAnswer || !m_parent) {
        answer(m_autoAnswer.value_or(false));
        return;
    }
    QMessageBox *box = ask(m_parent, &m_open, QStringLiteral("plaintextDialog"), QMessageBox::Critical,
                           tr("Password Without Encryption"),
                           tr("<b>%1</b> (port %2) offers no encryption. Logging in would send the password "
                              "readable by anyone on the network.")
                               .arg(host.toHtmlEscaped())
                               .arg(port),
                           tr("The phone should use SSL for this server. Send the password unencrypted only "
                              "on a network you trust, "
                              "for this one test."),
                           tr("Send it unencrypted once"), tr("Do not send the password"), std::move(answer));
    Q_EMIT questionShown(box);
}

QDialog *DialogConsentProvider::openQuestion() const
{
    for (auto it = m_open.crbegin(); it != m_open.crend(); ++it)
        if (*it && (*it)->isVisible())
            return *it;
    return nullptr;
}

void DialogConsentProvider::dismiss()
{
    const QList<QPointer<QDialog>> open = std::exchange(m_open, {});
    for (const QPointer<QDialog> &box : open)
        if (box)
            box->reject();
}

} // namespace mailfix
