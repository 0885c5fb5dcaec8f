// SPDX-License-Identifier: GPL-3.0-or-later
// Redaction proven: every hostile scenario runs with a known password, and every
// output the program can produce from it (the report's findings, checks and
// transcript, and the text, JSON and HTML renderings) is searched for the
// password in each form a mail protocol gives it.
#include "Scenario.h"
#include "report/ReportWriter.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace mailfix;
using namespace mailfix::hostile;

namespace {

QByteArray plainResponse(const QByteArray &authzid)
{
    QByteArray b(authzid);
    b += '\0';
    b += kUser;
    b += '\0';
    b += kPassword;
    return b.toBase64();
}

QList<QByteArray> forbiddenForms()
{
    return test::forbiddenForms(kUser, kPassword);
}

QByteArray g_user = kUser;
QByteArray g_password = kPassword;

void requireClean(const QString &what, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const QByteArray &form : test::forbiddenForms(g_user, g_password)) {
        INFO(what.toStdString() << " holds " << form.toStdString());
        CHECK_FALSE(utf8.contains(form));
    }
    INFO(what.toStdString() << " holds a base64 token that decodes to the password");
    CHECK_FALSE(containsCredential(utf8, g_password));
}

void requireReportClean(const QString &id, const CheckReport &r, const QByteArray &user = kUser,
                        const QByteArray &password = kPassword)
{
    g_user = user;
    g_password = password;
    for (const Finding &f : r.findings) {
        requireClean(id + QStringLiteral(" finding evidence"), f.evidence);
        requireClean(id + QStringLiteral(" finding title"), f.title);
        requireClean(id + QStringLiteral(" finding fix"), f.fix.join(QLatin1Char('\n')));
        requireClean(id + QStringLiteral(" finding params"),
                     QString::fromUtf8(QJsonDocument::fromVariant(f.params()).toJson()));
    }
    for (const CheckStep &c : r.checks)
        requireClean(id + QStringLiteral(" check ") + c.id, c.detail);
    for (const TranscriptLine &l : r.transcript)
        requireClean(id + QStringLiteral(" transcript"), l.text);
    requireClean(id + QStringLiteral(" text"), ReportWriter::toText(r, false));
    requireClean(id + QStringLiteral(" text (colour)"), ReportWriter::toText(r, true));
    requireClean(id + QStringLiteral(" json"), QString::fromUtf8(ReportWriter::toJson(r)));
    requireClean(id + QStringLiteral(" html"), ReportWriter::toHtml(r));
    requireClean(id + QStringLiteral(" transcript text"), ReportWriter::transcriptText(r));
}

} // namespace

TEST_CASE("redaction: no scenario leaks the password into any output", "[hostile][redaction]")
{
    REQUIRE(TestCertificate::get().ok());
    REQUIRE(registry().size() >= 25);
    int sentSomewhere = 0;
    for (const auto &[title, factory] : registry()) {
        Scenario sc = factory();
        INFO("scenario: " << title);
        const Outcome out = run(sc);
        REQUIRE_FALSE(out.report.findings.isEmpty());
        requireReportClean(sc.id, out.report, out.user, out.password);
        if (containsCredential(out.serverPlain + out.serverTls, out.password))
            ++sentSomewhere;
    }
    // The proof means something only if the password did go on the wire somewhere.
    CHECK(sentSomewhere >= 3);
}

TEST_CASE("redaction: the search itself finds every form", "[hostile][redaction]")
{
    // Guard against a vacuous proof: each forbidden form is detected when present.
    const QList<QByteArray> forms = forbiddenForms();
    for (qsizetype i = 0; i + 1 < forms.size(); ++i) // all but the percent form hold it or its base64
        CHECK(containsCredential("before " + forms.at(i) + " after", kPassword));
    CHECK(containsCredential("AUTH PLAIN " + plainResponse({}), kPassword));
    CHECK(containsCredential("x " + kPassword.toBase64() + " y", kPassword));
    CHECK_FALSE(containsCredential("AUTH PLAIN ********", kPassword));
}
