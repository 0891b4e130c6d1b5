import { afterEach, describe, expect, it } from 'vitest';
import type { BronzeStore } from './bronze-store';
import { columnsFromRows, gridRows, type ValueTuple } from './test-support/columns-from-rows';
import { openMemoryStore } from './test-support/open-memory-store';
import { FLAG_ANNOTATED, FLAG_GOOD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED } from '../landing';
import { TEST_SOURCE } from './test-support/test-source';
import { closedWindow } from '../landing';

const T0 = Date.UTC(2024, 0, 1);
const MIN = 60_000;
let store: BronzeStore;

afterEach(async () => {
  await store.close();
});

async function setup(options = {}): Promise<{ a: number; b: number }> {
  store = await openMemoryStore(options);
  const keys = await store.registerTags(TEST_SOURCE, [
    { webId: 'WA', name: 'A', units: 'degC' },
    { webId: 'WB', name: 'B', units: 'bar', pointId: 7 },
  ]);
  return { a: keys.get('WA') ?? -1, b: keys.get('WB') ?? -1 };
}

async function dump(): Promise<unknown[]> {
  return store.readRows(
    `SELECT tag_webid, epoch_ms(ts)::DOUBLE AS ts, seq, value, value_state, quality_good, quality_questionable,
            quality_substituted, quality_annotated, units, run_id
     FROM bronze.pi_timeseries ORDER BY tag_webid, ts, seq`,
  );
}

async function duplicateKeys(): Promise<number> {
  const rows = await store.readRows(
    'SELECT count(*)::DOUBLE AS n FROM (SELECT 1 FROM bronze.pi_timeseries_raw GROUP BY tag_key, ts, seq HAVING count(*) > 1)',
  );
  return Number(rows[0]?.n);
}

describe('landValues', () => {
  it('lands every row with its value, state, quality flags, units and run id', async () => {
    const { a, b } = await setup();
    const rows: ValueTuple[] = [
      [a, T0, 0, 1.5, null, FLAG_GOOD],
      [a, T0 + MIN, 0, Number.NaN, 'I/O Timeout', FLAG_SUBSTITUTED],
      [b, T0, 0, -2, null, FLAG_QUESTIONABLE | FLAG_ANNOTATED],
    ];
    const result = await store.landValues(columnsFromRows(rows), [
      closedWindow(a, T0, T0 + MIN),
      closedWindow(b, T0, T0),
    ], 'run-1');
    expect(result).toEqual({ rowsWritten: 3 });
    expect(await dump()).toEqual([
      { tag_webid: 'WA', ts: T0, seq: 0, value: 1.5, value_state: null, quality_good: true, quality_questionable: false, quality_substituted: false, quality_annotated: false, units: 'degC', run_id: 'run-1' },
      { tag_webid: 'WA', ts: T0 + MIN, seq: 0, value: null, value_state: 'I/O Timeout', quality_good: false, quality_questionable: false, quality_substituted: true, quality_annotated: false, units: 'degC', run_id: 'run-1' },
      { tag_webid: 'WB', ts: T0, seq: 0, value: -2, value_state: null, quality_good: false, quality_questionable: true, quality_substituted: false, quality_annotated: true, units: 'bar', run_id: 'run-1' },
    ]);
    expect((await store.counts()).timeseries).toBe(3);
  });

  it('landing the same window twice leaves identical rows and no duplicate keys', async () => {
    const { a, b } = await setup();
    const columns = columnsFromRows([...gridRows(a, T0, MIN, 60), ...gridRows(b, T0, MIN, 60)]);
    const windows = [
      closedWindow(a, T0, T0 + 59 * MIN),
      closedWindow(b, T0, T0 + 59 * MIN),
    ];
    await store.landValues(columns, windows, 'run-1');
    const first = await dump();
    await store.landValues(columns, windows, 'run-1');
    expect(await dump()).toEqual(first);
    expect((await store.counts()).timeseries).toBe(120);
    expect(await duplicateKeys()).toBe(0);
  });

  it('replaces only the rows inside the window it lands', async () => {
    const { a } = await setup();
    await store.landValues(columnsFromRows(gridRows(a, T0, MIN, 10)), [closedWindow(a, T0, T0 + 9 * MIN)], 'run-1');
    // Re-read minutes 3..5: PI now holds one value there instead of three.
    await store.landValues(columnsFromRows([[a, T0 + 4 * MIN, 0, 40, null, FLAG_GOOD]]), [closedWindow(a, T0 + 3 * MIN, T0 + 5 * MIN)], 'run-2');
    const rows = await store.readRows('SELECT value, run_id FROM bronze.pi_timeseries ORDER BY ts');
    expect(rows.map((r) => r.value)).toEqual([0, 1, 2, 40, 6, 7, 8, 9]);
    expect(rows.filter((r) => r.run_id === 'run-2')).toHaveLength(1);
  });

  it('lands two values at one timestamp as seq 0 and 1', async () => {
    const { a } = await setup();
    await store.landValues(
      columnsFromRows([
        [a, T0, 0, 1, null, FLAG_GOOD],
        [a, T0, 1, 2, null, FLAG_GOOD],
      ]),
      [closedWindow(a, T0, T0)],
      'run-1',
    );
    const rows = await store.readRows('SELECT seq, value FROM bronze.pi_timeseries ORDER BY seq');
    expect(rows).toEqual([
      { seq: 0, value: 1 },
      { seq: 1, value: 2 },
    ]);
  });

  it('keeps nulls and states in the right rows across 2,048-row chunks', async () => {
    const { a } = await setup();
    const rows = gridRows(a, T0, 1_000, 5_000).map((r, i): ValueTuple => (i === 5 || i === 2_047 ? [r[0], r[1], 0, Number.NaN, 'Shutdown', 0] : r));
    await store.landValues(columnsFromRows(rows), [closedWindow(a, T0, T0 + 4_999_000)], 'run-1');
    const [stats] = await store.readRows(
      `SELECT count(*)::DOUBLE AS n, count(value)::DOUBLE AS vals, count(value_state)::DOUBLE AS states,
              list(seq_ts ORDER BY seq_ts) FILTER (WHERE value IS NULL) AS null_at,
              sum(value)::DOUBLE AS total
       FROM (SELECT *, (epoch_ms(ts) - ${T0}) / 1000 AS seq_ts FROM bronze.pi_timeseries_raw)`,
    );
    expect(stats).toEqual({ n: 5_000, vals: 4_998, states: 2, null_at: [5, 2_047], total: (4_999 * 5_000) / 2 - 5 - 2_047 });
  });

  it('stages more windows than one 2,048-row chunk holds', async () => {
    store = await openMemoryStore();
    const keys = [...(await store.registerTags(TEST_SOURCE, Array.from({ length: 3_000 }, (_, i) => ({ webId: `W${i}`, name: `T${i}`, units: 'V' })))).values()];
    const rows = keys.flatMap((k) => gridRows(k, T0, MIN, 2));
    await store.landValues(columnsFromRows(rows), keys.map((tagKey) => closedWindow(tagKey, T0, T0 + MIN)), 'run-1');
    await store.landValues(columnsFromRows(rows), keys.map((tagKey) => closedWindow(tagKey, T0, T0 + MIN)), 'run-2');
    const coverage = await store.coverage();
    expect(coverage.size).toBe(3_000);
    expect(coverage.get(keys[2_999]!)).toEqual([{ startMs: T0, endMs: T0 + MIN }]);
    expect((await store.counts()).timeseries).toBe(6_000);
  });

  it('keeps millisecond timestamps exactly, before 1970 too', async () => {
    const { a } = await setup();
    const times = [Date.UTC(1969, 11, 31, 23, 59, 59, 123), Date.UTC(2024, 1, 29, 12, 0, 0, 1), Date.UTC(2100, 0, 1, 0, 0, 0, 999)];
    await store.landValues(
      columnsFromRows(times.map((t, i) => [a, t, 0, i, null, FLAG_GOOD] as const)),
      [closedWindow(a, times[0]!, times[2]!)],
      'run-1',
    );
    const rows = await store.readRows('SELECT epoch_ms(ts)::DOUBLE AS ts FROM bronze.pi_timeseries_raw ORDER BY ts');
    expect(rows.map((r) => r.ts)).toEqual(times);
  });

  it('leaves nothing of a batch that fails mid-way, and the store keeps working', async () => {
    let armed = false;
    const { a } = await setup({
      onChunkAppended: (rows: number) => {
        if (armed && rows > 2_048) throw new Error('simulated crash');
      },
    });
    const window = [closedWindow(a, T0, T0 + 4_999_000)];
    await store.landValues(columnsFromRows(gridRows(a, T0, 1_000, 5_000)), window, 'run-1');
    const before = await dump();
    const coverageBefore = await store.coverage();
    armed = true;
    const replacement = columnsFromRows(gridRows(a, T0, 1_000, 5_000).map((r): ValueTuple => [r[0], r[1], 0, -1, null, 0]));
    await expect(store.landValues(replacement, window, 'run-2')).rejects.toThrow('simulated crash');
    expect(await dump()).toEqual(before);
    expect(await store.coverage()).toEqual(coverageBefore);
    armed = false;
    await store.landValues(replacement, window, 'run-3');
    expect((await store.counts()).timeseries).toBe(5_000);
    expect(await duplicateKeys()).toBe(0);
  });

  it('refuses an unregistered tag key inside the transaction, landing nothing', async () => {
    const { a } = await setup();
    const rows: ValueTuple[] = [...gridRows(a, T0, MIN, 3), [999, T0, 0, 1, null, FLAG_GOOD]];
    await expect(
      store.landValues(columnsFromRows(rows), [
        closedWindow(a, T0, T0 + 2 * MIN),
        closedWindow(999, T0, T0),
      ], 'run-1'),
    ).rejects.toThrow('tag key 999 is not registered');
    expect((await store.counts()).timeseries).toBe(0);
    expect((await store.coverage()).size).toBe(0);
  });

  it('refuses a column shorter than length before touching the database', async () => {
    const { a } = await setup();
    const columns = { ...columnsFromRows(gridRows(a, T0, MIN, 3)), flags: new Uint8Array(2) };
    await expect(store.landValues(columns, [closedWindow(a, T0, T0 + 2 * MIN)], 'run-1')).rejects.toThrow(
      'ValueColumns.flags holds 2 items, fewer than length 3',
    );
    expect((await store.counts()).timeseries).toBe(0);
  });
});

describe('coverage', () => {
  const iv = (a: number, b: number) => ({ startMs: T0 + a * MIN, endMs: T0 + b * MIN });

  it('keeps separate windows as separate intervals and merges those that overlap or touch', async () => {
    const { a, b } = await setup();
    await store.landValues(columnsFromRows(gridRows(a, T0, MIN, 10)), [closedWindow(a, T0, T0 + 9 * MIN)], 'r1');
    await store.landValues(columnsFromRows(gridRows(a, T0 + 50 * MIN, MIN, 10)), [closedWindow(a, T0 + 50 * MIN, T0 + 59 * MIN)], 'r2');
    expect((await store.coverage([a])).get(a)).toEqual([iv(0, 9), iv(50, 59)]);

    // Overlapping re-read: 10 rows replaced by 10.
    await store.landValues(columnsFromRows(gridRows(a, T0 + 5 * MIN, MIN, 10)), [closedWindow(a, T0 + 5 * MIN, T0 + 14 * MIN)], 'r3');
    expect((await store.coverage([a])).get(a)).toEqual([iv(0, 14), iv(50, 59)]);

    // The gap between them, open at both ends (its ends are landed): the three become one.
    const gap = { tagKey: a, startMs: T0 + 14 * MIN, endMs: T0 + 50 * MIN, startOpen: true, endOpen: true, coveredEndMs: T0 + 50 * MIN };
    await store.landValues(columnsFromRows(gridRows(a, T0 + 15 * MIN, MIN, 35)), [gap], 'r4');
    await store.landValues(columnsFromRows(gridRows(b, T0, MIN, 2)), [closedWindow(b, T0, T0 + MIN)], 'r4');
    expect(await store.coverage()).toEqual(new Map([[a, [iv(0, 59)]], [b, [iv(0, 1)]]]));
    const [{ n } = { n: -1 }] = await store.readRows('SELECT count(*)::DOUBLE AS n FROM bronze.pi_timeseries_raw');
    expect(n).toBe(62);
    expect(await duplicateKeys()).toBe(0);
  });

  it('covers a window with no values, and never past its coveredEndMs', async () => {
    const { a } = await setup();
    await store.landValues(columnsFromRows([]), [{ ...closedWindow(a, T0, T0 + 60 * MIN), coveredEndMs: T0 + 30 * MIN }], 'r1');
    expect((await store.coverage([a])).get(a)).toEqual([iv(0, 30)]);
    // Wholly after the read: rows land (PI may hold future values), coverage does not move.
    await store.landValues(columnsFromRows(gridRows(a, T0 + 70 * MIN, MIN, 2)), [{ ...closedWindow(a, T0 + 70 * MIN, T0 + 71 * MIN), coveredEndMs: T0 }], 'r2');
    expect((await store.coverage([a])).get(a)).toEqual([iv(0, 30)]);
    expect((await store.counts()).timeseries).toBe(2);
  });

  it('replaces only inside open ends: the values at a covered instant stay', async () => {
    const { a } = await setup();
    await store.landValues(columnsFromRows(gridRows(a, T0, MIN, 3)), [closedWindow(a, T0, T0 + 2 * MIN)], 'r1');
    const rows: ValueTuple[] = [[a, T0 + MIN, 0, 99, null, FLAG_GOOD]];
    await store.landValues(columnsFromRows(rows), [{ tagKey: a, startMs: T0, endMs: T0 + 2 * MIN, startOpen: true, endOpen: true, coveredEndMs: T0 + 2 * MIN }], 'r2');
    const values = await store.readRows('SELECT value FROM bronze.pi_timeseries ORDER BY ts');
    expect(values.map((r) => r.value)).toEqual([0, 99, 2]);
  });

  it('refuses a row on an open end: it is already landed', async () => {
    const { a } = await setup();
    const open = { tagKey: a, startMs: T0, endMs: T0 + 2 * MIN, startOpen: true, endOpen: false, coveredEndMs: T0 + 2 * MIN };
    await expect(store.landValues(columnsFromRows(gridRows(a, T0, MIN, 3)), [open], 'r1')).rejects.toThrow('outside its window (');
  });
});
