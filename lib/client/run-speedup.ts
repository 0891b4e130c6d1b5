/**
 * The Run page's speed-up, by the one rule the server's figures use (lib/runs/speedup.ts): from
 * the modes finished or under way, a sequential mode still going projected from its pace once the
 * projection rule allows, and a placeholder until then. With repeats, the headline is the median
 * of the repeats finished so far, with their spread.
 */
import { timeBoxLabel } from '../runs/projections';
import { speedupSpread, type Spread } from '../runs/repeat-stats';
import type { ModeTiming } from '../runs/projection-rule';
import type { RepeatFigures } from '../api-contract';
import { speedupOf, timingOfSummary } from '../runs/speedup';
import { formatDuration } from './format';

export interface SpeedupView {
  /** Sequential time over batch (or streamsets) time. */
  factor: number;
  isProjection: boolean;
  /** What the factor rests on, said on screen beside it. */
  label: string;
  /** Over repeats: the median is `factor`; null for one repeat. */
  spread?: Spread | null;
}

/** Sequential is under way but has not measured enough to project from: the measured basis so far. */
export interface SpeedupPending {
  basisTags: number;
  totalTags: number;
  basisMs: number;
}

/** The fields of a mode view the speed-up reads (run-state.ts's ModeView). */
export interface SpeedupModeInput {
  mode: ModeTiming['mode'];
  phase: 'waiting' | 'listing' | 'running' | 'done' | 'stopped';
  tagsDone: number;
  tagsFailed: number;
  tagsTotal: number | null;
  elapsedMs: number;
  summary: RepeatFigures['modes'][number] | null;
}

function timingOf(view: SpeedupModeInput): ModeTiming | null {
  if (view.summary) return timingOfSummary(view.summary);
  if (view.phase !== 'running' || view.tagsTotal === null) return null;
  return { mode: view.mode, tagsTotal: view.tagsTotal, tagsRead: view.tagsDone + view.tagsFailed, elapsedMs: view.elapsedMs, complete: false };
}

/** One repeat's speed-up from its mode views; `pending` while sequential runs short of the rule. */
export function speedupOfModes(modes: readonly SpeedupModeInput[]): { view: SpeedupView | null; pending: SpeedupPending | null } {
  const timings = modes.flatMap((m) => {
    const t = timingOf(m);
    return t ? [t] : [];
  });
  const speedup = speedupOf(timings);
  if (speedup === null) return { view: null, pending: null };
  const against = `${speedup.fast.mode} ${formatDuration(speedup.fast.ms)}`;
  if (speedup.kind === 'pending') {
    const { basisTags, totalTags, basisMs } = speedup.sequential;
    return { view: null, pending: { basisTags, totalTags, basisMs } };
  }
  const seq = speedup.sequential;
  const label =
    seq.kind === 'projected'
      ? `sequential ${formatDuration(seq.ms)} ${timeBoxLabel(seq.basisTags, seq.totalTags)}, against ${against}`
      : `sequential ${formatDuration(seq.ms)} ÷ ${against}`;
  return { view: { factor: speedup.factor, isProjection: speedup.isProjection, label }, pending: null };
}

/** The median speed-up of the finished repeats with its spread; null while none has a figure. */
export function medianSpeedup(repeats: readonly RepeatFigures[], of: number): SpeedupView | null {
  const over = speedupSpread(repeats);
  if (!over) return null;
  const { spread } = over;
  const done = repeats.length < of ? `${spread.count} of ${of} repeats so far` : `${spread.count} repeats`;
  return { factor: spread.median, isProjection: over.isProjection, label: `median of ${done}`, spread };
}
