/**
 * The lake's memory bound, structurally (issue 13 item 4): the staging database never holds more
 * than flushRows value rows, whatever a share lands, and staged windows are held grouped by
 * bounds (one group for a slice read over one window) yet recorded exactly as before.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupWindows, type StagedWindow } from './commit-record';
import { STAGING_SETTINGS } from './lake-share';
import { createShareState } from './share-state';
import { stageValues } from './stage-values';
import { StagedWindows, type WindowSelection } from './staged-windows';
import { columnsOf, MIN, SOURCE, T0, tempLake } from './test-support/lake-fixture';

const win = (webId: string, startMs: number, startOpen = false): StagedWindow => ({ webId, startMs, endMs: 100, startOpen, endOpen: false, coveredEndMs: 90 });

describe('StagedWindows', () => {
  it('selects the groups groupWindows builds, as tag keys in typed arrays, duplicates counted as windows', () => {
    const windows = [win('A', 0), win('B', 0), win('A', 0), win('A', 50, true), win('C', 0)];
    const keyOf = (webId: string) => webId.charCodeAt(0) - 64;
    const webIdOf = (key: number) => String.fromCharCode(64 + key);
    const staged = new StagedWindows();
    for (const { webId, ...bounds } of windows) staged.add(keyOf(webId), bounds);
    const asGroups = (selection: WindowSelection) =>
      selection.groups.map(({ bounds, keys }) => {
        expect(keys).toBeInstanceOf(Int32Array);
        return { ...bounds, tagWebIds: Array.from(keys, webIdOf) };
      });
    const all = staged.select(() => true);
    expect([asGroups(all), all.windowCount, all.tagCount]).toEqual([groupWindows(windows), 5, 3]);
    const withoutB = staged.select((key) => key !== keyOf('B'));
    expect([asGroups(withoutB), withoutB.windowCount, withoutB.tagCount]).toEqual([groupWindows(windows.filter((w) => w.webId !== 'B')), 4, 2]);
    // Group by group, in landing order within each: what dropping committed rows indexes.
    expect([...staged.each()].map(({ tagKey, bounds }) => ({ webId: webIdOf(tagKey), ...bounds }))).toEqual([win('A', 0), win('B', 0), win('A', 0), win('C', 0), win('A', 50, true)]);
  });
});

describe('lake staging', () => {
  let lake: Awaited<ReturnType<typeof tempLake>>;
  beforeEach(async () => void (lake = await tempLake()));
  afterEach(() => lake.remove());

  it('holds at most flushRows value rows at any time, flushing the rest to part files', async () => {
    const instance = await DuckDBInstance.create(':memory:', { ...STAGING_SETTINGS });
    const conn = await instance.connect();
    try {
      const settings = await conn.runAndReadAll("SELECT name, value FROM duckdb_settings() WHERE name IN ('threads', 'memory_limit', 'allocator_background_threads')");
      expect(Object.fromEntries(settings.getRows())).toEqual({ threads: '1', memory_limit: expect.stringMatching(/^1\d\d\.\d MiB$/), allocator_background_threads: 'true' });
      const s = await createShareState(lake.dir, 'run-1', null, 'attempt-1', conn);
      s.dataSource = SOURCE;
      const tagCount = 100;
      const tags = Array.from({ length: tagCount }, (_, i) => ({ key: s.tags.keyFor(`W${i}`), webId: `W${i}`, name: `TAG.${i}`, units: 'degC' }));
      await s.values.upsertTags(tags);
      const flushRows = 10_000;
      const minutes = 60;
      let landed = 0;
      let peakStaged = 0;
      for (let hour = 0; hour < 20; hour++) {
        const startMs = T0 + hour * minutes * MIN;
        const rows: [number, number, number][] = [];
        for (let key = 1; key <= tagCount; key++) for (let m = 0; m < minutes; m++) rows.push([key, startMs + m * MIN, key + m]);
        const windows = Array.from({ length: tagCount }, (_, i) => ({ tagKey: i + 1, startMs, endMs: startMs + minutes * MIN, startOpen: false, endOpen: true, coveredEndMs: startMs + (minutes - 1) * MIN }));
        landed += (await stageValues(s, columnsOf(rows), windows, 'run-1', flushRows)).rowsWritten;
        const staged = Number((await conn.runAndReadAll('SELECT count(*) FROM stage_values')).getRows()[0]?.[0]);
        expect(staged).toBe(s.values.rowsInMemory);
        peakStaged = Math.max(peakStaged, staged);
      }
      expect(landed).toBe(20 * tagCount * minutes);
      expect(peakStaged).toBeLessThan(flushRows);
      expect(s.files.reduce((n, f) => n + f.rows, 0) + s.values.rowsInMemory).toBe(landed);
      // 20 slices of 100 tags over one window each: 20 groups, not 2,000 window objects.
      expect(s.windows.select(() => true).groups).toHaveLength(20);
      expect(s.windows.size).toBe(2_000);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
