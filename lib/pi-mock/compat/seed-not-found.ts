/**
 * 404 bodies as FastAPI writes them, `{"detail": "..."}` (issue 14, item 10): the seed's mock
 * answers its 404s that way; its clients tolerate either shape, but a reader comparing the two
 * mocks would notice. Other statuses keep PI's `{"Errors":[...]}`.
 */
import { z } from 'zod';
import { rawJsonResponse } from '../http/json-response';
import type { MockResponse } from '../http/types';

const errorsBody = z.object({ Errors: z.array(z.string()) });

export function seedNotFound(res: MockResponse): MockResponse {
  if (res.status !== 404 || !Buffer.isBuffer(res.body)) return res;
  let json: unknown;
  try {
    json = JSON.parse(res.body.toString('utf8'));
  } catch {
    return res;
  }
  const parsed = errorsBody.safeParse(json);
  if (!parsed.success) return res;
  return rawJsonResponse(Buffer.from(JSON.stringify({ detail: parsed.data.Errors.join(' ') }), 'utf8'), 404, res.headers);
}
