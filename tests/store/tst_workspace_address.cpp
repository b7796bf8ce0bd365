#include "store/WorkspaceAddress.h"

#include <QTest>

using tp::store::WorkspaceAddress;

// How a workspace is named: a file path, or a PostgreSQL connection URI whose password is never
// shown or remembered.
class TestWorkspaceAddress : public QObject
{
    Q_OBJECT
private slots:
    void servers_data();
    void servers();
    void refused_data();
    void refused();
    void filesStayPaths();
    void formBuildsTheSameAddress();
};

void TestWorkspaceAddress::servers_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("shown");

    QTest::newRow("full") << QStringLiteral("postgresql://zhang@db.example.cn:5433/negotiations?sslmode=verify-full")
                          << QStringLiteral("db.example.cn") << 5433 << QStringLiteral("negotiations")
                          << QStringLiteral("zhang") << QString() << QStringLiteral("verify-full") << QString()
                          << QStringLiteral("postgresql://zhang@db.example.cn:5433/negotiations?sslmode=verify-full");
    QTest::newRow("default port") << QStringLiteral("postgres://staff@10.0.0.5/tp") << QStringLiteral("10.0.0.5")
                                  << 5432 << QStringLiteral("tp") << QStringLiteral("staff") << QString() << QString()
                                  << QString() << QStringLiteral("postgresql://staff@10.0.0.5/tp");
    QTest::newRow("password is not shown")
        << QStringLiteral("postgresql://zhang:s%40cret@db:5432/tp") << QStringLiteral("db") << 5432
        << QStringLiteral("tp") << QStringLiteral("zhang") << QStringLiteral("s@cret") << QString() << QString()
        << QStringLiteral("postgresql://zhang@db/tp");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://u@[::1]:6000/tp") << QStringLiteral("::1") << 6000
                          << QStringLiteral("tp") << QStringLiteral("u") << QString() << QString() << QString()
                          << QStringLiteral("postgresql://u@[::1]:6000/tp");
    QTest::newRow("socket folder") << QStringLiteral("postgresql://u@/tp?host=/var/run/postgresql&port=5433")
                                   << QStringLiteral("/var/run/postgresql") << 5433 << QStringLiteral("tp")
                                   << QStringLiteral("u") << QString() << QString() << QString()
                                   << QStringLiteral("postgresql://u@/tp?host=%2Fvar%2Frun%2Fpostgresql&port=5433");
    QTest::newRow("passed-on settings")
        << QStringLiteral("postgresql://u@h/tp?connect_timeout=5&sslrootcert=/etc/ssl/centre.crt&sslmode=require")
        << QStringLiteral("h") << 5432 << QStringLiteral("tp") << QStringLiteral("u") << QString()
        << QStringLiteral("require") << QStringLiteral("connect_timeout=5;sslrootcert=/etc/ssl/centre.crt")
        << QStringLiteral("postgresql://u@h/tp?sslmode=require&connect_timeout=5&sslrootcert=/etc/ssl/centre.crt");
    QTest::newRow("chinese database name")
        << QStringLiteral("postgresql://u@h/%E8%B0%88%E5%88%A4") << QStringLiteral("h") << 5432
        << QStringLiteral("谈判") << QStringLiteral("u") << QString() << QString() << QString()
        << QStringLiteral("postgresql://u@h/%E8%B0%88%E5%88%A4");
}

void TestWorkspaceAddress::servers()
{
    QFETCH(QString, uri);
    tp::Problem problem;
    const auto a = WorkspaceAddress::parse(uri, &problem);
    QVERIFY2(a.has_value(), qPrintable(problem.toString()));
    QVERIFY(a->isServer());
    QVERIFY(WorkspaceAddress::isServer(uri));
    QTEST(a->host(), "host");
    QTEST(a->port(), "port");
    QTEST(a->database(), "database");
    QTEST(a->user(), "user");
    QTEST(a->password(), "password");
    QTEST(a->sslMode(), "sslMode");
    QTEST(a->connectOptions(), "options");
    QTEST(a->toDisplayString(), "shown");
    QVERIFY(!a->toDisplayString().contains(QLatin1String("cret")));
    // What is shown reads back as the same address (less the password).
    const auto again = WorkspaceAddress::parse(a->toDisplayString());
    QVERIFY(again.has_value());
    QCOMPARE(again->toDisplayString(), a->toDisplayString());
    QCOMPARE(again->host(), a->host());
    QCOMPARE(again->port(), a->port());
}

void TestWorkspaceAddress::refused_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("why");
    QTest::newRow("no database") << QStringLiteral("postgresql://u@h:5432") << QStringLiteral("names no database");
    QTest::newRow("no host") << QStringLiteral("postgresql://u@/tp") << QStringLiteral("names no host");
    QTest::newRow("bad port") << QStringLiteral("postgresql://u@h:70000/tp")
                              << QStringLiteral("\"70000\" is not a port number");
    QTest::newRow("port text") << QStringLiteral("postgresql://u@h:abc/tp")
                               << QStringLiteral("\"abc\" is not a port number");
    QTest::newRow("tls mode") << QStringLiteral("postgresql://u@h/tp?sslmode=always")
                              << QStringLiteral("\"always\" is not a TLS mode");
    QTest::newRow("unknown setting") << QStringLiteral("postgresql://u@h/tp?options=-c%20x%3Dy")
                                     << QStringLiteral("\"options\" is not a connection setting");
    QTest::newRow("semicolon") << QStringLiteral("postgresql://u@h/tp?application_name=a;sslmode=disable")
                               << QStringLiteral("may not contain a space or \";\"");
    QTest::newRow("ipv6 unclosed") << QStringLiteral("postgresql://u@[::1/tp") << QStringLiteral("closing \"]\"");
}

void TestWorkspaceAddress::refused()
{
    QFETCH(QString, uri);
    QFETCH(QString, why);
    tp::Problem problem;
    QVERIFY(!WorkspaceAddress::parse(uri, &problem).has_value());
    QCOMPARE(problem.where, QStringLiteral("--workspace"));
    QVERIFY2(problem.why.contains(why), qPrintable(problem.why));
}

void TestWorkspaceAddress::filesStayPaths()
{
    for (const QString& path : {QStringLiteral("/home/zhang/workspace.sqlite"), QStringLiteral("postgresql.sqlite"),
                                QStringLiteral("./postgresql:/x.sqlite")}) {
        const auto a = WorkspaceAddress::parse(path);
        QVERIFY(a.has_value());
        QVERIFY(!a->isServer());
        QCOMPARE(a->path(), path);
        QCOMPARE(a->toDisplayString(), path);
    }
    tp::Problem problem;
    QVERIFY(!WorkspaceAddress::parse(QString(), &problem).has_value());
}

void TestWorkspaceAddress::formBuildsTheSameAddress()
{
    const WorkspaceAddress a = WorkspaceAddress::server(QStringLiteral("db.example.cn"), 0, QStringLiteral("tp"),
                                                        QStringLiteral("zhang"), QStringLiteral("require"));
    QCOMPARE(a.port(), 5432);
    QCOMPARE(a.toDisplayString(), QStringLiteral("postgresql://zhang@db.example.cn/tp?sslmode=require"));
}

QTEST_GUILESS_MAIN(TestWorkspaceAddress)
#include "tst_workspace_address.moc"
