/**
 * The channel query parameters (AVEVA reference: Stream GetChannel, StreamSet GetChannel and
 * GetChannelAdHoc): includeInitialValues (default false) and heartbeatRate (an integer multiple of
 * the polling interval; zero or negative means no heartbeat, the default). Parsed with zod; a bad
 * value is PI's 400, which the channel turns into close code 4400.
 */
import { z } from 'zod';
import { badRequest } from '../http/pi-error';
import type { QueryParams } from '../http/query-params';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
const int = z.string().regex(/^[+-]?\d{1,9}$/).transform(Number);

export interface ChannelParams {
  includeInitialValues: boolean;
  /** Polls without data before an empty message; 0: never. */
  heartbeatRate: number;
}

function one<T>(query: QueryParams, name: string, schema: z.ZodType<T, string>, allowed: string): T | undefined {
  const raw = query.get(name);
  if (raw === undefined || raw.trim() === '') return undefined;
  const parsed = schema.safeParse(raw.trim().toLowerCase());
  if (!parsed.success) throw badRequest(`The value '${raw}' is not valid for parameter '${name}'. Allowed values: ${allowed}.`);
  return parsed.data;
}

export function parseChannelParams(query: QueryParams): ChannelParams {
  const includeInitialValues = one(query, 'includeInitialValues', bool, 'true, false') ?? false;
  const rate = one(query, 'heartbeatRate', int, 'an integer') ?? 0;
  return { includeInitialValues, heartbeatRate: Math.max(0, rate) };
}
