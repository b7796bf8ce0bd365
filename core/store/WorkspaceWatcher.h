#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>
#include <memory>

namespace tp::store {

class Workspace;

// Tells the user interface, as it happens, that another program changed the workspace, and whether the
// connection to the server is up.
//
// Server workspace: every commit runs pg_notify() on SqlDialect::changeChannel() (WriteTransaction), which
// the server delivers to every connection listening on the channel at the commit. The watcher listens on
// the workspace's own connection (QSqlDriver::subscribeToNotification) and emits changed() for
// notifications that came from another connection; those of this connection's own commits are ignored
// (QSqlDriver::SelfSource). Nothing is polled for changes.
//
// A subscription belongs to a connection. The connection is lost when the server stops, restarts or
// cannot be reached; Workspace::database() then opens it again (Workspace::reconnectCount()). The
// driver finds a loss by itself when the server closes the connection (it reads the socket it watches
// for notifications and then reports the connection closed), and any statement finds it. The watcher
// looks at that every kWatchInterval, which costs no statement and nothing on the network. A loss is
// reported (connectionLost()) as soon as it is seen, even when the server is back already (a quick
// restart): then every kRetryInterval the watcher connects again and runs the cheapest statement there
// is (SELECT 1). When the connection was opened again (by a retry or by any other statement), the
// watcher subscribes again and emits connectionRestored() (after a reported loss) and changed(), since
// notifications sent while nobody listened are not delivered.
//
// Everything runs on the workspace's thread, on its one connection. A retry waits for the server's
// answer: at once when the server refuses (stopped, restarting), up to the connection timeout
// (SqlDialect::connectOptions) when its host cannot be reached at all.
//
// File workspace: SQLite has no such channel; the watcher does nothing (isActive() is false) and emits
// nothing. Other programs' changes to a file are seen when the window reads the store again.
class WorkspaceWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kWatchInterval = 250;  // ms: a look at the driver's state, no statement
    static constexpr int kRetryInterval = 3000; // ms: while the connection is lost

    explicit WorkspaceWatcher(std::shared_ptr<Workspace> workspace, QObject* parent = nullptr);

    // True for a server workspace (the watcher listens and checks the connection).
    bool isActive() const { return m_active; }
    // False from a failed check of the connection until a check succeeds again.
    bool isConnected() const { return m_connected; }

public slots:
    // Checks the connection now with a statement (opening it again first if it was lost); returns
    // whether it is up. Run by the timers; callable at any time.
    bool checkConnection();

signals:
    // Another program committed a change to the workspace (or may have, while the connection was lost).
    void changed();
    // A check found the connection to the server lost; `why` is the store's message.
    void connectionLost(const QString& why);
    // The connection is up again and the watcher listens again.
    void connectionRestored();

private:
    void subscribe();
    void reportLost(const QString& why);
    void notified(const QString& name, QSqlDriver::NotificationSource source);

    std::shared_ptr<Workspace> m_workspace;
    QTimer m_watch;
    QTimer m_retry;
    bool m_active = false;
    bool m_connected = true;
    int m_subscribedReconnects = -1; // Workspace::reconnectCount() when the subscription was made
};

} // namespace tp::store
