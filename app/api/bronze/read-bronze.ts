/**
 * The plumbing every `/api/bronze/*` GET shares: validate the query string (400 naming the
 * parameter), open the shared store (503 when another process holds the file or it cannot be
 * opened), run one read, answer JSON that no cache keeps (bronze changes under every run).
 */
import type { z } from 'zod';
import { errorResponse, internalErrorResponse, type ApiErrorInit, parseSearchParams } from '@/lib/http';
import type { BronzeStore } from '@/lib/bronze';
import type { Result } from '@/lib/result';
import { bronzeUnavailableBody, getBronzeStore } from '@/lib/runs';

const NO_STORE = { 'cache-control': 'no-store' };

/** Far enough ahead for any landed value; the SQL side converts it to a TIMESTAMP safely. */
export const OPEN_END_MS = Date.UTC(2100, 0, 1);

/** As readBronze, for a read that can refuse its input with a typed error (e.g. a 404 for an unknown key). */
export async function readBronzeResult<S extends z.ZodType, B>(
  request: Request,
  params: S,
  read: (store: BronzeStore, input: z.infer<S>) => Promise<Result<B, ApiErrorInit>>,
  what: string,
): Promise<Response> {
  const input = parseSearchParams(request, params);
  if (!input.ok) return input.error;
  let store: BronzeStore;
  try {
    store = await getBronzeStore();
  } catch (error) {
    const unavailable = bronzeUnavailableBody(error);
    return unavailable ? errorResponse(unavailable, NO_STORE) : internalErrorResponse(error, `opening bronze for ${what}`);
  }
  try {
    const answer = await read(store, input.value);
    return answer.ok ? Response.json(answer.value, { headers: NO_STORE }) : errorResponse(answer.error, NO_STORE);
  } catch (error) {
    return internalErrorResponse(error, `reading ${what} from bronze`);
  }
}

export function readBronze<S extends z.ZodType, B>(
  request: Request,
  params: S,
  read: (store: BronzeStore, input: z.infer<S>) => Promise<B>,
  what: string,
): Promise<Response> {
  return readBronzeResult(request, params, async (store, input) => ({ ok: true, value: await read(store, input) }), what);
}
