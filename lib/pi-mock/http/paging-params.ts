/** startIndex / maxCount of object collections (contract §9.1), validated like PI does. */
import { badRequest } from './pi-error';
import type { QueryParams } from './query-params';

export const DEFAULT_MAX_COUNT = 1000;

export function parseIntParam(query: QueryParams, name: string, fallback: number, min: number): number {
  const raw = query.get(name);
  if (raw === undefined || raw === '') return fallback;
  if (!/^[-+]?\d+$/.test(raw.trim())) {
    throw badRequest(`The value '${raw}' is not valid for parameter '${name}': expected an integer.`);
  }
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) {
    throw badRequest(`The value '${raw}' is not valid for parameter '${name}': it must be at least ${min}.`);
  }
  return value;
}

/** maxCount above MaxReturnedItemsPerCall is a 400 with PI's wording (contract §1.4). */
export function parseMaxCount(query: QueryParams, maxReturnedItemsPerCall: number, fallback = DEFAULT_MAX_COUNT): number {
  const value = parseIntParam(query, 'maxCount', fallback, 1);
  if (value > maxReturnedItemsPerCall) {
    throw badRequest(`Parameter 'maxCount' is greater than the maximum allowed (${maxReturnedItemsPerCall}).`);
  }
  return value;
}

export function parseStartIndex(query: QueryParams): number {
  return parseIntParam(query, 'startIndex', 0, 0);
}
