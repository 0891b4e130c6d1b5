import { describe, expect, it } from 'vitest';
import { eventFrameSearchWindow } from './run-assets';

describe('eventFrameSearchWindow', () => {
  it('searches the 7 days before the value window ends, whatever the value window', () => {
    const end = Date.UTC(2026, 11, 7, 14, 0);
    expect(eventFrameSearchWindow({ startMs: end - 3_600_000, endMs: end })).toEqual({ startMs: end - 7 * 86_400_000, endMs: end });
    expect(eventFrameSearchWindow({ startMs: end - 86_400_000, endMs: end })).toEqual({ startMs: end - 7 * 86_400_000, endMs: end });
  });
});
