import { describe, expect, it } from 'vitest';
import { FixedNowWorld, getStream } from './stream-test-client';

const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, Date.parse('2024-06-01T00:00:00Z'));
const win = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-02T00:00:00Z';

interface TV {
  Timestamp: string;
  Value: unknown;
}

async function get(path: string): Promise<TV[]> {
  const res = await getStream(world, path);
  expect(res.status).toBe(200);
  return (res.json as { Items: TV[] }).Items;
}

describe('plot values', () => {
  it('keep at most 5 values per interval, time-ordered, each a recorded value', async () => {
    const id = world.catalogue.webId(4);
    const recorded = await get(`/streams/${id}/recorded?${win}&maxCount=10000`);
    const plot = await get(`/streams/${id}/plot?${win}&intervals=12`);
    const perInterval = new Map<number, number>();
    for (const v of plot) {
      const bucket = Math.min(11, Math.floor((Date.parse(v.Timestamp) - Date.parse('2024-01-01T00:00:00Z')) / 7_200_000));
      perInterval.set(bucket, (perInterval.get(bucket) ?? 0) + 1);
    }
    expect(perInterval.size).toBe(12);
    for (const n of perInterval.values()) expect(n).toBeLessThanOrEqual(5);
    const times = plot.map((v) => Date.parse(v.Timestamp));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const recordedKeys = new Set(recorded.map((v) => JSON.stringify(v)));
    for (const v of plot) expect(recordedKeys.has(JSON.stringify(v))).toBe(true);
    // The window's first and last values and its extremes are kept.
    expect(plot[0]).toEqual(recorded[0]);
    expect(plot.at(-1)).toEqual(recorded.at(-1));
    const numbers = recorded.filter((v) => typeof v.Value === 'number').map((v) => v.Value as number);
    expect(plot.some((v) => v.Value === Math.max(...numbers))).toBe(true);
    expect(plot.some((v) => v.Value === Math.min(...numbers))).toBe(true);
  });

  it('defaults to 24 intervals and reverses for endTime < startTime', async () => {
    const id = world.catalogue.webId(4);
    const plot = await get(`/streams/${id}/plot?${win}`);
    expect(plot.length).toBeGreaterThanOrEqual(48);
    expect(plot.length).toBeLessThanOrEqual(24 * 5);
    const reversed = await get(`/streams/${id}/plot?startTime=2024-01-02T00:00:00Z&endTime=2024-01-01T00:00:00Z`);
    expect(reversed).toEqual([...plot].reverse());
  });
});
