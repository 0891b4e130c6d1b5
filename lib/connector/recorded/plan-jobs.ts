/**
 * Which tag reads which pieces of time, from each tag's covered intervals (DESIGN §5):
 * - window: read only the parts of [start, end] no interval covers (gaps between earlier windows
 *   included), so a re-run reads nothing and a killed run, re-run, reads only what is missing;
 * - frontfill: continue after the end of the latest interval, up to end;
 * - backfill: extend back from the start of the earliest interval, down to start.
 * A piece reaching past the server time of the read is covered only up to that time; a sink that
 * cannot replace rows (the lake) is asked to read only up to it, since a later read would add
 * those values again.
 */
import { uncoveredParts, type Gap, type Interval } from '../../landing';
import type { TagJob } from './types';

export const FILL_MODES = ['window', 'frontfill', 'backfill'] as const;
export type FillMode = (typeof FILL_MODES)[number];

export interface PlannedTag {
  key: number;
  webId: string;
  name: string;
}

export interface PlanContext {
  fill: FillMode;
  /** Server time of the read: coverage never extends past it. */
  readTimeMs: number;
  /** Read nothing past readTimeMs (an append-only sink); otherwise read it, covered only up to readTimeMs. */
  stopAtReadTime: boolean;
}

export interface JobPlan {
  jobs: TagJob[];
  /** Tags with nothing to read: their coverage already holds the window. */
  skipped: number;
  /** Tags whose only pieces lie after the read time, left for a later read (append-only sinks). */
  deferred: number;
}

function piecesToRead(window: Interval, covered: readonly Interval[], fill: FillMode): Gap[] {
  const whole: Gap = { ...window, startOpen: false, endOpen: false };
  if (covered.length === 0) return [whole];
  if (fill === 'window') return uncoveredParts(window, covered);
  if (fill === 'frontfill') {
    const last = covered[covered.length - 1]!;
    if (last.endMs >= window.endMs) return [];
    return last.endMs < window.startMs ? [whole] : [{ startMs: last.endMs, endMs: window.endMs, startOpen: true, endOpen: false }];
  }
  const first = covered[0]!;
  if (first.startMs <= window.startMs) return [];
  return first.startMs > window.endMs ? [whole] : [{ startMs: window.startMs, endMs: first.startMs, startOpen: false, endOpen: true }];
}

/** The piece as read now, or null when none of it can be read yet. */
function boundByReadTime(piece: Gap, ctx: PlanContext): Gap | null {
  if (!ctx.stopAtReadTime || piece.endMs <= ctx.readTimeMs) return piece;
  if (piece.startMs > ctx.readTimeMs || (piece.startOpen && piece.startMs === ctx.readTimeMs)) return null;
  return { ...piece, endMs: ctx.readTimeMs, endOpen: false };
}

export function planJobs(
  tags: readonly PlannedTag[],
  window: Interval,
  coverage: ReadonlyMap<number, readonly Interval[]>,
  ctx: PlanContext,
): JobPlan {
  const jobs: TagJob[] = [];
  let skipped = 0;
  let deferred = 0;
  for (const tag of tags) {
    const pieces = piecesToRead(window, coverage.get(tag.key) ?? [], ctx.fill);
    if (pieces.length === 0) {
      skipped++;
      continue;
    }
    let planned = 0;
    for (const piece of pieces) {
      const read = boundByReadTime(piece, ctx);
      if (!read) continue;
      planned++;
      jobs.push({ key: tag.key, webId: tag.webId, name: tag.name, ...read, coveredEndMs: Math.min(read.endMs, ctx.readTimeMs) });
    }
    if (planned === 0) deferred++;
  }
  // Jobs sharing a window stay together (a stream-set request holds one window); the sort is stable,
  // so tags keep their order within a window.
  jobs.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  return { jobs, skipped, deferred };
}
