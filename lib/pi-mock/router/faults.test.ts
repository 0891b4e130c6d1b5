/** The injected faults are a pure function of the world's seed and the order of its requests. */
import { describe, expect, it } from 'vitest';
import type { MockOptionsInput } from '../options';
import { MockWorld } from '../world';
import { injectFault } from './faults';

/** Each request's fate: 0 for "goes through", else the injected status. */
function faultSequence(options: MockOptionsInput, requests = 2000): number[] {
  const world = new MockWorld({ tagCount: 128, ...options });
  return Array.from({ length: requests }, () => injectFault(world)?.status ?? 0);
}

describe('injectFault', () => {
  it('repeats the same sequence of faults for the same seed', () => {
    const first = faultSequence({ seed: 7, faultRate: 0.3 });
    expect(faultSequence({ seed: 7, faultRate: 0.3 })).toEqual(first);
  });

  it('draws another sequence for another seed', () => {
    expect(faultSequence({ seed: 8, faultRate: 0.3 })).not.toEqual(faultSequence({ seed: 7, faultRate: 0.3 }));
  });

  it('fails about the configured share of requests, split between 429 and 503', () => {
    const sequence = faultSequence({ seed: 7, faultRate: 0.3 });
    const count = (status: number) => sequence.filter((s) => s === status).length;
    // Fixed by the seed, so these bounds cannot flake; they catch a rate read the wrong way round.
    expect(count(429) + count(503)).toBeGreaterThan(500);
    expect(count(429) + count(503)).toBeLessThan(700);
    expect(count(429)).toBeGreaterThan(200);
    expect(count(503)).toBeGreaterThan(200);
  });

  it('never fails with a zero rate, always with a rate of one, and sends Retry-After', () => {
    expect(faultSequence({ seed: 7, faultRate: 0 }).every((s) => s === 0)).toBe(true);
    const world = new MockWorld({ tagCount: 128, faultRate: 1, faultRetryAfterSeconds: 3 });
    const fault = injectFault(world);
    expect([429, 503]).toContain(fault?.status);
    expect(fault?.headers['Retry-After']).toBe('3');
  });
});
