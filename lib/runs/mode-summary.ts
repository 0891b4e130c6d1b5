/**
 * One mode's measured figures from the runExtraction summaries of its partitions (one without
 * partitioning). Partitions run side by side, so counts add up and the mode's time runs from the
 * first value request of any partition to the last tag of all (listing the points excluded, as in
 * the connector's report); without that clock, the slowest partition's recorded-values phase.
 */
import type { ExtractionSummary } from '../connector';
import { wholeSetTime } from './projection-rule';
import { boundRemoteText } from './remote-text';
import type { ExtractionModeName, ModeSummary } from '../api-contract';

/** Failed tags named in a summary; the rest are only counted (a 30,240-tag failure list would swamp the page). */
export const FAILED_TAGS_LISTED = 20;

/** `values.wireBytes` may be missing (a share from an older worker): the mode then reports none rather than a partial sum. */
export type PartitionOutcome = Pick<ExtractionSummary, 'tagsLanded' | 'points' | 'retries' | 'failedTags'> & {
  values: Omit<ExtractionSummary['values'], 'wireBytes'> & { wireBytes?: number };
};

export interface CombineInput {
  mode: ExtractionModeName;
  /** The tag set the mode had to read (all partitions together). */
  tagsTotal: number;
  outcomes: readonly PartitionOutcome[];
  /** The sequential time box ran out before the mode finished. */
  timeBoxHit: boolean;
  /** The mode's own clock across partitions (mode-progress.ts), when it was kept. */
  clock?: { elapsedMs: number; listingMs: number } | null;
}

export function combinePartitions({ mode, tagsTotal, outcomes, timeBoxHit, clock = null }: CombineInput): ModeSummary {
  let tagsLanded = 0;
  let values = 0;
  let httpRequests = 0;
  let bytes = 0;
  let wireBytes: number | undefined = 0;
  let retries = 0;
  let elapsedMs = 0;
  const failed: { name: string; reason: string }[] = [];
  let tagsFailed = 0;
  for (const o of outcomes) {
    tagsLanded += o.tagsLanded;
    values += o.points;
    httpRequests += o.values.httpRequests;
    bytes += o.values.bytes;
    wireBytes = wireBytes === undefined || o.values.wireBytes === undefined ? undefined : wireBytes + o.values.wireBytes;
    retries += o.retries;
    elapsedMs = Math.max(elapsedMs, o.values.elapsedMs);
    tagsFailed += o.failedTags.length;
    for (const f of o.failedTags) if (failed.length < FAILED_TAGS_LISTED) failed.push({ name: boundRemoteText(f.name), reason: boundRemoteText(f.reason) });
  }
  if (clock) elapsedMs = clock.elapsedMs;
  // A time box that fired as the last tag landed cut nothing short.
  const timeBoxed = timeBoxHit && tagsLanded + tagsFailed < tagsTotal;
  // Only a projection that rests on enough tags and time (projection-rule.ts) is recorded.
  const time = timeBoxed ? wholeSetTime({ mode, tagsTotal, tagsRead: tagsLanded + tagsFailed, elapsedMs, complete: false }) : null;
  const projection = time?.kind === 'projected' ? { projectedMs: time.ms, basisTags: time.basisTags, totalTags: time.totalTags } : null;
  return {
    mode,
    tagsTotal,
    tagsLanded,
    tagsFailed,
    values,
    httpRequests,
    bytes,
    ...(wireBytes === undefined ? {} : { wireBytes }),
    elapsedMs,
    ...(clock ? { listingMs: clock.listingMs } : {}),
    valuesPerSecond: elapsedMs > 0 ? values / (elapsedMs / 1000) : 0,
    retries,
    failedTags: failed,
    timeBoxed,
    projection,
  };
}
