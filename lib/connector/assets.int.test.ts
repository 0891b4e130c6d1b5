/** The AF hierarchy at full depth and the event frames of a window, extracted from the mock and landed. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockFixture, type MockFixture } from '../pi-mock/test-support/mock-server-fixture';
import { extract, openMemoryStore } from './test-support/connector-fixture';

describe('AF hierarchy and event frames into bronze', () => {
  let mock: MockFixture;
  beforeAll(async () => {
    // The fixture anchors frames at 2024-01-08T00:00Z: all 50 start in the week before.
    mock = await startMockFixture({ tagCount: 128 });
  });
  afterAll(async () => mock?.server.close());

  it('lands every element with its parent and depth, and every frame with its attribute values', async () => {
    const store = await openMemoryStore();
    try {
      const result = await extract({
        url: mock.server.url,
        mode: 'batch',
        store,
        plan: { nameFilter: 'Sydney_Unit01_Temperature', af: true, eventFrames: true, startMs: Date.parse('2024-01-01T00:00:00Z'), endMs: Date.parse('2024-01-08T00:00:00Z') },
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.afElements).toBe(4 + 16 + 32);
      expect(result.value.eventFrames).toBe(50);
      const depths = await store.readRows('SELECT depth, count(*) AS n FROM bronze.pi_af_hierarchy GROUP BY depth ORDER BY depth');
      expect(depths.map((r) => [Number(r.depth), Number(r.n)])).toEqual([[1, 4], [2, 16], [3, 32]]);
      const orphans = await store.readRows(
        `SELECT count(*) AS n FROM bronze.pi_af_hierarchy c LEFT JOIN bronze.pi_af_hierarchy p ON c.parent_webid = p.element_webid
          WHERE c.depth > 1 AND p.element_webid IS NULL`,
      );
      expect(Number(orphans[0]!.n)).toBe(0);
      const frames = await store.readRows('SELECT template_name, attributes, end_time FROM bronze.pi_event_frames');
      expect(new Set(frames.map((f) => f.template_name))).toEqual(new Set(['BatchRun', 'Maintenance', 'Alarm', 'Downtime']));
      for (const f of frames) expect(Object.keys(JSON.parse(String(f.attributes)) as object).length).toBeGreaterThan(0);
      expect(frames.some((f) => f.end_time === null)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
