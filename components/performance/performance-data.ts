/**
 * Which figures the Performance page shows: the chosen (else the latest finished) run, its
 * projections to 30,240 tags, and partition figures measured by any comparable run in history.
 */
import { ENTERPRISE_TAG_COUNT, PARTITION_COUNTS, partitionFigures, projectToTags, type ScaleProjection } from '@/lib/runs/projections';
import type { ModeSummary, RunHistoryItem } from '@/lib/runs/schemas';
import type { PartitionSeries } from './partitions-option';

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

/** Same server conditions: partition runs are comparable only under the same network, faults and target. */
function comparable(a: RunHistoryItem, b: RunHistoryItem): boolean {
  return a.settings.networkProfile === b.settings.networkProfile && a.settings.faultRate === b.settings.faultRate && a.settings.target === b.settings.target;
}

function summaryOf(item: RunHistoryItem, mode: ModeSummary['mode']): ModeSummary | undefined {
  return item.figures?.modes.find((m) => m.mode === mode);
}

/**
 * Per mode of `run`: 1/10/20-partition times for 30,240 tags. Measured ones come from the newest
 * comparable finished run with that partition count (the selected one first); the rest are
 * projected from a single-partition rate (the selected run's, or the newest comparable one's).
 */
export function partitionSeries(run: FinishedRun, items: readonly RunHistoryItem[], counts: readonly number[] = PARTITION_COUNTS): PartitionSeries[] {
  const candidates = [run, ...items.filter((i) => i.runId !== run.runId && isFinished(i) && comparable(i, run))];
  return run.figures.modes.map((own) => {
    const measured = new Map<number, ModeSummary>();
    for (const n of counts) {
      const found = candidates.find((c) => c.settings.partitions === n && summaryOf(c, own.mode));
      const summary = found ? summaryOf(found, own.mode) : undefined;
      if (summary) measured.set(n, summary);
    }
    // Without a single-partition rate there is nothing to scale: a summary with no landed tags yields only measured figures.
    const basis = measured.get(1) ?? { ...own, tagsLanded: 0 };
    return { mode: own.mode, figures: partitionFigures(basis, measured, ENTERPRISE_TAG_COUNT, counts) };
  });
}
