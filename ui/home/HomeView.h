#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tp::store {
class Workspace;
}

namespace tp::ui {

class NegotiationListModel;

// The start page: every negotiation of the workspace with a search field, or, in an empty
// workspace, the two ways to begin. A read-only workspace is marked as such, with the reason.
class HomeView : public QWidget
{
    Q_OBJECT
public:
    explicit HomeView(QWidget* parent = nullptr);

    void setWorkspace(tp::store::Workspace* workspace);
    // Reads the list again from the store (with the current search).
    void refresh();

    NegotiationListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* importButton() const { return m_import; }
    // The notice shown above everything when the workspace can be read but not changed.
    QLabel* readOnlyNotice() const { return m_readOnly; }
    bool isShowingEmptyState() const;

signals:
    void openRequested(qint64 id);
    void newRequested();
    void importRequested();

private:
    tp::store::Workspace* m_workspace = nullptr;
    NegotiationListModel* m_model;
    QStackedWidget* m_pages;
    QTableView* m_view;
    QLineEdit* m_search;
    QLabel* m_status;
    QLabel* m_emptyText;
    QLabel* m_readOnly;
    QPushButton* m_new;
    QPushButton* m_import;
    QPushButton* m_listNew;
    QPushButton* m_listImport;
    QPushButton* m_open;
};

} // namespace tp::ui
