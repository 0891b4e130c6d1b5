/**
 * Values per second the mock serves for 30,240 tags x 1 h: over HTTP (mock in its own process,
 * client here with 4 requests in flight) by batch (100 recorded reads per POST) and by ad hoc
 * stream sets (100 WebIDs per GET); and rendered in-process on one core without HTTP.
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { QueryParams, bufferedBodyOrThrow, handleRequest, MockWorld } from '../pi-mock';
import { median, MIB } from './stats';
import { spawnMock } from './spawn-mock';

export const WINDOW = { start: '2024-01-01T00:00:00Z', end: '2024-01-01T01:00:00Z' };
const CHUNK = 100;
const IN_FLIGHT = 4;
const LEAN_FIELDS = 'Items.Items.Timestamp;Items.Items.Value;Items.Items.Good';

export interface ThroughputRow {
  method: string;
  requests: number;
  values: number;
  wallMsMedian: number;
  valuesPerSecondMedian: number;
  megabytes: number;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function getJson(pool: Pool, path: string): Promise<unknown> {
  const res = await pool.request({ method: 'GET', path });
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`GET ${path} -> ${res.statusCode}: ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

/** Point WebIDs (IDOnly keeps stream-set URLs short, contract §5.3). */
async function discoverPoints(pool: Pool): Promise<string[]> {
  const servers = (await getJson(pool, '/piwebapi/dataservers')) as { Items: { WebId: string }[] };
  const ds = servers.Items[0]!.WebId;
  const points = (await getJson(pool, `/piwebapi/dataservers/${ds}/points?maxCount=150000&webIdType=IDOnly&selectedFields=Items.WebId`)) as {
    Items: { WebId: string }[];
  };
  return points.Items.map((p) => p.WebId);
}

type Method = 'batch' | 'streamsets' | 'streamsets-lean';

async function runOnce(pool: Pool, url: string, webIds: string[], method: Method) {
  let values = 0;
  let bytes = 0;
  const window = `startTime=${WINDOW.start}&endTime=${WINDOW.end}&maxCount=1000`;
  const groups = chunks(webIds, CHUNK);
  const t0 = performance.now();
  await inParallel(groups, IN_FLIGHT, async (group) => {
    if (method === 'batch') {
      const body: Record<string, { Method: string; Resource: string }> = {};
      group.forEach((id, i) => (body[String(i)] = { Method: 'GET', Resource: `${url}/streams/${id}/recorded?${window}` }));
      const res = await pool.request({
        method: 'POST',
        path: '/piwebapi/batch',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'bench' },
        body: JSON.stringify(body),
      });
      const text = await res.body.text();
      bytes += text.length;
      const parsed = JSON.parse(text) as Record<string, { Status: number; Content: { Items: unknown[] } }>;
      for (const sub of Object.values(parsed)) values += sub.Content.Items.length;
    } else {
      const fields = method === 'streamsets-lean' ? `&selectedFields=${LEAN_FIELDS}` : '';
      const path = `/piwebapi/streamsets/recorded?${group.map((id) => `webId=${id}`).join('&')}&${window}${fields}`;
      const res = await pool.request({ method: 'GET', path });
      const text = await res.body.text();
      bytes += text.length;
      const parsed = JSON.parse(text) as { Items: { Items: unknown[] }[] };
      for (const stream of parsed.Items) values += stream.Items.length;
    }
  });
  return { wallMs: performance.now() - t0, values, bytes, requests: groups.length };
}

export async function benchMockThroughput(reps: number, tags = 30240): Promise<{ rows: ThroughputRow[]; rssAfterMiB: number }> {
  const mock = await spawnMock(tags);
  const origin = new URL(mock.url).origin;
  const pool = new Pool(origin, { connections: IN_FLIGHT });
  const rows: ThroughputRow[] = [];
  try {
    const webIds = await discoverPoints(pool);
    for (const method of ['batch', 'streamsets', 'streamsets-lean'] as const) {
      const runs = [];
      for (let r = 0; r < reps; r++) runs.push(await runOnce(pool, mock.url, webIds, method));
      const wall = median(runs.map((r) => r.wallMs));
      rows.push({
        method: `HTTP ${method}`,
        requests: runs[0]!.requests,
        values: runs[0]!.values,
        wallMsMedian: wall,
        valuesPerSecondMedian: runs[0]!.values / (wall / 1000),
        megabytes: runs[0]!.bytes / MIB,
      });
    }
    const rssAfterMiB = (await mock.rss()) / MIB;
    return { rows: [...rows, ...(await benchRenderOnly(reps, tags))], rssAfterMiB };
  } finally {
    await pool.close();
    await mock.stop();
  }
}

/** Rendering alone, in this process on one core: the mock's router without sockets. */
async function benchRenderOnly(reps: number, tags: number): Promise<ThroughputRow[]> {
  const world = new MockWorld({ tagCount: tags, seed: 1 });
  const ids = Array.from({ length: world.catalogue.count }, (_, i) => world.catalogue.webId(i, 'IDOnly'));
  const groups = chunks(ids, CHUNK);
  const rows: ThroughputRow[] = [];
  for (const lean of [false, true]) {
    const queries = groups.map(
      (group) =>
        new QueryParams(
          `${group.map((id) => `webId=${id}`).join('&')}&startTime=${WINDOW.start}&endTime=${WINDOW.end}&maxCount=1000` +
            (lean ? `&selectedFields=${LEAN_FIELDS}` : ''),
        ),
    );
    const render = async () => {
      let bytes = 0;
      const t0 = performance.now();
      for (const query of queries) {
        const res = await handleRequest(world, { method: 'GET', path: '/streamsets/recorded', query, headers: {}, body: null, baseUrl: 'http://127.0.0.1/piwebapi' });
        bytes += bufferedBodyOrThrow(res).length;
      }
      return { ms: performance.now() - t0, bytes };
    };
    // Count exactly once (untimed): the timed passes render only.
    let values = 0;
    for (const query of queries) {
      const res = await handleRequest(world, { method: 'GET', path: '/streamsets/recorded', query, headers: {}, body: null, baseUrl: 'http://127.0.0.1/piwebapi' });
      values += (JSON.parse(bufferedBodyOrThrow(res).toString()) as { Items: { Items: unknown[] }[] }).Items.reduce((n, s) => n + s.Items.length, 0);
    }
    const runs = [];
    for (let r = 0; r < reps; r++) runs.push(await render());
    const wall = median(runs.map((r) => r.ms));
    rows.push({
      method: `render only${lean ? ' (selectedFields)' : ''}`,
      requests: groups.length,
      values,
      wallMsMedian: wall,
      valuesPerSecondMedian: values / (wall / 1000),
      megabytes: runs[0]!.bytes / MIB,
    });
  }
  return rows;
}
