#pragma once

// The facts of the negotiation list that two readers share: NegotiationStore (through Qt Sql, for
// the GUI and the command line) and the command line's quick list (app/cli/QuickList.h), which
// reads a SQLite workspace with SQLite's own interface before Qt is loaded. Plain C++, no Qt.

namespace tp::store::summary {

// The schema version this program writes and reads without an upgrade.
inline constexpr int kSchemaVersion = 9;

// The columns of a negotiation's summary, in the order summaryFrom() reads them. The time it was last
// changed is the time of its last audit event, read from the index of its events alone; while it is in
// the presentations or scoring step with scores entered by hand, a panel member's score event after
// that one, which the index leaves out, is looked for from the newest event back to it.
inline constexpr const char* kColumns =
    "SELECT id, code, title, purchaser, stage, created_at, COALESCE(CASE WHEN scores_from_seq IS NOT NULL"
    " AND stage IN ('presentations', 'scoring') THEN (SELECT s.at FROM audit_events s WHERE s.seq > COALESCE(("
    "SELECT i.seq FROM audit_events i WHERE i.negotiation_id = negotiations.id AND i.action <> 'score_recorded'"
    " ORDER BY i.seq DESC LIMIT 1), 0) AND s.negotiation_id = negotiations.id AND s.action = 'score_recorded'"
    " ORDER BY s.seq DESC LIMIT 1) END, (SELECT at FROM audit_events WHERE audit_events.negotiation_id ="
    " negotiations.id AND audit_events.action <> 'score_recorded' ORDER BY seq DESC LIMIT 1), created_at)"
    " AS updated_at FROM negotiations";
// The same before version 9, when every event of a negotiation was in the index (a file is held at an
// older version only while it is built for a test of its upgrade).
inline constexpr const char* kColumnsBefore9 =
    "SELECT id, code, title, purchaser, stage, created_at, COALESCE((SELECT at FROM audit_events"
    " WHERE audit_events.negotiation_id = negotiations.id ORDER BY seq DESC LIMIT 1), created_at) AS updated_at"
    " FROM negotiations";

// The condition of a search, with its values bound in this order: the pattern three times, the term
// (trimmed) once, the pattern once. The pattern is %term% with the term in lower case and \, % and _
// escaped by a backslash. The project's year is the one in its code (N-2014-0001); a bidder matches
// by its name.
inline constexpr const char* kSearchCondition =
    "(LOWER(title) LIKE ? ESCAPE '\\' OR LOWER(purchaser) LIKE ? ESCAPE '\\'"
    " OR LOWER(code) LIKE ? ESCAPE '\\' OR SUBSTR(code, 3, 4) = ?"
    " OR EXISTS (SELECT 1 FROM bidders WHERE bidders.negotiation_id = negotiations.id"
    " AND LOWER(bidders.name) LIKE ? ESCAPE '\\'))";

// Newest first.
inline constexpr const char* kOrder = " ORDER BY id DESC";

// The steps of the procedure as stored and printed, in the order of the Stage enumeration.
inline constexpr const char* kStageNames[] = {"setup",   "registration", "proposals", "draw",        "presentations",
                                              "scoring", "vote",         "result",    "publication", "archived"};
inline constexpr int kStageCount = int(sizeof kStageNames / sizeof kStageNames[0]);

} // namespace tp::store::summary
