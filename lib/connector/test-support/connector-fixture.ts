/** Test helpers joining the real connector, an in-memory bronze store and a PI Web API URL. */
import { BronzeStore } from '../../bronze';
import { PiClient, type PiAuth } from '../http';
import { runExtraction, type ExtractionPlan, type ExtractionProgress } from '../run-extraction';
import { DEFAULT_RECORDED_OPTIONS, type ExtractionMode, type RecordedOptions } from '../recorded/types';

export const HOUR_WINDOW = { startMs: Date.parse('2024-01-01T00:00:00Z'), endMs: Date.parse('2024-01-01T01:00:00Z') };

export async function openMemoryStore(): Promise<BronzeStore> {
  const opened = await BronzeStore.open(':memory:');
  if (!opened.ok) throw new Error(`cannot open an in-memory store: ${opened.error.kind}`);
  return opened.value;
}

export interface ExtractArgs {
  url: string;
  mode: ExtractionMode;
  store: BronzeStore;
  options?: Partial<RecordedOptions>;
  plan?: Partial<ExtractionPlan>;
  auth?: PiAuth;
  signal?: AbortSignal;
  onProgress?: (p: ExtractionProgress) => void;
}

/** One extraction with a fresh client; retries back off in milliseconds so tests stay quick. */
export async function extract(args: ExtractArgs) {
  const client = new PiClient({
    baseUrl: args.url,
    auth: args.auth ?? { mode: 'none' },
    connections: 4,
    retry: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 8 },
    ...(args.signal ? { signal: args.signal } : {}),
  });
  try {
    return await runExtraction(
      client,
      args.store,
      {
        mode: args.mode,
        ...HOUR_WINDOW,
        fill: 'window',
        partition: null,
        nameFilter: null,
        runId: `test-${args.mode}`,
        af: false,
        eventFrames: false,
        options: { ...DEFAULT_RECORDED_OPTIONS, ...args.options },
        ...args.plan,
      },
      args.onProgress,
    );
  } finally {
    await client.close();
  }
}

/** Per tag: row count and an order-independent checksum of every landed column. */
export async function tagChecksums(store: BronzeStore): Promise<Map<string, string>> {
  const rows = await store.readRows(
    `SELECT tag_webid, count(*) AS n,
            sum(hash(epoch_ms(ts), seq, value, value_state, quality_good, quality_questionable, quality_substituted, quality_annotated)) AS h
       FROM bronze.pi_timeseries GROUP BY tag_webid`,
  );
  return new Map(rows.map((r) => [String(r.tag_webid), `${r.n}:${r.h}`]));
}

export async function rowCount(store: BronzeStore): Promise<number> {
  const rows = await store.readRows('SELECT count(*) AS n FROM bronze.pi_timeseries_raw');
  return Number(rows[0]!.n);
}

/** Per-tag checksums of the rows with start <= ts <= end only. */
export async function tagChecksumsIn(store: BronzeStore, window: { startMs: number; endMs: number }): Promise<Map<string, string>> {
  const rows = await store.readRows(
    `SELECT tag_webid, count(*) AS n,
            sum(hash(epoch_ms(ts), seq, value, value_state, quality_good, quality_questionable, quality_substituted, quality_annotated)) AS h
       FROM bronze.pi_timeseries WHERE epoch_ms(ts) BETWEEN $1 AND $2 GROUP BY tag_webid`,
    [window.startMs, window.endMs],
  );
  return new Map(rows.map((r) => [String(r.tag_webid), `${r.n}:${r.h}`]));
}

/** Row keys (tag, ts, seq) that occur more than once: always expected to be 0. */
export async function duplicateKeys(store: BronzeStore): Promise<number> {
  const rows = await store.readRows(
    'SELECT count(*) AS n FROM (SELECT tag_key, ts, seq FROM bronze.pi_timeseries_raw GROUP BY ALL HAVING count(*) > 1)',
  );
  return Number(rows[0]!.n);
}
