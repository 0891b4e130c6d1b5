/**
 * Whole runs against the process-wide embedded mock on 127.0.0.1 (its raw listener), landing in
 * an in-memory bronze store: event order, exact values across modes, time box, cancel, 409.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze';
import { openMemoryStore } from '../connector/test-support/connector-fixture';
import { closeListener, currentWorld, status } from '../pi-mock/embedded';
import { countRecordedValues } from '../pi-mock/test-support/count-recorded-values';
import { RunRegistry } from './run-registry';
import { runEvent, runSettings, type ModeSummary, type RunEvent, type RunSettingsInput } from '../api-contract';
import { startRun } from './start-run';

let store: BronzeStore;
const registry = new RunRegistry();
const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 8 };

beforeAll(async () => {
  store = await openMemoryStore();
});
afterAll(async () => {
  await store?.close();
  await closeListener();
});

interface Started {
  runId: string;
  events: RunEvent[];
  done: Promise<void>;
}

async function start(input: RunSettingsInput): Promise<Started> {
  const started = await startRun(runSettings.parse(input), { store, registry, retry: FAST_RETRY });
  if (!started.ok) throw new Error(`start refused: ${JSON.stringify(started.error)}`);
  const events: RunEvent[] = [];
  registry.find(started.value.runId)?.subscribe((e) => events.push(e));
  return { runId: started.value.runId, events, done: started.value.done };
}

async function run(input: RunSettingsInput): Promise<Started> {
  const started = await start(input);
  await started.done;
  return started;
}

function summaries(events: RunEvent[]): ModeSummary[] {
  return events.flatMap((e) => (e.type === 'mode-finished' ? [e.summary] : []));
}

function terminal(events: RunEvent[]): RunEvent {
  const last = events.at(-1);
  if (!last) throw new Error('no events');
  return last;
}

async function bronzeValues(): Promise<number> {
  const rows = await store.readRows('SELECT count(*)::DOUBLE AS n FROM bronze.pi_timeseries_raw');
  return Number(rows[0]?.n);
}

/** What the server holds for the run's window, counted stream set by stream set over HTTP. */
async function serverValues(events: RunEvent[]): Promise<number> {
  const first = events.find((e) => e.type === 'started');
  if (first?.type !== 'started') throw new Error('the run did not start');
  return countRecordedValues(first.endpoint, currentWorld().catalogue, first.windowStart, first.windowEnd);
}

/** The event types in order, with consecutive progress events collapsed into one. */
function shape(events: RunEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    let label: string = e.type;
    if (e.type === 'mode-started' || e.type === 'mode-reading' || e.type === 'progress') label = `${e.type}:${e.mode}`;
    if (e.type === 'phase') label = `phase:${e.phase}`;
    if (e.type === 'repeat-started' || e.type === 'repeat-finished') label = `${e.type}:${e.repeat}`;
    if (e.type === 'mode-finished') label = `${e.type}:${e.summary.mode}`;
    if (e.type === 'assets') label = `assets:${e.phase}:${e.count === null ? 'start' : 'done'}`;
    if (out.at(-1) !== label) out.push(label);
  }
  return out;
}

describe('a run at 128 tags, all three modes and the assets', () => {
  let started: Started;
  beforeAll(async () => {
    started = await run({ tier: 128, modes: ['batch', 'sequential', 'streamsets'], includeAssets: true });
  });

  it('streams valid events in order and ends with finished', () => {
    for (const e of started.events) expect(runEvent.safeParse(e).success).toBe(true);
    const modeShape = (m: string) => [`mode-started:${m}`, `mode-reading:${m}`, `progress:${m}`, `mode-finished:${m}`];
    expect(shape(started.events)).toEqual([
      'phase:listing-points',
      'phase:warming-up',
      'started',
      'repeat-started:1',
      ...modeShape('batch'),
      ...modeShape('sequential'),
      ...modeShape('streamsets'),
      'repeat-finished:1',
      'assets:af:start',
      'assets:af:done',
      'assets:event-frames:start',
      'assets:event-frames:done',
      'phase:saving',
      'finished',
    ]);
  });

  it('announces the tier and the raw listener it measured', () => {
    const first = started.events.find((e) => e.type === 'started');
    expect(first?.type).toBe('started');
    if (first?.type !== 'started') return;
    expect(first.tagCount).toBe(128);
    expect(first.endpoint).toBe(status().internalUrl);
    expect(first.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/piwebapi$/);
    expect(Date.parse(first.windowEnd) - Date.parse(first.windowStart)).toBe(3_600_000);
    expect(Date.parse(first.windowEnd) % 60_000).toBe(0);
  });

  it('lands the same exact values in every mode, with each mode its own request count', async () => {
    const modes = summaries(started.events);
    expect(modes.map((m) => m.mode)).toEqual(['batch', 'sequential', 'streamsets']);
    const values = await bronzeValues();
    expect(values).toBe(await serverValues(started.events));
    // At least the 61 grid minutes per tag: the window is minute-aligned and the read includes both ends.
    expect(values).toBeGreaterThanOrEqual(128 * 61);
    for (const m of modes) {
      expect(m).toMatchObject({ tagsTotal: 128, tagsLanded: 128, tagsFailed: 0, values, timeBoxed: false, projection: null, failedTags: [] });
    }
    expect(modes.map((m) => m.httpRequests)).toEqual([2, 128, 2]);
  });

  it('ends each mode with a progress event carrying its summary counts', () => {
    for (const m of summaries(started.events)) {
      const last = started.events.filter((e) => e.type === 'progress' && e.mode === m.mode).at(-1);
      expect(last).toMatchObject({ tagsDone: m.tagsLanded, tagsFailed: 0, tagsTotal: 128, values: m.values, httpRequests: m.httpRequests });
    }
  });

  it('reports a measured speed-up and the landed assets, and saves the run to bronze', async () => {
    const end = terminal(started.events);
    expect(end.type).toBe('finished');
    if (end.type !== 'finished') return;
    const [batch, sequential] = summaries(started.events);
    expect(end.figures.speedup).toBe(sequential!.elapsedMs / batch!.elapsedMs);
    expect(end.figures.speedupIsProjection).toBe(false);
    const counts = await store.counts();
    expect(end.figures.afElements).toBe(counts.afElements);
    expect(end.figures.eventFrames).toBe(counts.eventFrames);
    expect(counts.afElements).toBeGreaterThan(0);
    const saved = await store.getRun(started.runId);
    expect(saved).toMatchObject({ runId: started.runId, status: 'finished', figures: end.figures, finishedAtMs: end.atMs });
  });
});

describe('runs at 1,040 tags', () => {
  it('reads identical values sequentially, in batches and split into 3 partitions', async () => {
    const whole = await run({ tier: 1040, modes: ['batch', 'sequential'], includeAssets: false });
    const split = await run({ tier: 1040, modes: ['batch', 'sequential', 'streamsets'], partitions: 3, includeAssets: false });
    expect(split.events.filter((e) => e.type === 'failed')).toEqual([]);
    // Each run resolves its own window (a minute may tick between them): compare each with the server.
    for (const r of [whole, split]) {
      const values = await serverValues(r.events);
      expect(values).toBeGreaterThanOrEqual(1040 * 61);
      for (const m of summaries(r.events)) {
        expect(m).toMatchObject({ tagsTotal: 1040, tagsLanded: 1040, tagsFailed: 0, values, timeBoxed: false });
      }
    }
    expect(summaries(whole.events).map((m) => m.httpRequests)).toEqual([11, 1040]);
    // Each partition batches its own share: more, smaller batches than one client would send.
    const splitBatch = summaries(split.events)[0]!;
    expect(splitBatch.httpRequests).toBeGreaterThanOrEqual(11);
    expect(splitBatch.httpRequests).toBeLessThanOrEqual(13);
    expect(summaries(split.events)[1]!.httpRequests).toBe(1040);
    // More than one partition runs as processes (partitioned-run.int.test.ts covers them).
    expect(summaries(split.events).map((m) => m.processKind)).toEqual(['local-processes', 'local-processes', 'local-processes']);
  }, 120_000);

  it('time-boxes sequential on its own clock and projects the rest from the measured rate', async () => {
    // WAN: ~30 tags a second, so 3 s of sequential meets the projection rule (50 tags, 2 s).
    const boxed = await run({ tier: 1040, modes: ['batch', 'sequential'], networkProfile: 'wan', sequentialBudgetSeconds: 3, includeAssets: false });
    const end = terminal(boxed.events);
    expect(end.type).toBe('finished');
    if (end.type !== 'finished') return;
    const [batch, sequential] = end.figures.modes;
    expect(sequential?.timeBoxed).toBe(true);
    expect(sequential!.tagsLanded).toBeGreaterThan(0);
    expect(sequential!.tagsLanded).toBeLessThan(1040);
    // The box starts at the first value request: listing the points is not in the budget.
    expect(sequential!.elapsedMs).toBeGreaterThanOrEqual(3000);
    expect(sequential!.listingMs).toBeGreaterThan(0);
    expect(sequential!.projection).toEqual({
      projectedMs: (sequential!.elapsedMs * 1040) / sequential!.tagsLanded,
      basisTags: sequential!.tagsLanded,
      totalTags: 1040,
    });
    expect(batch?.tagsLanded).toBe(1040);
    expect(end.figures.speedupIsProjection).toBe(true);
    expect(end.figures.speedup).toBe(sequential!.projection!.projectedMs / batch!.elapsedMs);
    // The run's network profile is put back afterwards; the tier stays.
    expect(currentWorld().options.latencyMs).toBe(0);
    expect(currentWorld().catalogue.count).toBe(1040);
  });

  it('projects a time-boxed mode over the whole tier even when it stopped before listing every slice of points', async () => {
    // 10,000 tags are listed in slices of 8,192 while values are read; 4 s of WAN sequential reads
    // ~120 tags (enough for the projection rule), so the box fires long before the second slice is listed.
    const boxed = await run({ tier: 10_000, modes: ['sequential'], networkProfile: 'wan', sequentialBudgetSeconds: 4, includeAssets: false });
    const end = terminal(boxed.events);
    expect(end.type).toBe('finished');
    if (end.type !== 'finished') return;
    const [sequential] = end.figures.modes;
    expect(sequential?.timeBoxed).toBe(true);
    expect(sequential?.tagsTotal).toBe(10_000);
    expect(sequential?.projection?.totalTags).toBe(10_000);
    expect(sequential!.projection!.projectedMs).toBe((sequential!.elapsedMs * 10_000) / sequential!.tagsLanded);
  }, 120_000);

  it('repeats the modes and keeps every repeat, the median one on top', async () => {
    const repeated = await run({ tier: 128, modes: ['batch', 'sequential'], repeats: 3, includeAssets: false });
    const end = terminal(repeated.events);
    expect(end.type).toBe('finished');
    if (end.type !== 'finished') return;
    expect(repeated.events.filter((e) => e.type === 'repeat-started').map((e) => e.type === 'repeat-started' && [e.repeat, e.repeats])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(summaries(repeated.events).map((m) => m.mode)).toEqual(['batch', 'sequential', 'batch', 'sequential', 'batch', 'sequential']);
    const speedups = (end.figures.repeats ?? []).map((r) => r.speedup ?? Number.NaN);
    expect(speedups).toHaveLength(3);
    expect(end.figures.speedup).toBe([...speedups].sort((a, b) => a - b)[1]);
    expect((await store.getRun(repeated.runId))?.figures).toEqual(end.figures);
  });

  it('answers a second start with the running run, and a cancel ends the run with failed/cancelled', async () => {
    const going = await start({ tier: 1040, modes: ['sequential'], networkProfile: 'wan', sequentialBudgetSeconds: 600, includeAssets: false });
    await new Promise<void>((resolve) => {
      const handle = registry.find(going.runId)!;
      const off = handle.subscribe((e) => {
        if (e.type === 'progress') resolve();
      });
      void off;
    });
    const second = await startRun(runSettings.parse({ tier: 128 }), { store, registry, retry: FAST_RETRY });
    expect(second).toEqual({ ok: false, error: { kind: 'run_in_progress', runId: going.runId } });
    expect(registry.cancel(going.runId).ok).toBe(true);
    await going.done;
    expect(terminal(going.events)).toMatchObject({ type: 'failed', code: 'cancelled' });
    expect(going.events.filter((e) => e.type === 'failed' || e.type === 'finished')).toHaveLength(1);
    expect(registry.find(going.runId)?.status).toBe('cancelled');
    expect(registry.running()).toBeNull();
    expect(await store.getRun(going.runId)).toMatchObject({ status: 'cancelled' });
    expect(currentWorld().options.latencyMs).toBe(0);
  });
});
