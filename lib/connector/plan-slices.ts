/**
 * Turns the point listing into planned slices: every `sliceTags` points (of this partition) are
 * registered with the sink, their coverage read and their jobs planned, before the next page is
 * asked for. The run then holds one slice being read and one being prepared, never the whole
 * point list: the largest tier (500,472 points) held at once cost ~300 MB of heap.
 */
import type { DataSource, Interval, LandingSink } from '../landing';
import { ok, type Result } from '../result';
import type { DiscoveredPoint } from './discovery/discover-points';
import type { ConnectorError } from './errors';
import { inPartition, type Partition } from './partition';
import { planJobs, type JobPlan, type PlanContext } from './recorded/plan-jobs';

/**
 * Points per slice. Smaller slices leave less garbage between collections: 500,472 tags x 1 h
 * peaked at 590 MB RSS in slices of 32,768 and 515 MB in slices of 8,192 (heap 188 vs 124 MB);
 * a first slice of 32,768 then 8,192 peaked at 593 MB. Tiers above one slice list and register
 * the next slice while one is read, so the values phase's clock includes what it waits for.
 */
export const SLICE_TAGS = 8_192;

export interface SliceSettings {
  source: DataSource;
  partition: Partition | null;
  window: Interval;
  plan: PlanContext;
  /** Plan whole windows without reading coverage (the sink replaces windows). */
  ignoreCheckpoints: boolean;
  sliceTags?: number;
}

export interface PlannedSlice extends JobPlan {
  /** Distinct tags with at least one job. */
  tags: number;
}

async function planSlice(points: readonly DiscoveredPoint[], sink: LandingSink, settings: SliceSettings): Promise<PlannedSlice> {
  const keys = await sink.registerTags(
    settings.source,
    points.map((p) => ({ webId: p.webId, name: p.name, units: p.units, ...(p.pointId === undefined ? {} : { pointId: p.pointId }) })),
  );
  const tags = points.map((p) => {
    const key = keys.get(p.webId);
    if (key === undefined) throw new Error(`the sink gave tag ${p.name} no key`);
    return { key, webId: p.webId, name: p.name };
  });
  const coverage = settings.ignoreCheckpoints ? new Map<number, Interval[]>() : await sink.coverage(tags.map((t) => t.key));
  const plan = planJobs(tags, settings.window, coverage, settings.plan);
  return { ...plan, tags: new Set(plan.jobs.map((j) => j.key)).size };
}

/**
 * One planned slice per `sliceTags` points taken, pulled page by page; at least one slice (maybe
 * empty) so the sink learns the data source even when no point is listed. A failed page is
 * yielded as an error and ends the slices.
 */
export async function* planSlices(
  pages: AsyncIterable<Result<DiscoveredPoint[], ConnectorError>>,
  sink: LandingSink,
  settings: SliceSettings,
): AsyncGenerator<Result<PlannedSlice, ConnectorError>> {
  const sliceTags = settings.sliceTags ?? SLICE_TAGS;
  const { partition } = settings;
  let pending: DiscoveredPoint[] = [];
  let planned = 0;
  for await (const page of pages) {
    if (!page.ok) {
      yield page;
      return;
    }
    for (const p of page.value) if (!partition || inPartition(p.name, partition)) pending.push(p);
    if (pending.length >= sliceTags) {
      const taken = pending;
      pending = [];
      planned++;
      yield ok(await planSlice(taken, sink, settings));
    }
  }
  if (pending.length > 0 || planned === 0) yield ok(await planSlice(pending, sink, settings));
}
