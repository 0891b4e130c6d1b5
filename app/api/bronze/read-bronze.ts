/**
 * The plumbing every `/api/bronze/*` GET shares: validate the query string (400 naming the
 * parameter), open the shared store (503 when another process holds the file or it cannot be
 * opened), run one read, answer JSON that no cache keeps (bronze changes under every run).
 */
import type { z } from 'zod';
import { errorResponse, internalErrorResponse } from '@/lib/http/error-response';
import { parseSearchParams } from '@/lib/http/parse-search-params';
import type { BronzeStore } from '@/lib/bronze';
import { BronzeUnavailableError, getBronzeStore } from '@/lib/runs/bronze-instance';

const NO_STORE = { 'cache-control': 'no-store' };

/** Far enough ahead for any landed value; the SQL side converts it to a TIMESTAMP safely. */
export const OPEN_END_MS = Date.UTC(2100, 0, 1);

export async function readBronze<S extends z.ZodType, B>(
  request: Request,
  params: S,
  read: (store: BronzeStore, input: z.infer<S>) => Promise<B>,
  what: string,
): Promise<Response> {
  const input = parseSearchParams(request, params);
  if (!input.ok) return input.error;
  let store: BronzeStore;
  try {
    store = await getBronzeStore();
  } catch (error) {
    if (error instanceof BronzeUnavailableError) {
      return errorResponse({ code: 'unavailable', message: `Bronze cannot be read right now: ${error.message}` }, NO_STORE);
    }
    return internalErrorResponse(error, `opening bronze for ${what}`);
  }
  try {
    return Response.json(await read(store, input.value), { headers: NO_STORE });
  } catch (error) {
    return internalErrorResponse(error, `reading ${what} from bronze`);
  }
}
