/**
 * Two runs side by side: each setting and figure of A and B, and B's figure over A's where a
 * ratio means something (times, requests, rates). Pure, so the table's claims are testable.
 */
import { formatCount, formatDuration, formatPercent, formatSpeedup, formatBytes } from '@/lib/client';
import { extractionMode, type ExtractionModeName, type ModeSummary, type RunHistoryItem } from '@/lib/api-contract';
import { MODE_LABELS } from '../run/mode-labels';
import { modesText, profileText } from '../run/describe-run';

export interface CompareRow {
  label: string;
  a: string;
  b: string;
  /** B ÷ A, e.g. "0.25×"; null where a ratio says nothing (settings, missing figures). */
  ratio: string | null;
  /** Marks rows that differ in a setting: the reason the figures differ. */
  differs?: boolean;
}

const MISSING = '–';

function ratioOf(a: number | null | undefined, b: number | null | undefined): string | null {
  if (a === null || a === undefined || b === null || b === undefined || a <= 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return `${(b / a).toFixed(2)}×`;
}

function setting(label: string, a: string, b: string): CompareRow {
  return { label, a, b, ratio: null, differs: a !== b };
}

/** Whole-set time: measured, or the labelled projection of a time-boxed mode. */
function modeTime(m: ModeSummary | undefined): { ms: number | null; text: string } {
  if (!m) return { ms: null, text: MISSING };
  if (m.timeBoxed && m.projection) return { ms: m.projection.projectedMs, text: `${formatDuration(m.projection.projectedMs)} (projected)` };
  return { ms: m.elapsedMs, text: formatDuration(m.elapsedMs) };
}

function modeRows(mode: ExtractionModeName, a: RunHistoryItem, b: RunHistoryItem): CompareRow[] {
  const ma = a.figures?.modes.find((m) => m.mode === mode);
  const mb = b.figures?.modes.find((m) => m.mode === mode);
  if (!ma && !mb) return [];
  const name = MODE_LABELS[mode];
  const ta = modeTime(ma);
  const tb = modeTime(mb);
  return [
    { label: `${name}: time`, a: ta.text, b: tb.text, ratio: ratioOf(ta.ms, tb.ms) },
    { label: `${name}: HTTP requests`, a: ma ? formatCount(ma.httpRequests) : MISSING, b: mb ? formatCount(mb.httpRequests) : MISSING, ratio: ratioOf(ma?.httpRequests, mb?.httpRequests) },
    { label: `${name}: values/s`, a: ma ? formatCount(ma.valuesPerSecond) : MISSING, b: mb ? formatCount(mb.valuesPerSecond) : MISSING, ratio: ratioOf(ma?.valuesPerSecond, mb?.valuesPerSecond) },
    // Absent in runs saved before wire bytes were counted: shown as missing, never as zero.
    { label: `${name}: bytes on the wire`, a: ma?.wireBytes === undefined ? MISSING : formatBytes(ma.wireBytes), b: mb?.wireBytes === undefined ? MISSING : formatBytes(mb.wireBytes), ratio: ratioOf(ma?.wireBytes, mb?.wireBytes) },
    { label: `${name}: tags landed`, a: ma ? `${formatCount(ma.tagsLanded)} of ${formatCount(ma.tagsTotal)}` : MISSING, b: mb ? `${formatCount(mb.tagsLanded)} of ${formatCount(mb.tagsTotal)}` : MISSING, ratio: null },
  ];
}

const ALL_MODES: readonly ExtractionModeName[] = extractionMode.options;

export function compareRows(a: RunHistoryItem, b: RunHistoryItem): CompareRow[] {
  const sa = a.settings;
  const sb = b.settings;
  const speedup = (item: RunHistoryItem) => (item.figures?.speedup == null ? MISSING : `${formatSpeedup(item.figures.speedup)}${item.figures.speedupIsProjection ? ' (projected)' : ''}`);
  return [
    setting('Tags', formatCount(sa.tier), formatCount(sb.tier)),
    setting('Network', profileText(sa), profileText(sb)),
    setting('Fault rate', formatPercent(sa.faultRate), formatPercent(sb.faultRate)),
    setting('Modes', modesText(sa), modesText(sb)),
    setting('Partitions', String(sa.partitions), String(sb.partitions)),
    setting('gzip', sa.gzip ? 'on' : 'off', sb.gzip ? 'on' : 'off'),
    setting('selectedFields', sa.selectedFields ? 'on' : 'off', sb.selectedFields ? 'on' : 'off'),
    setting('Sequential budget', `${sa.sequentialBudgetSeconds} s`, `${sb.sequentialBudgetSeconds} s`),
    { label: 'Speed-up (sequential ÷ batch)', a: speedup(a), b: speedup(b), ratio: ratioOf(a.figures?.speedup, b.figures?.speedup) },
    ...ALL_MODES.flatMap((mode) => modeRows(mode, a, b)),
    { label: 'AF elements', a: a.figures?.afElements == null ? MISSING : formatCount(a.figures.afElements), b: b.figures?.afElements == null ? MISSING : formatCount(b.figures.afElements), ratio: ratioOf(a.figures?.afElements, b.figures?.afElements) },
    { label: 'Event frames', a: a.figures?.eventFrames == null ? MISSING : formatCount(a.figures.eventFrames), b: b.figures?.eventFrames == null ? MISSING : formatCount(b.figures.eventFrames), ratio: ratioOf(a.figures?.eventFrames, b.figures?.eventFrames) },
  ];
}
