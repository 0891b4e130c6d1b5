/**
 * The Run page's speed-up: sequential time over batch (or streamsets) time. Once the run ends, the
 * server's figures decide; before that it is derived from the modes finished or under way, and a
 * sequential mode still going is projected from its pace so far, labelled as such.
 */
import { timeBoxLabel } from '../runs/projections';
import type { RunFigures } from '../runs/schemas';
import { formatDuration } from './format';
import type { ModeView } from './run-state';

export interface SpeedupView {
  /** Sequential time over batch (or streamsets) time. */
  factor: number;
  isProjection: boolean;
  /** What the factor rests on, said on screen beside it. */
  label: string;
}

/** Sequential's whole-set time: measured, projected by the server after a time box, or projected live from its pace so far. */
function sequentialTime(view: ModeView): { ms: number; isProjection: boolean; label: string } | null {
  if (view.summary) {
    if (!view.summary.timeBoxed) return { ms: view.summary.elapsedMs, isProjection: false, label: `sequential ${formatDuration(view.summary.elapsedMs)}` };
    return view.projection ? { ms: view.projection.projectedMs, isProjection: true, label: view.projection.label } : null;
  }
  if (view.phase !== 'running' || view.tagsDone <= 0 || view.tagsTotal === null || view.elapsedMs <= 0) return null;
  return { ms: (view.elapsedMs * view.tagsTotal) / view.tagsDone, isProjection: true, label: timeBoxLabel(view.tagsDone, view.tagsTotal) };
}

/** The speed-up the figures state once the run ends; before that, from the modes finished or under way. */
export function speedupOf(modes: readonly ModeView[], figures: RunFigures | null): SpeedupView | null {
  const sequential = modes.find((m) => m.mode === 'sequential');
  const fast = modes.find((m) => m.mode === 'batch' && m.summary) ?? modes.find((m) => m.mode === 'streamsets' && m.summary);
  const fastSummary = fast?.summary;
  if (!sequential || !fast || !fastSummary || fastSummary.elapsedMs <= 0 || fastSummary.tagsLanded === 0) return null;
  const seq = sequentialTime(sequential);
  if (!seq) return null;
  const against = `${fast.mode} ${formatDuration(fastSummary.elapsedMs)}`;
  if (figures) {
    if (figures.speedup === null) return null;
    return { factor: figures.speedup, isProjection: figures.speedupIsProjection, label: figures.speedupIsProjection ? `sequential ${seq.label}, against ${against}` : `${seq.label} ÷ ${against}` };
  }
  return { factor: seq.ms / fastSummary.elapsedMs, isProjection: seq.isProjection, label: seq.isProjection ? `sequential ${seq.label}, against ${against}` : `${seq.label} ÷ ${against}` };
}
