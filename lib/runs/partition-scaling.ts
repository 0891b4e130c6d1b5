/**
 * Partition figures that are measured (issue 13, item 3): per mode, the runs that measured 1, 2,
 * 5, 10 or 20 shares at one tier and network profile, and nothing else. Another tier's or
 * profile's run is never borrowed; a share count nobody measured has no figure. Ideal scaling is
 * only a reference (the measured 1-share time / N), labelled as such. A partitioned mode's time is
 * already that of all its shares together: nothing here multiplies it by the count again.
 * Pure: safe in the browser.
 */
import type { ExtractionModeName, ModeSummary, ProcessKind, RunHistoryItem, RunSettings } from '../api-contract';

export const SCALING_COUNTS = [1, 2, 5, 10, 20] as const;

export type ScalingConditions = Pick<RunSettings, 'tier' | 'networkProfile' | 'faultRate' | 'target'>;

export interface MeasuredShares {
  partitions: number;
  runId: string;
  elapsedMs: number;
  tags: number;
  processKind: ProcessKind;
}

export interface ScalingPoint {
  partitions: number;
  /** The newest run that measured this many shares under the conditions; null: not measured. */
  measured: MeasuredShares | null;
  /** Ideal scaling of the measured 1-share time (a reference line, never a measurement); null without it. */
  referenceMs: number | null;
  /** Measured 1-share time over this measured time; null unless both were measured. */
  speedup: number | null;
}

export interface ModeScaling {
  mode: ExtractionModeName;
  points: ScalingPoint[];
}

function sameConditions(settings: RunSettings, c: ScalingConditions): boolean {
  return settings.tier === c.tier && settings.networkProfile === c.networkProfile && settings.faultRate === c.faultRate && settings.target === c.target;
}

/**
 * The summary measured `partitions` shares reading its whole tag set: not time-boxed, no tag
 * failed, and more than one share only as real processes (runs from before partitions were
 * processes ran them as clients in one event loop, which is not what the figure claims).
 */
export function measuredShares(item: RunHistoryItem, summary: ModeSummary): MeasuredShares | null {
  const partitions = summary.partitions ?? item.settings.partitions;
  const kind: ProcessKind = summary.processKind ?? 'in-process';
  if (summary.timeBoxed || summary.tagsFailed > 0 || summary.tagsLanded !== summary.tagsTotal || summary.elapsedMs <= 0) return null;
  if (partitions > 1 && kind === 'in-process') return null;
  return { partitions, runId: item.runId, elapsedMs: summary.elapsedMs, tags: summary.tagsLanded, processKind: kind };
}

/** Per share count, the newest finished run (runs come newest first) that measured it under `conditions` (its median repeat). */
export function scalingOf(
  runs: readonly RunHistoryItem[],
  conditions: ScalingConditions,
  mode: ExtractionModeName,
  counts: readonly number[] = SCALING_COUNTS,
): ModeScaling {
  const found = new Map<number, MeasuredShares>();
  for (const item of runs) {
    if (item.status !== 'finished' || !item.figures || !sameConditions(item.settings, conditions)) continue;
    const summary = item.figures.modes.find((m) => m.mode === mode);
    const shares = summary ? measuredShares(item, summary) : null;
    if (shares && !found.has(shares.partitions)) found.set(shares.partitions, shares);
  }
  const single = found.get(1) ?? null;
  return {
    mode,
    points: counts.map((partitions) => {
      const measured = found.get(partitions) ?? null;
      return {
        partitions,
        measured,
        referenceMs: single ? single.elapsedMs / partitions : null,
        speedup: single && measured ? single.elapsedMs / measured.elapsedMs : null,
      };
    }),
  };
}

/** True when some mode measured more than one share: otherwise the page says so instead of drawing. */
export function hasMeasuredPartitions(series: readonly ModeScaling[]): boolean {
  return series.some((s) => s.points.some((p) => p.partitions > 1 && p.measured !== null));
}

/** Scenario 1 of the load-testing document (seeds/000): its claim, quoted as its claim. */
export const SCENARIO_ONE = {
  conditions: { tier: 10_000, networkProfile: 'wan', faultRate: 0, target: 'embedded' } satisfies ScalingConditions,
  mode: 'sequential' as const,
  shares: 10,
  claimedSpeedup: 10,
  claim: 'Scenario 1 of the load-testing document: 10,000 tags sequentially, single cluster "~15 minutes", 10 partitions "~1.5 minutes", "Speedup: 10x".',
};

export interface ScenarioOneFigure {
  single: MeasuredShares;
  split: MeasuredShares;
  /** Measured: 1-share time over 10-share time. */
  ratio: number;
}

/** The measured Scenario 1 ratio, when runs measured both 1 and 10 shares under its conditions. */
export function scenarioOne(runs: readonly RunHistoryItem[]): ScenarioOneFigure | null {
  const scaling = scalingOf(runs, SCENARIO_ONE.conditions, SCENARIO_ONE.mode, [1, SCENARIO_ONE.shares]);
  const [single, split] = scaling.points;
  if (!single?.measured || !split?.measured || split.speedup === null) return null;
  return { single: single.measured, split: split.measured, ratio: split.speedup };
}
