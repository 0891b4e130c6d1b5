/**
 * The per-field issues of a 400 (`details.issues`, lib/api-contract/error-body.ts), so a form can mark the
 * input the server rejected. Anything else (another error, an older server) yields none.
 */
import { z } from 'zod';
import { inputIssue, type InputIssue } from '../api-contract';
import { ApiError } from './api-error';

const issueDetails = z.object({ issues: z.array(inputIssue) });

export function fieldIssues(error: unknown): InputIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'invalid_input') return [];
  const parsed = issueDetails.safeParse(error.details);
  return parsed.success ? parsed.data.issues : [];
}

/** The message for one field (`sequentialBudgetSeconds`, `window.start`), or undefined when it passed. */
export function issueFor(issues: readonly InputIssue[], field: string): string | undefined {
  return issues.find((issue) => issue.path === field || issue.path.startsWith(`${field}.`))?.message;
}
