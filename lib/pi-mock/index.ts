/**
 * lib/pi-mock's public surface: a world and the router that answers it, the standalone server,
 * the dashboard's embedded instance, and the transport-neutral request and response shapes an
 * adapter (app/piwebapi, the benchmark) translates to and from.
 */
export { MockWorld } from './world';
export { handleRequest } from './router/handle';
export { startMockServer } from './server';
export { closeListener, currentWorld, ensureListener, reconfigure, setTagCount, status } from './embedded';
export { QueryParams } from './http/query-params';
export { bufferedBodyOrThrow } from './http/response-body';
export { piErrorResponse } from './http/json-response';
export { bodyTooLargeResponse } from './http/body-too-large';
export { publicBaseUrl, wellFormedHost } from './public-base-url';
export type { BodyChunks, BufferedMockResponse, MockRequest, MockResponse } from './http/types';
