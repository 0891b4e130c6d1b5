/**
 * One HTTP exchange through node:http, bytes as they came off the socket: fetch would add its own
 * Accept-Encoding and undo the encoding out of sight, which is what the gzip tests look at.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** As received: compressed when the answer was. */
  body: Buffer;
  /** From sending the request to the body's last byte. */
  elapsedMs: number;
}

export function rawRequest(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), elapsedMs: performance.now() - t0 }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
