/**
 * Projections the dashboard shows beside measured figures, each labelled with what it rests on
 * (DESIGN §6: nothing on screen is a number that was not measured unless it says so). All are
 * rate-based: time per tag measured by one mode, times the tag count. Pure: safe in the browser.
 */
import type { ModeSummary } from './schemas';

/** The extraction SLA the performance page judges against: 30,240 tags x 1 h within 5 minutes. */
export const SLA_MS = 5 * 60_000;
export const ENTERPRISE_TAG_COUNT = 30_240;
export const PARTITION_COUNTS = [1, 10, 20] as const;

export interface TimeBoxProjection {
  /** Time the whole tag set would take at the measured rate. */
  projectedMs: number;
  basisTags: number;
  totalTags: number;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** 'projected from 1,234 of 30,240 tags': the label a time-boxed mode's projection carries. */
export function timeBoxLabel(basisTags: number, totalTags: number): string {
  return `projected from ${count(basisTags)} of ${count(totalTags)} tags`;
}

/** A time-boxed mode's whole-set time at the rate of the tags it landed; null when none landed. */
export function projectTimeBoxed(elapsedMs: number, tagsLanded: number, tagsTotal: number): TimeBoxProjection | null {
  if (tagsLanded <= 0 || tagsTotal <= 0 || elapsedMs <= 0) return null;
  return { projectedMs: (elapsedMs * tagsTotal) / tagsLanded, basisTags: tagsLanded, totalTags: tagsTotal };
}

/** ms per landed tag as measured; null when nothing landed. A time-boxed mode's rate is that of its landed tags. */
export function measuredMsPerTag(summary: ModeSummary): number | null {
  if (summary.tagsLanded <= 0 || summary.elapsedMs <= 0) return null;
  return summary.elapsedMs / summary.tagsLanded;
}

/** True when the summary read exactly `tags` tags completely, so its elapsed time is a measurement for that count. */
function measuredWhole(summary: ModeSummary, tags: number): boolean {
  return !summary.timeBoxed && summary.tagsFailed === 0 && summary.tagsLanded === tags;
}

export interface ScaleProjection {
  mode: ModeSummary['mode'];
  tags: number;
  elapsedMs: number;
  slaMs: number;
  feasible: boolean;
  isProjection: boolean;
  /** What the figure rests on: 'measured: 1,040 tags in 1.2 s' or 'projected from 1,040 measured tags at 850 tags/s'. */
  label: string;
  basisTags: number;
  basisMs: number;
}

/** A mode's time for `tags` tags against an SLA: measured when it read exactly those, else projected from its rate. */
export function projectToTags(summary: ModeSummary, tags = ENTERPRISE_TAG_COUNT, slaMs = SLA_MS): ScaleProjection | null {
  const msPerTag = measuredMsPerTag(summary);
  if (msPerTag === null) return null;
  const measured = measuredWhole(summary, tags);
  const elapsedMs = measured ? summary.elapsedMs : msPerTag * tags;
  const tagsPerSecond = 1000 / msPerTag;
  return {
    mode: summary.mode,
    tags,
    elapsedMs,
    slaMs,
    feasible: elapsedMs <= slaMs,
    isProjection: !measured,
    label: measured
      ? `measured: ${count(tags)} tags`
      : `projected from ${count(summary.tagsLanded)} measured tags at ${count(Math.round(tagsPerSecond))} tags/s`,
    basisTags: summary.tagsLanded,
    basisMs: summary.elapsedMs,
  };
}

export interface PartitionFigure {
  partitions: number;
  tags: number;
  elapsedMs: number;
  feasible: boolean;
  isProjection: boolean;
  label: string;
}

/**
 * Times for 1/10/20 partitions reading `tags` tags: a figure measured with that partition count
 * (and exactly those tags) is used as is; every other is ideal linear scaling of the measured
 * single-partition rate, labelled as such (real partitions share the server, so this is a bound).
 */
export function partitionFigures(
  singlePartition: ModeSummary,
  measuredByPartitions: ReadonlyMap<number, ModeSummary>,
  tags = ENTERPRISE_TAG_COUNT,
  counts: readonly number[] = PARTITION_COUNTS,
  slaMs = SLA_MS,
): PartitionFigure[] {
  const msPerTag = measuredMsPerTag(singlePartition);
  const figures: PartitionFigure[] = [];
  for (const partitions of counts) {
    const measured = measuredByPartitions.get(partitions);
    if (measured && measuredWhole(measured, tags)) {
      figures.push({ partitions, tags, elapsedMs: measured.elapsedMs, feasible: measured.elapsedMs <= slaMs, isProjection: false, label: `measured with ${partitions} partition${partitions === 1 ? '' : 's'}` });
      continue;
    }
    if (msPerTag === null) continue;
    const elapsedMs = (msPerTag * tags) / partitions;
    figures.push({
      partitions,
      tags,
      elapsedMs,
      feasible: elapsedMs <= slaMs,
      isProjection: true,
      label: `projection: ideal linear scaling of the measured single-partition rate (${count(Math.round(1000 / msPerTag))} tags/s over ${count(singlePartition.tagsLanded)} tags)`,
    });
  }
  return figures;
}
