import { describe, expect, it } from 'vitest';
import { parseJsonPath, selectJsonPath } from './json-path';

const doc = {
  db: { Status: 200, Headers: { Location: 'loc' }, Content: { Links: { Elements: 'E' }, Items: [{ WebId: 'a' }, { WebId: 'b' }] } },
};

function select(path: string, root: unknown = doc, maxItems = 1000) {
  const steps = parseJsonPath(path);
  if (!steps.ok) throw new Error(steps.error);
  return selectJsonPath(root, steps.value, maxItems);
}

describe('batch JSONPath', () => {
  it('selects single values, array items and wildcards', () => {
    expect(select('$.db.Content.Links.Elements')).toEqual({ ok: true, value: ['E'] });
    expect(select('$.db.Headers.Location')).toEqual({ ok: true, value: ['loc'] });
    expect(select("$['db'].Content.Items[1].WebId")).toEqual({ ok: true, value: ['b'] });
    expect(select('$.db.Content.Items[*].WebId')).toEqual({ ok: true, value: ['a', 'b'] });
    expect(select('$.db.content.items[*].webid')).toEqual({ ok: true, value: ['a', 'b'] });
  });

  it('selects nothing for a missing path', () => {
    expect(select('$.nope.Content')).toEqual({ ok: true, value: [] });
    expect(select('$.db.Content.Items[5].WebId')).toEqual({ ok: true, value: [] });
  });

  it.each(['db.Content', '$.', '$.a[', '$.a[x]'])('rejects %j with a reason', (path) => {
    expect(parseJsonPath(path).ok).toBe(false);
  });

  it('expands [*] over 150,000 items without overflowing the stack (a 500 before)', () => {
    const big = { Items: Array.from({ length: 150_000 }, (_, i) => ({ WebId: `w${i}` })) };
    const all = select('$.Items[*].WebId', big, 150_000);
    expect(all.ok && all.value.length).toBe(150_000);
    expect(all.ok && all.value[149_999]).toBe('w149999');
  });

  it('refuses a selection past the limit, at any step', () => {
    const big = { Items: Array.from({ length: 150_001 }, () => ({ A: [1, 2] })) };
    expect(select('$.Items[*]', big, 150_000)).toEqual({ ok: false, error: { limit: 150_000 } });
    // Each step may stay under the limit while the next multiplies it: [*][*] is judged as it grows.
    const nested = { Items: Array.from({ length: 1000 }, () => Array.from({ length: 1000 }, (_, j) => j)) };
    expect(select('$.Items[*]', nested, 150_000).ok).toBe(true);
    expect(select('$.Items[*][*]', nested, 150_000)).toEqual({ ok: false, error: { limit: 150_000 } });
  });

  it('refuses a path past 2,048 characters, clipped in the message', () => {
    const parsed = parseJsonPath(`$${'.a'.repeat(1_000_000)}`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^JSONPath '\$\.a\.a.{190,}\.\.\. \(2000001 characters\)' is longer than 2048 characters$/);
    expect(parseJsonPath(`$${'.a'.repeat(1_000)}`).ok).toBe(true);
  });
});
