/**
 * A refused save or test as the Connection page says it: the server names fields by their API
 * keys (`url: expected an http(s) URL`); the presenter sees the labels of the form instead.
 */
import { fieldIssues } from '@/lib/client';

/** The form's labels by API field; `target` (no external server saved) needs no label, its message says it all. */
const FIELD_LABELS: Readonly<Record<string, string | null>> = {
  url: 'PI Web API URL',
  auth: 'Authentication',
  user: 'User',
  password: 'Password',
  token: 'Token',
  target: null,
};

function sentence(text: string): string {
  return text.length > 0 ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;
}

export function connectionErrorText(error: Error): string {
  const issues = fieldIssues(error);
  if (issues.length === 0) return error.message;
  return issues
    .map((issue) => {
      const field = issue.path.split('.')[0] ?? issue.path;
      const label = FIELD_LABELS[field];
      if (label === null) return sentence(issue.message);
      return `${label ?? field}: ${issue.message}`;
    })
    .join('; ');
}
