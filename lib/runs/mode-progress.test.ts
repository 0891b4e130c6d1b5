import { describe, expect, it } from 'vitest';
import { ModeProgress, PROGRESS_INTERVAL_MS } from './mode-progress';
import type { RunEvent } from './schemas';

describe('ModeProgress', () => {
  it(`emits at most one event per ${PROGRESS_INTERVAL_MS} ms, summing partitions, and a final one with the summary`, () => {
    let now = 1000;
    const events: RunEvent[] = [];
    const progress = new ModeProgress('batch', 10, 2, () => 7, (e) => events.push(e), () => now);
    progress.update(0, { phase: 'discovery', tagsTotal: 0, tagsDone: 0, tagsFailed: 0, values: 0 });
    progress.update(0, { phase: 'values', tagsTotal: 5, tagsDone: 1, tagsFailed: 0, values: 61 });
    now += 50;
    progress.update(1, { phase: 'values', tagsTotal: 5, tagsDone: 2, tagsFailed: 1, values: 122 });
    now += 60;
    progress.update(1, { phase: 'values', tagsTotal: 5, tagsDone: 3, tagsFailed: 1, values: 183 });
    expect(events).toEqual([
      { type: 'progress', mode: 'batch', tagsDone: 1, tagsFailed: 0, tagsTotal: 10, values: 61, httpRequests: 7, elapsedMs: 0 },
      { type: 'progress', mode: 'batch', tagsDone: 4, tagsFailed: 1, tagsTotal: 10, values: 244, httpRequests: 7, elapsedMs: 110 },
    ]);
    now += 5;
    progress.final({
      mode: 'batch', tagsTotal: 10, tagsLanded: 9, tagsFailed: 1, values: 549, httpRequests: 4, bytes: 1, elapsedMs: 90,
      valuesPerSecond: 1, retries: 0, failedTags: [], timeBoxed: false, projection: null,
    });
    expect(events.at(-1)).toEqual({ type: 'progress', mode: 'batch', tagsDone: 9, tagsFailed: 1, tagsTotal: 10, values: 549, httpRequests: 4, elapsedMs: 115 });
  });
});
