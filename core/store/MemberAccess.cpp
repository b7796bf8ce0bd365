#include "MemberAccess.h"

#include "MemberServerSchema.h"
#include "NegotiationAction.h"
#include "NegotiationRecord.h"
#include "Procedure.h"
#include "RecordReader.h"
#include "Workspace.h"
#include "WorkspaceAddress.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MemberAccess", text);
}

const QString kLogins = QStringLiteral("member_logins");

// Letters and digits that cannot be mistaken for one another on a printed slip (no 0/O, 1/l/I, 5/S,
// 2/Z, 8/B).
const char kPasswordAlphabet[] = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679";
const char kLoginAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";

QString randomText(const char* alphabet, int length)
{
    const quint32 size = quint32(qstrlen(alphabet));
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]));
    return text;
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// The SCRAM-SHA-256 verifier of `password` (RFC 5802/7677, as PostgreSQL stores it), so that the
// password itself never reaches the server, its logs or its statistics.
QString scramVerifier(const QString& password)
{
    constexpr int kIterations = 4096;
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    const QByteArray key = password.toUtf8();
    QByteArray u = hmac(key, salt + QByteArray("\0\0\0\1", 4));
    QByteArray salted = u;
    for (int i = 1; i < kIterations; ++i) {
        u = hmac(key, u);
        for (int j = 0; j < salted.size(); ++j)
            salted[j] = char(salted[j] ^ u[j]);
    }
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, QByteArrayLiteral("Client Key")), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

bool active(const QVariantMap& login)
{
    return !login.value(QStringLiteral("revoked_at")).isValid();
}

// Runs `statement` inside a savepoint; a failure leaves the transaction as it was.
bool tryExec(QSqlDatabase db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery sp(db);
    sp.exec(QStringLiteral("SAVEPOINT tp_member_access"));
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(statement);
    } else {
        q.prepare(statement);
        for (const QVariant& v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    QSqlQuery end(db);
    end.exec(ok ? QStringLiteral("RELEASE SAVEPOINT tp_member_access")
                : QStringLiteral("ROLLBACK TO SAVEPOINT tp_member_access"));
    return ok;
}

// Drops a member login: it loses the group role at once, its sessions are ended, then the role
// goes. Ending another login's sessions needs the pg_signal_backend role (or superuser) on some
// servers; without it the sessions stay connected but can do nothing (no membership, no credential).
// A role that cannot be dropped (it owns objects) is left without LOGIN.
bool dropLogin(WriteTransaction& tx, const QString& login)
{
    if (tx.failed())
        return false;
    QSqlDatabase db = tx.database();
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
        q.addBindValue(login);
        if (!q.exec())
            return tx.exec(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"), {login});
        if (!q.next())
            return true; // already gone (a copied workspace, or dropped by hand)
    }
    if (!tx.exec(QStringLiteral("REVOKE %1 FROM %2").arg(MemberServerSchema::groupRole(), login)))
        return false;
    tryExec(db,
            QStringLiteral("SELECT pg_catalog.pg_terminate_backend(pid) FROM pg_catalog.pg_stat_activity "
                           "WHERE usename = ?"),
            {login});
    if (!tryExec(db, QStringLiteral("DROP ROLE %1").arg(login)))
        return tx.exec(QStringLiteral("ALTER ROLE %1 NOLOGIN PASSWORD NULL").arg(login));
    return true;
}

} // namespace

std::optional<Problem> MemberAccess::unsupported(const Workspace& workspace)
{
    if (!workspace.isServer())
        return Problem{workspace.path(), tr("panel members score on their own terminals only on a workspace on a "
                                            "PostgreSQL server; on a workspace file they score on this computer or on "
                                            "paper")};
    if (workspace.schemaVersion() < 6)
        return Problem{workspace.path(), tr("the workspace must be upgraded before terminals can be used")};
    return std::nullopt;
}

Problem MemberAccess::terminalMemberProblem(const QString& panelist)
{
    return {QStringLiteral("--panelist"),
            tr("%1 scores on their own terminal; revoke the credential to enter the sheet here").arg(panelist)};
}

bool MemberAccess::hasActiveCredential(WriteTransaction& tx, qint64 id, const QString& panelist)
{
    if (tx.workspace().schemaVersion() < 6)
        return false;
    // A credential not revoked: its revoked_at is NULL (an invalid value matches NULL).
    return tx.exists(kLogins, {{QStringLiteral("negotiation_id"), id},
                               {QStringLiteral("panelist_code"), panelist},
                               {QStringLiteral("revoked_at"), QVariant()}});
}

StoreResult<bool> MemberAccess::hasActiveCredential(const Workspace& workspace, qint64 id, const QString& panelist)
{
    if (workspace.schemaVersion() < 6)
        return StoreResult<bool>::success(false);
    const auto rows = RecordReader::rows(
        workspace, kLogins, {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("panelist_code"), panelist}});
    if (!rows.ok())
        return StoreResult<bool>::from(rows);
    for (const QVariantMap& row : *rows.value)
        if (active(row))
            return StoreResult<bool>::success(true);
    return StoreResult<bool>::success(false);
}

int MemberAccess::revokeIn(WriteTransaction& tx, qint64 id, const QStringList& panelists)
{
    if (tx.workspace().schemaVersion() < 6 || tx.failed())
        return tx.failed() ? -1 : 0;
    int count = 0;
    const QString now = tx.timestamp();
    for (QVariantMap row : tx.rows(kLogins, {{QStringLiteral("negotiation_id"), id}})) {
        if (!active(row) ||
            (!panelists.isEmpty() && !panelists.contains(row.value(QStringLiteral("panelist_code")).toString())))
            continue;
        if (tx.workspace().isServer() && !dropLogin(tx, row.value(QStringLiteral("login")).toString()))
            return -1;
        row.insert(QStringLiteral("revoked_at"), now);
        if (!tx.upsert(kLogins, row))
            return -1;
        ++count;
    }
    return tx.failed() ? -1 : count;
}

StoreResult<QList<MemberCredential>> MemberAccess::issue(qint64 id, const QStringList& panelists, const QString& actor,
                                                         const QString& terminalHost)
{
    using Result = StoreResult<QList<MemberCredential>>;
    if (auto p = unsupported(m_workspace))
        return Result::fail(Failure::Refused, *p);
    if (auto missing = MemberServerSchema::missingPrivilege(m_workspace.database()))
        return Result::fail(Failure::Refused, {m_workspace.path(), *missing});
    const auto address = WorkspaceAddress::parse(m_workspace.path());
    if (!address)
        return Result::fail(Failure::Invalid, {m_workspace.path(), tr("the workspace address cannot be read")});
    const QString host = terminalHost.trimmed().isEmpty() ? address->host() : terminalHost.trimmed();

    return NegotiationAction::run<QList<MemberCredential>>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (auto p = Procedure::checkScoreEntry(stage, NegotiationRecord::drawRecorded(tx, id)))
                return Result::fail(
                    Failure::Refused,
                    {p->where, tr("terminal credentials are issued while scoring is open: %1").arg(p->why)});
            const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
            const QList<QVariantMap> panel = tx.rows(QStringLiteral("panelists"), match);
            QSet<QString> submitted, holding;
            for (const QVariantMap& s : tx.rows(QStringLiteral("sheets"), match))
                submitted.insert(s.value(QStringLiteral("panelist_code")).toString());
            for (const QVariantMap& l : tx.rows(kLogins, match))
                if (active(l))
                    holding.insert(l.value(QStringLiteral("panelist_code")).toString());
            if (tx.failed())
                return Result::fail(Failure::Storage, tx.problem());
            QHash<QString, QString> names;
            QStringList targets;
            for (const QVariantMap& m : panel) {
                const QString code = m.value(QStringLiteral("code")).toString();
                names.insert(code, m.value(QStringLiteral("name")).toString());
                if (panelists.isEmpty() && !submitted.contains(code) && !holding.contains(code))
                    targets.append(code);
            }
            for (const QString& code : panelists) {
                if (!names.contains(code))
                    return Result::fail(Failure::Invalid,
                                        {QStringLiteral("--panelist"), tr("no panel member \"%1\"").arg(code)});
                if (submitted.contains(code))
                    return Result::fail(
                        Failure::Refused,
                        {QStringLiteral("--panelist"),
                         tr("the score sheet of %1 is already submitted; no credential is needed").arg(code)});
                if (holding.contains(code))
                    return Result::fail(Failure::Refused,
                                        {QStringLiteral("--panelist"),
                                         tr("%1 already holds an active credential; revoke it first to issue a new "
                                            "one")
                                             .arg(code)});
                if (!targets.contains(code))
                    targets.append(code);
            }
            if (targets.isEmpty())
                return Result::fail(Failure::Refused,
                                    {QStringLiteral("--panelist"),
                                     tr("every panel member already holds a credential or has submitted the sheet")});

            if (auto error = MemberServerSchema::install(tx.database())) {
                const Problem p = m_workspace.storageProblem(*error);
                return Result::fail(Failure::Storage,
                                    {p.where, tr("the server could not be prepared for terminals: %1").arg(p.why)});
            }
            const QString now = tx.timestamp();
            QList<MemberCredential> issued;
            QJsonArray loginList, panelList;
            for (const QString& code : targets) {
                QString login;
                for (;;) {
                    login = QStringLiteral("tpm_") + randomText(kLoginAlphabet, 12);
                    QSqlQuery q(tx.database());
                    q.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
                    q.addBindValue(login);
                    if (!q.exec())
                        return Result::fail(Failure::Storage, m_workspace.storageProblem(q.lastError()));
                    if (!q.next())
                        break;
                }
                const QString password = randomText(kPasswordAlphabet, 20);
                QSqlQuery create(tx.database());
                if (!create.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                                     .arg(login, scramVerifier(password), MemberServerSchema::groupRole()))) {
                    const Problem p = m_workspace.storageProblem(create.lastError());
                    return Result::fail(Failure::Storage,
                                        {p.where, tr("the login for %1 could not be created: %2").arg(code, p.why)});
                }
                tx.upsert(kLogins, {{QStringLiteral("login"), login},
                                    {QStringLiteral("negotiation_id"), id},
                                    {QStringLiteral("panelist_code"), code},
                                    {QStringLiteral("issued_at"), now},
                                    {QStringLiteral("issued_by"), actor},
                                    {QStringLiteral("revoked_at"), QVariant()}});
                MemberCredential c;
                c.panelist = code;
                c.name = names.value(code);
                c.negotiationCode = NegotiationRecord::code(neg);
                c.negotiationTitle = neg.value(QStringLiteral("title")).toString();
                c.server = host.startsWith(QLatin1Char('/')) || address->port() == 5432
                               ? host
                               : host + QLatin1Char(':') + QString::number(address->port());
                c.database = address->database();
                c.login = login;
                c.password = password;
                const WorkspaceAddress terminal =
                    WorkspaceAddress::server(host, address->port(), address->database(), login, address->sslMode());
                c.address = terminal.toDisplayString();
                c.connectionUri = c.address;
                c.connectionUri.replace(QStringLiteral("postgresql://") + login + QLatin1Char('@'),
                                        QStringLiteral("postgresql://") + login + QLatin1Char(':') + password +
                                            QLatin1Char('@'));
                c.issuedAt = now;
                issued.append(c);
                loginList.append(login);
                panelList.append(code);
            }
            if (tx.failed())
                return Result::fail(Failure::Storage, tx.problem());
            event = {QStringLiteral("member_credentials_issued"),
                     {{QStringLiteral("panelists"), panelList}, {QStringLiteral("logins"), loginList}}};
            return Result::success(issued);
        });
}

StoreResult<int> MemberAccess::revoke(qint64 id, const QStringList& panelists, const QString& actor)
{
    using Result = StoreResult<int>;
    // Also on a workspace file copied from a server while credentials were active: the rows are
    // marked revoked (there is no login to drop), so the laptop takes those sheets again.
    if (m_workspace.schemaVersion() < 6)
        return Result::fail(Failure::Refused, *unsupported(m_workspace));
    return NegotiationAction::run<int>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap&, ActionEvent& event) {
            QJsonArray revoked;
            for (const QVariantMap& l : tx.rows(kLogins, {{QStringLiteral("negotiation_id"), id}})) {
                const QString code = l.value(QStringLiteral("panelist_code")).toString();
                if (active(l) && (panelists.isEmpty() || panelists.contains(code)))
                    revoked.append(l.value(QStringLiteral("login")).toString());
            }
            const int count = revokeIn(tx, id, panelists);
            if (count < 0)
                return Result::fail(Failure::Storage, tx.problem());
            if (count == 0) {
                event = ActionEvent::none();
                return Result::success(0);
            }
            event = {QStringLiteral("member_credentials_revoked"), {{QStringLiteral("logins"), revoked}}};
            return Result::success(count);
        });
}

StoreResult<QList<MemberProgress>> MemberAccess::progress(qint64 id) const
{
    using Result = StoreResult<QList<MemberProgress>>;
    const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
    const auto panel = RecordReader::rows(m_workspace, QStringLiteral("panelists"), match);
    if (!panel.ok())
        return Result::from(panel);
    const auto sheets = RecordReader::rows(m_workspace, QStringLiteral("sheets"), match);
    if (!sheets.ok())
        return Result::from(sheets);
    const auto scores = RecordReader::rows(m_workspace, QStringLiteral("scores"), match);
    if (!scores.ok())
        return Result::from(scores);
    const auto criteria = RecordReader::rows(m_workspace, QStringLiteral("criteria"), match);
    if (!criteria.ok())
        return Result::from(criteria);
    QList<QVariantMap> logins;
    if (m_workspace.schemaVersion() >= 6) {
        const auto rows = RecordReader::rows(m_workspace, kLogins, match);
        if (!rows.ok())
            return Result::from(rows);
        logins = *rows.value;
    }
    int cells = 0;
    QSet<QString> qualified;
    if (const auto q = NegotiationRecord::qualification(m_workspace, id); q.ok()) {
        qualified = QSet<QString>(q.value->qualified.cbegin(), q.value->qualified.cend());
        cells = int(qualified.size() * criteria.value->size());
    }
    QList<MemberProgress> list;
    for (const QVariantMap& m : *panel.value) {
        MemberProgress p;
        p.panelist = m.value(QStringLiteral("code")).toString();
        p.name = m.value(QStringLiteral("name")).toString();
        p.cells = cells;
        for (const QVariantMap& s : *scores.value)
            if (s.value(QStringLiteral("panelist_code")).toString() == p.panelist &&
                qualified.contains(s.value(QStringLiteral("bidder_code")).toString()))
                ++p.entered;
        for (const QVariantMap& s : *sheets.value)
            if (s.value(QStringLiteral("panelist_code")).toString() == p.panelist)
                p.submittedAt = s.value(QStringLiteral("submitted_at")).toString();
        bool activeLogin = false;
        for (const QVariantMap& l : logins) {
            if (l.value(QStringLiteral("panelist_code")).toString() != p.panelist)
                continue;
            p.terminal = true;
            if (active(l) || !activeLogin) {
                p.login = l.value(QStringLiteral("login")).toString();
                activeLogin = activeLogin || active(l);
            }
        }
        if (!p.submittedAt.isEmpty())
            p.state = p.terminal ? MemberProgress::State::Submitted : MemberProgress::State::NoCredential;
        else if (!p.terminal)
            p.state = MemberProgress::State::NoCredential;
        else if (!activeLogin)
            p.state = MemberProgress::State::Revoked;
        else
            p.state = p.entered > 0 ? MemberProgress::State::Scoring : MemberProgress::State::Waiting;
        list.append(p);
    }
    return Result::success(list);
}

std::optional<Problem> MemberAccess::sweepBallots()
{
    return sweepBallots(0, nullptr);
}

std::optional<Problem> MemberAccess::sweepBallots(qint64 id, qint64* sweptUpTo)
{
    if (!m_workspace.isServer())
        return std::nullopt;
    qint64 lastCast = 0;
    if (sweptUpTo) {
        QSqlQuery last(m_workspace.database());
        last.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_events WHERE negotiation_id = ?"
                                    " AND action <> 'score_recorded' AND action = 'ballot_cast'"));
        last.addBindValue(id);
        if (!last.exec() || !last.next())
            return m_workspace.storageProblem(last.lastError());
        lastCast = last.value(0).toLongLong();
        if (lastCast <= *sweptUpTo)
            return std::nullopt;
    }
    QSqlQuery q(m_workspace.database());
    if (!q.exec(m_workspace.dialect().truncateLog()))
        return m_workspace.storageProblem(q.lastError());
    if (sweptUpTo)
        *sweptUpTo = lastCast;
    return std::nullopt;
}

} // namespace tp::store
