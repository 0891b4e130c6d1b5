import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze, T0 } from '../test-support/seed-bronze';
import { seededKeys, seedOtherSource, type SeededKeys } from '../test-support/seed-other-source';
import { eventFrameDetails } from './event-frame-details';
import { eventFrameDurations } from './event-frame-durations';
import { eventFrameTemplateCounts } from './event-frame-template-counts';
import { eventFrameTimeline } from './event-frame-timeline';

const MIN = 60_000;
let store: BronzeStore;
let keys: SeededKeys;
beforeAll(async () => {
  store = await openMemoryStore();
  await seedBronze(store);
  await seedOtherSource(store);
  keys = await seededKeys(store);
});
afterAll(async () => {
  await store.close();
});

describe('event-frame queries', () => {
  it('count frames per template with those in progress', async () => {
    expect(await eventFrameTemplateCounts(store, { assetKey: keys.test.asset })).toEqual([
      { templateName: 'BatchRun', count: 2, inProgress: 0 },
      { templateName: 'Alarm', count: 1, inProgress: 0 },
      { templateName: 'Maintenance', count: 1, inProgress: 1 },
    ]);
    expect(await eventFrameTemplateCounts(store, { assetKey: keys.other.asset })).toEqual([{ templateName: 'Downtime', count: 1, inProgress: 0 }]);
  });

  it('bucket durations of ended frames with the exact median', async () => {
    // Ended: 3600 s, 7200 s, 300 s -> median 3600.
    expect(await eventFrameDurations(store, { assetKey: keys.test.asset, edgesSeconds: [0, 600, 3600] })).toEqual({
      buckets: [
        { fromSeconds: 0, toSeconds: 600, count: 1 },
        { fromSeconds: 600, toSeconds: 3600, count: 0 },
        { fromSeconds: 3600, toSeconds: null, count: 2 },
      ],
      medianSeconds: 3_600,
      frameCount: 3,
    });
    expect((await eventFrameDurations(store, { assetKey: keys.test.asset, templateName: 'BatchRun' })).medianSeconds).toBe(5_400);
  });

  it('bucket only the chosen database’s durations', async () => {
    expect(await eventFrameDurations(store, { assetKey: keys.other.asset, edgesSeconds: [0, 600, 3600] })).toEqual({
      buckets: [
        { fromSeconds: 0, toSeconds: 600, count: 0 },
        { fromSeconds: 600, toSeconds: 3600, count: 1 },
        { fromSeconds: 3600, toSeconds: null, count: 0 },
      ],
      medianSeconds: 600,
      frameCount: 1,
    });
    expect((await eventFrameDurations(store, { assetKey: keys.other.asset, templateName: 'BatchRun' })).frameCount).toBe(0);
  });

  it('list frames overlapping a window, including one still open', async () => {
    const frames = await eventFrameTimeline(store, { assetKey: keys.test.asset, startMs: T0 + 100 * MIN, endMs: T0 + 400 * MIN });
    expect(frames.map((f) => [f.webId, f.endMs])).toEqual([
      ['F-B2', T0 + 210 * MIN],
      ['F-M1', null],
    ]);
    expect(frames[0]).toEqual({
      webId: 'F-B2',
      name: 'Batch 2',
      templateName: 'BatchRun',
      startMs: T0 + 90 * MIN,
      endMs: T0 + 210 * MIN,
      severity: 'None',
      primaryElementWebId: 'E-U01',
    });
  });

  it('put only the chosen database’s frames on the timeline', async () => {
    const window = { startMs: T0, endMs: T0 + 400 * MIN };
    expect((await eventFrameTimeline(store, { assetKey: keys.test.asset, ...window })).map((f) => f.webId)).toEqual(['F-B1', 'F-A1', 'F-B2', 'F-M1']);
    expect((await eventFrameTimeline(store, { assetKey: keys.other.asset, ...window })).map((f) => f.webId)).toEqual(['X-D1']);
  });

  it('return frames with their attributes, newest first', async () => {
    const details = await eventFrameDetails(store, { assetKey: keys.test.asset, templateName: 'BatchRun' });
    expect(details.map((d) => d.webId)).toEqual(['F-B2', 'F-B1']);
    expect(details[1]).toEqual({
      webId: 'F-B1',
      name: 'Batch 1',
      templateName: 'BatchRun',
      startMs: T0,
      endMs: T0 + 60 * MIN,
      durationSeconds: 3_600,
      severity: 'None',
      primaryElementWebId: 'E-U01',
      categoryNames: ['Production'],
      attributes: { Product: 'A', Yield: 97.5 },
    });
    expect(await eventFrameDetails(store, { assetKey: keys.test.asset, limit: 1, offset: 3 })).toHaveLength(1);
    expect(await eventFrameDetails(store, { assetKey: keys.test.asset, limit: 1, offset: 4 })).toEqual([]);
  });

  it('list only the chosen database’s frames', async () => {
    expect((await eventFrameDetails(store, { assetKey: keys.other.asset })).map((d) => [d.webId, d.attributes])).toEqual([['X-D1', { Reason: 'Blocked' }]]);
  });
});
