import { describe, expect, it } from 'vitest';
import { resolveWindow } from './resolve-window';

const NOW = Date.parse('2024-03-05T10:17:42.500Z');

describe('resolveWindow', () => {
  it('aligns * to the current minute', () => {
    expect(resolveWindow({ start: '*-1h', end: '*' }, NOW)).toEqual({
      ok: true,
      value: { startMs: Date.parse('2024-03-05T09:17:00Z'), endMs: Date.parse('2024-03-05T10:17:00Z') },
    });
  });
  it('reads a bare offset in the end from the start, as PI does', () => {
    const w = resolveWindow({ start: '2024-01-01T00:00:00Z', end: '+30m' }, NOW);
    expect(w).toEqual({ ok: true, value: { startMs: Date.parse('2024-01-01T00:00:00Z'), endMs: Date.parse('2024-01-01T00:30:00Z') } });
  });
  it.each([
    [{ start: 'later', end: '*' }, 'window.start'],
    [{ start: '*-1h', end: 'nope' }, 'window.end'],
    [{ start: '*', end: '*-1h' }, 'window'],
    [{ start: '*-25h', end: '*' }, 'window'],
  ])('refuses %j naming %s', (window, field) => {
    const w = resolveWindow(window, NOW);
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.error.field).toBe(field);
  });
});
