import { describe, expect, it } from 'vitest';
import { sampleCount } from '../signal/signal';
import { FixedNowWorld, getStream, TEST_BASE_URL } from './stream-test-client';

const NOW = Date.parse('2024-06-01T00:00:00Z');
const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, NOW);
const H0 = '2024-01-01T00:00:00Z';
const H1 = '2024-01-01T01:00:00Z';
const T0 = Date.parse(H0) / 1000;

interface TV {
  Timestamp: string;
  Value: unknown;
  Good?: boolean;
}
interface Values {
  Items: TV[];
  UnitsAbbreviation?: string;
}
interface SetItem extends Values {
  WebId: string;
  Name: string;
  Path: string;
  Links: { Source: string };
}

const webId = (i: number) => world.catalogue.webId(i);

async function recorded(i: number, query: string): Promise<TV[]> {
  const res = await getStream(world, `/streams/${webId(i)}/recorded?${query}`);
  expect(res.status).toBe(200);
  return (res.json as Values).Items;
}

/** Grid points in [H0, H1] that hold two values, for tag i. */
function doubledIn(i: number, points: number, startSec = T0): number {
  let n = 0;
  for (let k = 0; k < points; k++) if (sampleCount(1, i, startSec + 60 * k) === 2) n++;
  return n;
}

describe('recorded values', () => {
  it('holds 61 grid points per hour, plus the doubled ones, for every tag', async () => {
    let doubled = 0;
    for (let i = 0; i < 128; i++) {
      const items = await recorded(i, `startTime=${H0}&endTime=${H1}`);
      expect(items.length).toBe(61 + doubledIn(i, 61));
      doubled += doubledIn(i, 61);
      expect(items[0]!.Timestamp).toBe(H0);
      expect(items.at(-1)!.Timestamp).toBe(H1);
    }
    expect(doubled).toBeGreaterThan(0);
  });

  it('answers the single-stream shape: Items and UnitsAbbreviation, no Links', async () => {
    const res = await getStream(world, `/streams/${webId(0)}/recorded?startTime=${H0}&endTime=2024-01-01T00:01:00Z`);
    expect(res.json).toEqual({
      Items: [
        { Timestamp: H0, Value: 47.316, UnitsAbbreviation: 'degC', Good: true, Questionable: false, Substituted: false, Annotated: false },
        { Timestamp: '2024-01-01T00:01:00Z', Value: 47.364, UnitsAbbreviation: 'degC', Good: true, Questionable: false, Substituted: false, Annotated: false },
      ],
      UnitsAbbreviation: 'degC',
    });
  });

  it('serves identical values through a stream set, per stream in request order', async () => {
    const ids = Array.from({ length: 128 }, (_, i) => webId(127 - i));
    const res = await getStream(world, `/streamsets/recorded?${ids.map((w) => `webId=${w}`).join('&')}&startTime=${H0}&endTime=${H1}`);
    expect(res.status).toBe(200);
    const body = res.json as { Links: object; Items: SetItem[] };
    expect(body.Links).toEqual({});
    expect(body.Items.length).toBe(128);
    for (let j = 0; j < 128; j++) {
      const item = body.Items[j]!;
      const i = 127 - j;
      expect(item.WebId).toBe(webId(i));
      expect(item.Name).toBe(world.catalogue.tag(i).name);
      expect(item.Path).toBe(world.catalogue.tag(i).path);
      expect(item.Links).toEqual({ Source: `${TEST_BASE_URL}/points/${webId(i)}` });
      expect(item.UnitsAbbreviation).toBe(world.catalogue.tag(i).sensor.units);
      expect(item.Items).toEqual(await recorded(i, `startTime=${H0}&endTime=${H1}`));
    }
  });

  it('returns values in descending order when endTime < startTime, timestamp-mates keeping their order', async () => {
    const tag = findDoubledTag(61);
    const asc = await recorded(tag, `startTime=${H0}&endTime=${H1}`);
    const desc = await recorded(tag, `startTime=${H1}&endTime=${H0}`);
    const groups = new Map<string, TV[]>();
    for (const v of asc) groups.set(v.Timestamp, [...(groups.get(v.Timestamp) ?? []), v]);
    expect(desc).toEqual([...groups.values()].reverse().flat());
  });

  it('truncates silently at maxCount in the requested direction', async () => {
    const asc = await recorded(3, `startTime=${H0}&endTime=${H1}`);
    expect(await recorded(3, `startTime=${H0}&endTime=${H1}&maxCount=10`)).toEqual(asc.slice(0, 10));
    const desc = await recorded(3, `startTime=${H1}&endTime=${H0}`);
    expect(await recorded(3, `startTime=${H1}&endTime=${H0}&maxCount=10`)).toEqual(desc.slice(0, 10));
  });

  it('applies maxCount per stream in a stream set', async () => {
    const res = await getStream(world, `/streamsets/recorded?webId=${webId(0)}&webId=${webId(1)}&startTime=${H0}&endTime=${H1}&maxCount=5`);
    const items = (res.json as { Items: SetItem[] }).Items;
    expect(items.map((i) => i.Items.length)).toEqual([5, 5]);
  });

  it('can be paged by time with maxCount=7 without losing or repeating values', async () => {
    const tag = findDoubledTag(61);
    // Start six grid points before the doubled one, so the first page ends between its two values.
    let d = 0;
    while (sampleCount(1, tag, T0 + 60 * d) !== 2) d++;
    const start = new Date((T0 + 60 * (d - 6)) * 1000).toISOString().replace('.000Z', 'Z');
    const full = await recorded(tag, `startTime=${start}&endTime=${H1}&maxCount=1000`);
    const paged: TV[] = [];
    let cursor = start;
    for (let guard = 0; guard < 100; guard++) {
      const page = await recorded(tag, `startTime=${cursor}&endTime=${H1}&maxCount=7`);
      // The boundary timestamp comes back again: drop as many of its values as were already seen.
      let seen = paged.filter((v) => v.Timestamp === cursor).length;
      for (const v of page) {
        if (seen > 0 && v.Timestamp === cursor) seen--;
        else paged.push(v);
      }
      if (page.length < 7) break;
      cursor = page.at(-1)!.Timestamp;
    }
    expect(paged).toEqual(full);
    expect(full[6]!.Timestamp).toBe(full[7]!.Timestamp);
  });
});

describe('recorded values at the edge of the data', () => {
  it('has nothing after now: an empty window, or only the last value before it with Outside', async () => {
    const future = 'startTime=2024-07-01T00:00:00Z&endTime=2024-07-01T01:00:00Z';
    expect(await recorded(2, future)).toEqual([]);
    const outside = await recorded(2, `${future}&boundaryType=Outside`);
    expect(outside.map((v) => v.Timestamp)).toEqual(['2024-06-01T00:00:00Z']);
    const across = await recorded(2, 'startTime=2024-05-31T23:58:00Z&endTime=2024-06-01T00:30:00Z');
    expect(across.map((v) => v.Timestamp).at(-1)).toBe('2024-06-01T00:00:00Z');
  });

  it('returns an empty list for a window between two grid points', async () => {
    expect(await recorded(2, 'startTime=2024-01-01T00:00:10Z&endTime=2024-01-01T00:00:50Z')).toEqual([]);
  });
});

describe('recorded boundary types', () => {
  const inside = 'startTime=2024-01-01T00:00:30Z&endTime=2024-01-01T00:10:30Z';

  it('Inside keeps only values within the window', async () => {
    const items = await recorded(9, inside);
    expect(items[0]!.Timestamp).toBe('2024-01-01T00:01:00Z');
    expect(items.at(-1)!.Timestamp).toBe('2024-01-01T00:10:00Z');
  });

  it('Outside adds the nearest value beyond each end', async () => {
    const base = await recorded(9, inside);
    const items = await recorded(9, `${inside}&boundaryType=Outside`);
    expect(items.length).toBe(base.length + 2);
    expect(items[0]!.Timestamp).toBe('2024-01-01T00:00:00Z');
    expect(items.at(-1)!.Timestamp).toBe('2024-01-01T00:11:00Z');
    expect(items.slice(1, -1)).toEqual(base);
  });

  it('Interpolated adds values exactly at ends without a recorded value', async () => {
    const outside = await recorded(9, `${inside}&boundaryType=Outside`);
    const items = await recorded(9, `${inside}&boundaryType=interpolated`);
    expect(items[0]!.Timestamp).toBe('2024-01-01T00:00:30Z');
    expect(items.at(-1)!.Timestamp).toBe('2024-01-01T00:10:30Z');
    const between = (v: unknown, a: unknown, b: unknown) =>
      (v as number) >= Math.min(a as number, b as number) && (v as number) <= Math.max(a as number, b as number);
    expect(between(items[0]!.Value, outside[0]!.Value, outside[1]!.Value)).toBe(true);
    expect(between(items.at(-1)!.Value, outside.at(-2)!.Value, outside.at(-1)!.Value)).toBe(true);
    const onGrid = `startTime=${H0}&endTime=2024-01-01T00:10:00Z`;
    expect(await recorded(9, `${onGrid}&boundaryType=Interpolated`)).toEqual(await recorded(9, onGrid));
  });
});

function findDoubledTag(points: number): number {
  for (let i = 0; i < 128; i++) if (doubledIn(i, points) > 0) return i;
  throw new Error('no doubled grid point in the window');
}
