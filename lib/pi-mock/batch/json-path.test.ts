import { describe, expect, it } from 'vitest';
import { parseJsonPath, selectJsonPath } from './json-path';

const doc = {
  db: { Status: 200, Headers: { Location: 'loc' }, Content: { Links: { Elements: 'E' }, Items: [{ WebId: 'a' }, { WebId: 'b' }] } },
};

function select(path: string) {
  const steps = parseJsonPath(path);
  if (!steps.ok) throw new Error(steps.error);
  return selectJsonPath(doc, steps.value);
}

describe('batch JSONPath', () => {
  it('selects single values, array items and wildcards', () => {
    expect(select('$.db.Content.Links.Elements')).toEqual(['E']);
    expect(select('$.db.Headers.Location')).toEqual(['loc']);
    expect(select("$['db'].Content.Items[1].WebId")).toEqual(['b']);
    expect(select('$.db.Content.Items[*].WebId')).toEqual(['a', 'b']);
    expect(select('$.db.content.items[*].webid')).toEqual(['a', 'b']);
  });

  it('selects nothing for a missing path', () => {
    expect(select('$.nope.Content')).toEqual([]);
    expect(select('$.db.Content.Items[5].WebId')).toEqual([]);
  });

  it.each(['db.Content', '$.', '$.a[', '$.a[x]'])('rejects %j with a reason', (path) => {
    expect(parseJsonPath(path).ok).toBe(false);
  });
});
