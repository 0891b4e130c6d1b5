import { describe, expect, it } from 'vitest';
import { BURST_SECONDS, SLICE_BYTES, TokenBucket } from './token-bucket';

const MBIT = 1_000_000 / 8;

/**
 * Senders on a fake clock: each reserves a slice, sleeps what the bucket says (plus a timer's
 * oversleep), sends, and repeats until it has sent its bytes. Answers the time the last finished.
 */
function simulate(bucket: TokenBucket, clock: { ms: number }, senders: number[], oversleepMs = 0): { endMs: number; finishMs: number[] } {
  const left = [...senders];
  const readyAt = senders.map(() => clock.ms);
  const finishMs = senders.map(() => 0);
  for (;;) {
    // The sender whose timer fires first goes next, as on one event loop.
    let next = -1;
    for (let i = 0; i < left.length; i++) if ((left[i] ?? 0) > 0 && (next < 0 || (readyAt[i] ?? 0) < (readyAt[next] ?? 0))) next = i;
    if (next < 0) break;
    clock.ms = Math.max(clock.ms, readyAt[next] ?? 0);
    const slice = Math.min(SLICE_BYTES, left[next] ?? 0);
    const waitMs = bucket.reserve(slice);
    left[next] = (left[next] ?? 0) - slice;
    const sentAt = clock.ms + waitMs + (waitMs > 0 ? oversleepMs : 0);
    readyAt[next] = sentAt;
    if (left[next] === 0) finishMs[next] = sentAt;
  }
  return { endMs: Math.max(...finishMs), finishMs };
}

describe('TokenBucket', () => {
  it.each([
    ['100 Mbit/s', 100 * MBIT, 0],
    ['20 Mbit/s with 1.5 ms timer oversleep', 20 * MBIT, 1.5],
    ['1 Gbit/s with 1 ms timer oversleep', 1000 * MBIT, 1],
  ])('honours %s for one sender within 2 %%', (_label, rate, oversleepMs) => {
    const clock = { ms: 1_000 };
    const bucket = new TokenBucket(rate, () => clock.ms);
    const bytes = Math.round(rate * 4); // four seconds' worth at the stated rate
    const { endMs } = simulate(bucket, clock, [bytes], oversleepMs);
    const seconds = (endMs - 1_000) / 1000;
    // The first burst goes out at once, so the time is (bytes - burst) / rate, never less.
    expect(bytes / seconds).toBeGreaterThan(rate * 0.98);
    expect(bytes / seconds).toBeLessThan(rate * 1.02);
  });

  it('shares the rate among concurrent senders instead of giving each its own', () => {
    const rate = 100 * MBIT;
    const clock = { ms: 0 };
    const bucket = new TokenBucket(rate, () => clock.ms);
    const each = Math.round(rate); // one second's worth each, four senders: ~4 s together
    const { endMs, finishMs } = simulate(bucket, clock, [each, each, each, each], 1);
    expect((4 * each) / (endMs / 1000)).toBeGreaterThan(rate * 0.98);
    expect((4 * each) / (endMs / 1000)).toBeLessThan(rate * 1.02);
    // Interleaved slices: nobody finishes long before the others (no sender hogs the link).
    expect(Math.min(...finishMs)).toBeGreaterThan(endMs * 0.9);
  });

  it('refills while idle but only up to its burst', () => {
    const rate = 20 * MBIT;
    const clock = { ms: 0 };
    const bucket = new TokenBucket(rate, () => clock.ms);
    clock.ms += 60_000;
    // A minute idle buys one burst (10 ms of the rate, at least a slice), not a minute's worth of bytes.
    const burst = Math.max(SLICE_BYTES, rate * BURST_SECONDS);
    expect(bucket.reserve(rate)).toBeCloseTo(((rate - burst) / rate) * 1000, 6);
  });

  it('never delays when unlimited, and follows a changed rate', () => {
    const clock = { ms: 0 };
    const bucket = new TokenBucket(0, () => clock.ms);
    expect(bucket.unlimited).toBe(true);
    expect(bucket.reserve(10 ** 12)).toBe(0);
    bucket.setRate(MBIT);
    expect(bucket.unlimited).toBe(false);
    bucket.reserve(SLICE_BYTES); // the burst
    // One megabit a second: 125,000 bytes take one second.
    expect(bucket.reserve(MBIT)).toBeCloseTo(1000, 0);
  });
});
