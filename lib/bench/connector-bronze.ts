/**
 * The connector end to end: 30,240 tags x 1 h into a DuckDB file by batch, streamsets and
 * sequential, against the mock in its own process; batch into the shared Parquet lake (staged,
 * committed and published) next to batch into DuckDB; and, in the same run, the JSON-parse floor
 * of the same bodies (fetch untimed, JSON.parse timed), which no client can beat.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BronzeStore } from '../bronze';
import type { LandingSink } from '../landing';
import { describeLakeError, LakeShare } from '../lake';
import { PiClient, recordedQuery, DEFAULT_RECORDED_OPTIONS, type ExtractionMode, runExtraction } from '../connector';
import { withPeakRss } from './peak-rss';
import { spawnMock } from './spawn-mock';
import { median, MIB } from './stats';

const START = Date.parse('2024-01-01T00:00:00Z');
const END = Date.parse('2024-01-01T01:00:00Z');

export type Destination = 'duckdb' | 'lake';

export interface ConnectorRow {
  label: string;
  mode: ExtractionMode | 'parse floor';
  destination: Destination;
  leanFields: boolean;
  values: number;
  requests: number;
  elapsedMsMedian: number;
  peakRssMiB: number;
  /** Batch rows: the median of run_i / floor_i, each pair measured back to back. */
  overFloorMedian: number | null;
  /** Lake rows: the median of lake_i / duckdb_i, each pair measured back to back. */
  overDuckdbMedian: number | null;
  /** Bodies the byte scanner handed back to JSON.parse (0 against the mock). */
  scanDeclined: number;
}

/** A fresh DuckDB file or lake folder per run; `settle` is what landing still owes after the run (the lake's commit). */
async function openDestination(destination: Destination, dir: string, runId: string): Promise<{ sink: LandingSink; settle(): Promise<void>; close(): Promise<void> }> {
  if (destination === 'duckdb') {
    const opened = await BronzeStore.open(path.join(dir, 'bronze.duckdb'));
    if (!opened.ok) throw new Error(`bench store: ${opened.error.kind}`);
    const store = opened.value;
    return { sink: store, settle: async () => {}, close: () => store.close() };
  }
  const opened = await LakeShare.open(path.join(dir, 'lake'), { runId, share: null });
  if (!opened.ok) throw new Error(`bench lake: ${describeLakeError(opened.error)}`);
  const lake = opened.value;
  return {
    sink: lake,
    settle: async () => {
      const committed = await lake.commit();
      if (!committed.ok || committed.value.kind !== 'committed') throw new Error(`bench lake commit: ${JSON.stringify(committed).slice(0, 300)}`);
    },
    close: async () => lake.close(),
  };
}

async function extractOnce(url: string, mode: ExtractionMode, leanFields: boolean, concurrency: number, destination: Destination = 'duckdb') {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pi-bench-'));
  const runId = `bench-${mode}-${destination}`;
  const target = await openDestination(destination, dir, runId);
  const client = new PiClient({ baseUrl: url, auth: { mode: 'none' }, connections: concurrency });
  try {
    const { result, peakRssBytes } = await withPeakRss(async () => {
      const extracted = await runExtraction(client, target.sink, {
        mode,
        startMs: START,
        endMs: END,
        fill: 'window',
        partition: null,
        nameFilter: null,
        runId,
        af: false,
        eventFrames: false,
        options: { ...DEFAULT_RECORDED_OPTIONS, concurrency, leanFields },
      });
      // The lake's values are visible only once committed: its time includes the commit and publish.
      const t0 = performance.now();
      await target.settle();
      return { extracted, settleMs: performance.now() - t0 };
    });
    const { extracted, settleMs } = result;
    if (!extracted.ok || extracted.value.failedTags.length > 0) throw new Error(`bench ${mode} failed: ${JSON.stringify(extracted)}`.slice(0, 500));
    const summary = { ...extracted.value, values: { ...extracted.value.values, elapsedMs: extracted.value.values.elapsedMs + settleMs } };
    return { summary, peakRssBytes };
  } finally {
    await client.close();
    await target.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fetches every batch body of the window (untimed) and times JSON.parse alone. */
async function parseFloor(url: string, leanFields: boolean): Promise<{ ms: number; values: number; requests: number }> {
  const client = new PiClient({ baseUrl: url, auth: { mode: 'none' }, connections: 4 });
  try {
    const points = await client.get('/dataservers?webIdType=IDOnly');
    if (!points.ok) throw new Error('floor: no data server');
    const ds = (JSON.parse(points.value.body.toString()) as { Items: { WebId: string }[] }).Items[0]!.WebId;
    const list = await client.get(`/dataservers/${ds}/points?maxCount=150000&webIdType=IDOnly&selectedFields=Items.WebId`);
    if (!list.ok) throw new Error('floor: no points');
    const ids = (JSON.parse(list.value.body.toString()) as { Items: { WebId: string }[] }).Items.map((p) => p.WebId);
    const query = recordedQuery(new Date(START).toISOString(), new Date(END).toISOString(), 10_000, leanFields);
    let ms = 0;
    let values = 0;
    let requests = 0;
    for (let i = 0; i < ids.length; i += 100) {
      const body: Record<string, { Method: string; Resource: string }> = {};
      ids.slice(i, i + 100).forEach((id, k) => (body[k] = { Method: 'GET', Resource: `${url}/streams/${id}/recorded?${query}` }));
      const res = await client.post('/batch', JSON.stringify(body));
      if (!res.ok) throw new Error('floor: batch failed');
      requests++;
      const text = res.value.body.toString('utf8');
      const t0 = performance.now();
      const parsed = JSON.parse(text) as Record<string, { Content: { Items: unknown[] } }>;
      ms += performance.now() - t0;
      for (const sub of Object.values(parsed)) values += sub.Content.Items.length;
    }
    return { ms, values, requests };
  } finally {
    await client.close();
  }
}

/**
 * Each batch run is paired with a floor measured just before it, and the ratio is taken per pair:
 * on a shared machine the load drifts within a benchmark, and a ratio of two medians taken
 * minutes apart would measure the drift.
 */
export async function benchConnector(reps: number, sequentialReps: number): Promise<ConnectorRow[]> {
  const mock = await spawnMock(30240);
  const rows: ConnectorRow[] = [];
  const label = (what: string, leanFields: boolean) => `${what}${leanFields ? ' (selectedFields)' : ' (full values)'}`;
  try {
    for (const leanFields of [true, false]) {
      const floors: Awaited<ReturnType<typeof parseFloor>>[] = [];
      const runs: ExtractRun[] = [];
      for (let r = 0; r < reps; r++) {
        floors.push(await parseFloor(mock.url, leanFields));
        runs.push(await extractOnce(mock.url, 'batch', leanFields, 4));
      }
      rows.push({
        label: label('JSON.parse floor', leanFields),
        mode: 'parse floor',
        destination: 'duckdb',
        leanFields,
        values: floors[0]!.values,
        requests: floors[0]!.requests,
        elapsedMsMedian: median(floors.map((f) => f.ms)),
        peakRssMiB: Number.NaN,
        overFloorMedian: null,
        overDuckdbMedian: null,
        scanDeclined: 0,
      });
      rows.push({
        ...runRow(label('batch', leanFields) + ', 4 in flight', 'batch', leanFields, runs),
        overFloorMedian: median(runs.map((run, i) => run.summary.values.elapsedMs / floors[i]!.ms)),
      });
    }
    // Lake and DuckDB landing of the same extraction, paired run by run.
    const intoDuckdb: ExtractRun[] = [];
    const intoLake: ExtractRun[] = [];
    for (let r = 0; r < reps; r++) {
      intoDuckdb.push(await extractOnce(mock.url, 'batch', true, 4, 'duckdb'));
      intoLake.push(await extractOnce(mock.url, 'batch', true, 4, 'lake'));
    }
    rows.push(runRow(`${label('batch', true)} into DuckDB (paired with the lake)`, 'batch', true, intoDuckdb));
    rows.push({
      ...runRow(`${label('batch', true)} into the lake (committed)`, 'batch', true, intoLake, 'lake'),
      overDuckdbMedian: median(intoLake.map((run, i) => run.summary.values.elapsedMs / intoDuckdb[i]!.summary.values.elapsedMs)),
    });
    const plan: [ExtractionMode, number, number][] = [
      ['streamsets', 4, reps],
      ['sequential', 1, sequentialReps],
    ];
    for (const [mode, concurrency, n] of plan) {
      const runs = [];
      for (let r = 0; r < n; r++) runs.push(await extractOnce(mock.url, mode, true, concurrency));
      rows.push(runRow(`${label(mode, true)}, ${concurrency} in flight`, mode, true, runs));
    }
    return rows;
  } finally {
    await mock.stop();
  }
}

type ExtractRun = Awaited<ReturnType<typeof extractOnce>>;

function runRow(label: string, mode: ExtractionMode, leanFields: boolean, runs: ExtractRun[], destination: Destination = 'duckdb'): ConnectorRow {
  return {
    label,
    mode,
    destination,
    leanFields,
    values: runs[0]!.summary.points,
    requests: runs[0]!.summary.values.httpRequests,
    elapsedMsMedian: median(runs.map((r) => r.summary.values.elapsedMs)),
    peakRssMiB: Math.max(...runs.map((r) => r.peakRssBytes)) / MIB,
    overFloorMedian: null,
    overDuckdbMedian: null,
    scanDeclined: Math.max(...runs.map((r) => r.summary.values.scanDeclined)),
  };
}
