/**
 * One window read four ways (single streams, stream sets, batch, and paged by time with
 * maxCount=7) must give identical values: that is what makes "sequential == batch" checkable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchResponse, extendedTimedValues, itemsPoint, itemsStreamValues, type TimedValue } from '../pi-contract';
import { startMockFixture, type MockFixture } from './test-support/mock-server-fixture';

const START = '2024-01-01T00:00:00Z';
const END = '2024-01-01T06:00:00Z';
const WINDOW = `startTime=${START}&endTime=${END}`;

type Row = string;
const row = (v: TimedValue): Row => JSON.stringify([v.Timestamp, v.Value, v.Good, v.Questionable, v.Substituted, v.Annotated]);

describe('the same window read four ways', () => {
  let mock: MockFixture;
  let webIds: string[];

  beforeAll(async () => {
    mock = await startMockFixture({ tagCount: 1040 });
    const ds = ((await mock.get('/dataservers')).json as { Items: { WebId: string }[] }).Items[0]!.WebId;
    const points = itemsPoint.parse((await mock.get(`/dataservers/${ds}/points?maxCount=2000`)).json).Items;
    // Every 13th tag: all sensor types, many plants and units.
    webIds = points.filter((_, i) => i % 13 === 0).map((p) => p.WebId!);
  });
  afterAll(async () => mock?.server.close());

  async function single(): Promise<Map<string, Row[]>> {
    const out = new Map<string, Row[]>();
    for (const id of webIds) {
      const res = await mock.get(`/streams/${id}/recorded?${WINDOW}&maxCount=10000`);
      expect(res.status).toBe(200);
      out.set(id, extendedTimedValues.parse(res.json).Items.map(row));
    }
    return out;
  }

  async function streamSets(): Promise<Map<string, Row[]>> {
    const res = await mock.get(`/streamsets/recorded?${webIds.map((id) => `webId=${id}`).join('&')}&${WINDOW}&maxCount=10000`);
    expect(res.status).toBe(200);
    const body = itemsStreamValues.parse(res.json);
    return new Map(body.Items.map((s) => [s.WebId!, s.Items.map(row)]));
  }

  async function batch(): Promise<Map<string, Row[]>> {
    const body: Record<string, { Method: string; Resource: string }> = {};
    webIds.forEach((id) => (body[id] = { Method: 'GET', Resource: `${mock.server.url}/streams/${id}/recorded?${WINDOW}&maxCount=10000` }));
    const res = await mock.post('/batch', JSON.stringify(body));
    expect(res.status).toBe(207);
    const parsed = batchResponse.parse(res.json);
    return new Map(
      Object.entries(parsed).map(([id, sub]) => {
        expect(sub.Status).toBe(200);
        return [id, extendedTimedValues.parse(sub.Content).Items.map(row)];
      }),
    );
  }

  /** Pages by time: continue from the last timestamp, dropping values already held at it. */
  async function paged(maxCount: number): Promise<Map<string, Row[]>> {
    const out = new Map<string, Row[]>();
    for (const id of webIds) {
      const rows: Row[] = [];
      let start = START;
      let heldAtStart = 0;
      for (let guard = 0; guard < 1000; guard++) {
        const res = await mock.get(`/streams/${id}/recorded?startTime=${start}&endTime=${END}&maxCount=${maxCount}`);
        const items = extendedTimedValues.parse(res.json).Items;
        rows.push(...items.slice(heldAtStart).map(row));
        if (items.length < maxCount) break;
        const last = items[items.length - 1]!.Timestamp;
        // Inside returns the values at `last` again next time: skip as many as this page held.
        heldAtStart = items.filter((v) => v.Timestamp === last).length;
        start = last;
      }
      out.set(id, rows);
    }
    return out;
  }

  it('gives identical values, with nothing lost and nothing duplicated', async () => {
    const reference = await single();
    // 6 h on a 60 s grid, both ends inside: 361 grid points per tag, plus any second value PI allows at one timestamp.
    for (const rows of reference.values()) expect(rows.length).toBeGreaterThanOrEqual(361);
    const total = [...reference.values()].reduce((n, r) => n + r.length, 0);
    expect(total).toBeGreaterThan(361 * webIds.length); // some timestamps carry two values
    expect(await streamSets()).toEqual(reference);
    expect(await batch()).toEqual(reference);
    expect(await paged(7)).toEqual(reference);
  });
});
