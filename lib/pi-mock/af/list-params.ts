/**
 * Query parameters the AF and event-frame collections share (contract §7.3, §7.4, §8.1): booleans,
 * enums (matched case-insensitively, answered with the allowed list), associations; paging itself
 * is http/paging-params.ts.
 */
import { badRequest } from '../http/pi-error';
import type { QueryParams } from '../http/query-params';

/** true/false in any case; undefined when absent. */
export function parseOptionalBoolean(query: QueryParams, name: string): boolean | undefined {
  const raw = query.get(name);
  if (raw === undefined) return undefined;
  const lower = raw.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw badRequest(`The value '${raw}' is not valid for parameter '${name}': expected true or false.`);
}

export function parseBoolean(query: QueryParams, name: string, fallback: boolean): boolean {
  return parseOptionalBoolean(query, name) ?? fallback;
}

export function matchEnumOrThrow<T extends string>(raw: string, name: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
  if (found === undefined) {
    throw badRequest(`The value '${raw}' is not valid for parameter '${name}': expected one of ${allowed.join(', ')}.`);
  }
  return found;
}

export function parseEnum<T extends string>(query: QueryParams, name: string, allowed: readonly T[], fallback: T): T {
  const raw = query.get(name);
  return raw === undefined ? fallback : matchEnumOrThrow(raw, name, allowed);
}

export const SORT_ORDERS = ['Ascending', 'Descending'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** `associations=Paths;DataReference` -> lower-cased names. */
export function parseAssociations(query: QueryParams): Set<string> {
  const out = new Set<string>();
  for (const raw of query.getAll('associations')) {
    for (const part of raw.split(/[;,]/)) if (part.trim()) out.add(part.trim().toLowerCase());
  }
  return out;
}

export function pageOf<T>(items: readonly T[], startIndex: number, maxCount: number): T[] {
  return items.slice(startIndex, startIndex + maxCount);
}

/** Ordinal, case-insensitive: AF names compare without regard to case. */
export function compareNames(a: string, b: string): number {
  const ua = a.toUpperCase();
  const ub = b.toUpperCase();
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}
