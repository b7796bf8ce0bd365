list(APPEND TP_CORE_SOURCES
  store/StoreResult.h
  store/StoreTime.h store/StoreTime.cpp
  store/SqlDialect.h store/SqlDialect.cpp
  store/StoreTables.h store/StoreTables.cpp
  store/JsonText.h store/JsonText.cpp
  store/RowCodec.h store/RowCodec.cpp
  store/RecordReader.h store/RecordReader.cpp
  store/PreparedQuery.h store/PreparedQuery.cpp
  store/Rows.h
  store/RowReader.h store/RowReader.cpp
  store/SchemaMigrations.h store/SchemaMigrations.cpp
  store/SchemaCheck.h store/SchemaCheck.cpp
  store/ServiceAreaRows.h store/ServiceAreaRows.cpp
  store/BuiltinTemplates.h store/BuiltinTemplates.cpp
  store/WorkspaceAddress.h store/WorkspaceAddress.cpp
  store/WorkspaceCopy.h store/WorkspaceCopy.cpp
  store/Workspace.h store/Workspace.cpp
  store/WorkspaceLockGuard.h store/WorkspaceLockGuard.cpp
  store/WorkspaceWatcher.h store/WorkspaceWatcher.cpp
  store/KnownReads.h
  store/WriteTransaction.h store/WriteTransaction.cpp
  store/AuditLog.h store/AuditLog.cpp
  store/SummaryQuery.h
  store/Procedure.h store/Procedure.cpp
  store/ScenarioMapping.h store/ScenarioMapping.cpp
  store/NegotiationRecord.h store/NegotiationRecord.cpp
  store/NegotiationAction.h
  store/NegotiationStore.h store/NegotiationStore.cpp
  store/ImportWorkflow.h store/ImportWorkflow.cpp
  store/ProcedureService.h store/ProcedureService.cpp
  store/MemberServerSchema.h store/MemberServerSchema.cpp
  store/MemberAccess.h store/MemberAccess.cpp
  store/MemberSession.h store/MemberSession.cpp
  store/RankingApprovals.h store/RankingApprovals.cpp
  store/ScoringService.h store/ScoringService.cpp
  store/SetupService.h store/SetupService.cpp)
