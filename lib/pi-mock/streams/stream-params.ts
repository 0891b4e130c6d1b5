/**
 * Query parameters of the stream endpoints (contract §4), validated like PI: a bad value is a 400
 * naming the parameter and the value. Enumerations match case-insensitively.
 */
import { parsePiTimeSpan } from '../../pi-contract';
import { parseIntParam } from '../http/paging-params';
import { badRequest } from '../http/pi-error';
import type { QueryParams } from '../http/query-params';
import { parsePiTimeCached } from './absolute-time-cache';

function present(query: QueryParams, name: string): string | undefined {
  const raw = query.get(name);
  return raw === undefined || raw.trim() === '' ? undefined : raw;
}

/** A PI time string -> epoch ms; absent means `fallback` (ms, or a PI time string). */
export function timeParam(
  query: QueryParams,
  name: string,
  nowMs: number,
  fallback: number | string,
  relativeToMs?: number,
): number {
  const raw = present(query, name);
  if (raw === undefined && typeof fallback === 'number') return fallback;
  const parsed = parsePiTimeCached(raw ?? String(fallback), relativeToMs === undefined ? { nowMs } : { nowMs, relativeToMs });
  if (!parsed.ok) {
    throw badRequest(`The value '${raw}' of parameter '${name}' is not a valid PI time: ${parsed.error.reason}.`);
  }
  return parsed.value;
}

/** Every value of a repeated time parameter (`time=...&time=...`); at least one is required. */
export function timesParam(query: QueryParams, name: string, nowMs: number): number[] {
  const raws = query.getAll(name).filter((r) => r.trim() !== '');
  if (raws.length === 0) throw requiredError(name);
  return raws.map((raw) => {
    const parsed = parsePiTimeCached(raw, { nowMs });
    if (!parsed.ok) throw badRequest(`The value '${raw}' of parameter '${name}' is not a valid PI time: ${parsed.error.reason}.`);
    return parsed.value;
  });
}

export function requiredError(name: string) {
  return badRequest(`The parameter '${name}' is required.`);
}

/** One of `allowed` (any case), or `fallback` when absent. */
export function enumParam<T extends string>(query: QueryParams, name: string, allowed: readonly T[], fallback: T): T {
  const raw = present(query, name);
  if (raw === undefined) return fallback;
  const match = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
  if (match === undefined) {
    throw badRequest(`The value '${raw}' is not valid for parameter '${name}'. Allowed values: ${allowed.join(', ')}.`);
  }
  return match;
}

/** Every value of a repeated enumeration parameter, de-duplicated in request order. */
export function enumListParam<T extends string>(query: QueryParams, name: string, allowed: readonly T[], fallback: T): T[] {
  const raws = query.getAll(name).filter((r) => r.trim() !== '');
  if (raws.length === 0) return [fallback];
  const out: T[] = [];
  for (const raw of raws) {
    const match = allowed.find((a) => a.toLowerCase() === raw.trim().toLowerCase());
    if (match === undefined) {
      throw badRequest(`The value '${raw}' is not valid for parameter '${name}'. Allowed values: ${allowed.join(', ')}.`);
    }
    if (!out.includes(match)) out.push(match);
  }
  return out;
}

/** An integer >= 1, or `fallback` when absent. */
export function positiveIntParam(query: QueryParams, name: string, fallback: number): number {
  return parseIntParam(query, name, fallback, 1);
}

/** An AFTimeSpan (`1h`, `15m`) -> ms, > 0. */
export function spanParam(query: QueryParams, name: string, fallback: string): number {
  const raw = present(query, name) ?? fallback;
  const parsed = parsePiTimeSpan(raw.trim());
  if (!parsed.ok) throw badRequest(`The value '${raw}' of parameter '${name}' is not a valid time span: ${parsed.error.reason}.`);
  if (parsed.value <= 0) throw badRequest(`The value '${raw}' of parameter '${name}' must be a positive time span.`);
  return parsed.value;
}

/** `true` / `false` (any case), or `fallback` when absent. */
export function boolParam(query: QueryParams, name: string, fallback: boolean): boolean {
  const raw = present(query, name);
  if (raw === undefined) return fallback;
  const v = raw.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw badRequest(`The value '${raw}' is not valid for parameter '${name}'. Allowed values: true, false.`);
}
