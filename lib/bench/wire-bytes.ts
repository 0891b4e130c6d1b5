/**
 * Bytes on the wire: batch extraction of 30,240 tags x 1 h into a DuckDB file at the WAN profile
 * (+30 ms a request, 100 Mbit/s shared by the mock's listener), asking for gzip and not, run in
 * pairs (gzip, then identity) so load drifting during the benchmark cancels out in the per-pair
 * ratio; the same at loopback, where gzip saves no time on the wire and only costs CPU (what the
 * dashboard's default profile pays for the connector asking for it). Beside it, what zlib's level
 * costs the mock on one rendered batch body (level 1, which the mock uses, against the default 6).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { BronzeStore } from '../bronze';
import { PiClient, recordedQuery, DEFAULT_RECORDED_OPTIONS, runExtraction, type ExtractionSummary } from '../connector';
import { formatBandwidth, NETWORK_PROFILES } from '../api-contract';
import { spawnMock } from './spawn-mock';
import { formatNumber, median, MIB } from './stats';

const START = Date.parse('2024-01-01T00:00:00Z');
const END = Date.parse('2024-01-01T01:00:00Z');
const TAGS = 30240;
const PROFILES = ['wan', 'loopback'] as const;

export interface WireRow {
  gzip: boolean;
  values: number;
  requests: number;
  /** Values phase, median of the reps. */
  elapsedMsMedian: number;
  /** Response body bytes as received (values phase), the same every rep. */
  wireBytes: number;
  /** Response body bytes decoded (values phase). */
  decodedBytes: number;
}

export interface GzipLevelRow {
  level: number;
  bodyBytes: number;
  gzipBytes: number;
  msMedian: number;
  megabytesPerSecond: number;
}

export interface WireProfileResult {
  profile: (typeof PROFILES)[number];
  latencyMs: number;
  bandwidthBitsPerSecond: number;
  rows: WireRow[];
  /** Median over pairs of identity time / gzip time. */
  identityOverGzipMedian: number;
}

export interface WireResult {
  profiles: WireProfileResult[];
  gzipLevels: GzipLevelRow[];
}

async function extractOnce(url: string, gzip: boolean): Promise<ExtractionSummary> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pi-bench-wire-'));
  const opened = await BronzeStore.open(path.join(dir, 'bronze.duckdb'));
  if (!opened.ok) throw new Error(`bench store: ${opened.error.kind}`);
  const store = opened.value;
  const client = new PiClient({ baseUrl: url, auth: { mode: 'none' }, connections: 4, gzip });
  try {
    const result = await runExtraction(client, store, {
      mode: 'batch',
      startMs: START,
      endMs: END,
      fill: 'window',
      partition: null,
      nameFilter: null,
      runId: `bench-wire-${gzip ? 'gzip' : 'identity'}`,
      af: false,
      eventFrames: false,
      options: { ...DEFAULT_RECORDED_OPTIONS, concurrency: 4 },
    });
    if (!result.ok || result.value.failedTags.length > 0) throw new Error(`bench wire failed: ${JSON.stringify(result)}`.slice(0, 500));
    return result.value;
  } finally {
    await client.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function rowOf(gzip: boolean, runs: ExtractionSummary[]): WireRow {
  const first = runs[0]!;
  return {
    gzip,
    values: first.points,
    requests: first.values.httpRequests,
    elapsedMsMedian: median(runs.map((r) => r.values.elapsedMs)),
    wireBytes: first.values.wireBytes,
    decodedBytes: first.values.bytes,
  };
}

/** One batch body of 100 tags x 1 h with selectedFields, as the connector asks for it, compressed at each level. */
async function benchGzipLevels(url: string, reps: number): Promise<GzipLevelRow[]> {
  const client = new PiClient({ baseUrl: url, auth: { mode: 'none' }, connections: 1, gzip: false });
  try {
    const servers = await client.get('/dataservers?webIdType=IDOnly');
    if (!servers.ok) throw new Error('gzip levels: no data server');
    const ds = (JSON.parse(servers.value.body.toString()) as { Items: { WebId: string }[] }).Items[0]!.WebId;
    const list = await client.get(`/dataservers/${ds}/points?maxCount=100&webIdType=IDOnly&selectedFields=Items.WebId`);
    if (!list.ok) throw new Error('gzip levels: no points');
    const ids = (JSON.parse(list.value.body.toString()) as { Items: { WebId: string }[] }).Items.map((p) => p.WebId);
    const query = recordedQuery(new Date(START).toISOString(), new Date(END).toISOString(), 10_000, true);
    const body: Record<string, { Method: string; Resource: string }> = {};
    ids.forEach((id, k) => (body[k] = { Method: 'GET', Resource: `${url}/streams/${id}/recorded?${query}` }));
    const answer = await client.post('/batch', JSON.stringify(body));
    if (!answer.ok) throw new Error('gzip levels: batch failed');
    const plain = answer.value.body;
    return [1, 6].map((level) => {
      const times: number[] = [];
      let gzipBytes = 0;
      // Many short runs per rep: one body compresses in a millisecond or so.
      for (let r = 0; r < reps * 5; r++) {
        const t0 = performance.now();
        gzipBytes = gzipSync(plain, { level }).length;
        times.push(performance.now() - t0);
      }
      const msMedian = median(times);
      return { level, bodyBytes: plain.length, gzipBytes, msMedian, megabytesPerSecond: plain.length / 1e6 / (msMedian / 1000) };
    });
  } finally {
    await client.close();
  }
}

async function benchProfile(name: (typeof PROFILES)[number], reps: number): Promise<{ result: WireProfileResult; url: string; stop(): Promise<void> }> {
  const { latencyMs, bandwidthBitsPerSecond } = NETWORK_PROFILES[name];
  const mock = await spawnMock(TAGS, [`--latency-ms=${latencyMs}`, `--bandwidth-bps=${bandwidthBitsPerSecond}`]);
  try {
    const zipped: ExtractionSummary[] = [];
    const plain: ExtractionSummary[] = [];
    for (let r = 0; r < reps; r++) {
      zipped.push(await extractOnce(mock.url, true));
      plain.push(await extractOnce(mock.url, false));
    }
    const result = {
      profile: name,
      latencyMs,
      bandwidthBitsPerSecond,
      rows: [rowOf(true, zipped), rowOf(false, plain)],
      identityOverGzipMedian: median(plain.map((p, i) => p.values.elapsedMs / zipped[i]!.values.elapsedMs)),
    };
    return { result, url: mock.url, stop: () => mock.stop() };
  } catch (error) {
    await mock.stop();
    throw error;
  }
}

export async function benchWireBytes(reps: number): Promise<WireResult> {
  const profiles: WireProfileResult[] = [];
  let gzipLevels: GzipLevelRow[] = [];
  for (const name of PROFILES) {
    const measured = await benchProfile(name, reps);
    try {
      profiles.push(measured.result);
      // zlib's cost alone, measured on a loopback body (the link adds nothing to compression).
      if (name === 'loopback') gzipLevels = await benchGzipLevels(measured.url, reps);
    } finally {
      await measured.stop();
    }
  }
  return { profiles, gzipLevels };
}

/** Prints the part's tables; answers what goes into the JSON. */
export async function reportWireBytes(reps: number): Promise<WireResult> {
  console.log(`\n== Bytes on the wire: batch, 30,240 tags x 1 h, gzip vs identity, WAN (+30 ms, 100 Mbit/s) and loopback (median of ${reps}) ==`);
  const wire = await benchWireBytes(reps);
  console.table(
    wire.profiles.flatMap((p) =>
      p.rows.map((r) => ({
        profile: `${p.profile} (+${p.latencyMs} ms, ${formatBandwidth(p.bandwidthBitsPerSecond)})`,
        'Accept-Encoding': r.gzip ? 'gzip' : 'none (identity)',
        values: formatNumber(r.values, 0),
        requests: r.requests,
        'ms (median)': formatNumber(r.elapsedMsMedian, 0),
        'values/s': formatNumber(r.values / (r.elapsedMsMedian / 1000), 0),
        'MiB on the wire': formatNumber(r.wireBytes / MIB),
        'MiB decoded': formatNumber(r.decodedBytes / MIB),
        'wire / decoded': formatNumber(r.wireBytes / r.decodedBytes, 3),
      })),
    ),
  );
  for (const p of wire.profiles) console.log(`${p.profile}: identity / gzip time (median of pairs): ${formatNumber(p.identityOverGzipMedian, 2)}`);
  console.table(
    wire.gzipLevels.map((g) => ({
      'zlib level': g.level,
      'body KiB': formatNumber(g.bodyBytes / 1024),
      'gzip KiB': formatNumber(g.gzipBytes / 1024),
      'ms (median)': formatNumber(g.msMedian, 2),
      'MB/s': formatNumber(g.megabytesPerSecond, 0),
    })),
  );
  return wire;
}
