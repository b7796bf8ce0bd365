#include "MemberWindow.h"

#include "MemberSheetModel.h"
#include "MessageBox.h"
#include "PlainText.h"
#include "model/Decimal.h"
#include "store/Workspace.h"
#include "store/WorkspaceWatcher.h"

#include <QAbstractItemDelegate>
#include <QButtonGroup>
#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlError>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtMath>

namespace tp::ui {

namespace {

QLabel* plainLabel(QWidget* parent, const QString& objectName, qreal pointScale = 1.0, bool bold = false)
{
    auto* label = PlainText::label(new QLabel(parent));
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QFont font = label->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * pointScale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

// The most lines of a criterion's header (its maximum, then its title).
constexpr int kHeaderLines = 4;

QString bidderName(const tp::store::MemberView::Bidder& bidder)
{
    return bidder.name.isEmpty() ? bidder.code : bidder.name;
}

} // namespace

MemberWindow::MemberWindow(std::unique_ptr<tp::store::MemberSession> session,
                           std::shared_ptr<tp::store::Workspace> workspace, QWidget* parent)
    : QWidget(parent), m_session(std::move(session)), m_workspace(std::move(workspace)),
      m_pages(new QStackedWidget(this)), m_model(new MemberSheetModel(this)), m_choices(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("memberWindow"));
    setWindowTitle(tr("Scoring terminal — TenderPanel"));
    // A terminal on the table: large, readable text.
    QFont big = font();
    big.setPointSizeF(qMax<qreal>(13.0, big.pointSizeF() * 1.3));
    setFont(big);

    m_title = plainLabel(this, QStringLiteral("memberTitle"), 1.25, true);
    m_member = plainLabel(this, QStringLiteral("memberName"));
    m_presenting = plainLabel(this, QStringLiteral("memberPresenting"), 1.1, true);
    m_presenting->setStyleSheet(QStringLiteral("color: #0b5394;"));

    // The sheet.
    m_sheetPage = new QWidget(m_pages);
    m_table = new QTableView(m_sheetPage);
    m_table->setObjectName(QStringLiteral("memberSheet"));
    m_table->setModel(m_model);
    // Typing into the current cell starts editing it; moving to a cell does not.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // A criterion's title is long: it wraps in its column's header, which grows to four lines.
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_message = plainLabel(m_sheetPage, QStringLiteral("memberMessage"));
    m_submitted = plainLabel(m_sheetPage, QStringLiteral("memberSubmitted"), 1.3, true);
    m_submitted->setStyleSheet(QStringLiteral("color: #1e7b34;"));
    m_submit = new QPushButton(tr("Submit score sheet"), m_sheetPage);
    m_submit->setObjectName(QStringLiteral("memberSubmit"));
    m_submit->setMinimumHeight(m_submit->sizeHint().height() * 3 / 2);
    auto* sheetLayout = new QVBoxLayout(m_sheetPage);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    sheetLayout->addWidget(m_table, 1);
    sheetLayout->addWidget(m_message);
    sheetLayout->addWidget(m_submitted);
    auto* submitRow = new QHBoxLayout;
    submitRow->addStretch(1);
    submitRow->addWidget(m_submit);
    sheetLayout->addLayout(submitRow);

    // The ballot.
    m_votePage = new QWidget(m_pages);
    m_voteText = plainLabel(m_votePage, QStringLiteral("memberVoteText"), 1.15, true);
    m_choiceLayout = new QVBoxLayout;
    m_cast = new QPushButton(tr("Cast my vote"), m_votePage);
    m_cast->setObjectName(QStringLiteral("memberCastVote"));
    m_cast->setMinimumHeight(m_cast->sizeHint().height() * 3 / 2);
    auto* voteLayout = new QVBoxLayout(m_votePage);
    voteLayout->addWidget(m_voteText);
    voteLayout->addLayout(m_choiceLayout);
    auto* castRow = new QHBoxLayout;
    castRow->addWidget(m_cast);
    castRow->addStretch(1);
    voteLayout->addLayout(castRow);
    voteLayout->addStretch(1);

    // The revoked credential.
    m_revokedPage = new QWidget(m_pages);
    m_revokedText = plainLabel(m_revokedPage, QStringLiteral("memberRevoked"), 1.6, true);
    m_revokedText->setAlignment(Qt::AlignCenter);
    auto* revokedLayout = new QVBoxLayout(m_revokedPage);
    revokedLayout->addStretch(1);
    revokedLayout->addWidget(m_revokedText);
    revokedLayout->addStretch(2);

    m_pages->addWidget(m_sheetPage);
    m_pages->addWidget(m_votePage);
    m_pages->addWidget(m_revokedPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(m_title);
    layout->addWidget(m_member);
    layout->addWidget(m_presenting);
    layout->addWidget(m_pages, 1);

    connect(m_model, &MemberSheetModel::scoreEntered, this, &MemberWindow::recordScore);
    connect(m_model, &MemberSheetModel::inputRejected, this, [this](const QString& text) { showMessage(text, true); });
    connect(m_submit, &QPushButton::clicked, this, &MemberWindow::submitSheet);
    connect(m_cast, &QPushButton::clicked, this, &MemberWindow::castBallot);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &MemberWindow::fitHeader);
    // A reading put off while a cell was typed happens once the cell is left.
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        if (m_refreshPending)
            QTimer::singleShot(0, this, &MemberWindow::refresh);
    });

    if (!m_workspace && m_session)
        // The session keeps its workspace; the watcher only borrows it, and goes before it.
        m_workspace = std::shared_ptr<tp::store::Workspace>(&m_session->workspace(), [](tp::store::Workspace*) {});
    if (m_workspace) {
        m_watcher = new tp::store::WorkspaceWatcher(m_workspace, this);
        connect(m_watcher, &tp::store::WorkspaceWatcher::changed, this, &MemberWindow::refresh);
        // Revoking a credential ends the member's connection: reading again tells a revoked credential
        // (the server refuses the login) from a lost network.
        connect(m_watcher, &tp::store::WorkspaceWatcher::connectionLost, this, [this] {
            showMessage(tr("The connection to the server was lost; retrying…"), true);
            QTimer::singleShot(0, this, &MemberWindow::refresh);
        });
        connect(m_watcher, &tp::store::WorkspaceWatcher::connectionRestored, this,
                [this] { showMessage(tr("Connected again."), false); });
    }
    resize(1280, 720);
    refresh();
}

MemberWindow::~MemberWindow()
{
    delete m_watcher; // before the session's workspace it watches
    m_watcher = nullptr;
}

MemberWindow::Page MemberWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_votePage)
        return Page::Vote;
    if (m_pages->currentWidget() == m_revokedPage)
        return Page::Revoked;
    return Page::Sheet;
}

void MemberWindow::fitHeader()
{
    // QHeaderView sizes itself for unwrapped text: the wrapped titles set its height.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics(header->font());
    int height = 0;
    for (int section = 0; section < m_model->columnCount(); ++section) {
        const QString text = m_model->headerData(section, Qt::Horizontal).toString();
        const QRect needed = metrics.boundingRect(QRect(0, 0, qMax(20, header->sectionSize(section) - 12), 4000),
                                                  int(Qt::AlignCenter | Qt::TextWordWrap), text);
        height = qMax(height, needed.height() + 12);
    }
    // At most kHeaderLines lines, measured as text layout draws Chinese (with its fallback font).
    QTextDocument sample;
    sample.setDocumentMargin(0);
    sample.setDefaultFont(header->font());
    sample.setPlainText(QStringList(kHeaderLines, QStringLiteral(u"国")).join(u'\n'));
    header->setMinimumHeight(qMin(height, qCeil(sample.size().height()) + 4));
}

bool MemberWindow::isEditingCell() const
{
    // A cell's editor is a widget on the view's viewport, hidden once it closes.
    const QList<QWidget*> editors = m_table->viewport()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
    for (const QWidget* editor : editors)
        if (editor->isVisible())
            return true;
    return false;
}

void MemberWindow::refresh()
{
    if (!m_session)
        return;
    if (isEditingCell()) {
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    const auto view = m_session->view();
    if (!view.ok()) {
        showMessage(tr("Your sheet cannot be read now: %1").arg(view.problem.why), true);
        return;
    }
    if (view.value->revoked && !m_view.negotiationCode.isEmpty()) {
        // A revoked credential reads nothing more: the page keeps what it showed of the negotiation.
        tp::store::MemberView revoked = m_view;
        revoked.revoked = true;
        showView(revoked);
        return;
    }
    showView(*view.value);
}

void MemberWindow::showView(const tp::store::MemberView& view)
{
    m_view = view;
    m_title->setText(tr("%1 %2").arg(m_view.negotiationCode, m_view.negotiationTitle).trimmed());
    m_member->setText(
        tr("Panel member: %1").arg(m_view.panelistName.isEmpty() ? m_view.panelist : m_view.panelistName));
    setWindowTitle(tr("Scoring terminal — %1").arg(m_view.panelistName));
    if (m_view.revoked) {
        m_presenting->hide();
        m_revokedText->setText(tr("Scoring credential revoked.\nThis terminal can no longer enter scores or vote. "
                                  "Thank you."));
        m_pages->setCurrentWidget(m_revokedPage);
        // Nothing more to listen to: the login is gone.
        if (m_watcher) {
            m_watcher->deleteLater();
            m_watcher = nullptr;
        }
        return;
    }
    QString presenting;
    for (const auto& b : std::as_const(m_view.bidders))
        if (b.code == m_view.presenting)
            presenting = bidderName(b);
    if (presenting.isEmpty())
        presenting = m_view.presenting;
    m_presenting->setText(presenting.isEmpty() ? QString() : tr("Presenting now: %1").arg(presenting));
    m_presenting->setVisible(!presenting.isEmpty());

    // The current cell stays where it was across the reading.
    const QModelIndex current = m_table->currentIndex();
    const int row = current.row(), column = current.column();
    m_model->setView(m_view);
    fitHeader();
    if (row >= 0 && column >= 0 && row < m_model->rowCount() && column < m_model->columnCount())
        m_table->setCurrentIndex(m_model->index(row, column));

    m_submit->setVisible(!m_view.submitted);
    m_submit->setEnabled(!m_view.bidders.isEmpty());
    if (m_view.submitted) {
        m_submitted->setText(tr("Submitted. Sheets submitted: %1/%2").arg(m_view.sheetsIn).arg(m_view.sheetsTotal));
        m_submitted->show();
    } else {
        m_submitted->hide();
    }
    if (m_view.bidders.isEmpty())
        showMessage(tr("The sheet opens once the bidders' order is drawn."), false);

    if (m_view.vote) {
        fillBallot();
        m_pages->setCurrentWidget(m_votePage);
    } else {
        m_pages->setCurrentWidget(m_sheetPage);
    }
}

void MemberWindow::fillBallot()
{
    const tp::store::MemberView::Vote& vote = *m_view.vote;
    const bool sameRound = m_ballotRound == vote.round && !m_choices->buttons().isEmpty();
    m_ballotRound = vote.round;
    if (vote.voted) {
        m_voteText->setText(tr("Vote round %1: you have voted. Waiting for the other members.").arg(vote.round));
        for (QAbstractButton* b : m_choices->buttons())
            b->setEnabled(false);
        m_cast->hide();
        return;
    }
    m_voteText->setText(tr("Vote round %1: these bidders are tied. Choose one, or abstain.").arg(vote.round));
    m_cast->show();
    if (sameRound)
        return; // keeps the member's choice
    for (QAbstractButton* b : m_choices->buttons()) {
        m_choices->removeButton(b);
        delete b;
    }
    int id = 0;
    for (const auto& bidder : vote.tied) {
        auto* button = new QRadioButton(PlainText::button(bidderName(bidder)), m_votePage);
        button->setProperty("bidder", bidder.code);
        m_choices->addButton(button, id++);
        m_choiceLayout->addWidget(button);
    }
    auto* abstain = new QRadioButton(tr("Abstain"), m_votePage);
    abstain->setObjectName(QStringLiteral("memberAbstain"));
    m_choices->addButton(abstain, id);
    m_choiceLayout->addWidget(abstain);
}

void MemberWindow::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1e7b34;"));
}

void MemberWindow::recordScore(const QString& bidder, const QString& criterion, tp::Hundredths value)
{
    if (!m_session)
        return;
    const auto result = m_session->recordScore(bidder, criterion, value);
    QString cell;
    for (int b = 0; b < m_view.bidders.size(); ++b)
        for (int c = 0; c < m_view.criteria.size(); ++c)
            if (m_view.bidders.at(b).code == bidder && m_view.criteria.at(c).code == criterion)
                cell = m_model->cellName(m_model->index(b, c));
    if (result.ok()) {
        m_model->setScore(bidder, criterion, value);
        m_view.own.insert(MemberSheetModel::key(bidder, criterion), value);
        showMessage(tr("Saved: %1 = %2").arg(cell, tp::Decimal::formatShort(value)), false);
    } else {
        showMessage(tr("Not saved: %1: %2").arg(cell, result.problem.why), true);
    }
    // The store's view is what the sheet shows (the value, or the one that stays after a refusal);
    // read once the editor has closed.
    m_refreshPending = true;
    QTimer::singleShot(0, this, &MemberWindow::refresh);
}

void MemberWindow::submitSheet()
{
    if (!m_session || m_view.submitted)
        return;
    if (const auto missing = m_model->firstMissing()) {
        m_table->setCurrentIndex(*missing);
        const QString text = tr("The sheet is not complete: %1 has no score yet.").arg(m_model->cellName(*missing));
        showMessage(text, true);
        MessageBox::warning(this, tr("The sheet is not submitted"), text);
        return;
    }
    if (MessageBox::question(this, tr("Submit score sheet"),
                             tr("Submit your score sheet? Once submitted, your scores can no longer be changed.")) !=
        QMessageBox::Yes)
        return;
    const auto result = m_session->submitSheet();
    if (!result.ok()) {
        showMessage(tr("The sheet is not submitted: %1").arg(result.problem.why), true);
        MessageBox::warning(this, tr("The sheet is not submitted"), result.problem.why);
    } else {
        showMessage(QString(), false);
    }
    refresh();
}

void MemberWindow::castBallot()
{
    if (!m_session || !m_view.vote || m_view.vote->voted)
        return;
    QAbstractButton* chosen = m_choices->checkedButton();
    if (!chosen) {
        MessageBox::warning(this, tr("No vote is cast"), tr("Choose a bidder, or abstain."));
        return;
    }
    const QString bidder = chosen->property("bidder").toString();
    std::optional<QString> choice;
    QString name = tr("abstain");
    if (!bidder.isEmpty()) {
        choice = bidder;
        for (const auto& b : std::as_const(m_view.vote->tied))
            if (b.code == bidder)
                name = bidderName(b);
    }
    const QString question = choice ? tr("Vote for %1? A vote cannot be changed once cast.").arg(name)
                                    : tr("Abstain in this round? A vote cannot be changed once cast.");
    if (MessageBox::question(this, tr("Cast my vote"), question) != QMessageBox::Yes)
        return;
    const auto result = m_session->castBallot(m_view.vote->round, choice);
    if (!result.ok())
        MessageBox::warning(this, tr("No vote is cast"), result.problem.why);
    refresh();
}

} // namespace tp::ui
