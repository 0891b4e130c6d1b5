/** DELETE /api/bronze through the proxy and the route, as Next serves it, on a bronze file of its own. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedBronze } from '@/lib/bronze/test-support/seed-bronze';
import { apiErrorBody, runSettings, clearedBronze } from '@/lib/api-contract';
import { closeBronzeStore, getBronzeStore, runRegistry } from '@/lib/runs';
import * as runsRoute from '../runs/route';
import { dispatch, ownRequest } from '../test-support/dispatch';
import * as bronzeRoute from './route';

let bronzeDir: string;
const noParams = {};

beforeAll(() => {
  bronzeDir = mkdtempSync(path.join(tmpdir(), 'bronze-route-'));
  vi.stubEnv('BRONZE_DB_FILE', path.join(bronzeDir, 'bronze.duckdb'));
});
afterAll(async () => {
  await closeBronzeStore();
  vi.unstubAllEnvs();
  rmSync(bronzeDir, { recursive: true, force: true });
});
beforeEach(async () => {
  const store = await getBronzeStore();
  await store.clear();
  await seedBronze(store);
  await store.saveRun({ runId: 'run-old', startedAtMs: 1_000, finishedAtMs: 2_000, status: 'cancelled', settings: runSettings.parse({}), figures: null });
});

async function historyIds(): Promise<string[]> {
  const response = await dispatch(ownRequest('GET', '/api/runs'), runsRoute.GET, noParams);
  const body = (await response.json()) as { items: Array<{ runId: string }> };
  return body.items.map((item) => item.runId);
}

describe('DELETE /api/bronze', () => {
  it('empties bronze and the run history and says what it removed', async () => {
    expect(await historyIds()).toContain('run-old');
    const response = await dispatch(ownRequest('DELETE', '/api/bronze'), bronzeRoute.DELETE, noParams);
    expect(response.status).toBe(200);
    const body = clearedBronze.parse(await response.json());
    expect(body.cleared).toMatchObject({ 'bronze.pi_tags': 3, 'bronze.pi_af_hierarchy': 4, 'bronze.pi_event_frames': 4, 'demo.runs': 1 });
    expect(await (await getBronzeStore()).counts()).toEqual({ timeseries: 0, tags: 0, afElements: 0, eventFrames: 0 });
    expect(await historyIds()).toEqual([]);
  });

  it('is refused with 409 while a run is going, and clears nothing', async () => {
    const begun = runRegistry().begin('run-going', runSettings.parse({}));
    if (!begun.ok) throw new Error('a run is already registered');
    try {
      const response = await dispatch(ownRequest('DELETE', '/api/bronze'), bronzeRoute.DELETE, noParams);
      expect(response.status).toBe(409);
      expect(apiErrorBody.parse(await response.json()).error).toEqual({
        code: 'run_in_progress',
        message: 'Run run-going is landing into bronze; wait for it to finish or cancel it before clearing bronze and history.',
        details: { runId: 'run-going' },
      });
      expect((await (await getBronzeStore()).counts()).tags).toBe(3);
    } finally {
      begun.value.emit({ type: 'failed', code: 'cancelled', message: 'The run was cancelled.', atMs: Date.now() });
    }
  });

  it.each<[string, Record<string, string>, number]>([
    ['another origin', { origin: 'http://evil.example' }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a wrong Host', { host: 'evil.example' }, 421],
  ])('from %s is refused before anything is cleared', async (_name, headers, status) => {
    const response = await dispatch(ownRequest('DELETE', '/api/bronze', undefined, headers), bronzeRoute.DELETE, noParams);
    expect(response.status).toBe(status);
    expect((await (await getBronzeStore()).counts()).tags).toBe(3);
  });
});
