/** Parses a response body with a zod schema; every failure is a contract error naming the URL. */
import { z } from 'zod';
import { err, ok, type Result } from '../../result';
import type { ConnectorError } from '../errors';
import type { RawResponse } from './types';

/** An empty body (204, e.g. `/system/userinfo` without identity) is handed to the schema as `undefined`. */
export function parseJsonResponse<T>(response: RawResponse, schema: z.ZodType<T>): Result<T, ConnectorError> {
  let json: unknown;
  if (response.body.length > 0) {
    try {
      json = JSON.parse(response.body.toString('utf8'));
    } catch (thrown) {
      const reason = thrown instanceof SyntaxError ? thrown.message : 'unparseable';
      return err({ kind: 'contract', url: response.url, issues: `body is not valid JSON (${reason})` });
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return err({ kind: 'contract', url: response.url, issues: z.prettifyError(parsed.error) });
  return ok(parsed.data);
}
