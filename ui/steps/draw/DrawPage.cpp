#include "DrawPage.h"
#include "PlainText.h"

#include "MessageBox.h"
#include "rules/LotDraw.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

// "78e7ce5c…" -> four lines of four groups of four characters, easy to read aloud and compare.
QString grouped(const QString& hex)
{
    QStringList lines;
    for (qsizetype line = 0; line < hex.size(); line += 16) {
        QStringList groups;
        for (qsizetype group = line; group < qMin(line + 16, hex.size()); group += 4)
            groups.append(hex.mid(group, 4));
        lines.append(groups.join(QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

QFont monospace(qreal scale)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace

DrawPage::DrawPage(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_commitment(new QLabel), m_commitmentCaption(new QLabel),
      m_draw(new QPushButton(tr("Draw now"))), m_print(new QPushButton(tr("Print commitment sheet…"))),
      m_reveal(new QPushButton(tr("Reveal seed and order…"))), m_seedLabel(new QLabel), m_checkHint(new QLabel),
      m_orderTable(new QTableWidget), m_manualList(new QListWidget), m_up(new QPushButton(tr("Move up"))),
      m_down(new QPushButton(tr("Move down"))), m_record(new QPushButton(tr("Record this order…"))),
      m_manualStatus(new QLabel)
{
    PlainText::label(m_seedLabel);
    PlainText::label(m_checkHint);
    PlainText::label(m_manualStatus);
    m_draw->setObjectName(QStringLiteral("drawButton"));
    m_print->setObjectName(QStringLiteral("printSheet"));
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_commitment->setObjectName(QStringLiteral("commitment"));
    m_commitment->setFont(monospace(2.4));
    m_commitment->setAlignment(Qt::AlignCenter);
    m_commitment->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commitment->setStyleSheet(QStringLiteral("background: #fffbe6; border: 2px solid #c9a227; padding: 12px;"));
    m_commitmentCaption->setObjectName(QStringLiteral("commitmentCaption"));
    m_commitmentCaption->setWordWrap(true);
    m_seedLabel->setObjectName(QStringLiteral("seed"));
    m_seedLabel->setFont(monospace(1.1));
    m_seedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_seedLabel->setWordWrap(true);
    m_checkHint->setObjectName(QStringLiteral("checkHint"));
    m_checkHint->setWordWrap(true);
    m_checkHint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_orderTable->setObjectName(QStringLiteral("orderTable"));
    m_orderTable->setColumnCount(3);
    m_orderTable->setHorizontalHeaderLabels({tr("Order"), tr("Bidder"), tr("Check command (the key is its output)")});
    m_orderTable->verticalHeader()->setVisible(false);
    m_orderTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_orderTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_orderTable->setWordWrap(false);
    QFont tableFont = m_orderTable->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.2);
    m_orderTable->setFont(tableFont);

    auto* intro = new QLabel(tr("The computer draws a secret seed. Its commitment (the SHA-256 of the seed) is shown "
                                "and printed before the draw is revealed; afterwards anyone can check the order "
                                "from the seed with sha256sum."));
    intro->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_draw);
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_reveal);
    auto* verifiable = new QWidget;
    auto* verifiableLayout = new QVBoxLayout(verifiable);
    verifiableLayout->addWidget(intro);
    verifiableLayout->addWidget(m_commitmentCaption);
    verifiableLayout->addWidget(m_commitment);
    verifiableLayout->addLayout(buttons);
    verifiableLayout->addWidget(m_seedLabel);
    verifiableLayout->addWidget(m_orderTable, 1);
    verifiableLayout->addWidget(m_checkHint);
    // Before the reveal the order table is hidden: the free space goes below the buttons, not
    // between the texts.
    verifiableLayout->addStretch(0);

    m_manualList->setObjectName(QStringLiteral("manualOrder"));
    QFont listFont = m_manualList->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.4);
    m_manualList->setFont(listFont);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_record->setObjectName(QStringLiteral("recordOrder"));
    m_manualStatus->setObjectName(QStringLiteral("manualStatus"));
    auto* manualIntro = new QLabel(tr("When the order was drawn by hand (sealed lots), put the bidders in the drawn "
                                      "order and record it."));
    manualIntro->setWordWrap(true);
    auto* moveButtons = new QVBoxLayout;
    moveButtons->addWidget(m_up);
    moveButtons->addWidget(m_down);
    moveButtons->addStretch(1);
    moveButtons->addWidget(m_record);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_manualList, 1);
    listRow->addLayout(moveButtons);
    auto* physical = new QWidget;
    auto* physicalLayout = new QVBoxLayout(physical);
    physicalLayout->addWidget(manualIntro);
    physicalLayout->addLayout(listRow, 1);
    physicalLayout->addWidget(m_manualStatus);

    m_tabs->addTab(verifiable, tr("Verifiable draw"));
    m_tabs->addTab(physical, tr("Physical draw"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_draw, &QPushButton::clicked, this, &DrawPage::draw);
    connect(m_print, &QPushButton::clicked, this, &DrawPage::printSheet);
    connect(m_reveal, &QPushButton::clicked, this, &DrawPage::reveal);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_record, &QPushButton::clicked, this, &DrawPage::recordManualOrder);
    updateState();
}

void DrawPage::setBidders(const QList<tp::Bidder>& bidders)
{
    m_bidders = bidders;
    m_manualList->clear();
    for (const tp::Bidder& bidder : bidders) {
        auto* item = new QListWidgetItem(bidder.name, m_manualList);
        item->setData(Qt::UserRole, bidder.id);
    }
    m_manualList->setCurrentRow(0);
    updateState();
}

QString DrawPage::bidderName(const QString& id) const
{
    for (const tp::Bidder& bidder : m_bidders) {
        if (bidder.id == id)
            return bidder.name;
    }
    return id;
}

QString DrawPage::commitment() const
{
    return m_seed.isEmpty() ? QString() : tp::LotDraw::commitment(m_seed);
}

void DrawPage::clearDraw()
{
    m_seed.clear();
    m_order.clear();
    m_state = State::NotDrawn;
    setBidders(m_bidders);
}

void DrawPage::setCommitted(const QString& seed)
{
    if (!tp::LotDraw::isValidSeed(seed))
        return;
    m_seed = seed;
    m_order.clear();
    m_state = State::Committed;
    updateState();
}

void DrawPage::setRevealed(const QString& seed)
{
    if (!tp::LotDraw::isValidSeed(seed))
        return;
    m_seed = seed;
    QStringList ids;
    for (const tp::Bidder& bidder : std::as_const(m_bidders))
        ids.append(bidder.id);
    m_order = tp::LotDraw::order(seed, ids);
    m_state = State::Revealed;
    updateState();
}

void DrawPage::setManualOrder(const QStringList& order)
{
    m_seed.clear();
    m_order = order;
    m_state = State::ManualRecorded;
    m_manualList->clear();
    for (const QString& id : order) {
        auto* item = new QListWidgetItem(bidderName(id), m_manualList);
        item->setData(Qt::UserRole, id);
    }
    updateState();
}

void DrawPage::draw()
{
    if (m_state != State::NotDrawn || m_bidders.isEmpty())
        return;
    setCommitted(tp::LotDraw::newSeed());
    emit drawCommitted(m_seed);
}

void DrawPage::reveal()
{
    if (m_state != State::Committed)
        return;
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Reveal the draw"),
        tr("Reveal the seed and the presentation order now? Make sure the commitment has been shown to everyone "
           "present (and printed) first."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setRevealed(m_seed);
    emit drawRevealed(m_seed, m_order);
}

void DrawPage::recordManualOrder()
{
    if (m_state != State::NotDrawn || m_manualList->count() == 0)
        return;
    QStringList order;
    QStringList names;
    for (int row = 0; row < m_manualList->count(); ++row) {
        order.append(m_manualList->item(row)->data(Qt::UserRole).toString());
        names.append(tr("%1. %2").arg(row + 1).arg(m_manualList->item(row)->text()));
    }
    const MessageBox::Button answer =
        MessageBox::question(this, tr("Record the physical draw"),
                             tr("Record this presentation order?\n\n%1").arg(names.join(QLatin1Char('\n'))),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setManualOrder(order);
    emit manualOrderRecorded(order);
}

void DrawPage::moveSelected(int delta)
{
    const int row = m_manualList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_manualList->count() || m_state != State::NotDrawn)
        return;
    QListWidgetItem* item = m_manualList->takeItem(row);
    m_manualList->insertItem(target, item);
    m_manualList->setCurrentRow(target);
}

QString DrawPage::commitmentSheetHtml() const
{
    QStringList bidders;
    for (const tp::Bidder& bidder : m_bidders)
        bidders.append(QStringLiteral("<li>%1</li>").arg(bidder.name.toHtmlEscaped()));
    return QStringLiteral("<h2>%1</h2><p>%2</p><p style=\"font-family: monospace; font-size: 18pt;\">%3</p>"
                          "<p>%4</p><ul>%5</ul><p>%6</p>")
        .arg(tr("Lot draw: commitment").toHtmlEscaped(),
             tr("This is the SHA-256 commitment of the secret seed, published before the draw is revealed:")
                 .toHtmlEscaped(),
             grouped(commitment()).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")),
             tr("Bidders taking part:").toHtmlEscaped(), bidders.join(QString()),
             tr("After the reveal, anyone can check: printf '%s' SEED | sha256sum gives this commitment.")
                 .toHtmlEscaped());
}

void DrawPage::renderSheet(QPrinter* printer) const
{
    QTextDocument document;
    document.setHtml(commitmentSheetHtml());
    document.print(printer);
}

void DrawPage::printSheet()
{
    if (m_seed.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print commitment sheet"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &DrawPage::renderSheet);
    preview.exec();
}

void DrawPage::updateState()
{
    const bool seeded = m_state == State::Committed || m_state == State::Revealed;
    m_draw->setEnabled(m_state == State::NotDrawn && !m_bidders.isEmpty());
    m_print->setEnabled(seeded);
    m_reveal->setEnabled(m_state == State::Committed);
    m_tabs->setTabEnabled(1, m_state == State::NotDrawn || m_state == State::ManualRecorded);
    m_tabs->setTabEnabled(0, m_state != State::ManualRecorded);
    if (m_state == State::ManualRecorded)
        m_tabs->setCurrentIndex(1);

    if (seeded) {
        m_commitmentCaption->setText(tr("Commitment (SHA-256 of the secret seed):"));
        m_commitment->setText(grouped(commitment()));
        m_commitment->setVisible(true);
    } else {
        m_commitmentCaption->setText(m_state == State::NotDrawn ? tr("No draw yet.") : QString());
        m_commitment->clear();
        m_commitment->setVisible(false);
    }

    const bool revealed = m_state == State::Revealed;
    m_seedLabel->setVisible(revealed);
    m_orderTable->setVisible(revealed);
    m_checkHint->setVisible(revealed);
    m_orderTable->setRowCount(revealed ? int(m_order.size()) : 0);
    if (revealed) {
        m_seedLabel->setText(tr("Seed: %1").arg(m_seed));
        for (int row = 0; row < m_order.size(); ++row) {
            const QString& id = m_order.at(row);
            auto* position = new QTableWidgetItem(QString::number(row + 1));
            position->setTextAlignment(Qt::AlignCenter);
            m_orderTable->setItem(row, 0, position);
            m_orderTable->setItem(row, 1, new QTableWidgetItem(bidderName(id)));
            auto* command = new QTableWidgetItem(tp::LotDraw::checkCommand(m_seed, id));
            command->setFont(monospace(1.0));
            command->setToolTip(tr("Key: %1").arg(tp::LotDraw::key(m_seed, id)));
            m_orderTable->setItem(row, 2, command);
        }
        m_orderTable->resizeColumnsToContents();
        m_orderTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
        m_checkHint->setText(tr("The order is ascending by key. Check the commitment with: %1")
                                 .arg(QStringLiteral("printf '%s' ") + m_seed + QStringLiteral(" | sha256sum")));
    }

    const bool manual = m_state == State::ManualRecorded;
    m_up->setEnabled(m_state == State::NotDrawn);
    m_down->setEnabled(m_state == State::NotDrawn);
    m_record->setEnabled(m_state == State::NotDrawn && m_manualList->count() > 0);
    m_manualStatus->setText(manual ? tr("Physical draw recorded.") : QString());
}

} // namespace tp::ui
