/**
 * lib/workers' public surface: run a mode's shares as local child processes or as BullMQ jobs, the
 * Redis check, and the job and message shapes a caller fills in. The worker CLI and the share
 * child are entry points, not part of it.
 */
export { runLocalShares } from './run-local-shares';
export { runQueuedShares, type ShareOutcome } from './run-queued-shares';
export { checkRedis, parseRedisUrl } from './redis-connection';
export type { ShareJobData, ShareProgress } from './share-job';
export type { ChildCredentials } from './share-child-messages';
