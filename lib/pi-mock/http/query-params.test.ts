import { describe, expect, it } from 'vitest';
import { parseQueryCached, QueryParams } from './query-params';

describe('parseQueryCached', () => {
  it('reads a query string like a fresh parse, and shares one instance per string', () => {
    const search = 'startTime=2024-01-01T00%3A00%3A00Z&webId=A&WEBID=B&selectedFields=Items.Value;Items.Good';
    const cached = parseQueryCached(search);
    const fresh = new QueryParams(search);
    expect(cached.entries()).toEqual(fresh.entries());
    expect(cached.get('starttime')).toBe('2024-01-01T00:00:00Z');
    expect(cached.getAll('webId')).toEqual(['A', 'B']);
    expect(parseQueryCached(search)).toBe(cached);
    expect(parseQueryCached('webId=C').getAll('webId')).toEqual(['C']);
  });
});
