/**
 * Sub-results that later `Parameters` read through JSONPath (contract §6), kept only until the
 * last sub-request that names them has run: a batch answer streams, so everything else is dropped
 * as soon as it is written. A path may only read a request that has already run, as before.
 */
import { err, ok, type Result } from '../../result';
import type { MockOptions } from '../options';
import type { ParsedBatch, SubRequest } from './parse-batch';
import { parseJsonPath, selectJsonPath } from './json-path';
import { quoted } from './quoted';
import type { SubResult } from './render-batch';

export function jsonPathItemLimit(options: MockOptions): number {
  return options.maxJsonPathItems ?? options.maxReturnedItemsPerCall;
}

/** Ids a sub-request's Parameters start from (`$.<id>...`), each once. */
function idsReadBy(sub: SubRequest): Set<string> {
  const ids = new Set<string>();
  for (const path of sub.Parameters ?? []) {
    const steps = parseJsonPath(path);
    const first = steps.ok ? steps.value[0] : undefined;
    if (first?.kind === 'name') ids.add(first.name);
  }
  return ids;
}

/** What a JSONPath roots at (contract §6): `$.<id>.Status`, `.Headers`, `.Content`. */
interface ParentAnswer {
  Status: number;
  Headers: Record<string, string>;
  Content: unknown;
}

export class ParentResults {
  private readonly kept = new Map<string, ParentAnswer>();
  /** Per id: how many sub-requests that have not run yet read it. */
  private readonly readers = new Map<string, number>();

  constructor(
    batch: ParsedBatch,
    private readonly maxItems: number,
  ) {
    for (const sub of batch.requests.values()) {
      for (const id of idsReadBy(sub)) this.readers.set(id, (this.readers.get(id) ?? 0) + 1);
    }
  }

  /**
   * Keeps `result`, parsed, while a sub-request that has not run yet reads it. Parsed now: its
   * bytes may be a pooled buffer that the socket hands back for reuse once written.
   */
  record(id: string, result: SubResult): void {
    if ((this.readers.get(id) ?? 0) === 0) return;
    const content: unknown = result.content ? JSON.parse(result.content.toString('utf8')) : null;
    this.kept.set(id, { Status: result.status, Headers: result.headers, Content: content });
  }

  /** `sub` has run: what only it still read is dropped. */
  release(sub: SubRequest): void {
    for (const id of idsReadBy(sub)) {
      const left = (this.readers.get(id) ?? 0) - 1;
      if (left > 0) {
        this.readers.set(id, left);
      } else {
        this.readers.delete(id);
        this.kept.delete(id);
      }
    }
  }

  /** Every value `jsonPath` (a Parameter of request `id`) selects; err says why none can be. */
  select(id: string, jsonPath: string): Result<unknown[], string> {
    const steps = parseJsonPath(jsonPath);
    if (!steps.ok) return steps;
    const [first, ...rest] = steps.value;
    if (!first || first.kind !== 'name') return err(`JSONPath ${quoted(jsonPath)} must start with '$.<request id>'.`);
    const parent = this.kept.get(first.name);
    if (!parent) return err(`JSONPath ${quoted(jsonPath)} refers to ${quoted(first.name)}, which is not a parent of this request.`);
    const selected = selectJsonPath(parent, rest, this.maxItems);
    if (selected.ok) return ok(selected.value);
    return err(
      `The Parameter ${quoted(jsonPath)} of batch request ${quoted(id)} selects more than ${selected.error.limit} values, ` +
        'the most one Parameter may select (MaxJsonPathItems).',
    );
  }
}
