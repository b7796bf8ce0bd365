#include "WorkspaceAddress.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceAddress", text);
}

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

const QStringList kSslModes = {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                               QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// The libpq parameters a workspace address may carry besides host, port, user, dbname and sslmode.
const QStringList kPassedOn = {QStringLiteral("connect_timeout"),
                               QStringLiteral("sslrootcert"),
                               QStringLiteral("sslcert"),
                               QStringLiteral("sslkey"),
                               QStringLiteral("sslcrl"),
                               QStringLiteral("application_name"),
                               QStringLiteral("target_session_attrs")};

QString encodedPart(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

bool WorkspaceAddress::isServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<WorkspaceAddress> WorkspaceAddress::parse(const QString& text, Problem* problem)
{
    const auto refuse = [&](const QString& why) -> std::optional<WorkspaceAddress> {
        if (problem)
            *problem = Problem{QStringLiteral("--workspace"), why};
        return std::nullopt;
    };
    WorkspaceAddress a;
    if (!isServer(text)) {
        if (text.isEmpty())
            return refuse(tr("no workspace file given"));
        a.m_path = text;
        return a;
    }
    a.m_kind = Kind::Server;
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        a.m_database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        a.m_user = decoded(colon >= 0 ? userInfo.left(colon) : userInfo);
        if (colon >= 0)
            a.m_password = decoded(userInfo.mid(colon + 1));
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse(tr("the server address \"%1\" lacks its closing \"]\"").arg(authority));
        a.m_host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            return refuse(tr("unexpected \"%1\" after the server address").arg(after));
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        a.m_host = decoded(colon >= 0 ? authority.left(colon) : authority);
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }

    QStringList options;
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(eq >= 0 ? pair.left(eq) : pair);
        const QString value = decoded(eq >= 0 ? pair.mid(eq + 1) : QString());
        static const QStringList kOwn = {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"),
                                         QStringLiteral("dbname"), QStringLiteral("sslmode")};
        if (!kOwn.contains(key) && !kPassedOn.contains(key))
            return refuse(tr("\"%1\" is not a connection setting TenderPanel passes on (it knows host, port, user, "
                             "dbname, sslmode, %2)")
                              .arg(key, kPassedOn.join(QLatin1String(", "))));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
            return refuse(tr("the value of \"%1\" may not contain a space or \";\"").arg(key));
        if (key == QLatin1String("host"))
            a.m_host = value;
        else if (key == QLatin1String("port"))
            portText = value;
        else if (key == QLatin1String("user"))
            a.m_user = value;
        else if (key == QLatin1String("dbname"))
            a.m_database = value;
        else if (key == QLatin1String("sslmode"))
            a.m_sslMode = value;
        else
            options.append(key + QLatin1Char('=') + value);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        a.m_port = portText.toInt(&ok);
        if (!ok || a.m_port < 1 || a.m_port > 65535)
            return refuse(tr("\"%1\" is not a port number (1 to 65535)").arg(portText));
    }
    if (a.m_host.isEmpty())
        return refuse(tr("the server address names no host (postgresql://USER@HOST:PORT/DATABASE)"));
    if (a.m_database.isEmpty())
        return refuse(tr("the server address names no database (postgresql://USER@HOST:PORT/DATABASE)"));
    if (!a.m_sslMode.isEmpty() && !kSslModes.contains(a.m_sslMode))
        return refuse(tr("\"%1\" is not a TLS mode (%2)").arg(a.m_sslMode, kSslModes.join(QLatin1String(", "))));
    a.m_options = options.join(QLatin1Char(';'));
    return a;
}

WorkspaceAddress WorkspaceAddress::server(const QString& host, int port, const QString& database, const QString& user,
                                          const QString& sslMode)
{
    WorkspaceAddress a;
    a.m_kind = Kind::Server;
    a.m_host = host;
    a.m_port = port > 0 ? port : 5432;
    a.m_database = database;
    a.m_user = user;
    a.m_sslMode = sslMode;
    return a;
}

QString WorkspaceAddress::toDisplayString() const
{
    if (m_kind == Kind::File)
        return m_path;
    QString uri = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        uri += encodedPart(m_user) + QLatin1Char('@');
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        uri += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (!socket && m_port != 5432)
        uri += QLatin1Char(':') + QString::number(m_port);
    uri += QLatin1Char('/') + encodedPart(m_database);
    QStringList query;
    if (socket) {
        query.append(QStringLiteral("host=") + encodedPart(m_host));
        if (m_port != 5432)
            query.append(QStringLiteral("port=") + QString::number(m_port));
    }
    if (!m_sslMode.isEmpty())
        query.append(QStringLiteral("sslmode=") + m_sslMode);
    for (const QString& option : m_options.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        query.append(option);
    if (!query.isEmpty())
        uri += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return uri;
}

} // namespace tp::store
