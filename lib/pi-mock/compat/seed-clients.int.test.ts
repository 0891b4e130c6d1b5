/**
 * `--compat seed` driven the way the seed's own clients (its connector, tests and notebooks) drive
 * its FastAPI mock: JSON without X-Requested-With, list-shaped batches with relative Resources and
 * object Parameters, the literal ids, /health, the landing page, AF databases, event frames
 * filtered by `...Template` names and read with a strict ISO parser. Shapes from issue 14.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SEED_IDS } from '../identity';
import { startSeedClientFixture, type SeedClientFixture } from './seed-client';
import { parseStrictIsoUtc } from './strict-iso';

const health = z.object({ status: z.literal('healthy'), mock_tags: z.int(), mock_event_frames: z.int(), timestamp: z.string() });
const items = <T extends z.ZodType>(item: T) => z.object({ Items: z.array(item) });
const named = z.object({ WebId: z.string(), Name: z.string() }).loose();
const timedValue = z.object({ Timestamp: z.string(), Value: z.unknown() }).loose();
const subResponse = z.object({ Status: z.int(), Content: z.unknown() }).loose();
const listAnswer = z.object({ Responses: z.array(subResponse) }).strict();
const frame = z.object({ WebId: z.string(), Name: z.string(), TemplateName: z.string(), StartTime: z.string(), EndTime: z.string() }).loose();

const HOUR = { startTime: '2024-01-01T00:00:00Z', endTime: '2024-01-01T01:00:00Z' };
const FRAME_WINDOW = 'startTime=2023-12-01T00:00:00Z&endTime=2024-01-09T00:00:00Z&maxCount=1000';
const SEED_TEMPLATES = ['AlarmTemplate', 'BatchRunTemplate', 'DowntimeTemplate', 'MaintenanceTemplate'];

function isoOrThrow(text: string): number {
  const parsed = parseStrictIsoUtc(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('seed compatibility, driven like the seed clients', () => {
  let mock: SeedClientFixture;
  let points: z.infer<typeof named>[];
  beforeAll(async () => {
    mock = await startSeedClientFixture({ tagCount: 128, compat: 'seed' });
    // Through the server's own WebId, so that every test below stands on its own.
    const [server] = items(named).parse((await mock.get('/dataservers')).json).Items;
    points = items(named).parse((await mock.get(`/dataservers/${server?.WebId}/points?maxCount=50000`)).json).Items;
  });
  afterAll(async () => mock?.server.close());

  it('answers GET /health with status healthy, the tag and frame counts and an ISO timestamp', async () => {
    const res = await mock.getAbsolute(`${mock.origin}/health`);
    expect(res.status).toBe(200);
    const body = health.parse(res.json);
    expect(body).toMatchObject({ mock_tags: 128, mock_event_frames: 50 });
    expect(Number.isFinite(isoOrThrow(body.timestamp))).toBe(true);
  });

  it('serves a Version on GET /piwebapi', async () => {
    const res = await mock.get('');
    expect(res.status).toBe(200);
    expect(z.object({ Version: z.string().regex(/^\d+\.\d+/) }).loose().parse(res.json).Version).toBeTruthy();
  });

  it.each([SEED_IDS.dataServer, SEED_IDS.assetServer])('lists every point under the data-server id %s', async (id) => {
    const res = await mock.get(`/dataservers/${id}/points?maxCount=50000`);
    expect(res.status).toBe(200);
    const listed = items(named).parse(res.json).Items;
    expect(listed).toHaveLength(128);
    expect(listed.map((p) => p.WebId)).toEqual(points.map((p) => p.WebId));
  });

  it('lists the AF database without a path, under a WebId that its elements and frames accept', async () => {
    const res = await mock.get('/assetdatabases');
    expect(res.status).toBe(200);
    const [database, ...more] = items(named).parse(res.json).Items;
    expect(more).toEqual([]);
    expect(database?.WebId).toBe(SEED_IDS.assetDatabase);
    const plants = items(named).parse((await mock.get(`/assetdatabases/${database?.WebId}/elements`)).json).Items;
    expect(plants.map((p) => p.Name).sort()).toEqual(['Brisbane', 'Melbourne', 'Perth', 'Sydney']);
    expect((await mock.get(`/assetdatabases/${database?.WebId}/eventframes?${FRAME_WINDOW}`)).status).toBe(200);
  });

  it('accepts the literal AF server and database ids', async () => {
    for (const path of [`/assetservers/${SEED_IDS.assetServer}`, `/assetservers/${SEED_IDS.assetServer}/assetdatabases`, `/assetdatabases/${SEED_IDS.assetDatabase}`]) {
      expect((await mock.get(path)).status, path).toBe(200);
    }
  });

  it('serves two attributes, with values, on every plant (root) element', async () => {
    const plants = items(named).parse((await mock.get(`/assetdatabases/${SEED_IDS.assetDatabase}/elements`)).json).Items;
    for (const plant of plants) {
      const attributes = items(named).parse((await mock.get(`/elements/${plant.WebId}/attributes`)).json).Items;
      expect(attributes, plant.Name).toHaveLength(2);
      for (const attribute of attributes) {
        const value = await mock.get(`/attributes/${attribute.WebId}/value`);
        expect(value.status, `${plant.Name}|${attribute.Name}`).toBe(200);
        expect(timedValue.parse(value.json).Value).not.toBeNull();
      }
    }
    const [sydney] = plants.filter((p) => p.Name === 'Sydney');
    const byName = items(named.extend({ Path: z.string() })).parse((await mock.get(`/elements/${sydney?.WebId}/attributes`)).json).Items;
    const location = await mock.get(`/attributes?path=${encodeURIComponent(byName[0]?.Path ?? '')}`);
    expect(named.parse(location.json).WebId).toBe(byName[0]?.WebId);
  });

  it('runs a list-shaped batch sent without X-Requested-With: relative Resources, object Parameters, optional Method, answers in order', async () => {
    const [a, b, c] = points;
    const requests = [
      { Method: 'GET', Resource: `/streams/${a?.WebId}/recorded`, Parameters: { ...HOUR, maxCount: '100' } },
      // No Method (GET), no leading slash, and a maxCount in the Resource that Parameters overrides.
      { Resource: `streams/${b?.WebId}/recorded?maxCount=5`, Parameters: { ...HOUR, maxCount: 1000 } },
      { Method: 'GET', Resource: '/streams/NOT-A-WEBID/recorded', Parameters: HOUR },
      { Method: 'GET', Resource: `${mock.server.url}/streams/${c?.WebId}/recorded?startTime=${HOUR.startTime}&endTime=${HOUR.endTime}` },
      { Method: 'GET', Resource: `/dataservers/${SEED_IDS.assetServer}/points`, Parameters: { nameFilter: 'Sydney_Unit01_*', maxCount: 50 } },
    ];
    const res = await mock.postJson('/batch', { Requests: requests });
    expect(res.status).toBe(200);
    const { Responses } = listAnswer.parse(res.json);
    expect(Responses.map((r) => r.Status)).toEqual([200, 200, 400, 200, 200]);
    for (const [i, point] of [a, b, c].entries()) {
      const response = Responses[i === 2 ? 3 : i];
      const values = items(timedValue).parse(response?.Content).Items;
      const single = items(timedValue).parse((await mock.get(`/streams/${point?.WebId}/recorded?startTime=${HOUR.startTime}&endTime=${HOUR.endTime}`)).json).Items;
      expect(values).toEqual(single);
      // Both ends of the hour are included: 61 minutes on the grid.
      expect(new Set(values.map((v) => v.Timestamp)).size).toBe(61);
      expect([values[0]?.Timestamp, values.at(-1)?.Timestamp]).toEqual([HOUR.startTime, HOUR.endTime]);
    }
    expect(items(named).parse(Responses[4]?.Content).Items.map((p) => p.Name)).toHaveLength(8);
  });

  it('answers an empty list-shaped batch with {"Responses": []}', async () => {
    const res = await mock.postJson('/batch', { Requests: [] });
    expect(res).toEqual({ status: 200, json: { Responses: [] } });
  });

  it("still runs PI's own keyed batch (207), now without X-Requested-With and with the seed's Resources and Parameters", async () => {
    const res = await mock.postJson('/batch', {
      one: { Method: 'GET', Resource: `${mock.server.url}/dataservers/${SEED_IDS.dataServer}` },
      two: { Resource: `/dataservers/${SEED_IDS.dataServer}/points`, Parameters: { nameFilter: 'Perth_*' } },
    });
    expect(res.status).toBe(207);
    const answer = z.record(z.string(), subResponse).parse(res.json);
    expect(answer.one?.Status).toBe(200);
    expect(items(named).parse(answer.two?.Content).Items).toHaveLength(32);
  });

  describe('event frames', () => {
    let all: z.infer<typeof frame>[];
    beforeAll(async () => {
      all = items(frame).parse((await mock.get(`/assetdatabases/${SEED_IDS.assetDatabase}/eventframes?${FRAME_WINDOW}`)).json).Items;
    });

    it('names templates with the Template suffix', () => {
      expect(all).toHaveLength(50);
      expect([...new Set(all.map((f) => f.TemplateName))].sort()).toEqual(SEED_TEMPLATES);
    });

    it.each(SEED_TEMPLATES)('filters by templateName=%s to exactly the frames of that template', async (templateName) => {
      const res = await mock.get(`/assetdatabases/${SEED_IDS.assetDatabase}/eventframes?${FRAME_WINDOW}&templateName=${templateName}`);
      const subset = items(frame).parse(res.json).Items;
      const expected = all.filter((f) => f.TemplateName === templateName);
      expect(expected.length).toBeGreaterThan(0);
      expect(subset.map((f) => f.WebId).sort()).toEqual(expected.map((f) => f.WebId).sort());
    });

    it('has only closed frames, over the 30 days before now, with times a strict ISO parser reads', () => {
      const anchor = mock.world.anchorMs;
      for (const f of all) {
        expect(f.EndTime).not.toContain('9999');
        const [start, end] = [isoOrThrow(f.StartTime), isoOrThrow(f.EndTime)];
        expect(end, f.Name).toBeGreaterThan(start);
        expect(end, f.Name).toBeLessThanOrEqual(anchor);
        expect(start, f.Name).toBeGreaterThanOrEqual(anchor - 30 * 86_400_000);
      }
      // Spread over the 30 days, not packed into the last week.
      expect(Math.min(...all.map((f) => isoOrThrow(f.StartTime)))).toBeLessThan(anchor - 14 * 86_400_000);
    });

    it('takes searchMode=Exact as the default window search', async () => {
      const res = await mock.get(`/assetdatabases/${SEED_IDS.assetDatabase}/eventframes?${FRAME_WINDOW}&searchMode=Exact`);
      expect(res.status).toBe(200);
      expect(items(frame).parse(res.json).Items.map((f) => f.WebId)).toEqual(all.map((f) => f.WebId));
    });

    it('gives one frame by WebId with the seed template name', async () => {
      const first = all[0];
      const res = await mock.get(`/eventframes/${first?.WebId}`);
      expect(frame.parse(res.json).TemplateName).toBe(first?.TemplateName);
    });
  });

  it('answers an unknown resource 404 with a FastAPI {"detail": ...} body', async () => {
    const res = await mock.get('/nosuchcollection');
    expect(res.status).toBe(404);
    expect(z.object({ detail: z.string().min(1) }).strict().parse(res.json).detail).toContain('nosuchcollection');
  });
});

describe('seed compatibility with --auth bearer', () => {
  let mock: SeedClientFixture;
  beforeAll(async () => {
    mock = await startSeedClientFixture({ compat: 'seed', auth: { mode: 'bearer', token: 'configured-token' } });
  });
  afterAll(async () => mock?.server.close());

  it.each([
    ['any non-empty Bearer token', 200, { Authorization: 'Bearer whatever-the-notebook-has' }],
    ['the configured token', 200, { Authorization: 'Bearer configured-token' }],
    ['an empty Bearer token', 401, { Authorization: 'Bearer ' }],
    ['no Authorization header', 401, {}],
    ['Basic credentials', 401, { Authorization: `Basic ${Buffer.from('u:p').toString('base64')}` }],
  ])('answers %s with %i', async (_name, status, headers: Record<string, string>) => {
    expect((await mock.get('/dataservers', headers)).status).toBe(status);
  });
});
