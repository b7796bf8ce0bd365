#include "MemberSession.h"

#include "MemberServerSchema.h"
#include "Workspace.h"
#include "rules/LotDraw.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MemberSession", text);
}

const QString kSelf =
    QStringLiteral("SELECT negotiation_id, panelist_code, panelist_name, login FROM tp_member_self()");

Problem notMember(const Workspace& workspace)
{
    return {workspace.path(),
            QCoreApplication::translate("MemberSession",
                                        "this login is not an active credential of a panel member (it may have been "
                                        "revoked); ask the secretary for a new one")};
}

} // namespace

StoreResult<std::unique_ptr<MemberSession>> MemberSession::open(const QString& address, const QString& password)
{
    using Result = StoreResult<std::unique_ptr<MemberSession>>;
    Workspace::Options options;
    options.password = password;
    options.create = false;
    options.actor = QStringLiteral("member terminal");
    auto opened = Workspace::open(address, options);
    if (!opened.ok())
        return Result::from(opened);
    return fromWorkspace(*opened.value);
}

bool MemberSession::isMemberLogin(const Workspace& workspace)
{
    if (!workspace.isServer())
        return false;
    QSqlQuery q(workspace.database());
    return q.exec(kSelf) && q.next();
}

StoreResult<std::unique_ptr<MemberSession>> MemberSession::fromWorkspace(std::shared_ptr<Workspace> workspace)
{
    using Result = StoreResult<std::unique_ptr<MemberSession>>;
    if (!workspace || !workspace->isServer())
        return Result::fail(Failure::Refused, {workspace ? workspace->path() : QString(),
                                               tr("a member terminal works on a workspace on a server")});
    QSqlQuery q(workspace->database());
    if (!q.exec(kSelf) || !q.next())
        return Result::fail(Failure::Refused, notMember(*workspace));
    std::unique_ptr<MemberSession> session(new MemberSession(workspace));
    session->m_negotiation = q.value(0).toLongLong();
    session->m_panelist = q.value(1).toString();
    session->m_login = q.value(3).toString();
    return Result::success(std::move(session));
}

Workspace& MemberSession::workspace()
{
    return *m_workspace;
}

StoreResult<MemberView> MemberSession::view() const
{
    using Result = StoreResult<MemberView>;
    QSqlDatabase db = m_workspace->database();
    MemberView v;
    v.negotiationId = m_negotiation;
    v.panelist = m_panelist;
    QSqlQuery begin(db);
    if (!begin.exec(m_workspace->dialect().beginSnapshot())) {
        const Problem problem = m_workspace->storageProblem(begin.lastError());
        if (loginRefused()) {
            v.revoked = true;
            return Result::success(v);
        }
        return Result::fail(Failure::Storage, problem);
    }
    auto finish = [&db] {
        QSqlQuery end(db);
        end.exec(QStringLiteral("COMMIT"));
    };
    std::optional<QSqlError> error;
    auto select = [&](const QString& sql, const QVariantList& values, const auto& each) {
        if (error)
            return;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& value : values)
            q.addBindValue(value);
        if (!q.exec()) {
            error = q.lastError();
            return;
        }
        while (q.next())
            each(q);
    };
    bool self = false;
    select(kSelf, {}, [&](const QSqlQuery& q) {
        self = true;
        v.panelistName = q.value(2).toString();
    });
    if (!error && !self) {
        finish();
        v.revoked = true;
        return Result::success(v);
    }
    const QVariantList id{m_negotiation};
    select(QStringLiteral("SELECT code, title, stage FROM negotiations WHERE id = ?"), id, [&](const QSqlQuery& q) {
        v.negotiationCode = q.value(0).toString();
        v.negotiationTitle = q.value(1).toString();
        v.stage = q.value(2).toString();
    });
    select(QStringLiteral("SELECT code, title, max_hundredths FROM criteria WHERE negotiation_id = ? ORDER BY "
                          "position, code"),
           id, [&](const QSqlQuery& q) {
               v.criteria.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
           });
    select(QStringLiteral("SELECT code, name FROM tp_member_bidders()"), {}, [&](const QSqlQuery& q) {
        v.bidders.append({q.value(0).toString(), q.value(1).toString()});
    });
    // A seeded draw's order follows from its seed (a physical draw's order is stored and came first).
    QString seed;
    bool ordered = false;
    select(QStringLiteral("SELECT seed, (SELECT COUNT(*) FROM draw_order o WHERE o.negotiation_id = d.negotiation_id) "
                          "FROM draws d WHERE negotiation_id = ?"),
           id, [&](const QSqlQuery& q) {
               seed = q.value(0).toString();
               ordered = q.value(1).toLongLong() > 0;
           });
    if (!ordered && !seed.isEmpty()) {
        QStringList codes;
        QHash<QString, QString> names;
        for (const MemberView::Bidder& b : std::as_const(v.bidders)) {
            codes.append(b.code);
            names.insert(b.code, b.name);
        }
        v.bidders.clear();
        for (const QString& code : LotDraw::order(seed, codes))
            v.bidders.append({code, names.value(code)});
    }
    select(QStringLiteral("SELECT bidder_code FROM presentations WHERE negotiation_id = ? AND ended_at IS NULL "
                          "ORDER BY started_at DESC LIMIT 1"),
           id, [&](const QSqlQuery& q) { v.presenting = q.value(0).toString(); });
    select(QStringLiteral("SELECT bidder_code, criterion_code, hundredths FROM scores WHERE negotiation_id = ? AND "
                          "panelist_code = ?"),
           {m_negotiation, m_panelist}, [&](const QSqlQuery& q) {
               v.own.insert(q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString(), q.value(2).toLongLong());
           });
    select(QStringLiteral("SELECT panelist_code, submitted_at FROM sheets WHERE negotiation_id = ?"), id,
           [&](const QSqlQuery& q) {
               ++v.sheetsIn;
               if (q.value(0).toString() == m_panelist) {
                   v.submitted = true;
                   v.submittedAt = q.value(1).toString();
               }
           });
    select(QStringLiteral("SELECT COUNT(*) FROM panelists WHERE negotiation_id = ?"), id,
           [&](const QSqlQuery& q) { v.sheetsTotal = q.value(0).toInt(); });
    if (v.stage == QLatin1String("scoring") || v.stage == QLatin1String("vote")) {
        QString tied;
        qint64 round = 0;
        select(QStringLiteral("SELECT round_no, tied FROM vote_rounds WHERE negotiation_id = ? AND closed_at IS NULL "
                              "ORDER BY round_no DESC LIMIT 1"),
               id, [&](const QSqlQuery& q) {
                   round = q.value(0).toLongLong();
                   tied = q.value(1).toString();
               });
        if (round > 0) {
            MemberView::Vote vote;
            vote.round = round;
            QStringList codes;
            for (const QJsonValue& c : QJsonDocument::fromJson(tied.toUtf8()).array())
                codes.append(c.toString());
            codes.sort();
            for (const QString& code : codes) {
                QString name = code;
                select(QStringLiteral("SELECT name FROM bidders WHERE negotiation_id = ? AND code = ?"),
                       {m_negotiation, code}, [&](const QSqlQuery& q) { name = q.value(0).toString(); });
                vote.tied.append({code, name});
            }
            select(QStringLiteral("SELECT tp_member_voted(?)"), {round},
                   [&](const QSqlQuery& q) { vote.voted = q.value(0).toBool(); });
            v.vote = vote;
        }
    }
    finish();
    if (error) {
        const Problem problem = m_workspace->storageProblem(*error);
        if (loginRefused()) {
            v = MemberView();
            v.negotiationId = m_negotiation;
            v.panelist = m_panelist;
            v.revoked = true;
            return Result::success(v);
        }
        return Result::fail(Failure::Storage, problem);
    }
    return Result::success(v);
}

bool MemberSession::loginRefused() const
{
    if (!m_workspace->isConnectionLost())
        return false;
    // database() opens a lost connection again; its error tells why that failed.
    const QSqlError error = m_workspace->database().lastError();
    return m_workspace->isConnectionLost() && m_workspace->dialect().isLoginRefused(error);
}

StoreResult<Done> MemberSession::call(const QString& statement, const QVariantList& values)
{
    using Result = StoreResult<Done>;
    QSqlQuery q(m_workspace->database());
    q.prepare(statement);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (q.exec())
        return Result::success(Done());
    const QString code = MemberServerSchema::refusalCode(q.lastError());
    if (code.isEmpty())
        return Result::fail(Failure::Storage, m_workspace->storageProblem(q.lastError()));
    QString why = MemberServerSchema::refusalText(code);
    if (why.isEmpty())
        why = m_workspace->dialect().describe(q.lastError());
    const bool invalid = code == QLatin1String("no_bidder") || code == QLatin1String("no_criterion") ||
                         code == QLatin1String("out_of_range") || code == QLatin1String("not_tied");
    return Result::fail(invalid ? Failure::Invalid : Failure::Refused, {m_panelist, why});
}

StoreResult<Done> MemberSession::recordScore(const QString& bidder, const QString& criterion, Hundredths value)
{
    auto r = call(QStringLiteral("SELECT tp_member_record_score(?, ?, ?, ?, ?)"),
                  {m_negotiation, m_panelist, bidder, criterion, qint64(value)});
    if (!r.ok() && r.failure != Failure::Storage)
        r.problem.where = QStringLiteral("%1/%2").arg(bidder, criterion);
    return r;
}

StoreResult<Done> MemberSession::submitSheet()
{
    return call(QStringLiteral("SELECT tp_member_submit_sheet(?, ?)"), {m_negotiation, m_panelist});
}

StoreResult<Done> MemberSession::castBallot(qint64 round, const std::optional<QString>& choice)
{
    return call(
        QStringLiteral("SELECT tp_member_cast_ballot(?, ?, ?, ?)"),
        {m_negotiation, m_panelist, round, choice ? QVariant(*choice) : QVariant(QMetaType(QMetaType::QString))});
}

} // namespace tp::store
