/**
 * Whether a request asks for a gzip answer (RFC 9110 §12.5.3): `gzip` (or its alias `x-gzip`)
 * listed with a q-value above 0. Like IIS in front of PI Web API, the mock compresses only when a
 * coding is named: `*` and a missing header get identity. A malformed q-value makes its entry
 * count as absent rather than failing the request, as servers do with this header.
 */
import { z } from 'zod';

const qValue = z.coerce.number().min(0).max(1);

/** Longest header read; anything longer is cut (the budget every input has, DESIGN §8). */
const MAX_HEADER_CHARS = 1024;

export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined) return false;
  for (const entry of header.slice(0, MAX_HEADER_CHARS).split(',')) {
    const [coding = '', ...params] = entry.split(';').map((part) => part.trim());
    const name = coding.toLowerCase();
    if (name !== 'gzip' && name !== 'x-gzip') continue;
    const q = params.find((p) => /^q\s*=/i.test(p));
    if (q === undefined) return true;
    const parsed = qValue.safeParse(q.slice(q.indexOf('=') + 1).trim());
    if (parsed.success && parsed.data > 0) return true;
  }
  return false;
}
