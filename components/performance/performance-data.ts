/**
 * Which figures the Performance page shows: the chosen (else the latest finished) run, its
 * projections to 30,240 tags, and the partition figures runs measured at its tier and profile.
 */
import { SCALING_COUNTS, scalingOf, type ModeScaling } from '@/lib/runs/partition-scaling';
import { ENTERPRISE_TAG_COUNT, projectToTags, type ScaleProjection } from '@/lib/runs/projections';
import type { RunHistoryItem } from '@/lib/api-contract';

export type FinishedRun = RunHistoryItem & { figures: NonNullable<RunHistoryItem['figures']> };

export function isFinished(item: RunHistoryItem): item is FinishedRun {
  return item.status === 'finished' && item.figures !== null && item.figures.modes.length > 0;
}

/** The run with `runId` when it finished, else the newest finished one; null when none has. */
export function pickRun(items: readonly RunHistoryItem[], runId: string | null): FinishedRun | null {
  const finished = items.filter(isFinished);
  return (runId === null ? undefined : finished.find((i) => i.runId === runId)) ?? finished[0] ?? null;
}

export function scaleProjections(run: FinishedRun, tags = ENTERPRISE_TAG_COUNT): ScaleProjection[] {
  return run.figures.modes.map((m) => projectToTags(m, tags)).filter((p): p is ScaleProjection => p !== null);
}

/**
 * Per mode of `run`: the runs that measured 1, 2, 5, 10 or 20 shares at the run's own tier, network
 * profile, fault rate and target (never another tier's run), and the ideal line as a reference.
 */
export function partitionSeries(run: FinishedRun, items: readonly RunHistoryItem[], counts: readonly number[] = SCALING_COUNTS): ModeScaling[] {
  // The chosen run first, so its own figure wins for its share count.
  const runs = [run, ...items.filter((i) => i.runId !== run.runId)];
  return run.figures.modes.map((own) => scalingOf(runs, run.settings, own.mode, counts));
}
