import { piErrorResponse } from './json-response';
import type { BufferedMockResponse } from './types';

/** PI's 413 for a body over MaxRequestContentLength (contract §6), the same from every transport. */
export function bodyTooLargeResponse(limitBytes: number): BufferedMockResponse {
  return piErrorResponse(413, [`The request body exceeds MaxRequestContentLength (${limitBytes} bytes).`]);
}
