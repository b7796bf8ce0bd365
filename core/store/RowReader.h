#pragma once

#include "Rows.h"
#include "StoreResult.h"
#include "model/DocumentDetails.h"

#include <QList>
#include <QVariantMap>

namespace tp::store {

class Workspace;

// Reads the rows of one negotiation that the user interface and the documents need, as typed rows
// (Rows.h): from its tables, ordered by the table's key, and from the details of its audit events.
class RowReader
{
public:
    static StoreResult<QList<RegistrationRow>> registrations(const Workspace& workspace, qint64 id);
    static StoreResult<QList<ProposalRow>> proposals(const Workspace& workspace, qint64 id);
    // The draw, when one is recorded.
    static StoreResult<std::optional<DrawRow>> draw(const Workspace& workspace, qint64 id);
    static StoreResult<QList<PresentationRow>> presentations(const Workspace& workspace, qint64 id);
    static StoreResult<QList<CorrectionRow>> corrections(const Workspace& workspace, qint64 id);
    static StoreResult<QList<IssuedDocumentRow>> issuedDocuments(const Workspace& workspace, qint64 id);
    // The details printed on the documents (kept on the negotiation's row), trimmed; empty when the
    // negotiation is not found or the workspace predates them.
    static StoreResult<DocumentDetails> documentDetails(const Workspace& workspace, qint64 id);
    // Every receipt of a proposal the audit log records, in the order recorded.
    static StoreResult<QList<ProposalReceiptEvent>> proposalReceipts(const Workspace& workspace, qint64 id);
    // The registrations and proposal receipts corrected or withdrawn, in the order recorded.
    static StoreResult<QList<EntryCorrectionEvent>> entryCorrections(const Workspace& workspace, qint64 id);

    // How the rows above are read from a row of their table (QVariantMap, as RecordReader gives it).
    static RegistrationRow registrationOf(const QVariantMap& row);
    static ProposalRow proposalOf(const QVariantMap& row);
    static IssuedDocumentRow issuedDocumentOf(const QVariantMap& row);
    static DrawRow drawOf(const QVariantMap& row);
};

} // namespace tp::store
