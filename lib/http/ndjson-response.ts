/**
 * A streamed NDJSON answer (one JSON object per line). `no-transform` keeps a compressing server
 * or proxy from holding lines back; `X-Accel-Buffering: no` does the same for nginx.
 */
export const NDJSON_CONTENT_TYPE = 'application/x-ndjson';

export function ndjsonResponse(body: ReadableStream<Uint8Array>): Response {
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': NDJSON_CONTENT_TYPE, 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
  });
}
