/**
 * The data-page routes read one source at a time: `source` names a PI data server (granularity),
 * `asset` an AF database (AF hierarchy, event frames). Absent, the one landed last is read; a key
 * bronze does not hold is a 404 naming the parameter. With no source of that kind in bronze yet,
 * the route answers its empty body, as before sources existed.
 */
import type { z } from 'zod';
import { describeUnknownSource, resolveSourceKey, type BronzeStore, type SourceKind } from '@/lib/bronze';
import { assetParams } from '@/lib/api-contract';
import { err, ok } from '@/lib/result';
import { readBronzeResult } from './read-bronze';

export type SourceParam = 'source' | 'asset';

const KIND_OF: Readonly<Record<SourceParam, SourceKind>> = { source: 'data', asset: 'asset' };

export interface SourceRead<P extends SourceParam, S extends z.ZodType<Partial<Record<P, number>>>, B> {
  param: P;
  params: S;
  read: (store: BronzeStore, input: z.infer<S>, sourceKey: number) => Promise<B>;
  /** The answer while bronze holds no source of this kind. */
  empty: (input: z.infer<S>) => B;
  what: string;
}

export function readBySource<P extends SourceParam, S extends z.ZodType<Partial<Record<P, number>>>, B>(
  request: Request,
  spec: SourceRead<P, S, B>,
): Promise<Response> {
  return readBronzeResult(
    request,
    spec.params,
    async (store, input: z.infer<S>) => {
      const scoped: Partial<Record<P, number>> = input;
      const key = await resolveSourceKey(store, KIND_OF[spec.param], scoped[spec.param]);
      if (!key.ok) return err({ code: 'not_found' as const, message: `${spec.param}: ${describeUnknownSource(key.error)}` });
      return ok(key.value === null ? spec.empty(input) : await spec.read(store, input, key.value));
    },
    spec.what,
  );
}

/** An AF database's read that takes no parameter but `asset` (levels, templates, the last search). */
export function readByAsset<B>(request: Request, what: string, read: (store: BronzeStore, assetKey: number) => Promise<B>, empty: () => B): Promise<Response> {
  return readBySource(request, { param: 'asset', params: assetParams, read: (store, _input, assetKey) => read(store, assetKey), empty, what });
}
