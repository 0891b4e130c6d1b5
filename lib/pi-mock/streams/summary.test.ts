import { describe, expect, it } from 'vitest';
import { FixedNowWorld, getStream } from './stream-test-client';

const world = new FixedNowWorld({ tagCount: 128, seed: 1 }, Date.parse('2024-06-01T00:00:00Z'));
const win = 'startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T00:10:00Z';

interface TV {
  Timestamp: string;
  Value: unknown;
  Good: boolean;
}
interface Summary {
  Type: string;
  Value: TV;
}

async function recorded(tag: number, query: string): Promise<TV[]> {
  return ((await getStream(world, `/streams/${world.catalogue.webId(tag)}/recorded?${query}`)).json as { Items: TV[] }).Items;
}

async function summary(tag: number, query: string): Promise<Summary[]> {
  const res = await getStream(world, `/streams/${world.catalogue.webId(tag)}/summary?${query}`);
  expect(res.status).toBe(200);
  const body = res.json as { Links: object; Items: Summary[] };
  expect(body.Links).toEqual({});
  return body.Items;
}

/** A tag whose 10-minute window holds only good numbers. */
async function cleanTag(): Promise<number> {
  for (let tag = 0; tag < 128; tag++) {
    const values = await recorded(tag, win);
    if (values.length === 11 && values.every((v) => v.Good && typeof v.Value === 'number')) return tag;
  }
  throw new Error('no clean window');
}

describe('summaries', () => {
  it('EventWeighted Average, Total, Count, Minimum and Maximum match the recorded values', async () => {
    const tag = 12;
    const good = (await recorded(tag, win)).filter((v) => v.Good).map((v) => ({ t: v.Timestamp, v: v.Value as number }));
    const items = await summary(tag, `${win}&calculationBasis=EventWeighted&summaryType=Average&summaryType=Total&summaryType=Count&summaryType=Minimum&summaryType=Maximum`);
    expect(items.map((i) => i.Type)).toEqual(['Total', 'Average', 'Minimum', 'Maximum', 'Count']);
    const sum = good.reduce((s, x) => s + x.v, 0);
    const byType = Object.fromEntries(items.map((i) => [i.Type, i.Value]));
    expect(byType.Average!.Value).toBeCloseTo(sum / good.length, 10);
    expect(byType.Total!.Value).toBeCloseTo(sum, 10);
    expect(byType.Count!.Value).toBe(good.length);
    const min = good.reduce((a, b) => (b.v < a.v ? b : a));
    const max = good.reduce((a, b) => (b.v > a.v ? b : a));
    expect(byType.Minimum).toMatchObject({ Timestamp: min.t, Value: min.v, Good: true });
    expect(byType.Maximum).toMatchObject({ Timestamp: max.t, Value: max.v, Good: true });
    expect(byType.Average!.Timestamp).toBe('2024-01-01T00:00:00Z');
  });

  it('EventWeighted StdDev and PopulationStdDev follow their definitions', async () => {
    const tag = await cleanTag();
    const xs = (await recorded(tag, win)).map((v) => v.Value as number);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0);
    const items = await summary(tag, `${win}&calculationBasis=EventWeighted&summaryType=StdDev&summaryType=PopulationStdDev&summaryType=PercentGood&summaryType=Range`);
    const byType = Object.fromEntries(items.map((i) => [i.Type, i.Value.Value as number]));
    expect(byType.StdDev).toBeCloseTo(Math.sqrt(ss / (xs.length - 1)), 10);
    expect(byType.PopulationStdDev).toBeCloseTo(Math.sqrt(ss / xs.length), 10);
    expect(byType.PercentGood).toBe(100);
    expect(byType.Range).toBeCloseTo(Math.max(...xs) - Math.min(...xs), 10);
  });

  it('TimeWeighted (the default) integrates the polyline: a trapezoid mean on a grid-aligned window', async () => {
    const tag = await cleanTag();
    const xs = (await recorded(tag, win)).map((v) => v.Value as number);
    let area = 0;
    for (let i = 1; i < xs.length; i++) area += (xs[i - 1]! + xs[i]!) / 2;
    const items = await summary(tag, `${win}&summaryType=Average&summaryType=Total&summaryType=Count&summaryType=PercentGood`);
    const byType = Object.fromEntries(items.map((i) => [i.Type, i.Value.Value as number]));
    expect(byType.Average).toBeCloseTo(area / (xs.length - 1), 10);
    // Per-day rate: 10 minutes of the average.
    expect(byType.Total).toBeCloseTo((area / (xs.length - 1)) * (10 / 1440), 10);
    expect(byType.Count).toBe(600);
    expect(byType.PercentGood).toBe(100);
  });

  it('defaults to Total, expands All in PI order, and splits by summaryDuration', async () => {
    expect((await summary(1, win)).map((i) => i.Type)).toEqual(['Total']);
    const all = await summary(1, `${win}&summaryType=All`);
    expect(all.map((i) => i.Type)).toEqual(['Total', 'Average', 'Minimum', 'Maximum', 'Range', 'StdDev', 'PopulationStdDev', 'Count', 'PercentGood']);
    const split = await summary(1, `${win}&summaryType=Average&summaryType=Maximum&summaryDuration=2m`);
    expect(split.length).toBe(10);
    expect(split.filter((i) => i.Type === 'Average').map((i) => i.Value.Timestamp)).toEqual(
      ['00:00', '00:02', '00:04', '00:06', '00:08'].map((m) => `2024-01-01T${m}:00Z`),
    );
  });

  it('answers stream sets with one StreamSummaries item per stream', async () => {
    const ids = [0, 1].map((i) => `webId=${world.catalogue.webId(i)}`).join('&');
    const res = await getStream(world, `/streamsets/summary?${ids}&${win}&summaryType=Average`);
    const items = (res.json as { Items: { WebId: string; Items: Summary[] }[] }).Items;
    expect(items.map((i) => i.WebId)).toEqual([world.catalogue.webId(0), world.catalogue.webId(1)]);
    expect(items[1]!.Items).toEqual(await summary(1, `${win}&summaryType=Average`));
  });
});
