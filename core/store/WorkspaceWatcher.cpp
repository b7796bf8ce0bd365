#include "WorkspaceWatcher.h"

#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tp::store {

namespace {

QString closedText()
{
    return QCoreApplication::translate("Workspace", "the server closed the connection");
}

} // namespace

WorkspaceWatcher::WorkspaceWatcher(std::shared_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent), m_workspace(std::move(workspace))
{
    m_active = m_workspace && m_workspace->isServer();
    if (!m_active)
        return; // a file: nothing to listen to (see the class comment)
    // The driver object stays the same when the workspace opens its connection again; only the
    // subscription is lost with the old connection.
    QSqlDriver* driver = m_workspace->database().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                notified(name, source);
            });
    subscribe();
    // The driver reads the socket whenever the server sends something, notifications or the end of the
    // connection, and then reports the connection closed; looking at that costs no statement.
    m_watch.setInterval(kWatchInterval);
    connect(&m_watch, &QTimer::timeout, this, [this] {
        if (!m_connected)
            return; // m_retry is at work
        if (m_workspace->isConnectionLost())
            reportLost(closedText()); // the next retry opens it again
        else if (m_subscribedReconnects != m_workspace->reconnectCount())
            checkConnection(); // opened again by another statement: subscribe again
    });
    m_watch.start();
    m_retry.setInterval(kRetryInterval);
    connect(&m_retry, &QTimer::timeout, this, &WorkspaceWatcher::checkConnection);
}

void WorkspaceWatcher::subscribe()
{
    QSqlDriver* driver = m_workspace->database().driver();
    const QString channel = SqlDialect::changeChannel();
    // A connection the workspace opened again listens again on the channels of the old one
    // (Workspace::reconnect()); one the driver closed by itself listens on none.
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return;
    m_subscribedReconnects = m_workspace->reconnectCount();
}

void WorkspaceWatcher::reportLost(const QString& why)
{
    if (!m_connected)
        return;
    m_connected = false;
    m_retry.start();
    emit connectionLost(why);
}

void WorkspaceWatcher::notified(const QString& name, QSqlDriver::NotificationSource source)
{
    // This connection's own commits are shown already by whoever made them.
    if (name == SqlDialect::changeChannel() && source != QSqlDriver::SelfSource)
        emit changed();
}

bool WorkspaceWatcher::checkConnection()
{
    if (!m_active)
        return true;
    // database() first opens the connection again when it was found lost.
    QSqlDatabase db = m_workspace->database();
    QSqlError error;
    if (m_workspace->isConnectionLost()) {
        error = db.lastError(); // why it could not be opened again (kept after a later success: only here)
    } else {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT 1")))
            error = q.lastError();
    }
    // Another failure of SELECT 1 (none is expected) leaves the connection as it was: up.
    if (m_workspace->isConnectionLost() || (error.isValid() && m_workspace->dialect().isConnectionLost(error))) {
        // Marks the workspace's connection lost, so that database() opens it again next time.
        const QString why = error.isValid() ? m_workspace->storageProblem(error).why : QString();
        reportLost(why.isEmpty() ? closedText() : why);
        return false;
    }
    const bool reconnected = m_subscribedReconnects != m_workspace->reconnectCount();
    if (reconnected)
        subscribe();
    if (!m_connected) {
        m_connected = true;
        m_retry.stop();
        emit connectionRestored();
    }
    if (reconnected)
        emit changed(); // what others committed while nobody listened
    return true;
}

} // namespace tp::store
