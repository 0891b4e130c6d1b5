/**
 * Bytes on the wire, as the Run and Performance pages show them: per mode, the response bytes the
 * connector received (compressed where the server gzipped) and decoded, both counted by the
 * client during the run. What gzip or selectedFields saves is shown only against a comparable run
 * made the other way (same tier, network, batch size, concurrency, partitions and target), never
 * computed from an assumed ratio: without such a run the pages say how to measure it.
 */
import type { ExtractionModeName, ModeSummary, RunHistoryItem, RunSettings } from '../api-contract';

export interface WireModeRow {
  mode: ExtractionModeName;
  values: number;
  /** Null in runs saved before wire bytes were counted. */
  wireBytes: number | null;
  decodedBytes: number;
  /** decoded / wire: 1 for an identity answer; null without wire bytes. */
  shrink: number | null;
}

export function wireRows(modes: readonly ModeSummary[]): WireModeRow[] {
  return modes.map((m) => ({
    mode: m.mode,
    values: m.values,
    wireBytes: m.wireBytes ?? null,
    decodedBytes: m.bytes,
    shrink: m.wireBytes !== undefined && m.wireBytes > 0 ? m.bytes / m.wireBytes : null,
  }));
}

export type WireSetting = 'gzip' | 'selectedFields';

/** Settings that must match for two runs' bytes and times to compare; the one studied differs. */
function comparable(a: RunSettings, b: RunSettings, differing: WireSetting): boolean {
  const other: WireSetting = differing === 'gzip' ? 'selectedFields' : 'gzip';
  return (
    a.target === b.target &&
    a.tier === b.tier &&
    a.networkProfile === b.networkProfile &&
    a.batchSize === b.batchSize &&
    a.concurrency === b.concurrency &&
    a.partitions === b.partitions &&
    a[other] === b[other] &&
    a[differing] !== b[differing]
  );
}

const measuredWire = (item: RunHistoryItem): boolean => item.figures?.modes.some((m) => m.wireBytes !== undefined) ?? false;

/**
 * The newest finished run made like `run` but with `differing` the other way, whose wire bytes were
 * measured (runs from before that was counted cannot say whether they were compressed); null if none.
 */
export function findCounterpart(run: RunHistoryItem, history: readonly RunHistoryItem[], differing: WireSetting): RunHistoryItem | null {
  if (!measuredWire(run)) return null;
  return (
    history.find(
      (item) => item.runId !== run.runId && item.status === 'finished' && item.figures !== null && measuredWire(item) && comparable(run.settings, item.settings, differing),
    ) ?? null
  );
}

export interface WireComparison {
  mode: ExtractionModeName;
  /** Per value, so runs over windows of different lengths still compare. */
  onBytesPerValue: number;
  offBytesPerValue: number;
  /** 1 - on / off: the share of bytes the setting saves (negative if it costs). */
  bytesSaved: number;
  onValuesPerSecond: number;
  offValuesPerSecond: number;
}

/**
 * Per mode both runs measured: bytes per value with the setting on and off (wire bytes for gzip,
 * decoded bytes for selectedFields, which changes what is sent, compressed or not) and values/s.
 */
export function compareRuns(run: RunHistoryItem, counterpart: RunHistoryItem, setting: WireSetting): WireComparison[] {
  const [on, off] = run.settings[setting] ? [run, counterpart] : [counterpart, run];
  const bytesOf = (m: ModeSummary): number | null => (setting === 'gzip' ? (m.wireBytes ?? null) : m.bytes);
  const rows: WireComparison[] = [];
  for (const a of on.figures?.modes ?? []) {
    const b = off.figures?.modes.find((m) => m.mode === a.mode);
    const aBytes = bytesOf(a);
    const bBytes = b ? bytesOf(b) : null;
    // A time-boxed mode read a part of the tags: its rate is measured, its bytes per value too.
    if (!b || aBytes === null || bBytes === null || a.values === 0 || b.values === 0) continue;
    const onBytesPerValue = aBytes / a.values;
    const offBytesPerValue = bBytes / b.values;
    rows.push({
      mode: a.mode,
      onBytesPerValue,
      offBytesPerValue,
      bytesSaved: 1 - onBytesPerValue / offBytesPerValue,
      onValuesPerSecond: a.valuesPerSecond,
      offValuesPerSecond: b.valuesPerSecond,
    });
  }
  return rows;
}

const bytesFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Bytes in binary units for a presenter: 950 -> "950 B", 14_050_000 -> "13.4 MiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${bytesFormat.format(value)} ${units[unit]}`;
}
