/** Test helpers of the live tail: run one against a mock for a while, and check it against recorded reads. */
import type { BronzeStore } from '../../bronze';
import type { LandingSink } from '../../landing';
import { PiClient } from '../http';
import { DEFAULT_RECORDED_OPTIONS } from '../recorded/types';
import { extract, openMemoryStore, tagChecksums, tagChecksumsIn } from './connector-fixture';
import type { LandedBatch, LiveOptions, LiveSummary } from '../live/live-types';
import { DEFAULT_LIVE_OPTIONS } from '../live/live-types';
import { runLive } from '../live/run-live';
import type { LiveTag } from '../live/tail-book';

export interface TailRun {
  summary: LiveSummary;
  tags: readonly LiveTag[];
  /** Rows landed from channel frames (not back-fills), as `webId|ts|seq` -> `value|state|flags`. */
  channelRows: Map<string, string>;
}

/** Tails `url` into `store` for `forMs`, then stops it as SIGINT would. */
export async function tailFor(url: string, store: LandingSink, forMs: number, options: Partial<LiveOptions> = {}): Promise<TailRun> {
  const client = new PiClient({ baseUrl: url, auth: { mode: 'none' }, connections: 4, retry: { baseDelayMs: 5, maxDelayMs: 50, maxAttempts: 8 } });
  const abort = new AbortController();
  let tags: readonly LiveTag[] = [];
  const batches: LandedBatch[] = [];
  const stopAt = setTimeout(() => abort.abort(), forMs);
  try {
    const result = await runLive(
      client,
      store,
      { runId: 'live-test', tagCount: null, nameFilter: null, auth: { mode: 'none' }, options: { ...DEFAULT_LIVE_OPTIONS, recorded: DEFAULT_RECORDED_OPTIONS, ...options } },
      abort.signal,
      { onStarted: (t) => (tags = t), onLanded: (b) => batches.push(b) },
    );
    if (!result.ok) throw new Error(`live tail failed: ${JSON.stringify(result.error)}`);
    const webIdOf = new Map(tags.map((t) => [t.key, t.webId]));
    const channelRows = new Map<string, string>();
    for (const b of batches) {
      for (let r = 0; r < b.length; r++) channelRows.set(`${webIdOf.get(b.tagKey[r]!)}|${b.tsMs[r]}|${b.seq[r]}`, `${b.value[r]}|${b.state[r]}|${b.flags[r]}`);
    }
    return { summary: result.value, tags, channelRows };
  } finally {
    clearTimeout(stopAt);
    await client.close();
  }
}

export interface Comparison {
  /** Tags whose coverage is not one interval (a hole the tail failed to back-fill). */
  fragmented: string[];
  /** Per tag in the live store: rows and checksum, and the same over its covered span read by recorded into a clean store. */
  live: Map<string, string>;
  recorded: Map<string, string>;
  /** Channel rows whose recorded twin differs or is missing. */
  channelMismatches: string[];
  clean: BronzeStore;
}

/** Reads each tag's covered span again with recorded reads into a clean store and compares. */
export async function compareWithRecorded(url: string, store: BronzeStore, run: TailRun): Promise<Comparison> {
  const coverage = await store.coverage(run.tags.map((t) => t.key));
  const fragmented: string[] = [];
  const spans = new Map<string, { startMs: number; endMs: number; webIds: string[] }>();
  for (const t of run.tags) {
    const intervals = coverage.get(t.key) ?? [];
    if (intervals.length !== 1) {
      fragmented.push(`${t.name}: ${intervals.length} intervals`);
      continue;
    }
    const { startMs, endMs } = intervals[0]!;
    const span = spans.get(`${startMs}-${endMs}`) ?? { startMs, endMs, webIds: [] };
    span.webIds.push(t.webId);
    spans.set(`${startMs}-${endMs}`, span);
  }
  const clean = await openMemoryStore();
  const recorded = new Map<string, string>();
  for (const span of spans.values()) {
    const done = await extract({ url, mode: 'batch', store: clean, plan: { startMs: span.startMs, endMs: span.endMs, ignoreCheckpoints: true } });
    if (!done.ok) throw new Error(`recorded read failed: ${done.error.kind}`);
    const sums = await tagChecksumsIn(clean, span);
    for (const id of span.webIds) recorded.set(id, sums.get(id) ?? '0 rows');
  }
  const live = await tagChecksums(store);
  const rows = await clean.readRows(
    `SELECT tag_webid, epoch_ms(ts) AS ts, seq, value, value_state, quality_good, quality_questionable, quality_substituted, quality_annotated FROM bronze.pi_timeseries`,
  );
  const twin = new Map<string, string>();
  for (const r of rows) {
    const flags = (r.quality_good ? 1 : 0) | (r.quality_questionable ? 2 : 0) | (r.quality_substituted ? 4 : 0) | (r.quality_annotated ? 8 : 0);
    twin.set(`${String(r.tag_webid)}|${Number(r.ts)}|${Number(r.seq)}`, `${r.value === null ? Number.NaN : Number(r.value)}|${r.value_state === null ? null : String(r.value_state)}|${flags}`);
  }
  const channelMismatches: string[] = [];
  for (const [key, value] of run.channelRows) if (twin.get(key) !== value) channelMismatches.push(`${key}: channel ${value}, recorded ${twin.get(key)}`);
  return { fragmented, live, recorded, channelMismatches, clean };
}
