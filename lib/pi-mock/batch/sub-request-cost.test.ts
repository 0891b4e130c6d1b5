import { describe, expect, it } from 'vitest';
import { afRoutes } from '../af/routes';
import { dataServerRoutes } from '../core/data-server-routes';
import { rootRoutes } from '../core/root-routes';
import { eventFrameRoutes } from '../event-frames/routes';
import { streamRoutes } from '../streams/routes';
import { MockWorld } from '../world';
import { shapeOf, SubRequestCoster } from './sub-request-cost';
import { subRequestTarget } from './sub-request';

/** The object routes that return a list of items bounded by maxCount (or a small fixed set). */
const COLLECTIONS = new Set([
  '/assetservers/:webId/assetdatabases',
  '/assetdatabases/:webId/elements',
  '/assetdatabases/:webId/elementtemplates',
  '/assetdatabases/:webId/elementcategories',
  '/elements/:webId/elements',
  '/elements/:webId/attributes',
  '/attributes/:webId/attributes',
  '/assetdatabases/:webId/eventframes',
  '/elements/:webId/eventframes',
  '/eventframes/:webId/attributes',
  '/eventframes/:webId/referencedelements',
  '/eventframes/:webId/eventframes',
  '/dataservers/:webId/points',
  '/dataservers/:webId/enumerationsets',
]);

describe('shapeOf keeps in step with the routing table', () => {
  it.each(streamRoutes.map((r) => r.pattern))('%s is a stream read of its last segment', (pattern) => {
    const shape = shapeOf(pattern.replace(':webId', 'W1'));
    expect(shape).toMatchObject({ kind: 'stream', read: pattern.split('/').pop() });
  });

  it.each([...rootRoutes, ...dataServerRoutes, ...afRoutes, ...eventFrameRoutes].map((r) => r.pattern))('%s is a collection or one object', (pattern) => {
    expect(shapeOf(pattern.replace(':webId', 'W1')).kind).toBe(COLLECTIONS.has(pattern) ? 'collection' : 'object');
  });
});

describe('SubRequestCoster', () => {
  // A 1-second grid, as in the amplifying batch of issue 11; "now" is later than every window below.
  const world = new MockWorld({ tagCount: 1040, intervalSeconds: 1, seed: 1 });
  const webId = world.catalogue.webId(0, 'Full');
  const cost = (resource: string, method = 'GET') => {
    const target = subRequestTarget(resource);
    if (!target.ok) throw new Error(target.error);
    return new SubRequestCoster(world).cost(method, target.value);
  };
  const day = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-02T00:00:00Z';
  const hour = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T01:00:00Z';

  it.each([
    [`/piwebapi/streams/${webId}/recorded?${day}&maxCount=150000`, 86_403],
    [`/piwebapi/streams/${webId}/recorded?${day}`, 1000],
    [`/piwebapi/streams/${webId}/recorded?${hour}&maxCount=150000`, 3603],
    [`/piwebapi/streams/${webId}/recorded?startTime=2024-01-01T00:00:00Z&endTime=%2B1h&maxCount=150000`, 3603],
    [`/piwebapi/streams/${webId}/interpolated?${day}&interval=1m`, 1441],
    [`/piwebapi/streams/${webId}/plot?${day}&intervals=10`, 50],
    [`/piwebapi/streams/${webId}/summary?${day}&summaryType=All&summaryDuration=1h`, 9 * 24],
    [`/piwebapi/streams/${webId}/recordedattimes?time=2024-01-01T00:00:00Z&time=2024-01-01T00:00:01Z`, 2],
    [`/piwebapi/streams/${webId}/value`, 1],
    [`/piwebapi/streamsets/recorded?webId=${webId}&webId=${webId}&webId=${webId}&${hour}&maxCount=150000`, 3 * 3603],
    ['/piwebapi/dataservers/X/points?maxCount=50000', 50_000],
    ['/piwebapi/assetdatabases/X/elements', 1000],
    ['/piwebapi/attributes/X/value', 1],
    ['/piwebapi/system', 1],
  ])('%s may return %i values', (resource, expected) => {
    expect(cost(resource)).toBe(expected);
  });

  it('counts one for a request its handler refuses, and for anything but a read', () => {
    expect(cost(`/piwebapi/streams/${webId}/recorded?${day}&maxCount=150001`)).toBe(1);
    expect(cost(`/piwebapi/streams/${webId}/recorded?startTime=nonsense`)).toBe(1);
    expect(cost(`/piwebapi/streams/${webId}/recorded?${day}&maxCount=150000`, 'POST')).toBe(1);
  });

  it('bounds a window that runs past now by now', () => {
    const future = `startTime=*-1h&endTime=*%2B10d&maxCount=150000`;
    expect(cost(`/piwebapi/streams/${webId}/recorded?${future}`)).toBeLessThanOrEqual(3603);
  });
});
