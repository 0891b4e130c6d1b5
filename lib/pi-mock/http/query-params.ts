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

  getAll(name: string): string[] {
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
