/**
 * One mode's measured figures from the runExtraction summaries of its partitions (one without
 * partitioning). Partitions run side by side, so counts add up and the mode's time is the
 * slowest partition's recorded-values phase (discovery excluded, as in the connector's report).
 */
import type { ExtractionSummary } from '../connector/run-extraction';
import { projectTimeBoxed } from './projections';
import { boundRemoteText } from './remote-text';
import type { ExtractionModeName, ModeSummary } from './schemas';

/** Failed tags named in a summary; the rest are only counted (a 30,240-tag failure list would swamp the page). */
export const FAILED_TAGS_LISTED = 20;

export type PartitionOutcome = Pick<ExtractionSummary, 'tagsLanded' | 'points' | 'retries' | 'failedTags' | 'values'>;

export interface CombineInput {
  mode: ExtractionModeName;
  /** The tag set the mode had to read (all partitions together). */
  tagsTotal: number;
  outcomes: readonly PartitionOutcome[];
  /** The sequential time box ran out before the mode finished. */
  timeBoxHit: boolean;
}

export function combinePartitions({ mode, tagsTotal, outcomes, timeBoxHit }: CombineInput): ModeSummary {
  let tagsLanded = 0;
  let values = 0;
  let httpRequests = 0;
  let bytes = 0;
  let retries = 0;
  let elapsedMs = 0;
  const failed: { name: string; reason: string }[] = [];
  let tagsFailed = 0;
  for (const o of outcomes) {
    tagsLanded += o.tagsLanded;
    values += o.points;
    httpRequests += o.values.httpRequests;
    bytes += o.values.bytes;
    retries += o.retries;
    elapsedMs = Math.max(elapsedMs, o.values.elapsedMs);
    tagsFailed += o.failedTags.length;
    for (const f of o.failedTags) if (failed.length < FAILED_TAGS_LISTED) failed.push({ name: boundRemoteText(f.name), reason: boundRemoteText(f.reason) });
  }
  // A time box that fired as the last tag landed cut nothing short.
  const timeBoxed = timeBoxHit && tagsLanded + tagsFailed < tagsTotal;
  const projection = timeBoxed ? projectTimeBoxed(elapsedMs, tagsLanded, tagsTotal) : null;
  return {
    mode,
    tagsTotal,
    tagsLanded,
    tagsFailed,
    values,
    httpRequests,
    bytes,
    elapsedMs,
    valuesPerSecond: elapsedMs > 0 ? values / (elapsedMs / 1000) : 0,
    retries,
    failedTags: failed,
    timeBoxed,
    projection,
  };
}
