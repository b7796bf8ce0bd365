#include "HomeView.h"
#include "PlainText.h"

#include "NegotiationListModel.h"
#include "store/NegotiationStore.h"
#include "store/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tp::ui {

HomeView::HomeView(QWidget* parent)
    : QWidget(parent), m_model(new NegotiationListModel(this)), m_pages(new QStackedWidget(this)),
      m_view(new QTableView(this)), m_search(new QLineEdit(this)), m_status(new QLabel(this)),
      m_emptyText(new QLabel(this)), m_readOnly(new QLabel(this)), m_new(new QPushButton(tr("New negotiation"), this)),
      m_import(new QPushButton(tr("Import scenario file…"), this)),
      m_listNew(new QPushButton(tr("New negotiation"), this)), m_listImport(new QPushButton(tr("Import…"), this)),
      m_open(new QPushButton(tr("Open"), this))
{
    PlainText::label(m_status);
    PlainText::label(m_readOnly);
    // The empty state: what TenderPanel is for and the two ways to begin.
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setText(tr("<h2>No negotiation yet</h2><p>Start a new negotiation from a template of criteria, "
                            "or import a scenario file that another TenderPanel exported.</p>"));
    m_new->setObjectName(QStringLiteral("emptyNew"));
    m_import->setObjectName(QStringLiteral("emptyImport"));
    for (QPushButton* b : {m_new, m_import})
        b->setMinimumSize(260, 48);
    auto* emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    emptyButtons->addWidget(m_new);
    emptyButtons->addSpacing(24);
    emptyButtons->addWidget(m_import);
    emptyButtons->addStretch();
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addSpacing(24);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);

    // The list.
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    auto* heading = new QLabel(tr("<h2>Negotiations</h2>"), list);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search by title, purchaser, bidder, number or year"));
    m_search->setClearButtonEnabled(true);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_search, 1);
    top->addWidget(m_listNew);
    top->addWidget(m_listImport);
    m_view->setObjectName(QStringLiteral("negotiations"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(NegotiationListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(NegotiationListModel::PurchaserColumn,
                                                     QHeaderView::ResizeToContents);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_open);
    listLayout->addLayout(top);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(bottom);

    m_pages->addWidget(empty);
    m_pages->addWidget(list);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 8px; }"));
    m_readOnly->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnly);
    layout->addWidget(m_pages);

    connect(m_new, &QPushButton::clicked, this, &HomeView::newRequested);
    connect(m_listNew, &QPushButton::clicked, this, &HomeView::newRequested);
    connect(m_import, &QPushButton::clicked, this, &HomeView::importRequested);
    connect(m_listImport, &QPushButton::clicked, this, &HomeView::importRequested);
    connect(m_search, &QLineEdit::textChanged, this, &HomeView::refresh);
    connect(m_model, &NegotiationListModel::fetchFailed, this,
            [this](const tp::Problem& problem) { m_status->setText(problem.toString()); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            emit openRequested(m_model->idAt(index.row()));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            emit openRequested(m_model->idAt(index.row()));
    });
}

void HomeView::setWorkspace(tp::store::Workspace* workspace)
{
    m_workspace = workspace;
    const bool readOnly = workspace && workspace->isReadOnly();
    m_readOnly->setText(readOnly ? tr("Read-only: %1.").arg(workspace->readOnlyReason()) : QString());
    m_readOnly->setVisible(readOnly);
    refresh();
}

bool HomeView::isShowingEmptyState() const
{
    return m_pages->currentIndex() == 0;
}

void HomeView::refresh()
{
    if (!m_workspace) {
        m_model->load(nullptr, QString());
        m_pages->setCurrentIndex(0);
        return;
    }
    // The count first (for the status line and the empty state), then the first page of the list.
    const QString search = m_search->text().trimmed();
    const auto counted = tp::store::NegotiationStore(*m_workspace).count(search);
    const auto problem = counted.ok() ? m_model->load(m_workspace, search) : std::optional<Problem>(counted.problem);
    if (problem) {
        m_model->load(nullptr, QString());
        m_status->setText(problem->toString());
        return;
    }
    const qint64 total = *counted.value;
    m_pages->setCurrentIndex(total > 0 || !search.isEmpty() ? 1 : 0);
    m_status->setText(tr("%n negotiation(s)", nullptr, int(total)));
    m_open->setEnabled(total > 0);
    if (total > 0 && !m_view->currentIndex().isValid())
        m_view->selectRow(0);
}

} // namespace tp::ui
