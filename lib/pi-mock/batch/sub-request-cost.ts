/**
 * What one sub-request may cost the batch, in values: a stream read its bound
 * (stream-read-bound.ts), a collection (points, elements, attributes, event frames ...) the items
 * its maxCount allows, anything else one. Judged from path and query alone, before it runs, by
 * the route shapes of the routing table (a test keeps this in step with it).
 */
import { parseMaxCount } from '../http/paging-params';
import { PiRequestError } from '../http/pi-error';
import type { QueryParams } from '../http/query-params';
import type { MockWorld } from '../world';
import { sharedPerStreamBound, STREAM_READS, streamReadBound, type StreamRead, type StreamScope } from './stream-read-bound';
import type { SubRequestTarget } from './sub-request';

const STREAM_READ_NAMES: ReadonlySet<string> = new Set(STREAM_READS);
const isStreamRead = (segment: string | undefined): segment is StreamRead => segment !== undefined && STREAM_READ_NAMES.has(segment);

export type SubRequestShape = { kind: 'stream'; read: StreamRead; scope: StreamScope } | { kind: 'collection' } | { kind: 'object' };

/** The shape of a path below /piwebapi (percent-decoded), as the routing table would match it. */
export function shapeOf(path: string): SubRequestShape {
  const segments = path.split('/').filter((s) => s !== '');
  const first = segments[0]?.toLowerCase();
  const last = segments[segments.length - 1]?.toLowerCase();
  if (isStreamRead(last)) {
    if (first === 'streams' && segments.length === 3) return { kind: 'stream', read: last, scope: { kind: 'single', webId: segments[1] ?? '' } };
    if (first === 'streamsets' && segments.length === 2) return { kind: 'stream', read: last, scope: { kind: 'adhoc' } };
    if (first === 'streamsets' && segments.length === 3) return { kind: 'stream', read: last, scope: { kind: 'parent', webId: segments[1] ?? '' } };
  }
  // `/{type}/{webId}/{collection}`: the one three-segment object is an attribute's value.
  if (segments.length === 3 && last !== 'value') return { kind: 'collection' };
  return { kind: 'object' };
}

/** Bounds for the sub-requests of one batch; single-stream reads sharing a query are judged once. */
export class SubRequestCoster {
  private readonly nowMs: number;
  private readonly perQuery = new Map<QueryParams, Map<StreamRead, number>>();

  constructor(private readonly world: MockWorld) {
    this.nowMs = world.nowMs();
  }

  /** At least 1; a request its handler would refuse (a bad parameter) counts 1. */
  cost(method: string, target: SubRequestTarget): number {
    const upper = method.toUpperCase();
    if (upper !== 'GET' && upper !== 'HEAD') return 1;
    try {
      return Math.max(1, this.bound(shapeOf(target.path), target.query));
    } catch (error) {
      if (error instanceof PiRequestError) return 1;
      throw error;
    }
  }

  private bound(shape: SubRequestShape, query: QueryParams): number {
    if (shape.kind === 'object') return 1;
    if (shape.kind === 'collection') return parseMaxCount(query, this.world.options.maxReturnedItemsPerCall);
    if (shape.scope.kind === 'single') return this.singleStream(shape.read, shape.scope, query);
    return streamReadBound(this.world, this.nowMs, shape.read, shape.scope, query);
  }

  /** The batch hot path: 100 recorded reads of one window share one parsed query (parseQueryCached). */
  private singleStream(read: StreamRead, scope: StreamScope, query: QueryParams): number {
    let byRead = this.perQuery.get(query);
    const cached = byRead?.get(read);
    if (cached !== undefined) return cached;
    const shared = sharedPerStreamBound(this.world, this.nowMs, read, query);
    if (shared === null) return streamReadBound(this.world, this.nowMs, read, scope, query);
    if (byRead === undefined) {
      byRead = new Map();
      this.perQuery.set(query, byRead);
    }
    byRead.set(read, shared);
    return shared;
  }
}
