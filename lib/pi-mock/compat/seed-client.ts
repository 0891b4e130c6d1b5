/**
 * Test support: requests sent the way the seed's Python clients send them (`requests` with a JSON
 * body and no X-Requested-With), to a mock hosted on 127.0.0.1:0.
 */
import { startMockServer, type RunningMockServer } from '../server';
import type { MockOptionsInput } from '../options';
import { MockWorld } from '../world';

export interface SeedResult {
  status: number;
  /** Parsed JSON body; null when empty. */
  json: unknown;
}

export interface SeedClientFixture {
  world: MockWorld;
  server: RunningMockServer;
  /** Origin only, e.g. http://127.0.0.1:41234 (for /health, outside /piwebapi). */
  origin: string;
  /** GET a path below /piwebapi (or the root with ''). */
  get(path: string, headers?: Record<string, string>): Promise<SeedResult>;
  /** POST JSON to a path below /piwebapi, with only a Content-Type header. */
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<SeedResult>;
  getAbsolute(url: string): Promise<SeedResult>;
}

async function toResult(res: Response): Promise<SeedResult> {
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
}

/** Fixed anchor and seed: frame times and values are the same on every run. */
export async function startSeedClientFixture(options: MockOptionsInput = {}): Promise<SeedClientFixture> {
  const world = new MockWorld({ seed: 1, anchorMs: Date.parse('2024-01-08T00:00:00Z'), ...options });
  const server = await startMockServer({ getWorld: () => world, port: 0 });
  const origin = new URL(server.url).origin;
  return {
    world,
    server,
    origin,
    get: async (path, headers = {}) => toResult(await fetch(server.url + path, { headers })),
    postJson: async (path, body, headers = {}) =>
      toResult(await fetch(server.url + path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } })),
    getAbsolute: async (url) => toResult(await fetch(url)),
  };
}
