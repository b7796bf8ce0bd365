#pragma once

#include "model/Scenario.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace tp::ui {

// The lot draw for the presentation order (docs/scenario-format.md, rule 3). A verifiable draw
// shows (and prints) the commitment before anything is revealed; the reveal shows the seed, the
// order and the sha256sum command that checks each bidder's key. A physical draw's order can be
// recorded instead.
class DrawPage : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        NotDrawn,
        Committed,
        Revealed,
        ManualRecorded
    };

    explicit DrawPage(QWidget* parent = nullptr);

    // The qualified bidders, in file order.
    void setBidders(const QList<tp::Bidder>& bidders);
    // Back to "no draw yet" (nothing committed or recorded).
    void clearDraw();
    // Restores a draw already made.
    void setCommitted(const QString& seed);
    void setRevealed(const QString& seed);
    void setManualOrder(const QStringList& order);

    State state() const { return m_state; }
    QString commitment() const;
    QStringList order() const { return m_order; }
    // The seed, once revealed (empty before, and for a physical draw).
    QString seed() const { return m_state == State::Revealed ? m_seed : QString(); }
    // The printable commitment sheet (also what printSheet() prints).
    QString commitmentSheetHtml() const;
    void renderSheet(QPrinter* printer) const;

public slots:
    // Draws a new seed and shows its commitment.
    void draw();
    void printSheet();
    // Asks for confirmation, then reveals the seed and the order.
    void reveal();
    void recordManualOrder();

signals:
    // The seed is secret until drawRevealed(); the caller stores it with its commitment at once,
    // before anyone sees the commitment on the screen.
    void drawCommitted(const QString& seed);
    void drawRevealed(const QString& seed, const QStringList& order);
    void manualOrderRecorded(const QStringList& order);

private:
    void moveSelected(int delta);
    void updateState();
    QString bidderName(const QString& id) const;

    QList<tp::Bidder> m_bidders;
    QString m_seed;
    QStringList m_order;
    State m_state = State::NotDrawn;
    QTabWidget* m_tabs;
    QLabel* m_commitment;
    QLabel* m_commitmentCaption;
    QPushButton* m_draw;
    QPushButton* m_print;
    QPushButton* m_reveal;
    QLabel* m_seedLabel;
    QLabel* m_checkHint;
    QTableWidget* m_orderTable;
    QListWidget* m_manualList;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_record;
    QLabel* m_manualStatus;
};

} // namespace tp::ui
