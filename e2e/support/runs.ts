/**
 * Specs share one server, and a run is global state (one at a time; the mock's tier is locked
 * while it reads): each run spec starts and ends with no run going.
 */
import { expect, type APIRequestContext } from '@playwright/test';

interface HistoryBody {
  items: Array<{ runId: string; status: string }>;
}

async function runningIds(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/runs');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as HistoryBody;
  return body.items.filter((i) => i.status === 'running').map((i) => i.runId);
}

/** Cancels every running run and waits until the history says none is going. */
export async function stopRunningRuns(request: APIRequestContext): Promise<void> {
  for (const runId of await runningIds(request)) {
    const response = await request.delete(`/api/runs/${runId}`);
    // 409: it ended between the list and the cancel, which is what we want anyway.
    expect([202, 409]).toContain(response.status());
  }
  await expect.poll(() => runningIds(request), { message: 'runs still going', timeout: 60_000 }).toEqual([]);
}

/** Starts a run through the API and waits for its history row to say finished. */
export async function finishedRunOrThrow(request: APIRequestContext, settings: Record<string, unknown>): Promise<string> {
  const started = await request.post('/api/runs', { data: settings });
  expect(started.status()).toBe(202);
  const { runId } = (await started.json()) as { runId: string };
  await expect
    .poll(async () => ((await (await request.get(`/api/runs/${runId}`)).json()) as { status: string }).status, { timeout: 120_000, message: `run ${runId} status` })
    .toBe('finished');
  return runId;
}
