/**
 * Which source a data page shows: the one the URL names (`?source=` / `?asset=`), so a reload or a
 * shared link keeps it, else the default (the one landed last). A URL naming a key bronze does not
 * hold (a link from an older store, a typo) falls back to the default and says so.
 */
import { sourceKeyParam } from '../api-contract';

export interface SourceChoiceOf<T> {
  chosen: T | null;
  /** The URL's value when it names no listed source; null when it named none or a listed one. */
  unknownRequest: string | null;
}

export function chooseSource<T extends { key: number }>(sources: readonly T[], defaultKey: number | null, requested: string | null): SourceChoiceOf<T> {
  const fallback = sources.find((s) => s.key === defaultKey) ?? sources[0] ?? null;
  if (requested === null || requested === '') return { chosen: fallback, unknownRequest: null };
  const key = sourceKeyParam.safeParse(requested);
  const named = key.success ? sources.find((s) => s.key === key.data) : undefined;
  return named ? { chosen: named, unknownRequest: null } : { chosen: fallback, unknownRequest: requested };
}
