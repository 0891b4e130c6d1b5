/**
 * The JSONPath subset batch `Parameters` use (contract §6): `$`, `.Name`, `['Name']`, `[n]`, `[*]`
 * and `..`-free paths such as `$.db.Content.Items[*].Links.Attributes`. Names match exactly first,
 * then case-insensitively (PI property names are PascalCase; callers are not always careful).
 */
import { err, ok, type Result } from '../../result';
import { quoted } from './quoted';

export type Step = { kind: 'name'; name: string } | { kind: 'index'; index: number } | { kind: 'wildcard' };

/**
 * Longest JSONPath accepted: real ones are tens of characters; a 4 MB one of 2 million steps
 * would otherwise cost the mock a second of CPU per evaluation.
 */
export const MAX_JSONPATH_CHARS = 2048;

export function parseJsonPath(path: string): Result<Step[], string> {
  if (path.length > MAX_JSONPATH_CHARS) return err(`JSONPath ${quoted(path)} is longer than ${MAX_JSONPATH_CHARS} characters`);
  if (!path.startsWith('$')) return err(`JSONPath ${quoted(path)} must start with '$'`);
  const steps: Step[] = [];
  let i = 1;
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      const m = /^\.([^.[\]]+)/.exec(path.slice(i));
      if (!m) return err(`JSONPath ${quoted(path)} has an empty name at position ${i}`);
      steps.push(m[1] === '*' ? { kind: 'wildcard' } : { kind: 'name', name: m[1]! });
      i += m[0].length;
    } else if (c === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) return err(`JSONPath ${quoted(path)} has an unclosed '['`);
      const inner = path.slice(i + 1, close).trim();
      if (inner === '*') steps.push({ kind: 'wildcard' });
      else if (/^\d+$/.test(inner)) steps.push({ kind: 'index', index: Number(inner) });
      else if (/^'.*'$|^".*"$/.test(inner)) steps.push({ kind: 'name', name: inner.slice(1, -1) });
      else return err(`JSONPath ${quoted(path)} has an unsupported selector ${quoted(`[${inner}]`)}`);
      i = close + 1;
    } else {
      return err(`JSONPath ${quoted(path)} has an unexpected '${c}' at position ${i}`);
    }
  }
  return ok(steps);
}

function child(value: unknown, name: string): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (name in record) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

/**
 * Every value the path selects, in document order (empty when nothing matches); err with the
 * limit once more than `maxItems` values are selected at any step, so `[*]` over a huge array (or
 * `[*][*]` over nested ones) is refused instead of growing without bound.
 */
export function selectJsonPath(root: unknown, steps: readonly Step[], maxItems: number): Result<unknown[], { limit: number }> {
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const value of current) {
      if (step.kind === 'name') {
        const v = child(value, step.name);
        if (v !== undefined) next.push(v);
      } else if (step.kind === 'index') {
        if (Array.isArray(value) && step.index < value.length) next.push(value[step.index]);
      } else {
        // A loop, not push(...items): spreading ~120,000 arguments overflows the call stack.
        const items: readonly unknown[] | null = Array.isArray(value) ? value : value !== null && typeof value === 'object' ? Object.values(value) : null;
        if (items === null) continue;
        if (next.length + items.length > maxItems) return err({ limit: maxItems });
        for (const item of items) next.push(item);
      }
    }
    current = next;
  }
  return ok(current);
}
