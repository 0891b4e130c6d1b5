import { describe, expect, it } from 'vitest';
import { ModeProgress, PROGRESS_INTERVAL_MS, type PartitionCounters } from './mode-progress';
import type { RunEvent } from '../api-contract';

function setup(partitions: number) {
  let now = 1000;
  const events: RunEvent[] = [];
  const counters: PartitionCounters[] = Array.from({ length: partitions }, () => ({ requests: 0, retries: 0 }));
  let firstValueCalls = 0;
  const progress = new ModeProgress({
    mode: 'batch',
    tagsTotal: 10,
    partitions,
    counters: (i) => ({ ...(counters[i] ?? { requests: 0, retries: 0 }) }),
    emit: (e) => events.push(e),
    onFirstValueRequest: () => firstValueCalls++,
    now: () => now,
    wallNow: () => 42,
  });
  return {
    progress,
    events,
    counters,
    advance: (ms: number) => (now += ms),
    firstValueCalls: () => firstValueCalls,
  };
}

const values = (tagsDone: number, tagsFailed = 0, v = tagsDone * 61) => ({ phase: 'values' as const, tagsTotal: 5, tagsDone, tagsFailed, values: v });

describe('ModeProgress', () => {
  it('starts the clock at the first value request, with the listing before it reported apart', () => {
    const t = setup(1);
    t.progress.update(0, { phase: 'discovery', tagsTotal: 0, tagsDone: 0, tagsFailed: 0, values: 0 });
    t.advance(700);
    t.counters[0] = { requests: 3, retries: 1 };
    t.progress.update(0, values(0));
    expect(t.events[0]).toEqual({ type: 'mode-reading', mode: 'batch', listingMs: 700, atMs: 42 });
    expect(t.firstValueCalls()).toBe(1);
    t.advance(150);
    t.counters[0] = { requests: 5, retries: 2 };
    t.progress.update(0, values(2));
    // Only the values phase counts: 2 requests and 1 retry since it began, 150 ms on its clock.
    expect(t.events.at(-1)).toEqual({ type: 'progress', mode: 'batch', tagsDone: 2, tagsFailed: 0, tagsTotal: 10, values: 122, httpRequests: 2, retries: 1, elapsedMs: 150 });
  });

  it(`emits at most one event per ${PROGRESS_INTERVAL_MS} ms, summing partitions`, () => {
    const t = setup(2);
    t.progress.update(0, values(0));
    t.progress.update(0, values(1));
    t.advance(50);
    t.progress.update(1, values(0));
    t.progress.update(1, values(2, 1));
    t.advance(60);
    t.progress.update(1, values(3, 1));
    const progress = t.events.filter((e) => e.type === 'progress');
    expect(progress.map((e) => e.type === 'progress' && [e.tagsDone, e.tagsFailed, e.elapsedMs])).toEqual([
      [0, 0, 0],
      [4, 1, 110],
    ]);
    expect(t.events.filter((e) => e.type === 'mode-reading')).toHaveLength(1);
    expect(t.firstValueCalls()).toBe(1);
  });

  it('times partitions from the first value request of any to the end of the last', () => {
    const t = setup(2);
    t.progress.update(0, values(0)); // partition 0 reads from t=1000
    t.advance(300);
    t.progress.update(1, values(0)); // partition 1 from t=1300
    // Partition 0 read for 500 ms (ends 1500), partition 1 for 400 ms (ends 1700).
    expect(t.progress.clock([500, 400])).toEqual({ elapsedMs: 700, listingMs: 0 });
    expect(t.progress.clock([500, null])).toEqual({ elapsedMs: 500, listingMs: 0 });
  });

  it('has no clock when no value was asked for', () => {
    expect(setup(1).progress.clock([null])).toBeNull();
  });

  it('ends with a progress event carrying the summary exactly', () => {
    const t = setup(1);
    t.progress.update(0, values(0));
    t.progress.final({
      mode: 'batch', tagsTotal: 10, tagsLanded: 9, tagsFailed: 1, values: 549, httpRequests: 4, bytes: 1, elapsedMs: 90,
      valuesPerSecond: 1, retries: 3, failedTags: [], timeBoxed: false, projection: null,
    });
    expect(t.events.at(-1)).toEqual({ type: 'progress', mode: 'batch', tagsDone: 9, tagsFailed: 1, tagsTotal: 10, values: 549, httpRequests: 4, retries: 3, elapsedMs: 90 });
  });
});
