/**
 * Hostile input at every dashboard API route (issue 11, "Done when"): random JSON, wrong types,
 * huge strings, random query strings, ids and headers (Host, Origin, Content-Type,
 * Sec-Fetch-Site), served as Next serves them (the root proxy, then the route). Never a 5xx; every
 * 4xx is the API's error body whose message starts with the field or parameter at fault.
 * Seeded and bounded: RUNS_PER_ROUTE cases per route, the same ones on every run.
 *
 * Nothing leaves the process: runs are not started (startRun is a stub that still resolves the
 * window), live tails are not started (their start is a stub; no tail is known by id), connection
 * tests do not connect, names resolve through a stub, the embedded mock is a stub, and bronze is an
 * empty file in a temporary directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiErrorBody } from '@/lib/api-contract';
import { closeBronzeStore, resetConnection } from '@/lib/runs';
import { proxy } from '@/proxy';
import * as afChildren from './bronze/af/children/route';
import * as afLevels from './bronze/af/levels/route';
import * as afTemplates from './bronze/af/templates/route';
import * as frameDetails from './bronze/event-frames/details/route';
import * as frameDurations from './bronze/event-frames/durations/route';
import * as frameTemplates from './bronze/event-frames/templates/route';
import * as frameTimeline from './bronze/event-frames/timeline/route';
import * as intervals from './bronze/intervals/route';
import * as quality from './bronze/quality/route';
import * as series from './bronze/series/route';
import * as sources from './bronze/sources/route';
import * as bronze from './bronze/route';
import * as tags from './bronze/tags/route';
import * as connection from './connection/route';
import * as connectionTest from './connection/test/route';
import * as liveEvents from './live/[id]/events/route';
import * as liveTail from './live/[id]/route';
import * as live from './live/route';
import * as mock from './mock/route';
import * as runEvents from './runs/[id]/events/route';
import * as run from './runs/[id]/route';
import * as runs from './runs/route';
import { dispatch } from './test-support/dispatch';
import * as tiers from './tiers/route';

vi.mock('@/lib/pi-mock/embedded', () => {
  const status = { tagCount: 128, requestedTagCount: 128, plants: 4, unitsPerPlant: 4, sensorsPerUnit: 8, startupMs: 1, intervalSeconds: 60, internalUrl: null };
  return {
    ensureListener: async () => 'http://127.0.0.1:9/piwebapi',
    status: () => status,
    setTagCount: (tagCount: number) => ({ ...status, tagCount, requestedTagCount: tagCount }),
  };
});
vi.mock('@/lib/runs/start-run', async () => {
  const { resolveWindow } = await import('@/lib/runs/resolve-window');
  const { err, ok } = await import('@/lib/result');
  return {
    startRun: async (settings: { window: { start: string; end: string } }) => {
      const window = resolveWindow(settings.window);
      if (!window.ok) return err({ kind: 'invalid_input', field: window.error.field, message: window.error.message });
      return ok({ runId: 'run-fuzz', done: Promise.resolve() });
    },
  };
});
vi.mock('@/lib/live', async () => {
  const { ok } = await import('@/lib/result');
  return {
    currentLiveSession: () => null,
    findLiveSession: () => undefined,
    startLiveSession: () => ok({ sessionId: 'live-fuzz' }),
    liveEventStream: () => {
      throw new Error('no live tail is known in the fuzz suite');
    },
  };
});
vi.mock('@/lib/runs/test-connection', () => ({
  testConnection: async (target: { baseUrl: string }) => ({ ok: false, endpoint: target.baseUrl, code: 'unreachable', message: 'not connected in the fuzz suite' }),
}));
vi.mock('@/lib/runs/host-lookup', async () => {
  const { err, ok } = await import('@/lib/result');
  return {
    lookupAllAddresses: async (hostname: string) =>
      hostname.endsWith('.invalid') ? err({ code: 'ENOTFOUND' }) : hostname.includes('metadata') ? ok(['169.254.169.254']) : ok(['10.0.0.1']),
  };
});

const SEED = 20_261_111;
const RUNS_PER_ROUTE = 200;
const ORIGIN = 'http://127.0.0.1:3000';
/** Fields any route may name: the body or query as a whole, and the headers the proxy checks. */
const GENERIC_FIELDS = ['body', 'query', 'host', 'origin', 'sec-fetch-site', 'content-type'];
const HUGE = 'x'.repeat(5 * 1024 * 1024);

interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** With `:id` where the route takes one. */
  path: string;
  /** Body keys or query parameters the route reads: the fields its 4xx may name. */
  fields: readonly string[];
  /** A body the route accepts; cases change one field of it, so the checks behind the schema run too. */
  validBody?: Record<string, unknown>;
  call(request: Request, id: string): Promise<Response>;
}

const none = {};
const RUN_FIELDS = ['tier', 'modes', 'window', 'batchSize', 'concurrency', 'partitions', 'networkProfile', 'faultRate', 'sequentialBudgetSeconds', 'includeAssets', 'target', 'url'];
const CONNECTION_FIELDS = ['url', 'auth', 'user', 'password', 'token'];

const ROUTES: readonly FuzzRoute[] = [
  { method: 'GET', path: '/api/tiers', fields: [], call: (r) => dispatch(r, tiers.GET, none) },
  { method: 'GET', path: '/api/mock', fields: [], call: (r) => dispatch(r, mock.GET, none) },
  { method: 'PUT', path: '/api/mock', fields: ['tier'], validBody: { tier: 128 }, call: (r) => dispatch(r, mock.PUT, none) },
  { method: 'GET', path: '/api/connection', fields: [], call: (r) => dispatch(r, connection.GET, none) },
  { method: 'PUT', path: '/api/connection', fields: CONNECTION_FIELDS, validBody: { url: 'http://10.0.0.5/piwebapi', auth: 'none' }, call: (r) => dispatch(r, connection.PUT, none) },
  { method: 'DELETE', path: '/api/connection', fields: [], call: (r) => dispatch(r, connection.DELETE, none) },
  // `target` and `url`: no external server saved, or its URL refused at connect time.
  { method: 'POST', path: '/api/connection/test', fields: ['target', 'url'], validBody: { target: 'external' }, call: (r) => dispatch(r, connectionTest.POST, none) },
  { method: 'GET', path: '/api/runs', fields: [], call: (r) => dispatch(r, runs.GET, none) },
  { method: 'POST', path: '/api/runs', fields: RUN_FIELDS, validBody: { tier: 128, modes: ['batch'] }, call: (r) => dispatch(r, runs.POST, none) },
  { method: 'GET', path: '/api/runs/:id', fields: ['id'], call: (r, id) => dispatch(r, run.GET, { id }) },
  { method: 'DELETE', path: '/api/runs/:id', fields: ['id'], call: (r, id) => dispatch(r, run.DELETE, { id }) },
  { method: 'GET', path: '/api/runs/:id/events', fields: ['id'], call: (r, id) => dispatch(r, runEvents.GET, { id }) },
  { method: 'GET', path: '/api/live', fields: [], call: (r) => dispatch(r, live.GET, none) },
  { method: 'POST', path: '/api/live', fields: ['tier', 'tagCount'], validBody: { tier: 128, tagCount: 10 }, call: (r) => dispatch(r, live.POST, none) },
  { method: 'DELETE', path: '/api/live/:id', fields: ['id'], call: (r, id) => dispatch(r, liveTail.DELETE, { id }) },
  { method: 'GET', path: '/api/live/:id/events', fields: ['id'], call: (r, id) => dispatch(r, liveEvents.GET, { id }) },
  { method: 'DELETE', path: '/api/bronze', fields: [], call: (r) => dispatch(r, bronze.DELETE, none) },
  { method: 'GET', path: '/api/bronze/sources', fields: [], call: (r) => dispatch(r, sources.GET, none) },
  { method: 'GET', path: '/api/bronze/tags', fields: ['source', 'search', 'limit'], call: (r) => dispatch(r, tags.GET, none) },
  { method: 'GET', path: '/api/bronze/series', fields: ['source', 'webId', 'start', 'end', 'limit'], call: (r) => dispatch(r, series.GET, none) },
  { method: 'GET', path: '/api/bronze/intervals', fields: ['source', 'webId'], call: (r) => dispatch(r, intervals.GET, none) },
  { method: 'GET', path: '/api/bronze/quality', fields: ['source', 'webId'], call: (r) => dispatch(r, quality.GET, none) },
  { method: 'GET', path: '/api/bronze/af/levels', fields: ['asset'], call: (r) => dispatch(r, afLevels.GET, none) },
  { method: 'GET', path: '/api/bronze/af/templates', fields: ['asset'], call: (r) => dispatch(r, afTemplates.GET, none) },
  { method: 'GET', path: '/api/bronze/af/children', fields: ['asset', 'parent', 'limit'], call: (r) => dispatch(r, afChildren.GET, none) },
  { method: 'GET', path: '/api/bronze/event-frames/templates', fields: ['asset'], call: (r) => dispatch(r, frameTemplates.GET, none) },
  { method: 'GET', path: '/api/bronze/event-frames/durations', fields: ['asset', 'template'], call: (r) => dispatch(r, frameDurations.GET, none) },
  { method: 'GET', path: '/api/bronze/event-frames/timeline', fields: ['asset', 'start', 'end', 'limit'], call: (r) => dispatch(r, frameTimeline.GET, none) },
  { method: 'GET', path: '/api/bronze/event-frames/details', fields: ['asset', 'template', 'limit', 'offset'], call: (r) => dispatch(r, frameDetails.GET, none) },
];

/** Printable ASCII: anything else a Headers object refuses before a server could see it. */
const headerText = fc.array(fc.integer({ min: 0x20, max: 0x7e }), { maxLength: 40 }).map((codes) => String.fromCharCode(...codes));

/** Mostly what the dashboard's own page sends, so most cases reach the route; the rest is hostile. */
const headersArb = fc.record({
  host: fc.oneof(
    { arbitrary: fc.constant('127.0.0.1:3000'), weight: 16 },
    { arbitrary: fc.constantFrom('localhost:3000', '[::1]:3000', 'evil.example', '127.0.0.1@evil.example', '', '127.0.0.1:3000, evil.example'), weight: 1 },
    { arbitrary: headerText, weight: 1 },
  ),
  origin: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 8 },
    { arbitrary: fc.constant(ORIGIN), weight: 8 },
    { arbitrary: fc.constantFrom('null', 'http://evil.example', 'http://localhost:3000', 'https://127.0.0.1:3000', 'file://', ''), weight: 1 },
    { arbitrary: headerText, weight: 1 },
  ),
  contentType: fc.oneof(
    { arbitrary: fc.constant('application/json'), weight: 16 },
    { arbitrary: fc.constantFrom(undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-8', ''), weight: 1 },
    { arbitrary: headerText, weight: 1 },
  ),
  fetchSite: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 6 },
    { arbitrary: fc.constant('same-origin'), weight: 3 },
    { arbitrary: fc.oneof(fc.constantFrom('cross-site', 'same-site', 'none'), headerText), weight: 1 },
  ),
});

const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', '-1', '0', '1e309', 'NaN', 'Infinity', '*-1h', '*', '2024-01-01T00:00:00Z', '9'.repeat(400), "'; DROP TABLE runs; --", '\u0000', '😀'),
  fc.integer().map(String),
  fc.double().map(String),
);

function queryArb(fields: readonly string[]) {
  const key = fields.length > 0 ? fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 8 })) : fc.string({ maxLength: 8 });
  return fc.array(fc.tuple(key, oddText), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString());
}

/** Values some field accepts, so cases get past the first check and into the ones behind it. */
const nearValid = fc.constantFrom<unknown>(
  128,
  1040,
  30240,
  'none',
  'basic',
  'bearer',
  'embedded',
  'external',
  'svc',
  ['batch'],
  ['sequential', 'streamsets'],
  { start: '*-1h', end: '*' },
  { start: '*', end: '*-1h' },
  'http://10.0.0.5/piwebapi',
  'http://169.254.169.254/latest/meta-data',
  'http://[::ffff:169.254.169.254]/',
  'http://[fd00:ec2::254]/',
  'https://pi.metadata.example/piwebapi',
  'https://pi.example.invalid/piwebapi',
);

function bodyArb(route: FuzzRoute) {
  const fields = route.fields;
  const key = fields.length > 0 ? fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 8 })) : fc.string({ maxLength: 8 });
  const value = fc.oneof({ arbitrary: nearValid, weight: 3 }, { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 }, { arbitrary: oddText, weight: 1 });
  const structured = fc.dictionary(key, value, { maxKeys: 6 }).map((o) => JSON.stringify(o));
  const oneFieldChanged = fc.tuple(key, value).map(([k, v]) => JSON.stringify({ ...route.validBody, [k]: v }));
  return fc.oneof(
    { arbitrary: structured, weight: 3 },
    { arbitrary: route.validBody ? oneFieldChanged : structured, weight: 3 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'), weight: 2 },
    { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
    { arbitrary: fc.constantFrom('', '{', '{"tier":', 'null', '[]', '"x"', `{"url":"${'a'.repeat(10_000)}"}`), weight: 1 },
    { arbitrary: fc.constant(`{"padding":"${HUGE}"}`), weight: 1 },
  );
}

const idArb = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('run-20260101T000000Z-abcdef', '..', '%00', 'a'.repeat(300), "' OR 1=1 --"));

type FuzzHeaders = typeof headersArb extends fc.Arbitrary<infer H> ? H : never;

function toHeaders(h: FuzzHeaders): Headers {
  const headers = new Headers({ host: h.host });
  if (h.origin !== undefined) headers.set('origin', h.origin);
  if (h.contentType !== undefined) headers.set('content-type', h.contentType);
  if (h.fetchSite !== undefined) headers.set('sec-fetch-site', h.fetchSite);
  return headers;
}

function buildRequest(route: FuzzRoute, id: string, query: string, body: string | undefined, h: FuzzHeaders): Request {
  const headers = toHeaders(h);
  if (body !== undefined) headers.set('content-length', String(Buffer.byteLength(body)));
  const url = `${ORIGIN}${route.path.replace(':id', encodeURIComponent(id))}${query === '' ? '' : `?${query}`}`;
  return new Request(url, { method: route.method, headers, ...(body === undefined ? {} : { body }) });
}

/** The field a 4xx message starts with (`window.start: ...` -> `window`), or null when it names none. */
function namedField(message: string): string | null {
  const match = /^([^\s:]+): \S/.exec(message);
  return match?.[1]?.split('.')[0] ?? null;
}

let bronzeDir: string;

beforeAll(() => {
  bronzeDir = mkdtempSync(path.join(tmpdir(), 'api-fuzz-'));
  vi.stubEnv('BRONZE_DB_FILE', path.join(bronzeDir, 'bronze.duckdb'));
});
afterAll(async () => {
  resetConnection();
  await closeBronzeStore();
  vi.unstubAllEnvs();
  rmSync(bronzeDir, { recursive: true, force: true });
});

describe('every dashboard API route under hostile input', () => {
  it.each(ROUTES.map((route) => [`${route.method} ${route.path}`, route] as const))('%s: no 5xx, every 4xx names its field', async (_name, route) => {
    const statuses: number[] = [];
    const withBody = route.method === 'POST' || route.method === 'PUT' ? bodyArb(route).map((b): string | undefined => b) : fc.option(bodyArb(route), { nil: undefined, freq: 4 });
    await fc.assert(
      fc.asyncProperty(idArb, queryArb(route.fields), route.method === 'GET' ? fc.constant(undefined) : withBody, headersArb, async (id, query, body, headers) => {
        const response = await route.call(buildRequest(route, id, query, body, headers), id);
        statuses.push(response.status);
        expect(response.status).toBeLessThan(500);
        if (response.status < 400) {
          await response.body?.cancel();
          return;
        }
        const error = apiErrorBody.parse(await response.json()).error;
        const field = namedField(error.message);
        expect([...route.fields, ...GENERIC_FIELDS], `${response.status} ${error.code}: ${error.message}`).toContain(field);
      }),
      { seed: SEED, numRuns: RUNS_PER_ROUTE },
    );
    // Not only the proxy's refusals: most cases must reach the route itself.
    const refusedByProxy = statuses.filter((s) => s === 403 || s === 415 || s === 421).length;
    expect(refusedByProxy).toBeLessThan(statuses.length / 2);
  });
});

/** Whether the embedded PI Web API could serve this path: its refusals speak PI's `{"Errors":[...]}`. */
function firstSegmentIsPiWebApi(pathname: string): boolean {
  try {
    return decodeURIComponent(pathname.split('/')[1] ?? '').toLowerCase() === 'piwebapi';
  } catch {
    return false;
  }
}

describe('the proxy under hostile requests', () => {
  const methodArb = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'get', 'Post');
  const pathArb = fc.oneof(
    fc.constantFrom('/', '/connection', '/api/runs', '/api/connection/test', '/piwebapi', '/piwebapi/batch', '/PIWEBAPI/x', '/%70iwebapi/x', '/%zz', '/api/../piwebapi'),
    fc.webPath(),
  );

  it('lets a request through or refuses it with a 4xx body naming the header, in the style of the path', async () => {
    await fc.assert(
      fc.asyncProperty(methodArb, pathArb, headersArb, async (method, pathname, h) => {
        const request = new NextRequest(`${ORIGIN}${pathname.startsWith('/') ? pathname : `/${pathname}`}`, { method, headers: toHeaders(h) });
        const response = proxy(request);
        if (response === undefined) return;
        expect([403, 415, 421]).toContain(response.status);
        const body: unknown = await response.json();
        const piStyle = firstSegmentIsPiWebApi(new URL(request.url).pathname);
        const message = piStyle ? (body as { Errors: string[] }).Errors[0] ?? '' : apiErrorBody.parse(body).error.message;
        expect(['host', 'origin', 'sec-fetch-site', 'content-type']).toContain(namedField(message));
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });
});
