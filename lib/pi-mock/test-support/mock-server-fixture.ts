/** Hosts a mock on 127.0.0.1:0 for integration tests; always stop it in afterAll. */
import { startMockServer, type RunningMockServer } from '../server';
import { MockWorld } from '../world';
import type { MockOptionsInput } from '../options';

export interface HttpResult {
  status: number;
  headers: Headers;
  /** Parsed JSON body; null when empty. */
  json: unknown;
}

export interface MockFixture {
  world: MockWorld;
  server: RunningMockServer;
  /** GET a path below /piwebapi. */
  get(path: string, headers?: Record<string, string>): Promise<HttpResult>;
  post(path: string, body: string, headers?: Record<string, string>): Promise<HttpResult>;
}

async function toResult(res: Response): Promise<HttpResult> {
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as unknown) : null };
}

export async function startMockFixture(options: MockOptionsInput = {}): Promise<MockFixture> {
  const world = new MockWorld({ seed: 1, anchorMs: Date.parse('2024-01-08T00:00:00Z'), ...options });
  const server = await startMockServer({ getWorld: () => world, port: 0 });
  return {
    world,
    server,
    get: async (path, headers = {}) => toResult(await fetch(server.url + path, { headers })),
    post: async (path, body, headers = { 'X-Requested-With': 'test', 'Content-Type': 'application/json' }) =>
      toResult(await fetch(server.url + path, { method: 'POST', body, headers })),
  };
}
