#include "MainWindow.h"

#include <QLabel>

namespace tp::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("TenderPanel"));
    auto* label = new QLabel(tr("TenderPanel — selective negotiation panel"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1100, 720);
}

} // namespace tp::ui
