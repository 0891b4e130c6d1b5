import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BronzeStore } from '../bronze-store';
import { openMemoryStore } from '../test-support/open-memory-store';
import { seedBronze, T0 } from '../test-support/seed-bronze';
import { eventFrameDetails } from './event-frame-details';
import { eventFrameDurations } from './event-frame-durations';
import { eventFrameTemplateCounts } from './event-frame-template-counts';
import { eventFrameTimeline } from './event-frame-timeline';

const MIN = 60_000;
let store: BronzeStore;
beforeAll(async () => {
  store = await openMemoryStore();
  await seedBronze(store);
});
afterAll(async () => {
  await store.close();
});

describe('event-frame queries', () => {
  it('count frames per template with those in progress', async () => {
    expect(await eventFrameTemplateCounts(store)).toEqual([
      { templateName: 'BatchRun', count: 2, inProgress: 0 },
      { templateName: 'Alarm', count: 1, inProgress: 0 },
      { templateName: 'Maintenance', count: 1, inProgress: 1 },
    ]);
  });

  it('bucket durations of ended frames with the exact median', async () => {
    // Ended: 3600 s, 7200 s, 300 s -> median 3600.
    expect(await eventFrameDurations(store, { edgesSeconds: [0, 600, 3600] })).toEqual({
      buckets: [
        { fromSeconds: 0, toSeconds: 600, count: 1 },
        { fromSeconds: 600, toSeconds: 3600, count: 0 },
        { fromSeconds: 3600, toSeconds: null, count: 2 },
      ],
      medianSeconds: 3_600,
      frameCount: 3,
    });
    expect((await eventFrameDurations(store, { templateName: 'BatchRun' })).medianSeconds).toBe(5_400);
  });

  it('list frames overlapping a window, including one still open', async () => {
    const frames = await eventFrameTimeline(store, { startMs: T0 + 100 * MIN, endMs: T0 + 400 * MIN });
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

  it('return frames with their attributes, newest first', async () => {
    const details = await eventFrameDetails(store, { templateName: 'BatchRun' });
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
    expect(await eventFrameDetails(store, { limit: 1, offset: 3 })).toHaveLength(1);
  });
});
