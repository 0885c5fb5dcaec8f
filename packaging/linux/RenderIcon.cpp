// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the SVG icon as a square PNG of each size given, for the
// hicolor icon theme (Qt's own SVG renderer, no other tool needed).
//   mailfix_render_icon ICON.svg OUTDIR NAME SIZE...  → OUTDIR/SIZExSIZE/NAME.png
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fputs("usage: mailfix_render_icon ICON.svg OUTDIR NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "mailfix_render_icon: %s is not a valid SVG\n", qPrintable(args.at(1)));
        return 2;
    }
    for (int i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 4096) {
            std::fprintf(stderr, "mailfix_render_icon: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2").arg(args.at(2)).arg(size);
        QDir().mkpath(dir);
        const QString out = dir + QLatin1Char('/') + args.at(3) + QStringLiteral(".png");
        if (!image.save(out, "PNG")) {
            std::fprintf(stderr, "mailfix_render_icon: cannot write %s\n", qPrintable(out));
            return 1;
        }
    }
    return 0;
}
