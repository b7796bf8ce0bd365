#include "MemberServerSchema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tp::store {

namespace {

// The definer functions' header: runs as the owner, with a search path no caller can change.
const char* const kDefiner = " SECURITY DEFINER SET search_path = pg_catalog, {S}, pg_temp";

// The tables a member reads, and the rows of each the member sees.
struct Readable
{
    const char* table;
    const char* rows;
};

const Readable kReadable[] = {
    {"negotiations", "id = tp_member_negotiation()"},
    {"criteria", "negotiation_id = tp_member_negotiation()"},
    {"bidders", "negotiation_id = tp_member_negotiation()"},
    {"panelists", "negotiation_id = tp_member_negotiation()"},
    {"draws", "negotiation_id = tp_member_negotiation()"},
    {"draw_order", "negotiation_id = tp_member_negotiation()"},
    {"presentations", "negotiation_id = tp_member_negotiation()"},
    {"sheets", "negotiation_id = tp_member_negotiation()"},
    {"vote_rounds", "negotiation_id = tp_member_negotiation()"},
    // Another member's figures only once every sheet of the panel is in.
    {"scores", "negotiation_id = tp_member_negotiation() AND (panelist_code = tp_member_panelist() OR "
               "tp_panel_all_in(negotiation_id))"},
};

// name(arguments), for the grants.
const char* const kInternal[] = {
    "tp_time_text(timestamptz)",
    "tp_qualified(bigint)",
    "tp_member_require(bigint, text)",
    "tp_scoring_open(bigint)",
    "tp_touch(bigint, timestamptz, text, boolean)",
    "tp_append_event(text, text, bigint, jsonb, jsonb, timestamptz)",
    "tp_random_slot()",
};
const char* const kMember[] = {
    "tp_member_negotiation()",
    "tp_member_panelist()",
    "tp_panel_all_in(bigint)",
    "tp_member_self()",
    "tp_member_bidders()",
    "tp_member_voted(bigint)",
    "tp_member_record_score(bigint, text, text, text, bigint)",
    "tp_member_submit_sheet(bigint, text)",
    "tp_member_cast_ballot(bigint, text, bigint, text)",
};

QString sql(const char* text)
{
    return QString::fromLatin1(text).replace(QLatin1String("{D}"), QLatin1String(kDefiner));
}

QStringList functions()
{
    return {
        // The session's active credential.
        sql("CREATE OR REPLACE FUNCTION tp_member_negotiation() RETURNS bigint LANGUAGE sql STABLE{D} AS $f$"
            " SELECT negotiation_id FROM member_logins WHERE login = session_user AND revoked_at IS NULL $f$"),
        sql("CREATE OR REPLACE FUNCTION tp_member_panelist() RETURNS text LANGUAGE sql STABLE{D} AS $f$"
            " SELECT panelist_code FROM member_logins WHERE login = session_user AND revoked_at IS NULL $f$"),
        sql("CREATE OR REPLACE FUNCTION tp_panel_all_in(p_negotiation bigint) RETURNS boolean LANGUAGE sql STABLE{D}"
            " AS $f$ SELECT EXISTS (SELECT 1 FROM panelists WHERE negotiation_id = p_negotiation) AND NOT EXISTS ("
            " SELECT 1 FROM panelists p WHERE p.negotiation_id = p_negotiation AND NOT EXISTS (SELECT 1 FROM sheets s"
            " WHERE s.negotiation_id = p.negotiation_id AND s.panelist_code = p.code)) $f$"),
        sql("CREATE OR REPLACE FUNCTION tp_member_self() RETURNS TABLE (negotiation_id bigint, panelist_code text,"
            " panelist_name text, login text) LANGUAGE sql STABLE{D} AS $f$"
            " SELECT m.negotiation_id, m.panelist_code, p.name, m.login FROM member_logins m JOIN panelists p"
            " ON p.negotiation_id = m.negotiation_id AND p.code = m.panelist_code"
            " WHERE m.login = session_user AND m.revoked_at IS NULL $f$"),
        // StoreTime::toText: ISO 8601 with the UTC offset ("Z" for UTC), milliseconds only when not 0.
        sql("CREATE OR REPLACE FUNCTION tp_time_text(p_time timestamptz) RETURNS text LANGUAGE sql STABLE{D} AS $f$"
            " SELECT to_char(p_time, 'YYYY-MM-DD\"T\"HH24:MI:SS')"
            " || CASE WHEN to_char(p_time, 'MS') = '000' THEN '' ELSE to_char(p_time, '.MS') END"
            " || CASE WHEN to_char(p_time, 'TZH:TZM') = '+00:00' THEN 'Z' ELSE to_char(p_time, 'TZH:TZM') END $f$"),
        // The qualified bidders (Qualification::exclusionReason, in SQL), in the order of a physical
        // draw when one is recorded, else in the order of the list (a seeded draw's order follows
        // from its seed: MemberSession).
        sql("CREATE OR REPLACE FUNCTION tp_qualified(p_negotiation bigint) RETURNS TABLE (code text, pos bigint)"
            " LANGUAGE sql STABLE{D} AS $f$"
            " SELECT b.code, coalesce(d.position, 1000000 + b.position) FROM bidders b"
            " JOIN negotiations n ON n.id = b.negotiation_id"
            " LEFT JOIN draw_order d ON d.negotiation_id = b.negotiation_id AND d.bidder_code = b.code"
            " LEFT JOIN proposals p ON p.negotiation_id = b.negotiation_id AND p.bidder_code = b.code"
            " WHERE b.negotiation_id = p_negotiation AND b.withdrawn = 0 AND b.eligible <> 0"
            " AND (n.registration_deadline IS NULL OR (b.registered_at IS NOT NULL"
            " AND b.registered_at::timestamptz <= n.registration_deadline::timestamptz))"
            " AND (n.has_proposals = 0 OR (p.bidder_code IS NOT NULL AND p.rejected_reason IS NULL"
            " AND (n.proposal_deadline IS NULL OR p.received_at::timestamptz <= n.proposal_deadline::timestamptz)))"
            " ORDER BY 2 $f$"),
        sql("CREATE OR REPLACE FUNCTION tp_member_bidders() RETURNS TABLE (code text, name text)"
            " LANGUAGE sql STABLE{D} AS $f$"
            " SELECT q.code, b.name FROM tp_qualified(tp_member_negotiation()) q JOIN bidders b"
            " ON b.negotiation_id = tp_member_negotiation() AND b.code = q.code ORDER BY q.pos $f$"),
        sql("CREATE OR REPLACE FUNCTION tp_member_voted(p_round bigint) RETURNS boolean LANGUAGE sql STABLE{D}"
            " AS $f$ SELECT EXISTS (SELECT 1 FROM vote_roll r JOIN member_logins m ON m.negotiation_id ="
            " r.negotiation_id AND m.panelist_code = r.panelist_code WHERE m.login = session_user"
            " AND m.revoked_at IS NULL AND r.round_no = p_round) $f$"),
        // The caller's credential, refused unless it acts on its own sheet.
        sql("CREATE OR REPLACE FUNCTION tp_member_require(p_negotiation bigint, p_panelist text)"
            " RETURNS text LANGUAGE plpgsql STABLE{D} AS $f$"
            " DECLARE v_negotiation bigint; v_panelist text; v_actor text;"
            " BEGIN"
            "  SELECT m.negotiation_id, m.panelist_code, p.name || ' (' || m.login || ')'"
            "   INTO v_negotiation, v_panelist, v_actor FROM member_logins m JOIN panelists p"
            "   ON p.negotiation_id = m.negotiation_id AND p.code = m.panelist_code"
            "   WHERE m.login = session_user AND m.revoked_at IS NULL;"
            "  IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = '42501',"
            "   MESSAGE = 'tp:not_member: this login is not an active panel member credential'; END IF;"
            "  IF v_negotiation IS DISTINCT FROM p_negotiation OR v_panelist IS DISTINCT FROM p_panelist THEN"
            "   RAISE EXCEPTION USING ERRCODE = '42501',"
            "   MESSAGE = 'tp:not_own: a member credential acts only on the member''s own sheet'; END IF;"
            "  RETURN v_actor;"
            " END $f$"),
        // Procedure::checkScoreEntry.
        sql("CREATE OR REPLACE FUNCTION tp_scoring_open(p_negotiation bigint) RETURNS void LANGUAGE plpgsql{D} AS $f$"
            " DECLARE v_stage text;"
            " BEGIN"
            "  SELECT stage INTO v_stage FROM negotiations WHERE id = p_negotiation;"
            "  IF NOT EXISTS (SELECT 1 FROM draws WHERE negotiation_id = p_negotiation) THEN RAISE EXCEPTION"
            "   'tp:no_draw: scores cannot be entered before the draw is recorded'; END IF;"
            "  IF v_stage IN ('setup', 'registration', 'proposals', 'draw') THEN RAISE EXCEPTION"
            "   'tp:too_early: scores cannot be entered before the presentations'; END IF;"
            "  IF v_stage NOT IN ('presentations', 'scoring') THEN RAISE EXCEPTION"
            "   'tp:scoring_closed: scoring is closed; a change needs a correction'; END IF;"
            " END $f$"),
        // NegotiationRecord::touch: the negotiation row's change, as an array of zero or one change.
        // p_now has set nothing since version 8 dropped updated_at; it stays for the signature the
        // other functions call.
        sql("CREATE OR REPLACE FUNCTION tp_touch(p_negotiation bigint, p_now timestamptz, p_stage text,"
            " p_scores boolean) RETURNS jsonb LANGUAGE plpgsql{D} AS $f$"
            " DECLARE v_before jsonb; v_after jsonb;"
            " BEGIN"
            "  SELECT to_jsonb(n) INTO v_before FROM negotiations n WHERE n.id = p_negotiation;"
            "  UPDATE negotiations AS n SET stage = coalesce(p_stage, n.stage),"
            "   has_scores = CASE WHEN p_scores THEN 1 ELSE n.has_scores END,"
            // NegotiationRecord::scoresEntered: the event appended next, when none entered scores before.
            "   scores_from_seq = CASE WHEN p_scores AND n.scores_from_seq IS NULL THEN"
            "    (SELECT coalesce(max(seq), 0) + 1 FROM audit_events) ELSE n.scores_from_seq END"
            "   WHERE n.id = p_negotiation"
            "   RETURNING to_jsonb(n) INTO v_after;"
            "  IF v_before = v_after THEN RETURN '[]'::jsonb; END IF;"
            "  RETURN jsonb_build_array(jsonb_build_object('op', 'upsert', 'table', 'negotiations',"
            "   'before', v_before, 'after', v_after));"
            " END $f$"),
        // AuditLog::append, in SQL: the body is the JSON text stored, the hash SHA-256 of the previous
        // hash, a newline and the body. Then the change notification (delivered at the commit).
        sql("CREATE OR REPLACE FUNCTION tp_append_event(p_action text, p_actor text, p_negotiation bigint,"
            " p_details jsonb, p_changes jsonb, p_now timestamptz) RETURNS bigint LANGUAGE plpgsql{D} AS $f$"
            " DECLARE v_seq bigint; v_previous text; v_at text := tp_time_text(p_now); v_body text; v_hash text;"
            " BEGIN"
            "  SELECT seq, hash INTO v_seq, v_previous FROM audit_events ORDER BY seq DESC LIMIT 1;"
            "  IF NOT FOUND THEN v_seq := 1; v_previous := repeat('0', 64); ELSE v_seq := v_seq + 1; END IF;"
            "  v_body := jsonb_build_object('seq', v_seq, 'at', v_at, 'actor', p_actor, 'action', p_action,"
            "   'negotiation', p_negotiation, 'details', p_details, 'changes', p_changes)::text;"
            "  v_hash := encode(sha256(convert_to(v_previous || E'\\n' || v_body, 'UTF8')), 'hex');"
            "  INSERT INTO audit_events (seq, negotiation_id, action, actor, at, body, prev_hash, hash)"
            "   VALUES (v_seq, p_negotiation, p_action, p_actor, v_at, v_body, v_previous, v_hash);"
            "  PERFORM pg_notify('tenderpanel_changes', v_seq::text);"
            "  RETURN v_seq;"
            " END $f$"),
        // 128 random bits as 32 hexadecimal digits: the 30 random digits of one version 4 UUID
        // (without its version digit and its variant digit) and two of another.
        sql("CREATE OR REPLACE FUNCTION tp_random_slot() RETURNS text LANGUAGE sql VOLATILE{D} AS $f$"
            " SELECT left(a, 12) || substr(a, 14, 3) || substr(a, 18, 15) || left(b, 2) FROM (SELECT"
            " replace(gen_random_uuid()::text, '-', '') AS a, replace(gen_random_uuid()::text, '-', '') AS b) x $f$"),
        // ScoringService::recordScore.
        sql("CREATE OR REPLACE FUNCTION tp_member_record_score(p_negotiation bigint, p_panelist text, p_bidder text,"
            " p_criterion text, p_value bigint) RETURNS bigint LANGUAGE plpgsql{D} AS $f$"
            " DECLARE v_actor text; v_max bigint; v_before jsonb; v_after jsonb; v_changes jsonb := '[]'::jsonb;"
            "  v_now timestamptz := date_trunc('milliseconds', clock_timestamp());"
            " BEGIN"
            "  PERFORM pg_advisory_xact_lock(5495601604437291008);"
            "  v_actor := tp_member_require(p_negotiation, p_panelist);"
            "  PERFORM tp_scoring_open(p_negotiation);"
            "  IF EXISTS (SELECT 1 FROM sheets WHERE negotiation_id = p_negotiation AND panelist_code = p_panelist)"
            "   THEN RAISE EXCEPTION 'tp:sheet_submitted: the score sheet was submitted and is locked'; END IF;"
            "  IF NOT EXISTS (SELECT 1 FROM bidders WHERE negotiation_id = p_negotiation AND code = p_bidder) THEN"
            "   RAISE EXCEPTION 'tp:no_bidder: no such bidder in this negotiation'; END IF;"
            "  SELECT max_hundredths INTO v_max FROM criteria WHERE negotiation_id = p_negotiation"
            "   AND code = p_criterion;"
            "  IF NOT FOUND THEN RAISE EXCEPTION 'tp:no_criterion: no such criterion in this negotiation'; END IF;"
            "  IF p_value IS NULL OR p_value < 0 OR p_value > v_max THEN"
            "   RAISE EXCEPTION 'tp:out_of_range: the score is below 0 or above the criterion''s maximum'; END IF;"
            "  IF NOT EXISTS (SELECT 1 FROM tp_qualified(p_negotiation) q WHERE q.code = p_bidder) THEN"
            "   RAISE EXCEPTION 'tp:excluded: the bidder is excluded and is not scored'; END IF;"
            "  SELECT to_jsonb(s) INTO v_before FROM scores s WHERE s.negotiation_id = p_negotiation"
            "   AND s.panelist_code = p_panelist AND s.bidder_code = p_bidder AND s.criterion_code = p_criterion;"
            "  INSERT INTO scores AS s (negotiation_id, panelist_code, bidder_code, criterion_code, hundredths)"
            "   VALUES (p_negotiation, p_panelist, p_bidder, p_criterion, p_value)"
            "   ON CONFLICT (negotiation_id, panelist_code, bidder_code, criterion_code)"
            "   DO UPDATE SET hundredths = excluded.hundredths RETURNING to_jsonb(s) INTO v_after;"
            "  IF v_before IS DISTINCT FROM v_after THEN"
            "   v_changes := jsonb_build_array(jsonb_build_object('op', 'upsert', 'table', 'scores',"
            "    'before', v_before, 'after', v_after)); END IF;"
            "  v_changes := v_changes || tp_touch(p_negotiation, v_now, NULL, true);"
            "  RETURN tp_append_event('score_recorded', v_actor, p_negotiation, jsonb_build_object('panelist',"
            "   p_panelist, 'bidder', p_bidder, 'criterion', p_criterion), v_changes, v_now);"
            " END $f$"),
        // ScoringService::submitSheet.
        sql("CREATE OR REPLACE FUNCTION tp_member_submit_sheet(p_negotiation bigint, p_panelist text)"
            " RETURNS bigint LANGUAGE plpgsql{D} AS $f$"
            " DECLARE v_actor text; v_missing bigint; v_after jsonb; v_stage text;"
            "  v_now timestamptz := date_trunc('milliseconds', clock_timestamp());"
            " BEGIN"
            "  PERFORM pg_advisory_xact_lock(5495601604437291008);"
            "  v_actor := tp_member_require(p_negotiation, p_panelist);"
            "  PERFORM tp_scoring_open(p_negotiation);"
            "  IF EXISTS (SELECT 1 FROM sheets WHERE negotiation_id = p_negotiation AND panelist_code = p_panelist)"
            "   THEN RAISE EXCEPTION 'tp:sheet_submitted: the score sheet was already submitted'; END IF;"
            "  SELECT count(*) INTO v_missing FROM tp_qualified(p_negotiation) q CROSS JOIN criteria c"
            "   WHERE c.negotiation_id = p_negotiation AND NOT EXISTS (SELECT 1 FROM scores s"
            "   WHERE s.negotiation_id = p_negotiation AND s.panelist_code = p_panelist AND s.bidder_code = q.code"
            "   AND s.criterion_code = c.code);"
            "  IF v_missing > 0 THEN RAISE EXCEPTION 'tp:incomplete: the score sheet is incomplete: % score(s) "
            "missing',"
            "   v_missing; END IF;"
            "  INSERT INTO sheets AS s (negotiation_id, panelist_code, submitted_at)"
            "   VALUES (p_negotiation, p_panelist, tp_time_text(v_now)) RETURNING to_jsonb(s) INTO v_after;"
            "  SELECT stage INTO v_stage FROM negotiations WHERE id = p_negotiation;"
            "  RETURN tp_append_event('sheet_submitted', v_actor, p_negotiation,"
            "   jsonb_build_object('panelist', p_panelist),"
            "   jsonb_build_array(jsonb_build_object('op', 'upsert', 'table', 'sheets', 'before', NULL::jsonb,"
            "    'after', v_after)) || tp_touch(p_negotiation, v_now,"
            "   CASE WHEN v_stage = 'presentations' THEN 'scoring' END, true), v_now);"
            " END $f$"),
        // ScoringService::castBallot, in a round the secretary recorded (see MemberServerSchema.h).
        sql("CREATE OR REPLACE FUNCTION tp_member_cast_ballot(p_negotiation bigint, p_panelist text,"
            " p_round bigint, p_choice text) RETURNS bigint LANGUAGE plpgsql{D} AS $f$"
            " DECLARE v_actor text; v_stage text; v_tied text; v_closed text; v_roll jsonb;"
            "  v_now timestamptz := date_trunc('milliseconds', clock_timestamp());"
            " BEGIN"
            "  PERFORM pg_advisory_xact_lock(5495601604437291008);"
            "  v_actor := tp_member_require(p_negotiation, p_panelist);"
            "  SELECT stage INTO v_stage FROM negotiations WHERE id = p_negotiation;"
            "  IF v_stage NOT IN ('scoring', 'vote') THEN RAISE EXCEPTION"
            "   'tp:no_vote: a vote is held only after scoring, before the result'; END IF;"
            "  SELECT tied, closed_at INTO v_tied, v_closed FROM vote_rounds WHERE negotiation_id = p_negotiation"
            "   AND round_no = p_round;"
            "  IF NOT FOUND OR v_closed IS NOT NULL OR EXISTS (SELECT 1 FROM vote_rounds WHERE negotiation_id ="
            "   p_negotiation AND round_no > p_round) THEN"
            "   RAISE EXCEPTION 'tp:round_not_open: this round of the vote is not open'; END IF;"
            "  IF EXISTS (SELECT 1 FROM vote_roll WHERE negotiation_id = p_negotiation AND round_no = p_round"
            "   AND panelist_code = p_panelist) THEN"
            "   RAISE EXCEPTION 'tp:already_voted: the member has already voted in this round'; END IF;"
            "  IF p_choice IS NOT NULL AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements_text(v_tied::jsonb) t"
            "   WHERE t = p_choice) THEN"
            "   RAISE EXCEPTION 'tp:not_tied: the ballot names a bidder who is not in the vote'; END IF;"
            "  INSERT INTO vote_roll AS r (negotiation_id, round_no, panelist_code)"
            "   VALUES (p_negotiation, p_round, p_panelist) RETURNING to_jsonb(r) INTO v_roll;"
            "  WITH old AS (DELETE FROM ballots WHERE negotiation_id = p_negotiation AND round_no = p_round"
            "   RETURNING choice), box AS (SELECT choice FROM old UNION ALL SELECT p_choice),"
            "   slotted AS (SELECT tp_random_slot() AS slot, choice FROM box)"
            "  INSERT INTO ballots (negotiation_id, round_no, slot, choice)"
            "   SELECT p_negotiation, p_round, slot, choice FROM slotted ORDER BY slot;"
            "  RETURN tp_append_event('ballot_cast', v_actor, p_negotiation, jsonb_build_object('round', p_round),"
            "   jsonb_build_array(jsonb_build_object('op', 'upsert', 'table', 'vote_roll', 'before', NULL::jsonb,"
            "    'after', v_roll), jsonb_build_object('op', 'ballot_cast', 'table', 'ballots', 'negotiation_id',"
            "    p_negotiation, 'round_no', p_round)) || tp_touch(p_negotiation, v_now, 'vote', false), v_now);"
            " END $f$"),
    };
}

} // namespace

QStringList MemberServerSchema::statements(const QString& quotedSchema)
{
    const QString role = groupRole();
    QStringList list;
    list.append(QStringLiteral("DO $r$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = '%1') "
                               "THEN CREATE ROLE %1 NOLOGIN; END IF; END $r$")
                    .arg(role));
    // The database may be closed to PUBLIC (README): members connect through the group role.
    list.append(QStringLiteral("DO $g$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO %s', "
                               "current_database(), '%1'); END $g$")
                    .arg(role));
    list.append(QStringLiteral("GRANT USAGE ON SCHEMA {S} TO %1").arg(role));
    list.append(QStringLiteral("GRANT SELECT ON schema_meta TO %1").arg(role));
    list.append(functions());
    for (const char* f : kInternal)
        list.append(QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f)));
    for (const char* f : kMember) {
        list.append(QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f)));
        list.append(QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(QLatin1String(f), role));
    }
    for (const Readable& r : kReadable) {
        const QString table = QLatin1String(r.table);
        list.append(QStringLiteral("GRANT SELECT ON %1 TO %2").arg(table, role));
        list.append(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table));
        list.append(QStringLiteral("DROP POLICY IF EXISTS tp_everyone ON %1").arg(table));
        list.append(
            QStringLiteral("CREATE POLICY tp_everyone ON %1 AS PERMISSIVE FOR ALL TO PUBLIC USING (true) WITH CHECK "
                           "(true)")
                .arg(table));
        list.append(QStringLiteral("DROP POLICY IF EXISTS tp_member ON %1").arg(table));
        list.append(QStringLiteral("CREATE POLICY tp_member ON %1 AS RESTRICTIVE FOR ALL TO %2 USING (%3) WITH CHECK "
                                   "(false)")
                        .arg(table, role, QLatin1String(r.rows)));
    }
    for (QString& s : list)
        s.replace(QLatin1String("{S}"), quotedSchema);
    return list;
}

std::optional<QSqlError> MemberServerSchema::install(QSqlDatabase db)
{
    QString schema;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !q.next())
            return q.lastError();
        schema = q.value(0).toString();
    }
    for (const QString& statement : statements(schema)) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return q.lastError();
    }
    return std::nullopt;
}

std::optional<QString> MemberServerSchema::missingPrivilege(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT r.rolsuper OR r.rolcreaterole, pg_catalog.pg_has_role(current_user, c.relowner, "
                               "'USAGE') FROM pg_catalog.pg_roles r, pg_catalog.pg_class c WHERE r.rolname = "
                               "current_user AND c.oid = 'negotiations'::regclass")) ||
        !q.next())
        return QCoreApplication::translate("MemberAccess", "the server's roles cannot be read (%1)")
            .arg(q.lastError().text());
    if (!q.value(1).toBool())
        return QCoreApplication::translate("MemberAccess",
                                           "terminal credentials are issued by the login that owns the workspace's "
                                           "tables; this login does not");
    if (!q.value(0).toBool())
        return QCoreApplication::translate("MemberAccess",
                                           "this login may not create logins on the server (it needs the CREATEROLE "
                                           "attribute; ask the IT staff)");
    return std::nullopt;
}

QString MemberServerSchema::refusalCode(const QSqlError& error)
{
    static const QRegularExpression code(QStringLiteral("tp:([a-z_]+):"));
    const QRegularExpressionMatch m = code.match(error.databaseText());
    return m.hasMatch() ? m.captured(1) : QString();
}

QString MemberServerSchema::refusalText(const QString& code)
{
    static const struct
    {
        const char* code;
        const char* text;
    } texts[] = {
        {"not_member", QT_TRANSLATE_NOOP("MemberSession", "this login is not an active credential of a panel member "
                                                          "(it may have been revoked)")},
        {"not_own", QT_TRANSLATE_NOOP("MemberSession", "a member's terminal acts only on the member's own sheet")},
        {"no_draw", QT_TRANSLATE_NOOP("MemberSession", "scores cannot be entered before the draw is recorded")},
        {"too_early", QT_TRANSLATE_NOOP("MemberSession", "scores cannot be entered before the presentations")},
        {"scoring_closed", QT_TRANSLATE_NOOP("MemberSession", "scoring is closed; a change needs a correction")},
        {"sheet_submitted", QT_TRANSLATE_NOOP("MemberSession", "the score sheet was submitted and is locked")},
        {"no_bidder", QT_TRANSLATE_NOOP("MemberSession", "no such bidder in this negotiation")},
        {"no_criterion", QT_TRANSLATE_NOOP("MemberSession", "no such criterion in this negotiation")},
        {"out_of_range", QT_TRANSLATE_NOOP("MemberSession", "the score is below 0 or above the criterion's maximum")},
        {"excluded", QT_TRANSLATE_NOOP("MemberSession", "the bidder is excluded and is not scored")},
        {"incomplete", QT_TRANSLATE_NOOP("MemberSession", "the score sheet is incomplete")},
        {"no_vote", QT_TRANSLATE_NOOP("MemberSession", "a vote is held only after scoring, before the result")},
        {"round_not_open", QT_TRANSLATE_NOOP("MemberSession", "this round of the vote is not open")},
        {"already_voted", QT_TRANSLATE_NOOP("MemberSession", "you have already voted in this round")},
        {"not_tied", QT_TRANSLATE_NOOP("MemberSession", "the ballot names a bidder who is not in the vote")},
    };
    for (const auto& t : texts)
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("MemberSession", t.text);
    return QString();
}

} // namespace tp::store
