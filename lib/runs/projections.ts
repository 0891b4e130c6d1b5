/**
 * Projections the dashboard shows beside measured figures, each labelled with what it rests on
 * (DESIGN §6: nothing on screen is a number that was not measured unless it says so). All are
 * rate-based: time per tag measured by one mode, times the tag count. Pure: safe in the browser.
 */
import type { ModeSummary } from '../api-contract';

/** The extraction SLA the performance page judges against: 30,240 tags x 1 h within 5 minutes. */
export const SLA_MS = 5 * 60_000;
export const ENTERPRISE_TAG_COUNT = 30_240;

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
  // A partitioned mode's rate is already that of all its shares together: it is not multiplied again.
  const partitions = summary.partitions ?? 1;
  const together = partitions > 1 ? ` (${partitions} shares together)` : '';
  return {
    mode: summary.mode,
    tags,
    elapsedMs,
    slaMs,
    feasible: elapsedMs <= slaMs,
    isProjection: !measured,
    label: measured
      ? `measured: ${count(tags)} tags${together}`
      : `projected from ${count(summary.tagsLanded)} measured tags at ${count(Math.round(tagsPerSecond))} tags/s${together}`,
    basisTags: summary.tagsLanded,
    basisMs: summary.elapsedMs,
  };
}
