#include "SchemaMigrations.h"

#include "BuiltinTemplates.h"
#include "MemberServerSchema.h"
#include "Workspace.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

namespace tp::store {

namespace {

// The scores, with the table options of version 1 ({STRICT}) or of version 8 ({STRICT_WITHOUT_ROWID}).
QString scoresTable(QLatin1String options)
{
    return QStringLiteral("CREATE TABLE scores ("
                          " negotiation_id {INT} NOT NULL,"
                          " panelist_code TEXT NOT NULL,"
                          " bidder_code TEXT NOT NULL,"
                          " criterion_code TEXT NOT NULL,"
                          " hundredths {INT} NOT NULL CHECK (hundredths >= 0),"
                          " PRIMARY KEY (negotiation_id, panelist_code, bidder_code, criterion_code),"
                          " FOREIGN KEY (negotiation_id, panelist_code) REFERENCES panelists (negotiation_id, code),"
                          " FOREIGN KEY (negotiation_id, bidder_code) REFERENCES bidders (negotiation_id, code),"
                          " FOREIGN KEY (negotiation_id, criterion_code) REFERENCES criteria (negotiation_id, code))") +
           options;
}

QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE negotiations ("
                       " id {INT} NOT NULL PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL,"
                       " purchaser TEXT NOT NULL,"
                       " registration_deadline TEXT,"
                       " proposal_deadline TEXT,"
                       " required_copies {INT},"
                       " presentation_minutes {INT} NOT NULL,"
                       " statement_minutes {INT} NOT NULL,"
                       " min_bidders {INT} NOT NULL,"
                       " max_winners {INT} NOT NULL,"
                       " trim_highest {INT} NOT NULL,"
                       " trim_lowest {INT} NOT NULL,"
                       " trim_level TEXT NOT NULL CHECK (trim_level IN ('total', 'criterion')),"
                       " tie_precision TEXT NOT NULL CHECK (tie_precision IN ('exact', 'rounded')),"
                       " publication_start TEXT,"
                       " publication_working_days {INT},"
                       " publication_count_start_day {INT},"
                       " has_proposals {INT} NOT NULL,"
                       " has_scores {INT} NOT NULL,"
                       " stage TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL){STRICT}"),
        QStringLiteral("CREATE INDEX negotiations_title ON negotiations (title)"),
        QStringLiteral("CREATE TABLE allocations ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " winner_count {INT} NOT NULL,"
                       " position {INT} NOT NULL,"
                       " percent {INT} NOT NULL,"
                       " PRIMARY KEY (negotiation_id, winner_count, position)){STRICT}"),
        QStringLiteral("CREATE TABLE criteria ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " code TEXT NOT NULL,"
                       " position {INT} NOT NULL,"
                       " title TEXT NOT NULL,"
                       " max_hundredths {INT} NOT NULL CHECK (max_hundredths > 0),"
                       " PRIMARY KEY (negotiation_id, code)){STRICT}"),
        QStringLiteral("CREATE TABLE bidders ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " code TEXT NOT NULL,"
                       " position {INT} NOT NULL,"
                       " name TEXT NOT NULL,"
                       " eligible {INT} NOT NULL,"
                       " registered_at TEXT,"
                       " withdrawn {INT} NOT NULL,"
                       " representative TEXT,"
                       " id_number_masked TEXT,"
                       " intro_letter_checked {INT},"
                       " id_copy_checked {INT},"
                       " PRIMARY KEY (negotiation_id, code)){STRICT}"),
        QStringLiteral("CREATE TABLE proposals ("
                       " negotiation_id {INT} NOT NULL,"
                       " bidder_code TEXT NOT NULL,"
                       " received_at TEXT NOT NULL,"
                       " copies {INT},"
                       " sealed {INT},"
                       " rejected_reason TEXT,"
                       " opened_at TEXT,"
                       " opened_witness TEXT,"
                       " PRIMARY KEY (negotiation_id, bidder_code),"
                       " FOREIGN KEY (negotiation_id, bidder_code) REFERENCES bidders (negotiation_id, code)){STRICT}"),
        QStringLiteral("CREATE TABLE panelists ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " code TEXT NOT NULL,"
                       " position {INT} NOT NULL,"
                       " name TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('leader', 'member')),"
                       " affiliation TEXT,"
                       " conflict_declared {INT},"
                       " conflict_note TEXT,"
                       " PRIMARY KEY (negotiation_id, code)){STRICT}"),
        QStringLiteral("CREATE TABLE draws ("
                       " negotiation_id {INT} NOT NULL PRIMARY KEY REFERENCES negotiations (id),"
                       " seed TEXT,"
                       " commitment TEXT,"
                       " witnesses TEXT,"
                       " recorded_at TEXT NOT NULL){STRICT}"),
        QStringLiteral("CREATE TABLE draw_order ("
                       " negotiation_id {INT} NOT NULL REFERENCES draws (negotiation_id),"
                       " position {INT} NOT NULL,"
                       " bidder_code TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, position)){STRICT}"),
        QStringLiteral("CREATE TABLE presentations ("
                       " negotiation_id {INT} NOT NULL,"
                       " bidder_code TEXT NOT NULL,"
                       " started_at TEXT NOT NULL,"
                       " ended_at TEXT,"
                       " overrun_seconds {INT},"
                       " PRIMARY KEY (negotiation_id, bidder_code),"
                       " FOREIGN KEY (negotiation_id, bidder_code) REFERENCES bidders (negotiation_id, code)){STRICT}"),
        scoresTable(QLatin1String("{STRICT}")),
        QStringLiteral("CREATE TABLE sheets ("
                       " negotiation_id {INT} NOT NULL,"
                       " panelist_code TEXT NOT NULL,"
                       " submitted_at TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, panelist_code),"
                       " FOREIGN KEY (negotiation_id, panelist_code) REFERENCES panelists (negotiation_id, code))"
                       "{STRICT}"),
        QStringLiteral("CREATE TABLE corrections ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " seq {INT} NOT NULL,"
                       " panelist_code TEXT NOT NULL,"
                       " bidder_code TEXT NOT NULL,"
                       " criterion_code TEXT NOT NULL,"
                       " old_hundredths {INT},"
                       " new_hundredths {INT} NOT NULL,"
                       " category TEXT NOT NULL CHECK (category IN ('summation_error', 'out_of_range',"
                       " 'objective_disagreement', 'abnormal_score')),"
                       " reason TEXT NOT NULL,"
                       " leader TEXT NOT NULL,"
                       " corrected_at TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, seq)){STRICT}"),
        QStringLiteral("CREATE TABLE vote_rounds ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " round_no {INT} NOT NULL,"
                       " tied TEXT NOT NULL,"
                       " closed_at TEXT,"
                       " PRIMARY KEY (negotiation_id, round_no)){STRICT}"),
        // Who has voted. Kept apart from the ballots; rows carry nothing but the voter.
        QStringLiteral("CREATE TABLE vote_roll ("
                       " negotiation_id {INT} NOT NULL,"
                       " round_no {INT} NOT NULL,"
                       " panelist_code TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, round_no, panelist_code),"
                       " FOREIGN KEY (negotiation_id, round_no) REFERENCES vote_rounds (negotiation_id, round_no))"
                       "{STRICT}"),
        // The ballot box: what was voted, with no voter, no time and no sequence number. Version 4
        // replaces it (see version4()).
        QStringLiteral("CREATE TABLE ballots ("
                       " negotiation_id {INT} NOT NULL,"
                       " round_no {INT} NOT NULL,"
                       " choice TEXT,"
                       " FOREIGN KEY (negotiation_id, round_no) REFERENCES vote_rounds (negotiation_id, round_no))"
                       "{STRICT}"),
        QStringLiteral("CREATE TABLE results ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " seq {INT} NOT NULL,"
                       " status TEXT NOT NULL,"
                       " evaluation TEXT NOT NULL,"
                       " recorded_at TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, seq)){STRICT}"),
        QStringLiteral("CREATE TABLE documents ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " seq {INT} NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " issued_at TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, seq)){STRICT}"),
        QStringLiteral("CREATE TABLE audit_events ("
                       " seq {INT} NOT NULL PRIMARY KEY,"
                       " negotiation_id {INT},"
                       " action TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL){STRICT}"),
        QStringLiteral("CREATE INDEX audit_events_negotiation ON audit_events (negotiation_id)"),
    };
}

QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN publication_website TEXT"),
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN challenge_contact TEXT"),
        QStringLiteral("CREATE TABLE criteria_templates ("
                       " id {INT} NOT NULL PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " builtin {INT} NOT NULL,"
                       " created_at TEXT NOT NULL){STRICT}"),
        QStringLiteral("CREATE TABLE template_criteria ("
                       " template_id {INT} NOT NULL REFERENCES criteria_templates (id),"
                       " position {INT} NOT NULL,"
                       " code TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " max_hundredths {INT} NOT NULL CHECK (max_hundredths > 0),"
                       " PRIMARY KEY (template_id, position)){STRICT}"),
    };
}

QStringList version3()
{
    return {
        // A verifiable draw's seed from the moment its commitment is shown until the reveal. Kept
        // apart from draws, which holds only revealed (or physical) draws: a scenario export, the
        // evaluation and every "is the draw recorded" check read draws alone.
        QStringLiteral("CREATE TABLE draw_commitments ("
                       " negotiation_id {INT} NOT NULL PRIMARY KEY REFERENCES negotiations (id),"
                       " seed TEXT NOT NULL,"
                       " commitment TEXT NOT NULL,"
                       " committed_at TEXT NOT NULL){STRICT}"),
        // The panel's confirmation of a score flagged as abnormally high or low, with its reason
        // and the leader who approved it. A flagged score corrected instead is in corrections.
        QStringLiteral("CREATE TABLE score_reviews ("
                       " negotiation_id {INT} NOT NULL,"
                       " seq {INT} NOT NULL,"
                       " panelist_code TEXT NOT NULL,"
                       " bidder_code TEXT NOT NULL,"
                       " criterion_code TEXT NOT NULL,"
                       " hundredths {INT} NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " leader TEXT NOT NULL,"
                       " reviewed_at TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, seq),"
                       " FOREIGN KEY (negotiation_id, panelist_code, bidder_code, criterion_code)"
                       " REFERENCES scores (negotiation_id, panelist_code, bidder_code, criterion_code)){STRICT}"),
    };
}

QStringList version4()
{
    return {
        QStringLiteral("ALTER TABLE ballots RENAME TO ballots_version3"),
        // The ballot box, written at each cast (WriteTransaction): what was voted (choice NULL: a
        // blank ballot) in a slot of 128 random bits, with no voter, no time and no sequence number.
        // Stored by its key alone (no row id), and rewritten whole with fresh slots at each cast, so
        // that no order in the file follows the order in which the ballots were cast.
        QStringLiteral("CREATE TABLE ballots ("
                       " negotiation_id {INT} NOT NULL,"
                       " round_no {INT} NOT NULL,"
                       " slot TEXT NOT NULL CHECK (length(slot) = 32),"
                       " choice TEXT,"
                       " PRIMARY KEY (negotiation_id, round_no, slot),"
                       " FOREIGN KEY (negotiation_id, round_no) REFERENCES vote_rounds (negotiation_id, round_no))"
                       "{STRICT_WITHOUT_ROWID}"),
    };
}

QStringList version5()
{
    // What the notice, the report and the letters print about the paperwork and the people to
    // contact (DocumentDetails); publication_website and challenge_contact came with version 2.
    return {
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN basis TEXT"),
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN issuer TEXT"),
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN challenge_address TEXT"),
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN contact_person TEXT"),
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN contact_phone TEXT"),
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN contact_address TEXT"),
    };
}

QStringList version6()
{
    // The terminal credentials the secretary issued on a server workspace (MemberAccess): which
    // login scores for which panel member. The password is never stored; revoked_at is set when the
    // login is dropped.
    return {
        QStringLiteral("CREATE TABLE member_logins ("
                       " login TEXT NOT NULL PRIMARY KEY,"
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " panelist_code TEXT NOT NULL,"
                       " issued_at TEXT NOT NULL,"
                       " issued_by TEXT NOT NULL,"
                       " revoked_at TEXT){STRICT}"),
    };
}

QStringList version7()
{
    // Service areas: for a winner count, the areas its winners serve in rank order (the first winner
    // the area at position 1), each with its places in the order the centre listed them. Templates
    // can carry the award settings of a known project (template_awards) with their areas.
    return {
        QStringLiteral("CREATE TABLE service_areas ("
                       " negotiation_id {INT} NOT NULL REFERENCES negotiations (id),"
                       " winner_count {INT} NOT NULL,"
                       " position {INT} NOT NULL,"
                       " name TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, winner_count, position)){STRICT}"),
        QStringLiteral("CREATE TABLE service_area_places ("
                       " negotiation_id {INT} NOT NULL,"
                       " winner_count {INT} NOT NULL,"
                       " position {INT} NOT NULL,"
                       " ordinal {INT} NOT NULL,"
                       " place TEXT NOT NULL,"
                       " PRIMARY KEY (negotiation_id, winner_count, position, ordinal),"
                       " FOREIGN KEY (negotiation_id, winner_count, position)"
                       " REFERENCES service_areas (negotiation_id, winner_count, position)){STRICT}"),
        QStringLiteral("CREATE TABLE template_awards ("
                       " template_id {INT} NOT NULL PRIMARY KEY REFERENCES criteria_templates (id),"
                       " min_bidders {INT} NOT NULL,"
                       " max_winners {INT} NOT NULL){STRICT}"),
        QStringLiteral("CREATE TABLE template_areas ("
                       " template_id {INT} NOT NULL REFERENCES template_awards (template_id),"
                       " winner_count {INT} NOT NULL,"
                       " position {INT} NOT NULL,"
                       " name TEXT NOT NULL,"
                       " PRIMARY KEY (template_id, winner_count, position)){STRICT}"),
        QStringLiteral("CREATE TABLE template_area_places ("
                       " template_id {INT} NOT NULL,"
                       " winner_count {INT} NOT NULL,"
                       " position {INT} NOT NULL,"
                       " ordinal {INT} NOT NULL,"
                       " place TEXT NOT NULL,"
                       " PRIMARY KEY (template_id, winner_count, position, ordinal),"
                       " FOREIGN KEY (template_id, winner_count, position)"
                       " REFERENCES template_areas (template_id, winner_count, position)){STRICT}"),
    };
}

QStringList version8()
{
    return {
        // The time a negotiation last changed is the time of its last audit event (the list reads it
        // from there, summary::kColumns), so a change writes no row of its own to say when it happened.
        QStringLiteral("ALTER TABLE negotiations DROP COLUMN updated_at"),
        // A negotiation's events in order, on every server as in SQLite (whose index on negotiation_id
        // alone already ended with the row id, the event's number), with their times: the list finds
        // each negotiation's last time in the index alone, without reading the event.
        QStringLiteral("DROP INDEX audit_events_negotiation"),
        QStringLiteral("CREATE INDEX audit_events_negotiation ON audit_events (negotiation_id, seq, at)"),
    };
}

QStringList version9()
{
    return {
        // The number of the first event that entered scores of the negotiation by hand (a score, a
        // sheet): its score_recorded events are found from there (AuditLog::events), as they are not in
        // the index below.
        QStringLiteral("ALTER TABLE negotiations ADD COLUMN scores_from_seq {INT}"),
        // A panel member's save of a score writes no entry of this index: one page fewer per save. The
        // action is in the index so that the list still reads each negotiation's last time from the
        // index alone.
        QStringLiteral("DROP INDEX audit_events_negotiation"),
        QStringLiteral("CREATE INDEX audit_events_negotiation ON audit_events (negotiation_id, seq, at, action)"
                       " WHERE action <> 'score_recorded'"),
    };
}

std::optional<Problem> slotBallots(WriteTransaction& tx)
{
    if (!tx.moveBallots(QStringLiteral("ballots_version3")) ||
        !tx.execDdl(QStringLiteral("DROP TABLE ballots_version3")))
        return tx.problem();
    return std::nullopt;
}

std::optional<Problem> seedTemplates(WriteTransaction& tx)
{
    return BuiltinTemplates::install(tx, 2);
}

std::optional<Problem> seedAwardTemplates(WriteTransaction& tx)
{
    return BuiltinTemplates::install(tx, 7);
}

// In a file, the scores are kept by their key alone (WITHOUT ROWID), so that a cell's first save writes
// one page of the table and no separate page of its key's index. The table is made again with its rows;
// the reviews that refer to scores are set aside meanwhile, so that no foreign key is left without its
// row. Nothing changes in the record, so nothing is described. A server's tables have no row ids.
std::optional<Problem> keepScoresByKey(WriteTransaction& tx)
{
    const QString columns = QStringLiteral("negotiation_id, panelist_code, bidder_code, criterion_code, hundredths");
    const QStringList statements = {
        QStringLiteral("CREATE TABLE score_reviews_version7 AS SELECT * FROM score_reviews"),
        QStringLiteral("DELETE FROM score_reviews"),
        QStringLiteral("CREATE TABLE scores_version7 AS SELECT %1 FROM scores").arg(columns),
        QStringLiteral("DROP TABLE scores"),
        scoresTable(QLatin1String("{STRICT_WITHOUT_ROWID}")),
        QStringLiteral("INSERT INTO scores (%1) SELECT %1 FROM scores_version7 ORDER BY negotiation_id, panelist_code,"
                       " bidder_code, criterion_code")
            .arg(columns),
        QStringLiteral("DROP TABLE scores_version7"),
        QStringLiteral("INSERT INTO score_reviews SELECT * FROM score_reviews_version7"),
        QStringLiteral("DROP TABLE score_reviews_version7"),
    };
    for (const QString& statement : statements)
        if (!tx.execDdl(statement))
            return tx.problem();
    return std::nullopt;
}

// The functions a server's panel member terminals call (MemberServerSchema) follow the tables: where a
// server has them, they are made again for version 8's tables.
std::optional<Problem> refreshMemberFunctions(WriteTransaction& tx)
{
    QSqlQuery q(tx.database());
    if (!q.exec(QStringLiteral("SELECT to_regproc('tp_touch') IS NOT NULL")) || !q.next())
        return tx.workspace().storageProblem(q.lastError());
    if (!q.value(0).toBool())
        return std::nullopt;
    if (auto error = MemberServerSchema::install(tx.database()))
        return tx.workspace().storageProblem(*error);
    return std::nullopt;
}

std::optional<Problem> upgradeTo8(WriteTransaction& tx)
{
    return tx.workspace().isServer() ? refreshMemberFunctions(tx) : keepScoresByKey(tx);
}

// The negotiations that have score_recorded events get the number of the first, described in the
// upgrade's event as every change is; a server's functions then set it as the program does.
std::optional<Problem> upgradeTo9(WriteTransaction& tx)
{
    if (tx.workspace().isServer())
        if (auto problem = refreshMemberFunctions(tx))
            return problem;
    const PreparedQuery::Rows first = PreparedQuery::run(
        tx.workspace(),
        QStringLiteral("SELECT negotiation_id, min(seq) FROM audit_events WHERE action = 'score_recorded'"
                       " AND negotiation_id IS NOT NULL GROUP BY negotiation_id ORDER BY negotiation_id"),
        {});
    if (first.failed)
        return tx.workspace().storageProblem(first.error);
    for (const QVariantList& row : first.rows)
        if (!tx.update(QStringLiteral("negotiations"), {{QStringLiteral("id"), row.value(0).toLongLong()}},
                       {{QStringLiteral("scores_from_seq"), row.value(1).toLongLong()}}))
            return tx.problem();
    return std::nullopt;
}

} // namespace

QString SchemaMigrations::metaTableDdl()
{
    return QStringLiteral("CREATE TABLE schema_meta (name TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL){STRICT}");
}

const QList<SchemaMigrations::Step>& SchemaMigrations::steps()
{
    static const QList<Step> list = {
        {1, version1(), {}},
        {2, version2(), seedTemplates},
        {3, version3(), {}},
        {4, version4(), slotBallots},
        {5, version5(), {}},
        {6, version6(), {}},
        {7, version7(), seedAwardTemplates},
        {8, version8(), upgradeTo8},
        {9, version9(), upgradeTo9},
    };
    return list;
}

} // namespace tp::store
