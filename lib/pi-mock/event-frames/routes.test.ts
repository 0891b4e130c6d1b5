import { describe, expect, it } from 'vitest';
import { decodeWebId } from '../../pi-contract/webid';
import { errorOf, getItems, getJson, TEST_BASE_URL, TEST_NOW_MS, testWorld } from '../af/af-test-client';
import { databaseWebId, elementWebId } from '../af/af-webids';
import { unitRef } from '../af/hierarchy';
import { conformanceProblems, responseSchema } from '../test-support/swagger-conformance';
import type { MockWorld } from '../world';
import { IN_PROGRESS_END_TIME } from './render-frame';

type Frame = Record<string, unknown> & { Name: string; StartTime: string; EndTime: string; WebId: string };
const framesOf = (world: MockWorld) => `/assetdatabases/${databaseWebId(world.identity, 'Full')}/eventframes`;
const EVERYTHING = 'startTime=2023-12-01T00:00:00Z&endTime=2024-02-01T00:00:00Z';
const rel = (url: string) => url.slice(TEST_BASE_URL.length);
const ms = (t: string) => (t === IN_PROGRESS_END_TIME ? Infinity : Date.parse(t));
const names = (list: Frame[]) => list.map((f) => f.Name);
const byName = (a: Frame, b: Frame) => (a.Name.toUpperCase() < b.Name.toUpperCase() ? -1 : 1);

async function frames(world: MockWorld, query: string): Promise<Frame[]> {
  return (await getItems(world, `${framesOf(world)}?${query}`)) as Frame[];
}

describe('event-frame search', () => {
  const world = testWorld();

  it('holds 50 frames at the 128 tier, name-sorted, all conformant', async () => {
    const all = await frames(world, EVERYTHING);
    expect(all).toHaveLength(50);
    expect(all).toEqual([...all].sort(byName));
    expect(new Set(names(all)).size).toBe(50);
    expect(conformanceProblems(responseSchema('/assetdatabases/{webId}/eventframes'), { Items: all })).toEqual([]);
  });

  it.each([128, 1000])('implements each range mode on a hand-picked window at %i tags', async (tagCount) => {
    const world = testWorld({ tagCount });
    const all = await frames(world, EVERYTHING);
    const [s, e] = ['2024-01-03T00:00:00Z', '2024-01-05T00:00:00Z'].map(Date.parse) as [number, number];
    const expected: Record<string, (f: Frame) => boolean> = {
      StartInclusive: (f) => ms(f.StartTime) >= s && ms(f.StartTime) <= e,
      EndInclusive: (f) => ms(f.EndTime) >= s && ms(f.EndTime) <= e,
      Inclusive: (f) => ms(f.StartTime) >= s && ms(f.EndTime) <= e,
      Overlapped: (f) => ms(f.StartTime) <= e && ms(f.EndTime) >= s,
      InProgress: (f) => ms(f.StartTime) >= s && ms(f.StartTime) <= e && f.EndTime === IN_PROGRESS_END_TIME,
    };
    for (const [mode, keep] of Object.entries(expected)) {
      const got = await frames(world, `searchMode=${mode}&startTime=2024-01-03T00:00:00Z&endTime=2024-01-05T00:00:00Z`);
      expect(names(got), mode).toEqual(names(all.filter(keep)));
    }
    expect(all.filter(expected.Inclusive!).length).toBeGreaterThan(5);
    expect(all.filter(expected.Overlapped!).length).toBeGreaterThan(all.filter(expected.Inclusive!).length);
  });

  it('treats window edges as inclusive, in every range mode', async () => {
    const big = testWorld({ tagCount: 1000 });
    const all = await frames(big, EVERYTHING);
    const f = all.find((x) => x.EndTime !== IN_PROGRESS_END_TIME && x.StartTime > '2024-01-03')!;
    const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
    const [start, end] = [ms(f.StartTime), ms(f.EndTime)];
    const has = async (mode: string, s: number, e: number) =>
      names(await frames(big, `searchMode=${mode}&startTime=${iso(s)}&endTime=${iso(e)}&nameFilter=${f.Name}`)).includes(f.Name);
    expect(await has('Overlapped', end, end + 3_600_000)).toBe(true);
    expect(await has('Overlapped', start - 3_600_000, start)).toBe(true);
    expect(await has('Overlapped', end + 1000, end + 3_600_000)).toBe(false);
    expect(await has('Overlapped', start - 3_600_000, start - 1000)).toBe(false);
    expect(await has('StartInclusive', start, start)).toBe(true);
    expect(await has('StartInclusive', start + 1000, end)).toBe(false);
    expect(await has('EndInclusive', end, end)).toBe(true);
    expect(await has('EndInclusive', start, end - 1000)).toBe(false);
    expect(await has('Inclusive', start, end)).toBe(true);
    expect(await has('Inclusive', start + 1000, end)).toBe(false);
    expect(await has('Inclusive', start, end - 1000)).toBe(false);
    expect(await has('InProgress', start, end)).toBe(false);
    expect(await has('None', end + 1000, end + 2000)).toBe(true);
  });

  it('implements each count mode from a start time, in time order', async () => {
    const all = await frames(world, EVERYTHING);
    const t = Date.parse('2024-01-04T12:00:00Z');
    const running = (f: Frame) => f.EndTime === IN_PROGRESS_END_TIME;
    const cases: [string, (f: Frame) => boolean, (f: Frame) => number, 1 | -1][] = [
      ['BackwardFromStartTime', (f) => ms(f.StartTime) <= t, (f) => ms(f.StartTime), -1],
      ['ForwardFromStartTime', (f) => ms(f.StartTime) >= t, (f) => ms(f.StartTime), 1],
      ['BackwardFromEndTime', (f) => ms(f.EndTime) <= t, (f) => ms(f.EndTime), -1],
      ['ForwardFromEndTime', (f) => ms(f.EndTime) >= t, (f) => ms(f.EndTime), 1],
    ];
    for (const [mode, keep, key, dir] of cases) {
      const got = await frames(world, `searchMode=${mode}&startTime=2024-01-04T12:00:00Z&maxCount=5`);
      const want = all.filter(keep).sort((a, b) => (key(a) === key(b) ? 0 : dir * (key(a) < key(b) ? -1 : 1)));
      expect(got).toHaveLength(5);
      expect(got.map(key), mode).toEqual(want.slice(0, 5).map(key));
    }
    const backward = await frames(world, `searchMode=BackwardInProgress&startTime=*`);
    expect(names(backward).sort()).toEqual(names(all.filter(running)).sort());
    expect(backward.map((f) => ms(f.StartTime))).toEqual([...backward.map((f) => ms(f.StartTime))].sort((a, b) => b - a));
    expect(await frames(world, 'searchMode=ForwardInProgress&startTime=*')).toEqual([]);
  });

  it('serves frames still in progress with AF max time as end', async () => {
    const running = await frames(world, `searchMode=InProgress&${EVERYTHING}`);
    expect(running.length).toBeGreaterThan(0);
    for (const f of running) {
      expect(f.EndTime).toBe('9999-12-31T23:59:59Z');
      expect(f.AreValuesCaptured).toBe(false);
      expect(ms(f.StartTime)).toBeLessThan(Date.parse('2024-01-08T00:00:00Z'));
    }
  });

  it('defaults to frames active in the last 8 hours, by name', async () => {
    const all = await frames(world, EVERYTHING);
    const since = TEST_NOW_MS - 8 * 3_600_000;
    const want = all.filter((f) => ms(f.EndTime) >= since && ms(f.StartTime) <= TEST_NOW_MS);
    expect(want.length).toBeGreaterThan(0);
    expect(names(await frames(world, ''))).toEqual(names(want));
  });

  it('filters by template, category, severity, acknowledgeability, names and referenced elements', async () => {
    const all = await frames(world, EVERYTHING);
    const check = async (query: string, keep: (f: Frame) => boolean) => {
      const want = names(all.filter(keep));
      expect(want.length, query).toBeGreaterThan(0);
      expect(names(await frames(world, `${EVERYTHING}&${query}`)), query).toEqual(want);
    };
    await check('templateName=alarm', (f) => f.TemplateName === 'Alarm');
    await check('categoryName=Production', (f) => f.TemplateName === 'BatchRun' || f.TemplateName === 'Downtime');
    await check('severity=Critical&severity=major', (f) => f.Severity === 'Critical' || f.Severity === 'Major');
    await check('canBeAcknowledged=true', (f) => f.TemplateName === 'Alarm');
    await check('nameFilter=BatchRun-*', (f) => f.Name.startsWith('BatchRun-'));
    const unit01 = new Set([0, 1, 2, 3].map((p) => elementWebId(world.identity, world.catalogue.layout, unitRef(p, 0), 'Full')));
    await check('referencedElementNameFilter=Unit01', (f) => (f.RefElementWebIds as string[]).some((w) => unit01.has(w)));
    expect(await frames(world, `${EVERYTHING}&isAcknowledged=true`)).toEqual([]);
  });

  it('sorts by start or end time and pages each frame exactly once', async () => {
    const byStart = await frames(world, `${EVERYTHING}&sortField=StartTime&sortOrder=Descending`);
    const starts = byStart.map((f) => ms(f.StartTime));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    const byEnd = await frames(world, `${EVERYTHING}&sortField=EndTime`);
    expect(byEnd.slice(-1)[0]!.EndTime).toBe(IN_PROGRESS_END_TIME);
    const paged: string[] = [];
    for (let start = 0; start < 60; start += 7) paged.push(...names(await frames(world, `${EVERYTHING}&startIndex=${start}&maxCount=7`)));
    expect(paged).toEqual(names(await frames(world, EVERYTHING)));
  });
});

describe('one event frame', () => {
  const world = testWorld();

  it('is found by WebID of every type and by path, with attributes and referenced elements', async () => {
    const [frame] = await frames(world, `${EVERYTHING}&templateName=Maintenance&maxCount=1`);
    for (const type of ['Full', 'IDOnly', 'PathOnly'] as const) {
      const id = ((await getJson(world, `${rel((frame!.Links as Record<string, string>).Self!)}?webIdType=${type}`)).json as Frame).WebId;
      expect(decodeWebId(id).ok && id[0]).toBe(type[0]);
      expect((await getJson(world, `/eventframes/${id}`)).json).toEqual(frame);
    }
    expect((await getJson(world, `/eventframes?path=${encodeURIComponent((frame!.Path as string).toLowerCase())}`)).json).toEqual(frame);
    const refs = await getItems(world, `/eventframes/${frame!.WebId}/referencedelements`);
    expect(refs.map((r) => r.WebId)).toEqual(frame!.RefElementWebIds);
    expect(refs.map((r) => r.TemplateName)).toEqual(['ProcessUnit', expect.stringMatching(/^(Pump|Compressor|HeatExchanger|Reactor)$/)]);
    const attrs = await getItems(world, `/eventframes/${frame!.WebId}/attributes`);
    expect(attrs.map((a) => a.Name)).toEqual(['Cost', 'MaintenanceType', 'Technician', 'WorkOrder']);
    expect(attrs[0]!.WebId).toMatch(/^F1AbF/);
    expect(await getItems(world, `/eventframes/${frame!.WebId}/eventframes`)).toEqual([]);
    expect(conformanceProblems(responseSchema('/eventframes/{webId}'), frame)).toEqual([]);
    expect(conformanceProblems(responseSchema('/eventframes/{webId}/attributes'), { Items: attrs })).toEqual([]);
  });

  it('serves attribute values as static values whose stream defaults to the frame window', async () => {
    const [frame] = await frames(world, `${EVERYTHING}&templateName=BatchRun&maxCount=1`);
    const attrs = await getItems(world, `/eventframes/${frame!.WebId}/attributes?nameFilter=BatchID`);
    const value = (await getJson(world, `/attributes/${attrs[0]!.WebId}/value`)).json as Record<string, unknown>;
    expect(value.Value).toMatch(/^B2024-\d{6}$/);
    const decoded = decodeWebId(attrs[0]!.WebId as string);
    const source = decoded.ok ? world.eventFrames.resolveAttributeStream(decoded.value, 'Full') : null;
    expect(source).toMatchObject({ name: 'BatchID', tagIndex: null, staticValue: value.Value });
    expect(source?.defaultWindow).toEqual({ startMs: Date.parse(frame!.StartTime), endMs: ms(frame!.EndTime) });
    const byPath = await getJson(world, `/attributes?path=${encodeURIComponent(`${frame!.Path}|batchid`)}`);
    expect((byPath.json as Record<string, unknown>).WebId).toBe(attrs[0]!.WebId);
    const parent = decodeWebId(frame!.WebId);
    const streams = parent.ok ? world.eventFrames.parentStreamSources(parent.value, { searchFullHierarchy: false }, 'Full') : null;
    expect(streams?.map((s) => s.name)).toEqual(['ActualQuantity', 'BatchID', 'Operator', 'Product', 'TargetQuantity']);
  });

  it('lists the frames that reference an element', async () => {
    const all = await frames(world, EVERYTHING);
    const unit = elementWebId(world.identity, world.catalogue.layout, unitRef(0, 0), 'Full');
    const want = names(all.filter((f) => (f.RefElementWebIds as string[]).includes(unit)));
    expect(want.length).toBeGreaterThan(0);
    expect(names((await getItems(world, `/elements/${unit}/eventframes?${EVERYTHING}`)) as Frame[])).toEqual(want);
  });
});

describe('event-frame errors', () => {
  const world = testWorld();
  const DB = framesOf(world);
  const unit = elementWebId(world.identity, world.catalogue.layout, unitRef(0, 0), 'Full');
  const cases: [string, string, number, string][] = [
    ['endTime with a count mode', `${DB}?searchMode=BackwardFromStartTime&endTime=*`, 400, "The parameter 'endTime' cannot be specified when searchMode is 'BackwardFromStartTime'."],
    ['sortOrder with a count mode', `${DB}?searchMode=ForwardInProgress&sortOrder=Descending`, 400, "'sortOrder'"],
    ['an unknown searchMode', `${DB}?searchMode=Sideways`, 400, 'expected one of None, StartInclusive, EndInclusive, Inclusive, Overlapped, InProgress, BackwardFromStartTime'],
    ['an unknown severity', `${DB}?severity=Catastrophic`, 400, 'Critical'],
    ['an unknown sortField', `${DB}?sortField=Duration`, 400, 'Name, StartTime, EndTime'],
    ['an unparsable time', `${DB}?startTime=soonish`, 400, 'soonish'],
    ['a window that ends before it starts', `${DB}?startTime=2024-01-05T00:00:00Z&endTime=2024-01-04T00:00:00Z`, 400, 'less than or equal'],
    ['maxCount above the limit', `${DB}?maxCount=150001`, 400, "Parameter 'maxCount' is greater than the maximum allowed (150000)."],
    ['an element WebID where a frame is expected', `/eventframes/${unit}`, 400, 'event frame'],
    ['a malformed frame WebID', '/eventframes/F1Fm-nope', 400, "Unknown or invalid WebID format: 'F1Fm-nope'"],
    ['a frame that does not exist', `/eventframes?path=${encodeURIComponent('\\\\AFSRV-T128\\Production\\EventFrames[Alarm-2024-999999]')}`, 404, 'was not found'],
  ];
  it.each(cases)('answers %s', async (_name, path, status, message) => {
    const res = await getJson(world, path);
    expect(res.status).toBe(status);
    expect(errorOf(res)).toContain(message);
  });
});

describe('event-frame determinism', () => {
  it('gives identical JSON for the same seed and anchor, different for another seed', async () => {
    const dump = async (seed: number) => JSON.stringify(await frames(testWorld({ tagCount: 1000, seed }), `${EVERYTHING}&webIdType=IDOnly`));
    const a = await dump(3);
    expect(a).toBe(await dump(3));
    expect(a).not.toBe(await dump(4));
    expect((JSON.parse(a) as unknown[]).length).toBe(406);
  });
});
