import { describe, expect, it } from 'vitest';
import { describeWindow, formatUtcRange } from './format-window';

const resolved = { start: '2026-12-07T13:00:00.000Z', end: '2026-12-07T14:00:00.000Z' };

describe('describeWindow', () => {
  it('says the default window as the last hour with its UTC times', () => {
    expect(describeWindow({ start: '*-1h', end: '*' }, resolved)).toBe('last hour, 13:00–14:00 UTC');
  });
  it('counts other relative windows', () => {
    expect(describeWindow({ start: '*-6h', end: '*' }, null)).toBe('last 6 hours');
    expect(describeWindow({ start: '*-30m', end: '*' }, null)).toBe('last 30 minutes');
  });
  it('falls back to the resolved times, then to the PI strings', () => {
    expect(describeWindow({ start: '2026-12-07T13:00:00Z', end: '*' }, resolved)).toBe('13:00–14:00 UTC');
    expect(describeWindow({ start: 't', end: 'y' }, null)).toBe('from t to y');
  });
});

describe('formatUtcRange', () => {
  it('adds dates when the window spans midnight', () => {
    expect(formatUtcRange('2026-12-06T23:30:00Z', '2026-12-07T00:30:00Z')).toBe('6 Dec 23:30 – 7 Dec 00:30 UTC');
    expect(formatUtcRange('nope', 'nope')).toBeNull();
  });
});
