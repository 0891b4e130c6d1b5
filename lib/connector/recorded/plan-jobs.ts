/**
 * Which tag reads which window, from the per-tag extracted range in the checkpoints:
 * - window: read [start, end] unless the range already covers it (a killed run, re-run, reads
 *   only what is missing; a finished one reads nothing);
 * - frontfill: continue each tag from its last extracted timestamp up to end;
 * - backfill: extend each tag back from its first extracted timestamp down to start.
 * Ranges are contiguous by construction when windows are adjacent or overlapping.
 */
import type { TagJob } from './types';

export const FILL_MODES = ['window', 'frontfill', 'backfill'] as const;
export type FillMode = (typeof FILL_MODES)[number];

export interface PlannedTag {
  key: number;
  webId: string;
  name: string;
}

export interface Watermark {
  firstTsMs: number;
  lastTsMs: number;
}

export function planJobs(
  tags: readonly PlannedTag[],
  window: { startMs: number; endMs: number },
  fill: FillMode,
  watermarks: ReadonlyMap<number, Watermark>,
): { jobs: TagJob[]; skipped: number } {
  const jobs: TagJob[] = [];
  let skipped = 0;
  for (const tag of tags) {
    const mark = watermarks.get(tag.key);
    let { startMs, endMs } = window;
    if (mark && isDone(mark, window, fill)) {
      skipped++;
      continue;
    }
    // frontfill reads the last timestamp again: values sharing it may have arrived since.
    if (mark && fill === 'frontfill') startMs = Math.max(startMs, mark.lastTsMs);
    if (mark && fill === 'backfill') endMs = Math.min(endMs, mark.firstTsMs);
    jobs.push({ key: tag.key, webId: tag.webId, name: tag.name, startMs, endMs });
  }
  return { jobs, skipped };
}

function isDone(mark: Watermark, window: { startMs: number; endMs: number }, fill: FillMode): boolean {
  if (fill === 'frontfill') return mark.lastTsMs >= window.endMs;
  if (fill === 'backfill') return mark.firstTsMs <= window.startMs;
  return mark.firstTsMs <= window.startMs && mark.lastTsMs >= window.endMs;
}
