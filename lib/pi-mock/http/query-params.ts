/**
 * Query parameters matched case-insensitively by name, as the real server does (contract §0);
 * repeated names keep their order (`webId=A&webId=B`).
 */
export class QueryParams {
  private readonly byName = new Map<string, string[]>();
  private readonly original: [string, string][] = [];

  constructor(search: URLSearchParams | string = '') {
    const params = typeof search === 'string' ? new URLSearchParams(search) : search;
    for (const [name, value] of params) {
      this.original.push([name, value]);
      const key = name.toLowerCase();
      const list = this.byName.get(key);
      if (list) list.push(value);
      else this.byName.set(key, [value]);
    }
  }

  /** First value of the parameter, or undefined. */
  get(name: string): string | undefined {
    return this.byName.get(name.toLowerCase())?.[0];
  }

  getAll(name: string): readonly string[] {
    return this.byName.get(name.toLowerCase()) ?? [];
  }

  /** Every parameter as sent (original names and order), e.g. to build paging links. */
  entries(): readonly [string, string][] {
    return this.original;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
}

const parsedQueries = new Map<string, QueryParams>();
/** Distinct query strings in flight are few; dropped whole when full, so memory stays flat. */
const MAX_CACHED = 256;

/**
 * The parameters of a query string (without `?`), parsed once per distinct string: the 100
 * sub-requests of a batch usually share one query, and parsing it measured ~85 ms of mock CPU per
 * 30,240-tag extraction. Shared instances are safe because QueryParams is read-only.
 */
export function parseQueryCached(search: string): QueryParams {
  let query = parsedQueries.get(search);
  if (query === undefined) {
    query = new QueryParams(search);
    if (parsedQueries.size >= MAX_CACHED) parsedQueries.clear();
    parsedQueries.set(search, query);
  }
  return query;
}
