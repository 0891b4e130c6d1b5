import { describe, expect, it } from 'vitest';
import { runSettings } from '../api-contract';
import { describeRunIssues, plainIssueMessage, runFieldLabel } from './run-field-labels';

/** The issues the server's 400 would carry for this body (app/api/runs parses with runSettings). */
function issuesOf(body: unknown) {
  const parsed = runSettings.safeParse(body);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('run field labels', () => {
  it('names each setting as the form labels it, never by its internal name', () => {
    expect(runFieldLabel('sequentialBudgetSeconds')).toBe('Sequential budget');
    expect(runFieldLabel('window.start')).toBe('Window start');
    expect(runFieldLabel('window.other')).toBe('Time window');
    expect(runFieldLabel('somethingNew')).toBe('A setting');
  });

  it.each([
    [{ sequentialBudgetSeconds: 0 }, 'Sequential budget: at least 1 s'],
    [{ sequentialBudgetSeconds: null }, 'Sequential budget: enter a number of seconds'],
    [{ sequentialBudgetSeconds: 99_999 }, 'Sequential budget: at most 3,600 s (one hour)'],
    [{ modes: [] }, 'Modes: pick at least one mode'],
    [{ repeats: 9 }, 'Repeat: at most 5'],
    [{ partitions: 0 }, 'Partitions: at least 1'],
  ])('says %j as "%s"', (body, line) => {
    const lines = describeRunIssues(issuesOf(body));
    expect(lines).toEqual([line]);
    expect(lines.join(' ')).not.toMatch(/sequentialBudgetSeconds|received null|>=|Too small/);
  });

  it('rewrites zod’s stock messages and keeps our own', () => {
    expect(plainIssueMessage('Too small: expected number to be >=1')).toBe('at least 1');
    expect(plainIssueMessage('Invalid input: expected number, received null')).toBe('enter a number');
    expect(plainIssueMessage('expected a PI time such as *-1h')).toBe('expected a PI time such as *-1h');
  });
});
