// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 v2 main that creates the Qt application object first (Core, or Widgets
// for GUI tests), so event loops, sockets and widgets work inside test cases.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef MAILFIX_TEST_WIDGETS
#include <QApplication>
using TestApp = QApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
#ifdef MAILFIX_TEST_WIDGETS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApp app(argc, argv);
    TestApp::setApplicationName(QStringLiteral("mailfix-tests"));
    return Catch::Session().run(argc, argv);
}
