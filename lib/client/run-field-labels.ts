/**
 * A refused run start in the presenter's words: the label each setting carries on the form, and
 * zod's stock messages ("Too small: expected number to be >=1", "received null") said plainly.
 * The server's 400 keeps its field paths (STYLE §6); only the page translates them.
 */
import type { InputIssue } from '../api-contract';

/** The form's labels, by the path the server names (`window.start` falls back to `window`). */
const RUN_FIELD_LABELS: Readonly<Record<string, string>> = {
  tier: 'Tier',
  modes: 'Modes',
  networkProfile: 'Network',
  faultRate: 'Fault rate',
  sequentialBudgetSeconds: 'Sequential budget',
  partitions: 'Partitions',
  repeats: 'Repeat',
  batchSize: 'Batch size',
  concurrency: 'Requests in flight',
  window: 'Time window',
  'window.start': 'Window start',
  'window.end': 'Window end',
  target: 'PI Web API',
  url: 'Connection URL',
  includeAssets: 'AF and event frames',
};

export function runFieldLabel(path: string): string {
  if (path === '') return 'Settings';
  const exact = RUN_FIELD_LABELS[path];
  if (exact) return exact;
  const head = path.split('.')[0] ?? path;
  return RUN_FIELD_LABELS[head] ?? 'A setting';
}

/** zod 4's default messages, rewritten; anything else (our own messages) is kept. */
const PLAIN: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Too small: expected number to be >=?(.+)$/, (m) => `at least ${m[1]}`],
  [/^Too big: expected number to be <=?(.+)$/, (m) => `at most ${m[1]}`],
  [/^Invalid input: expected (number|int), received (null|undefined|NaN|string)$/, () => 'enter a number'],
  [/^Invalid input: expected (\w+), received (\w+)$/, (m) => `expected a ${m[1]}`],
  [/^Invalid option: expected one of (.+)$/, (m) => `pick one of ${m[1]?.replaceAll('|', ', ').replaceAll('"', '')}`],
];

export function plainIssueMessage(message: string): string {
  for (const [pattern, rewrite] of PLAIN) {
    const match = message.match(pattern);
    if (match) return rewrite(match);
  }
  return message;
}

/** "Sequential budget: at least 1 s"-style lines, one per issue. */
export function describeRunIssues(issues: readonly InputIssue[]): string[] {
  return issues.map((issue) => `${runFieldLabel(issue.path)}: ${plainIssueMessage(issue.message)}`);
}
