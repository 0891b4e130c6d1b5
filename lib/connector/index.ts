/**
 * lib/connector's public surface: extraction runs (recorded values, live tails), point discovery,
 * the AF and event-frame extractors, the PI HTTP client and its auth, and the typed errors. The
 * CLIs (cli/) are entry points, not part of it, except the auth settings a worker reads the same way.
 */
export { runExtraction, type ExtractionProgress, type ExtractionSummary } from './run-extraction';
export { newRunId } from './run-id';
export { describeConnectorError, type ConnectorError } from './errors';
export { PiClient, type PiAuth, type PiClientOptions, type RetryPolicy } from './http';
export { discoverPoints } from './discovery/discover-points';
export { extractAfHierarchy, findAssetDatabase } from './discovery/extract-af';
export { extractEventFrames } from './discovery/extract-event-frames';
export { formatIsoMs, recordedQuery, streamSetQuery } from './recorded/recorded-query';
export { DEFAULT_RECORDED_OPTIONS, EXTRACTION_MODES, type ExtractionMode } from './recorded/types';
export { FILL_MODES } from './recorded/plan-jobs';
export { describeLiveError, runLive } from './live/run-live';
export { DEFAULT_LIVE_OPTIONS, type LandedBatch, type LiveStats } from './live/live-types';
export { AUTH_MODES, authFromEnv } from './cli/auth-from-env';
