/**
 * Default mode (no compat) refuses each shape `--compat seed` accepts, as a real PI Web API does:
 * seed compatibility must not leak into the faithful mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { databaseWebId } from '../af/af-webids';
import { IN_PROGRESS_END_TIME } from '../event-frames/render-frame';
import { SEED_IDS } from '../identity';
import { startSeedClientFixture, type SeedClientFixture } from './seed-client';

const errors = z.object({ Errors: z.array(z.string()).min(1) }).strict();
const items = z.object({ Items: z.array(z.object({ WebId: z.string(), Name: z.string() }).loose()) }).loose();
const frames = z.object({ Items: z.array(z.object({ TemplateName: z.string(), EndTime: z.string() }).loose()) }).loose();
const FRAME_WINDOW = 'startTime=2023-12-01T00:00:00Z&endTime=2024-01-09T00:00:00Z&maxCount=1000';
const CSRF = { 'X-Requested-With': 'test' };

describe('default mode refuses the seed-only shapes', () => {
  let mock: SeedClientFixture;
  let dbPath: string;
  beforeAll(async () => {
    mock = await startSeedClientFixture({ tagCount: 128 });
    dbPath = `/assetdatabases/${databaseWebId(mock.world.identity, 'Full')}`;
  });
  afterAll(async () => mock?.server.close());

  it.each([
    ['a list-shaped batch without X-Requested-With', {}, 403, 'X-Requested-With'],
    ['a list-shaped batch with the header', CSRF, 400, 'keyed by request id'],
  ])('answers %s with %i', async (_name, headers: Record<string, string>, status, message) => {
    const res = await mock.postJson('/batch', { Requests: [{ Method: 'GET', Resource: '/piwebapi/system' }] }, headers);
    expect(res.status).toBe(status);
    expect(errors.parse(res.json).Errors.join(' ')).toContain(message);
  });

  it('answers object Parameters with 400 and a relative Resource with a 400 sub-response', async () => {
    const params = await mock.postJson('/batch', { a: { Method: 'GET', Resource: '/piwebapi/system', Parameters: { maxCount: '1' } } }, CSRF);
    expect(params.status).toBe(400);
    expect(errors.parse(params.json).Errors.join(' ')).toContain('Parameters');
    const relative = await mock.postJson('/batch', { a: { Method: 'GET', Resource: '/system' } }, CSRF);
    expect(relative.status).toBe(207);
    const sub = z.object({ a: z.object({ Status: z.int(), Content: errors }).loose() }).parse(relative.json).a;
    expect(sub.Status).toBe(400);
    expect(sub.Content.Errors[0]).toContain('must start with /piwebapi');
  });

  it.each([SEED_IDS.dataServer, SEED_IDS.assetServer])('refuses %s as a data-server id', async (id) => {
    const res = await mock.get(`/dataservers/${id}/points`);
    expect(res.status).toBe(400);
    expect(errors.parse(res.json).Errors[0]).toContain(`Unknown or invalid WebID format: '${id}'`);
  });

  it('requires path on GET /assetdatabases and refuses the literal database id', async () => {
    const list = await mock.get('/assetdatabases');
    expect(list.status).toBe(400);
    expect(errors.parse(list.json).Errors[0]).toContain('path');
    expect((await mock.get(`/assetdatabases/${SEED_IDS.assetDatabase}`)).status).toBe(400);
  });

  it('keeps its own /health and a landing page without Version', async () => {
    const health = await mock.getAbsolute(`${mock.origin}/health`);
    expect(z.object({ status: z.literal('ok') }).loose().parse(health.json)).not.toHaveProperty('mock_tags');
    expect((await mock.get('')).json).not.toHaveProperty('Version');
  });

  it('gives plants no attributes', async () => {
    const plants = items.parse((await mock.get(`${dbPath}/elements`)).json).Items;
    for (const plant of plants) expect(items.parse((await mock.get(`/elements/${plant.WebId}/attributes`)).json).Items).toEqual([]);
  });

  it('names templates without the suffix, finds nothing for BatchRunTemplate, keeps in-progress frames at AF max time', async () => {
    const all = frames.parse((await mock.get(`${dbPath}/eventframes?${FRAME_WINDOW}`)).json).Items;
    expect(new Set(all.map((f) => f.TemplateName))).toEqual(new Set(['Alarm', 'BatchRun', 'Downtime', 'Maintenance']));
    expect(all.some((f) => f.EndTime === IN_PROGRESS_END_TIME)).toBe(true);
    const filtered = frames.parse((await mock.get(`${dbPath}/eventframes?${FRAME_WINDOW}&templateName=BatchRunTemplate`)).json).Items;
    expect(filtered).toEqual([]);
  });

  it('refuses searchMode=Exact and answers 404 with PI Errors', async () => {
    const exact = await mock.get(`${dbPath}/eventframes?${FRAME_WINDOW}&searchMode=Exact`);
    expect(exact.status).toBe(400);
    expect(errors.parse(exact.json).Errors[0]).toContain('searchMode');
    const missing = await mock.get('/nosuchcollection');
    expect(missing.status).toBe(404);
    expect(errors.parse(missing.json).Errors[0]).toContain('nosuchcollection');
  });
});

describe('default mode with --auth bearer', () => {
  let mock: SeedClientFixture;
  beforeAll(async () => {
    mock = await startSeedClientFixture({ auth: { mode: 'bearer', token: 'configured-token' } });
  });
  afterAll(async () => mock?.server.close());

  it('accepts only the configured token', async () => {
    expect((await mock.get('/dataservers', { Authorization: 'Bearer configured-token' })).status).toBe(200);
    expect((await mock.get('/dataservers', { Authorization: 'Bearer whatever-the-notebook-has' })).status).toBe(401);
  });
});
