/**
 * Hostile batch bodies against the batch controller (issue 11): random keys, Methods, Resources,
 * Parameters, ParentIds graphs (cycles, long chains, dangling and self references),
 * RequestTemplates, JSONPaths, huge strings and wrong types; seeded and bounded. Never a 5xx, at
 * the top or in a sub-response; every 4xx is PI's `{"Errors":[...]}` naming a request id or the
 * field at fault; every 207 answers each request id once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorsBody } from '../../pi-contract';
import { QueryParams } from '../http/query-params';
import { collectBody } from '../http/response-body';
import { handleRequest } from '../router/handle';
import { MockWorld } from '../world';
import { MAX_QUOTED_CHARS } from './quoted';

const RUNS = 500;
const SEED = 11_05_07;

// MaxReturnedItemsPerCall 1,000: the budget (10,000 values) is reached by a few reads, cheaply.
const world = new MockWorld({ tagCount: 128, seed: 1, anchorMs: Date.parse('2024-01-08T00:00:00Z'), maxReturnedItemsPerCall: 1_000 });
const point = world.catalogue.webId(0);
const FIELDS = ['Method', 'Resource', 'RequestTemplate', 'Parameters', 'ParentIds', 'Headers', 'Content'];
const KEYS = ['a', 'b', 'c', 'd', '0', '1', '$', 'A b', 'ä', '__proto__', 'constructor', '', 'k'.repeat(5_000)];

const huge = (c: string) => fc.constant(c.repeat(300_000));
const junk = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));

const resource = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(
    '/piwebapi/system',
    'http://any.host:9/piwebapi/system/versions',
    `/piwebapi/streams/${point}/recorded?startTime=2024-01-01T00:00:00Z&endTime=2024-01-01T01:00:00Z`,
    `/piwebapi/streams/${point}/recorded?startTime=2023-01-01T00:00:00Z&endTime=2024-01-01T00:00:00Z&maxCount=1000`,
    `/piwebapi/streams/${point}/recorded?maxCount=1001`,
    `/piwebapi/streamsets/recorded?webId=${point}&webId=${point}&startTime=*-2d&endTime=*&maxCount=1000`,
    `/piwebapi/streams/${point}/interpolated?startTime=*-1d&interval=1s`,
    `/piwebapi/streams/${point}/summary?summaryType=All&summaryDuration=1m`,
    '/piwebapi/dataservers',
    '/piwebapi/assetservers',
    '/piwebapi/points/NOTAWEBID',
    '/piwebapi/batch',
    '/PIWEBAPI/Batch/',
    'http://h/other',
    'nope',
    '/piwebapi/%zz',
    '{0}',
    '{0}?maxCount=1000',
    '/piwebapi/streams/{0}/value',
    '{1}/recorded?x={0}&y={2}',
    '{0}{0}{0}{0}{0}{0}{0}{0}',
    '{99999999999999999999}',
  ) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: huge('/') },
);

const jsonPath = fc.oneof(
  fc.constantFrom(KEYS[0] ?? 'a', 'b', 'c', '0').chain((k) =>
    fc.constantFrom(
      `$.${k}.Content.Items[*].WebId`,
      `$.${k}.Content.Items[*].Links.Self`,
      `$.${k}.Content.Items[*]`,
      `$.${k}.Content.Items[*][*]`,
      `$.${k}.Content.Items[*].Items[*]`,
      `$.${k}.Content.Links.Self`,
      `$.${k}.Content`,
      `$['${k}'].Headers.Location`,
      `$.${k}.Status`,
      `$.${k}.*.*.*`,
    ),
  ),
  fc.constantFrom('$', '$.', '$..x', '$[0]', '$[*]', 'a.b', '$.a[', "$.a['b", '$.a[x]', '$.a[99999999999999999999]'),
  fc.string({ maxLength: 20 }),
  huge('.a').map((s) => `$${s}`),
);

/** ParentIds among `allowed` (an acyclic choice), now and then among any key: cycles, self, missing. */
const parentIds = (allowed: readonly string[], keys: readonly string[]) =>
  fc.oneof(
    { weight: 8, arbitrary: allowed.length > 0 ? fc.array(fc.constantFrom(...allowed), { maxLength: 2 }) : fc.constant([]) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...keys, 'missing'), { maxLength: 4 }) },
  );

/** Mostly a well-typed value, sometimes one of the wrong type: one bad field refuses the whole batch. */
const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: junk });

const common = (allowed: readonly string[], keys: readonly string[]) => ({
  Method: mostly(fc.oneof({ weight: 6, arbitrary: fc.constantFrom('GET', 'get', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH', 'OPTIONS') }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) })),
  ParentIds: mostly(parentIds(allowed, keys)),
  Headers: mostly(fc.dictionary(fc.constantFrom('Cache-Control', 'X-Requested-With', 'Authorization', 'content-type', '__proto__'), fc.string({ maxLength: 10 }))),
  Content: mostly(fc.string({ maxLength: 20 })),
});

/** A Resource (with Parameters now and then), or a RequestTemplate with its Parameters (now and then without). */
const subRequest = (allowed: readonly string[], keys: readonly string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ ...common(allowed, keys), Resource: mostly(resource), Parameters: mostly(fc.array(jsonPath, { maxLength: 3 })) }, { requiredKeys: ['Resource'] }) },
    {
      weight: 1,
      arbitrary: fc.record(
        { ...common(allowed, keys), RequestTemplate: mostly(fc.record({ Resource: mostly(resource) })), Parameters: mostly(fc.array(jsonPath, { minLength: 1, maxLength: 3 })) },
        { requiredKeys: ['RequestTemplate', 'Parameters'] },
      ),
    },
  );

/** Keys in random case: .NET binds property names case-insensitively, so does the mock. */
const anyCase = (sub: Record<string, unknown>, upper: boolean[]) =>
  Object.fromEntries(Object.entries(sub).map(([k, v], i) => [upper[i] ? k.toUpperCase() : k, v]));

/** Up to 8 sub-requests; parents mostly earlier in the body, or mostly later (run ahead of their turn). */
const freeBatch = fc.tuple(fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 8 }), fc.boolean()).chain(([keys, forward]) =>
  fc
    .tuple(...keys.map((k, i) => fc.tuple(fc.constant(k), subRequest(forward ? keys.slice(0, i) : keys.slice(i + 1), keys), fc.array(fc.boolean(), { maxLength: 7 }))))
    .map((entries) => Object.fromEntries(entries.map(([k, sub, upper]) => [k, anyCase(sub, upper)]))),
);

/** A chain of up to 3,000 ParentIds, sometimes closed into a cycle, sometimes broken by a failing root. */
const chainBatch = fc.record({ length: fc.integer({ min: 2, max: 3_000 }), closed: fc.boolean(), failingRoot: fc.boolean(), shuffle: fc.boolean() }).map(
  ({ length, closed, failingRoot, shuffle }) => {
    const entries: [string, unknown][] = [];
    for (let i = 0; i < length; i++) {
      const parent = i > 0 ? [`n${i - 1}`] : closed ? [`n${length - 1}`] : [];
      const target = i === 0 && failingRoot ? '/piwebapi/points/NOTAWEBID' : '/piwebapi/system';
      entries.push([`n${i}`, { Method: 'GET', Resource: target, ParentIds: parent }]);
    }
    if (shuffle) entries.reverse();
    return Object.fromEntries(entries);
  },
);

/** Bytes of the body: the batch as JSON, or something that is not a batch. */
const body = fc.oneof(
  { weight: 6, arbitrary: freeBatch.map((b) => JSON.stringify(b)) },
  { weight: 2, arbitrary: chainBatch.map((b) => JSON.stringify(b)) },
  { weight: 1, arbitrary: fc.constant(0).chain(() => freeBatch).map((b) => JSON.stringify({ Requests: Object.values(b) })) },
  { weight: 1, arbitrary: fc.oneof(fc.json({ maxDepth: 2 }), fc.string({ maxLength: 30 }), fc.constant(''), freeBatch.map((b) => JSON.stringify(b).slice(0, -1))) },
);

const clip = (key: string) => key.slice(0, MAX_QUOTED_CHARS);

function keysOf(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.keys(parsed) : [];
  } catch {
    return [];
  }
}

/** A 4xx message names a request id (clipped as messages clip it), a sub-request field, or the body itself. */
function namesKeyOrField(messages: string[], keys: string[]): boolean {
  const text = messages.join(' ');
  return keys.some((k) => k !== '' && text.includes(clip(k))) || FIELDS.some((f) => text.includes(f)) || /body|contains no requests|''/.test(text);
}

async function post(text: string) {
  const res = await handleRequest(world, {
    method: 'POST',
    path: '/batch',
    query: new QueryParams(''),
    headers: { 'x-requested-with': 'fuzz', 'content-type': 'application/json' },
    body: text === '' ? null : Buffer.from(text, 'utf8'),
    baseUrl: 'http://127.0.0.1:8000/piwebapi',
  });
  return { status: res.status, text: (await collectBody(res.body)).toString('utf8') };
}

/** Whatever one sub-result is: never a 5xx; a 4xx carries PI's Errors, or the plain string of a 409. */
function checkSubResult(id: string, sub: unknown): void {
  const { Status, Content } = sub as { Status: number; Content: unknown };
  expect(Status, `sub-request ${clip(id)}`).toBeLessThan(500);
  if (Status === 409 && typeof Content === 'string') return void expect(Content).toMatch(/^The following ParentIds did not complete successfully: /);
  if (Status >= 400) expect(errorsBody.safeParse(Content).success, `sub-request ${clip(id)}: ${JSON.stringify(Content).slice(0, 200)}`).toBe(true);
  if (Content !== null && typeof Content === 'object' && 'Items' in Content && 'Total' in Content) {
    for (const item of (Content as { Items: unknown[] }).Items) checkSubResult(id, item);
  }
}

describe('batch controller under hostile bodies', () => {
  it(`never answers 5xx; 4xx bodies are PI-style and name a key or field (${RUNS} seeded runs)`, async () => {
    const tally = { total: 0, refused: 0, answered: 0 };
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const res = await post(text);
        tally.total++;
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
        if (res.status >= 400) {
          tally.refused++;
          const errors = errorsBody.parse(JSON.parse(res.text));
          expect(errors.Errors.length).toBeGreaterThan(0);
          expect(namesKeyOrField(errors.Errors, keysOf(text)), errors.Errors.join(' | ').slice(0, 400)).toBe(true);
          // Bounded whatever the input: at most 21 messages, each with clipped quotes.
          expect(res.text.length).toBeLessThan(64 * 1024);
          return;
        }
        tally.answered++;
        expect(res.status).toBe(207);
        const answer = JSON.parse(res.text) as Record<string, unknown> & { Responses?: unknown[] };
        if (Array.isArray(answer.Responses) && Object.keys(answer).length === 1 && !keysOf(text).includes('Responses')) {
          answer.Responses.forEach((sub, i) => checkSubResult(String(i), sub));
          return;
        }
        expect(Object.keys(answer).sort()).toEqual(keysOf(text).sort());
        for (const [id, sub] of Object.entries(answer)) checkSubResult(id, sub);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`batch fuzz: ${tally.total} bodies, ${tally.refused} refused with a 4xx, ${tally.answered} answered 207`);
    expect(tally.refused).toBeGreaterThan(RUNS / 10);
    expect(tally.answered).toBeGreaterThan(RUNS / 10);
  }, 60_000);
});
