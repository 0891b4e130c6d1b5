/**
 * The Live page's tail end to end on the server: it starts, ticks with landed values of the
 * watched tags on the 1 s grid, refuses a second tail while it goes, and ends with `finished`
 * (figures from the connector) when stopped.
 */
import { describe, expect, it } from 'vitest';
import { startLiveBody, type LiveEvent } from '../api-contract';
import { currentLiveSession, startLiveSession } from './live-session';

describe('live session', () => {
  it('ticks with values of the watched tags, refuses a second tail, and finishes when stopped', async () => {
    const started = startLiveSession({ tier: 128, tagCount: 16 });
    if (!started.ok) throw new Error('did not start');
    expect(startLiveSession({ tier: 128, tagCount: 16 })).toEqual({ ok: false, error: { kind: 'in_progress', sessionId: started.value.sessionId } });
    const session = currentLiveSession();
    if (!session) throw new Error('no session');
    const events: LiveEvent[] = [];
    const ended = new Promise<void>((resolve) => {
      session.log.subscribe((e) => {
        events.push(e);
        const withPoints = events.filter((x) => x.type === 'tick' && x.points.some((p) => p.tsMs.length > 0));
        if (withPoints.length >= 3) session.stop();
        if (e.type === 'finished' || e.type === 'failed') resolve();
      });
    });
    await ended;
    const first = events[0];
    expect(first).toMatchObject({ type: 'started', tier: 128, tagCount: 16, intervalSeconds: 1 });
    if (first?.type !== 'started') throw new Error('no started event');
    expect(first.watched).toHaveLength(4);
    const last = events.at(-1);
    expect(last?.type).toBe('finished');
    if (last?.type !== 'finished') throw new Error(JSON.stringify(last));
    expect(last.figures.reconnects).toBe(0);
    expect(last.figures.valuesLanded).toBeGreaterThanOrEqual(16 * 2);
    // Points a second apart (the 1 s grid), ascending, for watched tags only.
    const ts = events.flatMap((e) => (e.type === 'tick' ? e.points.filter((p) => p.key === first.watched[0]!.key).flatMap((p) => p.tsMs) : []));
    expect(ts.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < ts.length; i++) expect(ts[i]! - ts[i - 1]!).toBe(1000);
    expect(currentLiveSession()).toBeNull();
  }, 30_000);
});

describe('startLiveBody', () => {
  it.each([
    [{ tier: 100, tagCount: 1 }, 'tier', 'expected one of 128, 1040, 10000, 30240'],
    [{ tier: 128, tagCount: 0 }, 'tagCount', 'at least 1 tag'],
    [{ tier: 128, tagCount: 1.5 }, 'tagCount', 'expected a whole number of tags'],
    [{ tier: 128, tagCount: 129 }, 'tagCount', 'at most the tier’s tag count'],
  ])('%j is refused naming %s', (body, path, message) => {
    const parsed = startLiveBody.safeParse(body);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: [path], message });
  });
});
