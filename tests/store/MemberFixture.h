#pragma once

#include "StoreFixture.h"

#include "rules/LotDraw.h"
#include "store/MemberAccess.h"
#include "store/WorkspaceAddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// Shared by the member terminal tests: example negotiations ready for scoring, and a plain
// connection made with a member's credential, as any PostgreSQL client could make it.
class MemberFixture
{
public:
    // An example without its scores and votes, drawn with a fresh seed when it has no draw: the
    // presentations step, where sheets are entered.
    static tp::Scenario unscored(const QString& example)
    {
        tp::Scenario s = StoreFixture::example(example);
        s.scores.reset();
        s.votes.clear();
        if (!s.draw) {
            tp::DrawRecord draw;
            draw.seed = tp::LotDraw::newSeed();
            s.draw = draw;
        }
        return s;
    }

    static QList<tp::ScoreEntry> sheetOf(const QString& example, const QString& panelist)
    {
        QList<tp::ScoreEntry> sheet;
        const tp::Scenario scenario = StoreFixture::example(example);
        for (const tp::ScoreEntry& e : *scenario.scores)
            if (e.panelist == panelist)
                sheet.append(e);
        return sheet;
    }

    static const tp::store::MemberCredential* credentialOf(const QList<tp::store::MemberCredential>& list,
                                                           const QString& panelist)
    {
        for (const tp::store::MemberCredential& c : list)
            if (c.panelist == panelist)
                return &c;
        return nullptr;
    }

    // A plain QPSQL connection named `connection` with the login and password of a credential (or
    // another password); check isOpen(). Remove it with QSqlDatabase::removeDatabase(connection).
    static QSqlDatabase connect(const tp::store::MemberCredential& credential, const QString& connection,
                                const QString& password = QString())
    {
        const auto address = tp::store::WorkspaceAddress::parse(credential.address);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(address->host());
        db.setPort(address->port());
        db.setDatabaseName(address->database());
        db.setUserName(credential.login);
        db.setPassword(password.isEmpty() ? credential.password : password);
        db.open();
        return db;
    }

    // Runs `statement` on `db`; the error (invalid when it succeeded) and, through `rows`, how many
    // rows it returned.
    static QSqlError run(QSqlDatabase db, const QString& statement, int* rows = nullptr)
    {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return q.lastError().isValid()
                       ? q.lastError()
                       : QSqlError(QString(), QStringLiteral("the connection is closed"), QSqlError::ConnectionError);
        int n = 0;
        while (q.next())
            ++n;
        if (rows)
            *rows = n;
        return QSqlError();
    }

    // The first value of `statement` on `db` (invalid after an error).
    static QVariant value(QSqlDatabase db, const QString& statement)
    {
        QSqlQuery q(db);
        if (q.exec(statement) && q.next())
            return q.value(0);
        return QVariant();
    }
};
