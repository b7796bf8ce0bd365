#pragma once

#include "store/NegotiationStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace tp::store {
class Workspace;
}

namespace tp::ui {

// The negotiations of the workspace, newest first, as NegotiationStore::list gives them, read a page
// at a time as the view scrolls (canFetchMore/fetchMore): the start does not grow with the workspace.
class NegotiationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        PurchaserColumn,
        StageColumn,
        YearColumn,
        ColumnCount
    };

    explicit NegotiationListModel(QObject* parent = nullptr);

    static constexpr int kPageSize = 200;

    // Shows the negotiations of `workspace` that match `search`, reading the first page now; nullptr
    // empties the list. Returns the store's problem, if the page cannot be read.
    std::optional<Problem> load(tp::store::Workspace* workspace, const QString& search);
    qint64 idAt(int row) const;

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A later page could not be read: the list stops there.
    void fetchFailed(const tp::Problem& problem);

private:
    // Reads the page after the rows already there.
    std::optional<Problem> readPage(QList<tp::store::NegotiationSummary>& page);

    tp::store::Workspace* m_workspace = nullptr;
    QString m_search;
    bool m_complete = true;
    bool m_resetting = false;
    QList<tp::store::NegotiationSummary> m_rows;
};

} // namespace tp::ui
