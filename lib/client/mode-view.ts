/**
 * One mode's row on the Run page: its counts, its own clock and its whole-set time (measured,
 * projected once the projection rule allows, or pending). Pure: the reducer in run-state.ts
 * builds these from events.
 */
import { wholeSetTime, type WholeSetTime } from '../runs/projection-rule';
import { timeBoxLabel } from '../runs/projections';
import type { ExtractionModeName, ModeSummary } from '../api-contract';
import { timingOfSummary } from '../runs/speedup';
import { countsOfSummary } from '../runs/summary-counts';
import { sharesOfSummary, type ShareView } from './share-view';

/** `listing`: the mode lists the points; its clock starts at `running` (its first value request). */
export type ModePhase = 'waiting' | 'listing' | 'running' | 'done' | 'stopped';

export interface ModeView {
  mode: ExtractionModeName;
  phase: ModePhase;
  tagsDone: number;
  tagsFailed: number;
  /** null until the server has counted the tags. */
  tagsTotal: number | null;
  values: number;
  httpRequests: number;
  retries: number;
  /** On the mode's own clock, from its first value request. */
  elapsedMs: number;
  /** Listing the points before the first value request; null until the mode reads values. */
  listingMs: number | null;
  valuesPerSecond: number;
  summary: ModeSummary | null;
  /**
   * The whole tag set's time: measured once done, projected (a time box, or live while running)
   * once the projection rule allows, `pending` until then; null while waiting.
   */
  time: WholeSetTime | null;
  /** A time-boxed mode's whole-set time at its measured rate, with the label it must carry. */
  projection: { projectedMs: number; label: string } | null;
  /** A partitioned mode's shares (empty for one partition). */
  shares: ShareView[];
}

/** A mode not started yet; `tagsTotal` is null until the server has counted the tags. */
export function waitingMode(mode: ExtractionModeName, tagsTotal: number | null): ModeView {
  return {
    mode,
    phase: 'waiting',
    tagsDone: 0,
    tagsFailed: 0,
    tagsTotal,
    values: 0,
    httpRequests: 0,
    retries: 0,
    elapsedMs: 0,
    listingMs: null,
    valuesPerSecond: 0,
    summary: null,
    time: null,
    projection: null,
    shares: [],
  };
}

/** Values per second on the mode's clock; 0 before it moves. */
export function valuesRate(values: number, elapsedMs: number): number {
  return elapsedMs > 0 ? values / (elapsedMs / 1000) : 0;
}

/** What a mode's summary leaves on screen: its time measured, or projected by the rule when time-boxed. */
export function finishedMode(view: ModeView, summary: ModeSummary): ModeView {
  const time = wholeSetTime(timingOfSummary(summary));
  return {
    ...view,
    phase: 'done',
    ...countsOfSummary(summary),
    listingMs: summary.listingMs ?? view.listingMs,
    valuesPerSecond: summary.valuesPerSecond,
    summary,
    time,
    projection: time?.kind === 'projected' ? { projectedMs: time.ms, label: timeBoxLabel(time.basisTags, time.totalTags) } : null,
    // The summary has the final word on who ran each share and how many deliveries it took.
    shares: summary.shares && summary.processKind ? sharesOfSummary(summary.shares, summary.processKind) : view.shares,
  };
}

/** A running mode's whole-set time by the projection rule (pending until it allows); null before the tag count. */
export function liveTime(view: ModeView): WholeSetTime | null {
  if (view.tagsTotal === null) return null;
  return wholeSetTime({ mode: view.mode, tagsTotal: view.tagsTotal, tagsRead: view.tagsDone + view.tagsFailed, elapsedMs: view.elapsedMs, complete: false });
}
