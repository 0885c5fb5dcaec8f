// SPDX-License-Identifier: GPL-3.0-or-later
#include "wording/FixWording.h"

#include "wording/FixSteps.h"
#include "wording/PhonePaths.h"

// Titles and fix steps for tls.* and cert.*.

namespace mailfix::wording {

FixText tlsRequired(const FixContext &c)
{
    FixText w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 requires Use SSL"),
                    FixCatalog::tr("The outgoing server %1 requires Use SSL"))
                  .arg(c.hostShown());
    Target t = suggestion(c, false);
    t.ssl = true;
    if (t.port <= 0)
        t.port = c.out() ? c.s.effectivePort(ServerSide::Outgoing) : secureDefault(c).port;
    w.fix = onScreen(c, screenFor(c, "ssl"), portSslActions(c, t));
    return w;
}

FixText tlsUnavailable(const FixContext &c)
{
    FixText w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 offers no encryption on port %2"),
                    FixCatalog::tr("The outgoing server %1 offers no encryption on port %2"))
                  .arg(c.hostShown())
                  .arg(c.port);
    const Target t = suggestion(c, false);
    if (t.port > 0 || (t.ssl && *t.ssl)) {
        w.fix = portSslSteps(c, t);
    } else if (t.ssl && !*t.ssl) {
        w.fix = onScreen(
            c, screenFor(c, "ssl"),
            {FixCatalog::tr("Only if your provider confirms this server has no encryption: turn off %1 "
                            "(the password then travels unencrypted).")
                 .arg(c.labelOf("ssl"))});
    } else {
        w.fix << FixCatalog::tr("Ask your provider for the encrypted port of %1.").arg(c.hostShown());
        w.fix << onScreen(c, screenFor(c, "port"),
                          {FixCatalog::tr("Enter that port in %1 and leave %2 on.")
                               .arg(c.labelOf("port"), c.labelOf("ssl"))});
    }
    return w;
}

FixText tlsImplicitExpected(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("Port %1 needs Use SSL turned on").arg(c.port);
    Target t;
    t.ssl = true;
    t.port = c.port > 0 ? c.port : suggestion(c, true).port;
    w.fix = onScreen(c, screenFor(c, "ssl"), portSslActions(c, t));
    return w;
}

FixText tlsHandshakeFailed(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("No secure connection could be set up with %1 on port %2")
                  .arg(c.hostShown())
                  .arg(c.port);
    const Target t = suggestion(c, false);
    if (t.port > 0 && changesSomething(c, t))
        w.fix = portSslSteps(c, t);
    else
        w.fix << FixCatalog::tr(
            "Ask your provider or the server's administrator to update the server's encryption "
            "(TLS versions and ciphers); the details are below.");
    return w;
}

FixText tlsPlaintextLogin(const FixContext &c)
{
    FixText w;
    w.title = sided(c, FixCatalog::tr("Your password would travel unencrypted to the incoming server %1"),
                    FixCatalog::tr("Your password would travel unencrypted to the outgoing server %1"))
                  .arg(c.hostShown());
    Target t = suggestion(c, false);
    t.ssl = true;
    w.fix = onScreen(c, screenFor(c, "ssl"), portSslActions(c, t));
    return w;
}

FixText tlsStarttlsFailed(const FixContext &c)
{
    FixText w;
    w.title = sided(c, FixCatalog::tr("The incoming server %1 offered encryption but could not start it"),
                    FixCatalog::tr("The outgoing server %1 offered encryption but could not start it"))
                  .arg(c.hostShown());
    const Target t = suggestion(c, false);
    if (t.port > 0 && changesSomething(c, t))
        w.fix = portSslSteps(c, t);
    w.fix << FixCatalog::tr(
                 "Tell your provider that STARTTLS fails on port %1 of %2; do not turn off %3 meanwhile.")
                 .arg(c.port)
                 .arg(c.hostShown(), c.labelOf("ssl"));
    return w;
}

FixText certUntrusted(const FixContext &c)
{
    FixText w;
    w.title = FixCatalog::tr("The certificate of %1 is not trusted").arg(c.hostShown());
    const QString name = nameFromCertificate(c);
    if (!name.isEmpty() && name.compare(c.host, Qt::CaseInsensitive) != 0 && !c.provider)
        w.fix << onScreen(c, screenFor(c, "host"), {changeHostAction(c, name)});
    w.fix << FixCatalog::tr(
        "If the server belongs to your company, ask its administrator for a certificate from a "
        "public certificate authority, or install the company's root certificate on the phone.");
    if (c.s.ios < IosVersion{10, 3, 0})
        w.fix << FixCatalog::tr("After installing a root certificate profile, check again.");
    else
        w.fix << FixCatalog::tr("After installing a root certificate profile, turn it on under %1.")
                     .arg(generalPath(c, {QStringLiteral("about"), QStringLiteral("certificateTrust")}));
    const QString fp = c.f.facts.fingerprint.trimmed();
    if (!fp.isEmpty())
        w.fix << FixCatalog::tr("Only if the administrator confirms the SHA-256 fingerprint %1: accept the "
                                "certificate when the phone shows \"Cannot Verify Server Identity\".")
                     .arg(fp);
    else
        w.fix << FixCatalog::tr(
            "Only if the administrator confirms it is their certificate: accept it when the phone "
            "shows \"Cannot Verify Server Identity\".");
    return w;
}

FixText certExpired(const FixContext &c)
{
    FixText w;
    const QString until = dateShown(c.f.facts.notAfter);
    w.title = until.isEmpty()
                  ? FixCatalog::tr("The certificate of %1 has expired").arg(c.hostShown())
                  : FixCatalog::tr("The certificate of %1 expired on %2").arg(c.hostShown(), until);
    w.fix << clockStep(c);
    w.fix << FixCatalog::tr(
        "If the date is right, the server's certificate must be renewed: tell your provider or "
        "the server's administrator.");
    return w;
}

FixText certNotYetValid(const FixContext &c)
{
    FixText w;
    const QString from = dateShown(c.f.facts.notBefore);
    w.title = from.isEmpty()
                  ? FixCatalog::tr("The certificate of %1 is not valid yet").arg(c.hostShown())
                  : FixCatalog::tr("The certificate of %1 is only valid from %2").arg(c.hostShown(), from);
    w.fix << clockStep(c);
    w.fix << FixCatalog::tr(
        "If the date is right, the server's certificate was installed too early: tell your "
        "provider or the server's administrator.");
    return w;
}

FixText certHostnameMismatch(const FixContext &c)
{
    FixText w;
    const QStringList names = FixContext::cleanList(c.f.facts.names);
    w.title = names.isEmpty()
                  ? FixCatalog::tr("The certificate of %1 is for a different name").arg(c.hostShown())
                  : FixCatalog::tr("The certificate of %1 is for %2")
                        .arg(c.hostShown(), names.join(QStringLiteral(", ")));
    const QString name = nameFromCertificate(c);
    if (!name.isEmpty()) {
        w.fix = onScreen(
            c, screenFor(c, "host"),
            {changeHostAction(c, name),
             FixCatalog::tr("That is the name on the server's certificate; the server is the same.")});
    } else {
        w.fix << FixCatalog::tr("Ask your provider which server name matches its certificate (%1).")
                     .arg(names.isEmpty() ? c.hostShown() : names.join(QStringLiteral(", ")));
        w.fix << onScreen(c, screenFor(c, "host"),
                          {FixCatalog::tr("Enter that name in %1.").arg(c.labelOf("host"))});
    }
    return w;
}

} // namespace mailfix::wording
