import { afterEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from './bronze-store';
import { openMemoryStore } from './test-support/open-memory-store';
import { FRAMES, T0 } from './test-support/seed-bronze';

let store: BronzeStore;
afterEach(async () => {
  await store.close();
});

const frame = (webId: string): Promise<unknown[]> =>
  store.readRows(
    `SELECT name, template_name, epoch_ms(start_time)::DOUBLE AS start_ms, epoch_ms(end_time)::DOUBLE AS end_ms, duration_seconds,
            primary_element_webid, category_names, severity, CAST(attributes AS VARCHAR) AS attributes
     FROM bronze.pi_event_frames WHERE event_frame_webid = $1`,
    [webId],
  );

describe('landEventFrames', () => {
  it('derives the duration, keeps in-progress frames open, and upserts by WebId', async () => {
    store = await openMemoryStore();
    expect(await store.landEventFrames(FRAMES)).toBe(4);
    expect(await frame('F-B1')).toEqual([
      {
        name: 'Batch 1',
        template_name: 'BatchRun',
        start_ms: T0,
        end_ms: T0 + 3_600_000,
        duration_seconds: 3_600,
        primary_element_webid: 'E-U01',
        category_names: ['Production'],
        severity: 'None',
        attributes: '{"Product":"A","Yield":97.5}',
      },
    ]);
    expect(await frame('F-M1')).toMatchObject([{ end_ms: null, duration_seconds: null }]);

    // The maintenance frame ends: landing it again closes it.
    const ended = { ...FRAMES[3]!, endMs: FRAMES[3]!.startMs + 45 * 60_000 };
    await store.landEventFrames([ended]);
    expect(await frame('F-M1')).toMatchObject([{ end_ms: ended.endMs, duration_seconds: 2_700 }]);
    expect((await store.counts()).eventFrames).toBe(4);
  });
});
