/** lib/lake's public surface: the shared Parquet lake (DESIGN §5), its writer, verifier and loader. */
export { LakeShare, DEFAULT_FLUSH_ROWS, type LakeShareOptions } from './lake-share';
export { RollingShare, type RollingShareOptions, type RollingSummary } from './rolling-share';
export type { CommitHooks, CommitOutcome } from './commit-share';
export type { CommitRecord, CommittedFile, RowsPerTable } from './commit-record';
export { describeLakeError, LakeFailure, type LakeError } from './errors';
export { TABLES, type LakeTable, type ShareId } from './layout';
export { rollForward, type RollForward } from './publish';
export { verifyLake, type LakeReport } from './verify-lake';
export { loadLake, loadLakeInto, type LoadSummary } from './load-lake';
