import { describe, expect, it } from 'vitest';
import type { LiveFigures } from '@/lib/api-contract';
import { IDLE_LIVE_STATE, LIVE_CHART_SPAN_MS, liveReducer, startingState } from './live-state';

const figures: LiveFigures = {
  tags: 2, sockets: 1, socketsOpen: 1, elapsedMs: 1000, valuesLanded: 2, initialValues: 120, backfilledValues: 0, reconnects: 0,
  heartbeats: 0, messages: 1, bytes: 100, microBatches: 1, lagP50Ms: 500, lagP95Ms: 900, lastError: null,
};

describe('liveReducer', () => {
  it('starts, appends each tick to its tag line and keeps two minutes', () => {
    let s = liveReducer(startingState('live-1'), {
      type: 'started', sessionId: 'live-1', tier: 128, tagCount: 2, intervalSeconds: 1, atMs: 0,
      watched: [{ key: 1, name: 'A' }, { key: 2, name: 'B' }],
    });
    expect(s.status).toBe('live');
    s = liveReducer(s, { type: 'tick', figures, valuesPerSecond: 2, atMs: 1, points: [{ key: 1, tsMs: [0, 1000], value: [1, null] }] });
    s = liveReducer(s, { type: 'tick', figures, valuesPerSecond: 2, atMs: 2, points: [{ key: 1, tsMs: [LIVE_CHART_SPAN_MS + 500], value: [3] }] });
    expect(s.lines[0]).toEqual({ key: 1, name: 'A', tsMs: [1000, LIVE_CHART_SPAN_MS + 500], value: [null, 3] });
    expect(s.lines[1]?.tsMs).toEqual([]);
    expect(s.valuesPerSecond).toBe(2);
  });

  it('ends with the failure message', () => {
    const s = liveReducer(IDLE_LIVE_STATE, { type: 'failed', code: 'connector', message: 'channel closed 4404', atMs: 0 });
    expect(s).toMatchObject({ status: 'failed', error: 'channel closed 4404' });
  });
});
