/**
 * The run history the dashboard lists: bronze `demo.runs` (it survives restarts) overlaid with
 * the runs this process holds in memory, which are current even before their row is written.
 */
import type { BronzeStore, RunRecord } from '../bronze';
import { runRegistry, type RunRegistry } from './run-registry';
import { runHistoryItem, type RunHistoryItem } from '../api-contract';

export const HISTORY_LIMIT = 50;

/**
 * demo.runs rows as last read, per store. Only this process writes the table (at a run's start and
 * end, each followed by invalidateRunHistory), so between writes the listing needs no query: a
 * dashboard polling GET /api/runs during a 30,240-tag run then never waits behind DuckDB's landing.
 * On globalThis because Next bundles each route (and the executor they start) separately.
 */
const CACHE_KEY = Symbol.for('pi-connector-demo.run-history-cache');
type GlobalWithCache = typeof globalThis & { [CACHE_KEY]?: WeakMap<BronzeStore, Promise<RunRecord[]>> };

function cache(): WeakMap<BronzeStore, Promise<RunRecord[]>> {
  const holder = globalThis as GlobalWithCache;
  holder[CACHE_KEY] ??= new WeakMap();
  return holder[CACHE_KEY];
}

function storedRuns(store: BronzeStore): Promise<RunRecord[]> {
  let pending = cache().get(store);
  if (!pending) {
    pending = store.listRuns(HISTORY_LIMIT);
    cache().set(store, pending);
    // A failed read is not kept: the next call asks DuckDB again.
    const mine = pending;
    mine.catch(() => {
      if (cache().get(store) === mine) cache().delete(store);
    });
  }
  return pending;
}

/** Call after writing demo.runs. */
export function invalidateRunHistory(store: BronzeStore): void {
  cache().delete(store);
}

/**
 * A stored row; null when it no longer parses (written by an older contract). A row still
 * 'running' that this process does not run was interrupted by a restart: it reads as failed.
 */
function fromRecord(record: RunRecord, registry: RunRegistry): RunHistoryItem | null {
  const parsed = runHistoryItem.safeParse(record);
  if (!parsed.success) {
    console.warn(`[runs] demo.runs row ${record.runId} does not match the run contract; left out of the history`);
    return null;
  }
  const item = parsed.data;
  if (item.status === 'running' && !registry.find(item.runId)) return { ...item, status: 'failed' };
  return item;
}

/** Newest first, a running run included. */
export async function listRunHistory(store: BronzeStore, registry = runRegistry(), limit = HISTORY_LIMIT): Promise<RunHistoryItem[]> {
  const byId = new Map<string, RunHistoryItem>();
  const records = limit === HISTORY_LIMIT ? await storedRuns(store) : await store.listRuns(limit);
  for (const record of records) {
    const item = fromRecord(record, registry);
    if (item) byId.set(item.runId, item);
  }
  for (const handle of registry.list()) byId.set(handle.runId, handle.toHistoryItem());
  return [...byId.values()]
    .sort((a, b) => b.startedAtMs - a.startedAtMs || (a.runId < b.runId ? 1 : -1))
    .slice(0, limit);
}

export async function findRunHistoryItem(store: BronzeStore, runId: string, registry = runRegistry()): Promise<RunHistoryItem | null> {
  const handle = registry.find(runId);
  if (handle) return handle.toHistoryItem();
  const record = await store.getRun(runId);
  return record ? fromRecord(record, registry) : null;
}
