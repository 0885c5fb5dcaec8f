// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryDialog.h"

#include "CheckerVerifier.h"
#include "PhoneScreenView.h"
#include "discovery/DiscoveryWriter.h"
#include "discovery/SettingsFinder.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailfix {

DiscoveryDialog::DiscoveryDialog(const AccountSettings &current, const CheckOptions &options, QWidget *parent,
                                 CandidateVerifier *verifier)
    : QDialog(parent), m_current(current), m_options(options), m_verifier(verifier),
      m_status(new QLabel(this)), m_list(new QTreeWidget(this)), m_changes(new QLabel(this)),
      m_phone(new PhoneScreenView(this)), m_apply(new QPushButton(tr("&Apply and Check"), this))
{
    setWindowTitle(tr("Find the settings that work"));
    setObjectName(QStringLiteral("discoveryDialog"));
    if (!m_verifier) {
        m_ownVerifier = std::make_unique<CheckerVerifier>(m_options, nullptr);
        m_verifier = m_ownVerifier.get();
    }
    m_finder = new SettingsFinder(m_verifier, this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("discoveryStatus"));
    m_list->setObjectName(QStringLiteral("discoveryCandidates"));
    m_list->setHeaderLabels({tr("Server"), tr("Port"), tr("SSL"), tr("Found by"), tr("Result")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Servers tried"));
    m_changes->setObjectName(QStringLiteral("discoveryChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::PlainText);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_phone->setVisible(false);
    m_apply->setObjectName(QStringLiteral("discoveryApply"));
    m_apply->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &DiscoveryDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        Q_EMIT applyRequested(m_result.suggested);
        accept();
    });

    auto *results = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_changes);
    results->addLayout(left, 3);
    results->addWidget(m_phone, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(results, 1);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(m_finder, &SettingsFinder::candidateUpdated, this, &DiscoveryDialog::onCandidate);
    connect(m_finder, &SettingsFinder::finished, this, &DiscoveryDialog::onFinished);
}

DiscoveryDialog::~DiscoveryDialog()
{
    delete m_finder; // before the verifier it uses
    m_finder = nullptr;
    m_current.incoming.password.wipe();
    m_current.outgoing.password.wipe();
}

bool DiscoveryDialog::isRunning() const
{
    return m_finder && m_finder->isRunning();
}

void DiscoveryDialog::start()
{
    m_status->setText(
        tr("Looking up %1: provider data, DNS (SRV, MX), the domain's autoconfig, the ISPDB and "
           "the usual server names; every server found is checked live…")
            .arg(m_current.email.trimmed()));
    FinderOptions o;
    o.stepTimeoutMs = m_options.stepTimeoutMs;
    o.extraCaCertificates = m_options.extraCaCertificates;
    m_finder->start(m_current, o);
}

void DiscoveryDialog::onCandidate(const Candidate &c)
{
    const QString key = c.key();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount() && !item; ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            item = m_list->topLevelItem(i);
    if (!item) {
        item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, key);
    }
    const QString side = c.side == ServerSide::Incoming ? tr("Incoming") : tr("Outgoing");
    item->setText(0, QStringLiteral("%1: %2").arg(side, c.host));
    item->setText(1, QString::number(c.port));
    item->setText(2, c.ssl ? tr("On") : tr("Off"));
    item->setText(3, c.sources.join(QStringLiteral(", ")));
    QString result = c.startedMs >= 0 && c.result == CandidateResult::NotTried && c.detail.isEmpty()
                         ? tr("checking…")
                         : candidateResultName(c.result);
    if (c.result == CandidateResult::Works)
        result += QStringLiteral(" (%1)").arg(verifiedName(c.verified));
    item->setText(4, result);
    item->setToolTip(4, c.detail);
}

void DiscoveryDialog::onFinished(const DiscoveryResult &r)
{
    m_result = r;
    m_list->clear();
    for (const Candidate &c : r.candidates)
        onCandidate(c);
    QStringList lines;
    for (const SettingChange &c : r.changes)
        lines << QStringLiteral("• ") + DiscoveryWriter::changeText(c, r.suggested.ios);
    for (const Finding &f : r.findings)
        lines << QStringLiteral("⚠ ") + (f.title.isEmpty() ? f.code : f.title) +
                     (f.evidence.isEmpty() ? QString() : QStringLiteral(": ") + f.evidence);
    const bool any = r.found[0] || r.found[1];
    if (!any)
        m_status->setText(
            tr("No working server was found (%1 ms). What was tried is listed below.").arg(r.totalMs));
    else if (r.changes.isEmpty())
        m_status->setText(tr("The phone's settings are already right (%1 ms).").arg(r.totalMs));
    else
        m_status->setText(
            tr("Found in %1 ms. Change these fields on the phone, or apply them here and check:")
                .arg(r.totalMs));
    for (ServerSide side : {ServerSide::Incoming, ServerSide::Outgoing}) {
        const int i = side == ServerSide::Incoming ? 0 : 1;
        if (r.found[i] && r.verified[i] == Verified::Connect)
            lines << tr("%1: server and SSL mode found; the login was not tried (no password).")
                         .arg(side == ServerSide::Incoming ? tr("Incoming") : tr("Outgoing"));
    }
    m_changes->setText(lines.join(QLatin1Char('\n')));
    QStringList fields;
    for (const SettingChange &c : r.changes)
        fields << c.field;
    if (!fields.isEmpty()) {
        m_phone->showFields(r.suggested, fields);
        m_phone->setVisible(true);
    }
    m_apply->setEnabled(any && !r.changes.isEmpty());
}

void DiscoveryDialog::reject()
{
    if (m_finder)
        m_finder->cancel();
    QDialog::reject();
}

} // namespace mailfix
