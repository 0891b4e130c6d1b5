/** Public surface of the connector's HTTP client. */
export { PiClient } from './pi-client';
export { backoffDelayMs, classifyStatus, parseRetryAfterMs, type StatusClass } from './retry-policy';
export { piErrorsFrom, findWebException } from './pi-error-body';
export { parseJsonResponse } from './parse-json-response';
export { sleepMs } from './abortable-sleep';
export { recordRetry } from './metrics';
export { DEFAULT_RETRY_POLICY, DEFAULT_CONNECTIONS } from './defaults';
export type { CallOptions, ClientMetrics, PiAuth, PiClientOptions, RawResponse, RetryPolicy } from './types';
