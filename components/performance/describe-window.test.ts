import { describe, expect, it } from 'vitest';
import { describeRunWindow } from './describe-window';

describe('describeRunWindow', () => {
  it.each([
    ['*-1h', '*', 'the hour before the run started'],
    ['*-30m', '*', 'the 30 minutes before the run started'],
    ['*-2d', '*', 'the 2 days before the run started'],
    ['* - 1 mo', '*', 'the month before the run started'],
    ['2024-01-01T00:00:00Z', '+1h', '2024-01-01T00:00:00Z to +1h (PI time)'],
    ['*-1h', '*-10m', '*-1h to *-10m (PI time)'],
  ])('%s to %s reads %j', (start, end, text) => {
    expect(describeRunWindow({ start, end })).toBe(text);
  });
});
