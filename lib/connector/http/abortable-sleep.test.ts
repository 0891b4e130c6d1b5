import { describe, expect, it } from 'vitest';
import { sleepMs } from './abortable-sleep';

describe('sleepMs', () => {
  it('resolves true when the time passes', async () => {
    expect(await sleepMs(1)).toBe(true);
    expect(await sleepMs(0, new AbortController().signal)).toBe(true);
  });

  it('resolves false at once when already aborted', async () => {
    expect(await sleepMs(60_000, AbortSignal.abort())).toBe(false);
  });

  it('resolves false when aborted mid-sleep, long before the delay', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5);
    expect(await sleepMs(60_000, controller.signal)).toBe(false);
  });
});
