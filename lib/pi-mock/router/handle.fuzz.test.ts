/**
 * Hostile input against the mock router (issue 11): random methods, route-shaped and junk paths,
 * known parameters with good and bad values, odd headers and bodies, seeded and bounded. Never a
 * 5xx; every 4xx is PI's `{"Errors":[...]}` naming what was at fault; every link stays on the
 * request's base URL. Name filters are also checked against a plain reference matcher.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorsBody } from '../../pi-contract';
import { collectBody } from '../http/response-body';
import type { MockRequest } from '../http/types';
import { crawlWebIds, FUZZ_BASE_URL, KNOWN_PARAMETERS, mockRequest, requestArb, ROUTE_PATTERNS } from '../test-support/fuzz-requests';
import { referenceWildcardMatch } from '../test-support/reference-wildcard';
import { MockWorld } from '../world';
import { handleRequest } from './handle';

const RUNS = 1_000;
const SEED = 20_261_1;

// Small answers keep 500 runs fast: every window is capped at 2,000 values per stream.
const world = new MockWorld({ tagCount: 128, seed: 1, anchorMs: Date.parse('2024-01-08T00:00:00Z'), maxReturnedItemsPerCall: 2_000 });

const ROUTE_LITERALS = new Set(ROUTE_PATTERNS.flatMap((p) => p.split('/')).map((s) => s.toLowerCase()));

/**
 * What a 4xx may name: the request's parameters (given or required) and their values, its
 * WebIDs (path segments other than route words), the whole path, method, CSRF header, body.
 */
function culprits(req: MockRequest): string[] {
  const names = [...req.query.entries()].flatMap(([name, value]) => [name, value]);
  const segments = req.path.split('/').filter((s) => !ROUTE_LITERALS.has(s.toLowerCase()));
  return [...names, ...segments, ...KNOWN_PARAMETERS, req.method, req.path, 'X-Requested-With', 'body', 'batch', 'JSON']
    .filter((c) => c.trim().length >= 2)
    .map((c) => c.toLowerCase());
}

function namesCulprit(messages: string[], req: MockRequest): boolean {
  const text = messages.join(' ').toLowerCase();
  return culprits(req).some((c) => text.includes(c));
}

/** Every string under a `Links` key, at any depth. */
function links(value: unknown, out: string[] = [], underLinks = false): string[] {
  if (typeof value === 'string') {
    if (underLinks) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) links(v, out, false);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) links(v, out, underLinks || key === 'Links');
  }
  return out;
}

interface Verdict {
  ok: boolean;
  why: string;
}

/** `text` is the whole body, streamed or not. */
function judge(req: MockRequest, res: { status: number; text: string }): Verdict {
  const { text } = res;
  if (res.status >= 500) return { ok: false, why: `status ${res.status}: ${text.slice(0, 300)}` };
  if (res.status >= 400) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, why: `${res.status} body is not JSON: ${text.slice(0, 200)}` };
    }
    const errors = errorsBody.safeParse(parsed);
    if (!errors.success || errors.data.Errors.length === 0 || errors.data.Errors.some((m) => m.trim() === '')) {
      return { ok: false, why: `${res.status} body is not PI-style: ${text.slice(0, 200)}` };
    }
    if (!namesCulprit(errors.data.Errors, req)) return { ok: false, why: `${res.status} names nothing of the request: ${errors.data.Errors.join(' | ')}` };
    return { ok: true, why: '' };
  }
  if (text === '') return { ok: true, why: '' };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, why: `${res.status} body is not JSON: ${text.slice(0, 200)}` };
  }
  const stray = links(body).find((link) => !link.startsWith(`${FUZZ_BASE_URL}/`));
  if (stray !== undefined) return { ok: false, why: `link off the base URL: ${stray}` };
  // A batch answers 207 with sub-responses: none of them may be a 5xx either.
  if (res.status === 207 && body !== null && typeof body === 'object') {
    for (const [id, sub] of Object.entries(body)) {
      const status = (sub as { Status?: unknown }).Status;
      if (typeof status === 'number' && status >= 500) return { ok: false, why: `batch sub-request '${id}' answered ${status}: ${JSON.stringify(sub).slice(0, 300)}` };
    }
  }
  return { ok: true, why: '' };
}

describe('mock router under hostile input (seeded fuzz)', () => {
  let webIds: string[];

  beforeAll(async () => {
    webIds = await crawlWebIds(world);
  });

  it('crawls WebIDs of every kind to build requests from', () => {
    expect(new Set(webIds.map((id) => id.slice(2, 4))).size).toBeGreaterThanOrEqual(8);
  });

  it(`never answers 5xx and names the culprit of every 4xx (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(requestArb(webIds), async ([method, path, query, headers, body]) => {
        const req = mockRequest(method, path, query, headers, body);
        const res = await handleRequest(world, req);
        const verdict = judge(req, { status: res.status, text: (await collectBody(res.body)).toString('utf8') });
        if (!verdict.ok) throw new Error(`${method} ${path}?${new URLSearchParams([...query]).toString()} -> ${verdict.why}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('lists exactly the points a plain reference matcher picks for random name filters', async () => {
    const names = Array.from({ length: world.catalogue.count }, (_, i) => world.catalogue.tag(i).name);
    const ds = webIds.find((id) => id.slice(2, 4) === 'DS') ?? '';
    const filter = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9_*?[\]!\\-]{0,16}$/),
      // Built from pieces of real names, so that matches are common rather than rare.
      fc.array(fc.oneof(fc.constantFrom('*', '?', '_', 'Unit0', 'Sydney', 'PERTH', 'temp', '[0-3]', '[!a-m]', '[ST]', '\\_'), fc.stringMatching(/^[a-z]{1,3}$/)), { maxLength: 6 }).map((parts) => parts.join('')),
    );
    await fc.assert(
      fc.asyncProperty(filter, async (nameFilter) => {
        const res = await handleRequest(world, mockRequest('GET', `/dataservers/${ds}/points`, [['nameFilter', nameFilter], ['selectedFields', 'Items.Name']], {}, null));
        const expected = names.map((n) => referenceWildcardMatch(nameFilter, n));
        if (expected.includes('invalid')) {
          expect(res.status).toBe(400);
          return;
        }
        expect(res.status).toBe(200);
        const listed = (JSON.parse((await collectBody(res.body)).toString('utf8')) as { Items: { Name: string }[] }).Items.map((p) => p.Name);
        expect(listed).toEqual(names.filter((_, i) => expected[i] === true));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
