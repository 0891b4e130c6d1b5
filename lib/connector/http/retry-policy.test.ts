import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY } from './defaults';
import { backoffDelayMs, classifyStatus, parseRetryAfterMs } from './retry-policy';

const policy = { ...DEFAULT_RETRY_POLICY }; // base 100, max 10 000, Retry-After cap 30 000

describe('classifyStatus', () => {
  it.each([
    [200, 'ok'], [204, 'ok'], [207, 'ok'],
    [408, 'retry'], [429, 'retry'], [500, 'retry'], [502, 'retry'], [503, 'retry'], [504, 'retry'],
    [401, 'unauthorized'], [403, 'unauthorized'],
    [302, 'fail'], [400, 'fail'], [404, 'fail'], [409, 'fail'], [413, 'fail'], [501, 'fail'],
  ] as const)('%i -> %s', (status, expected) => {
    expect(classifyStatus(status)).toBe(expected);
  });
});

describe('backoffDelayMs', () => {
  it('grows exponentially: the upper bound doubles per retry', () => {
    const top = () => 1;
    expect([1, 2, 3, 4, 5].map((a) => backoffDelayMs(a, policy, undefined, top))).toEqual([100, 200, 400, 800, 1600]);
  });

  it('is capped at maxDelayMs, even for huge attempt numbers', () => {
    expect(backoffDelayMs(8, policy, undefined, () => 1)).toBe(10_000);
    expect(backoffDelayMs(5000, policy, undefined, () => 1)).toBe(10_000);
  });

  it('uses full jitter: random 0 gives 0, 0.5 gives half the cap', () => {
    expect(backoffDelayMs(3, policy, undefined, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, undefined, () => 0.5)).toBe(200);
  });

  it('stays within [0, cap] for many random draws', () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const cap = Math.min(10_000, 100 * 2 ** (attempt - 1));
      for (let i = 0; i < 50; i++) {
        const d = backoffDelayMs(attempt, policy);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(cap);
      }
    }
  });

  it('honours Retry-After seconds exactly, ignoring jitter', () => {
    expect(backoffDelayMs(1, policy, '0', () => 1)).toBe(0);
    expect(backoffDelayMs(1, policy, '7', () => 0)).toBe(7000);
  });

  it('caps Retry-After at maxRetryAfterMs', () => {
    expect(backoffDelayMs(1, policy, '3600', () => 0)).toBe(30_000);
  });

  it('honours an HTTP-date Retry-After relative to now', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    expect(backoffDelayMs(1, policy, 'Wed, 01 May 2024 12:00:05 GMT', () => 0, now)).toBe(5000);
    expect(backoffDelayMs(1, policy, 'Wed, 01 May 2024 11:00:00 GMT', () => 1, now)).toBe(0);
  });

  it('falls back to jittered backoff when Retry-After is garbage', () => {
    expect(backoffDelayMs(2, policy, 'soon', () => 1)).toBe(200);
  });
});

describe('parseRetryAfterMs', () => {
  it('returns undefined when absent or unparseable', () => {
    expect(parseRetryAfterMs(undefined)).toBeUndefined();
    expect(parseRetryAfterMs('-1')).toBeUndefined();
    expect(parseRetryAfterMs('1.5')).toBeUndefined();
    expect(parseRetryAfterMs(' 2 ')).toBe(2000);
  });
});
