import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { fieldIssues, issueFor } from './field-issues';

describe('fieldIssues', () => {
  it('reads the issues of an invalid_input error', () => {
    const error = new ApiError(400, 'invalid_input', 'sequentialBudgetSeconds: too small', {
      issues: [
        { path: 'sequentialBudgetSeconds', message: 'Too small: expected number to be >=1' },
        { path: 'window.start', message: 'expected a PI time' },
      ],
    });
    const issues = fieldIssues(error);
    expect(issues).toHaveLength(2);
    expect(issueFor(issues, 'sequentialBudgetSeconds')).toBe('Too small: expected number to be >=1');
    expect(issueFor(issues, 'window')).toBe('expected a PI time');
    expect(issueFor(issues, 'modes')).toBeUndefined();
  });

  it('yields nothing for other errors or malformed details', () => {
    expect(fieldIssues(new ApiError(409, 'run_in_progress', 'busy', { runId: 'r1' }))).toEqual([]);
    expect(fieldIssues(new ApiError(400, 'invalid_input', 'x', { issues: 'nope' }))).toEqual([]);
    expect(fieldIssues(new Error('x'))).toEqual([]);
  });
});
