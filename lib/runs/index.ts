/** lib/runs' public surface for the routes: start, follow, cancel and list runs; the external connection. */
export { getBronzeStore, closeBronzeStore, BronzeUnavailableError, bronzeUnavailableBody } from './bronze-instance';
export { startRun, type StartRunError, type StartedRun } from './start-run';
export { runRegistry, type RegistryError } from './run-registry';
export { listRunHistory, findRunHistoryItem } from './run-history';
export { clearBronzeAndHistory, type ClearError } from './clear-bronze-and-history';
export { runEventStream, storedRunEvents, fixedEventStream } from './run-event-stream';
export { connectionView, externalTarget, resetConnection } from './connection-store';
export { configureConnection } from './configure-connection';
export { testConnection } from './test-connection';
export { testConfiguredConnection } from './test-configured-connection';
