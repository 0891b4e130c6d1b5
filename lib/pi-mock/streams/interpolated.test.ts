import { describe, expect, it } from 'vitest';
import { FixedNowWorld, getStream } from './stream-test-client';

const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, Date.parse('2024-06-01T00:00:00Z'));

interface TV {
  Timestamp: string;
  Value: unknown;
  Good: boolean;
}

async function get(path: string): Promise<TV[]> {
  const res = await getStream(world, path);
  expect(res.status).toBe(200);
  return (res.json as { Items: TV[] }).Items;
}

describe('interpolated values', () => {
  it('equal the recorded values on grid points and lie between them elsewhere', async () => {
    const tag = 6;
    const id = world.catalogue.webId(tag);
    const recorded = await get(`/streams/${id}/recorded?startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T01:00:00Z`);
    const single = recorded.filter((v, i) => recorded.findIndex((w) => w.Timestamp === v.Timestamp) === i);
    expect(single.length).toBe(61);
    const onGrid = await get(`/streams/${id}/interpolated?startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T01:00:00Z&interval=1m`);
    expect(onGrid.map((v) => v.Timestamp)).toEqual(single.map((v) => v.Timestamp));
    // At a doubled timestamp the interpolated value is the later of the two.
    const last = new Map(recorded.map((v) => [v.Timestamp, v.Value]));
    expect(onGrid.map((v) => v.Value)).toEqual(single.map((v) => last.get(v.Timestamp)));
    const mid = await get(`/streams/${id}/interpolated?startTime=2024-01-01T00:00:30Z&endTime=2024-01-01T00:59:30Z&interval=1m`);
    expect(mid.length).toBe(60);
    let checked = 0;
    mid.forEach((v, i) => {
      const a = last.get(single[i]!.Timestamp);
      const b = single[i + 1]!.Value;
      if (typeof a !== 'number' || typeof b !== 'number') return;
      expect(v.Value as number).toBeGreaterThanOrEqual(Math.min(a, b) - 0.001);
      expect(v.Value as number).toBeLessThanOrEqual(Math.max(a, b) + 0.001);
      checked++;
    });
    expect(checked).toBeGreaterThan(50);
  });

  it('defaults to 1h intervals over the last day and descends for endTime < startTime', async () => {
    const id = world.catalogue.webId(0);
    const day = await get(`/streams/${id}/interpolated`);
    expect(day.length).toBe(25);
    expect(day.at(-1)!.Timestamp).toBe('2024-06-01T00:00:00Z');
    const down = await get(`/streams/${id}/interpolated?startTime=2024-01-01T03:00:00Z&endTime=2024-01-01T00:00:00Z`);
    expect(down.map((v) => v.Timestamp)).toEqual(['03', '02', '01', '00'].map((h) => `2024-01-01T${h}:00:00Z`));
  });

  it('answers interpolatedattimes in time order', async () => {
    const id = world.catalogue.webId(0);
    const at = await get(`/streams/${id}/interpolatedattimes?time=2024-01-01T00:02:00Z&time=2024-01-01T00:01:00Z`);
    const grid = await get(`/streams/${id}/interpolated?startTime=2024-01-01T00:01:00Z&endTime=2024-01-01T00:02:00Z&interval=1m`);
    expect(at).toEqual(grid);
    const down = await get(`/streams/${id}/interpolatedattimes?time=2024-01-01T00:01:00Z&time=2024-01-01T00:02:00Z&sortOrder=Descending`);
    expect(down).toEqual([...grid].reverse());
  });
});
