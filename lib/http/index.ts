/**
 * lib/http's public surface for the routes and the proxy: request guards, body and query parsing,
 * the one error body, NDJSON streams. Web-standard APIs only, so the proxy may load it.
 */
export { errorResponse, internalErrorResponse, type ApiErrorInit } from './error-response';
export { guardRequest } from './guard-request';
export { checkHost } from './check-host';
export { HOST_NAME_PATTERN } from './host-header';
export { parseJsonBody } from './parse-json-body';
export { parseSearchParams } from './parse-search-params';
export { readLimitedBody } from './read-limited-body';
export { ndjsonEventStream, ndjsonLine } from './ndjson-event-stream';
export { ndjsonResponse } from './ndjson-response';
