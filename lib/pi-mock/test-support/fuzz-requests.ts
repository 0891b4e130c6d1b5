/**
 * fast-check arbitraries for hostile requests to the mock router: real route shapes filled with
 * real, mutated and junk WebIDs, known parameters in any case with valid and bad values, odd
 * methods, headers and bodies. Shared by the router fuzz suite; WebIDs come from a crawl of the world.
 */
import fc from 'fast-check';
import { afRoutes } from '../af/routes';
import { dataServerRoutes } from '../core/data-server-routes';
import { rootRoutes } from '../core/root-routes';
import { eventFrameRoutes } from '../event-frames/routes';
import { QueryParams } from '../http/query-params';
import { collectBody } from '../http/response-body';
import type { MockRequest } from '../http/types';
import { handleRequest } from '../router/handle';
import { streamRoutes } from '../streams/routes';
import type { MockWorld } from '../world';

export const FUZZ_BASE_URL = 'http://127.0.0.1:8000/piwebapi';

export const ROUTE_PATTERNS: readonly string[] = [
  ...[...rootRoutes, ...dataServerRoutes, ...streamRoutes, ...afRoutes, ...eventFrameRoutes].map((r) => r.pattern),
  '/batch',
];

/** Query parameters the mock or PI reads (contract §3-§9); sent in random case. */
export const KNOWN_PARAMETERS: readonly string[] = [
  'startTime', 'endTime', 'time', 'maxCount', 'startIndex', 'nameFilter', 'descriptionFilter', 'referencedElementNameFilter',
  'referencedElementTemplateName', 'selectedFields', 'webIdType', 'webId', 'path', 'name', 'interval', 'intervals',
  'summaryType', 'summaryDuration', 'calculationBasis', 'timeType', 'sampleType', 'sampleInterval', 'boundaryType',
  'retrievalMode', 'desiredUnits', 'filterExpression', 'includeFilteredValues', 'sortField', 'sortOrder', 'searchFullHierarchy',
  'searchMode', 'templateName', 'categoryName', 'severity', 'canBeAcknowledged', 'isAcknowledged', 'associations', 'field',
  'query', 'showExcluded', 'showHidden', 'valueType', 'trait', 'traitCategory', 'elementType', 'includeMode', 'timeZone',
];

export function mockRequest(method: string, path: string, query: readonly [string, string][], headers: Record<string, string>, body: Buffer | null): MockRequest {
  return { method, path, query: new QueryParams(new URLSearchParams([...query])), headers, body, baseUrl: FUZZ_BASE_URL };
}

function collectWebIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectWebIds(v, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'WebId' && typeof v === 'string') into.add(v);
      else collectWebIds(v, into);
    }
  }
}

/** WebIDs of every kind the world serves (servers, databases, elements, attributes, frames, templates, points). */
export async function crawlWebIds(world: MockWorld): Promise<string[]> {
  const found = new Set<string>();
  const get = async (path: string, search = '') => {
    const res = await handleRequest(world, mockRequest('GET', path, [...new URLSearchParams(search)], {}, null));
    const body: unknown = res.status === 200 ? JSON.parse((await collectBody(res.body)).toString('utf8')) : null;
    collectWebIds(body, found);
    return body;
  };
  const ids = (body: unknown): string[] => {
    const set = new Set<string>();
    collectWebIds(body, set);
    return [...set];
  };
  for (const ds of ids(await get('/dataservers'))) await get(`/dataservers/${ds}/points`, 'maxCount=5');
  for (const server of ids(await get('/assetservers'))) {
    for (const db of ids(await get(`/assetservers/${server}/assetdatabases`))) {
      await get(`/assetdatabases/${db}/elementtemplates`);
      await get(`/assetdatabases/${db}/elementcategories`);
      for (const el of ids(await get(`/assetdatabases/${db}/elements`, 'searchFullHierarchy=true&maxCount=6'))) await get(`/elements/${el}/attributes`, 'maxCount=3');
      for (const ef of ids(await get(`/assetdatabases/${db}/eventframes`, 'startTime=*-30d&maxCount=4'))) await get(`/eventframes/${ef}/attributes`, 'maxCount=3');
    }
  }
  return [...found];
}

const junkSegment = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', '..', '%', '%zz', 'null', 'undefined', 'F1DP-DS-01', 'I1DP', 'P1DP', 'A'.repeat(3000), '\u0000', '__proto__'),
);

function mutatedWebId(webIds: readonly string[]) {
  return fc.tuple(fc.constantFrom(...webIds), fc.nat(), fc.constantFrom('flip', 'cut', 'grow', 'case', 'marker')).map(([id, at, how]) => {
    const i = at % Math.max(1, id.length);
    switch (how) {
      case 'flip':
        return id.slice(0, i) + (id[i] === 'A' ? 'B' : 'A') + id.slice(i + 1);
      case 'cut':
        return id.slice(0, i);
      case 'grow':
        return id + 'AAAA'.repeat(1 + (at % 5));
      case 'case':
        return id.toLowerCase();
      case 'marker':
        return id.slice(0, 2) + 'XX' + id.slice(4);
    }
  });
}

export function segmentArb(webIds: readonly string[]) {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...webIds) },
    { weight: 3, arbitrary: mutatedWebId(webIds) },
    { weight: 2, arbitrary: junkSegment },
  );
}

/** WebID markers (chars 3-4) each collection's `:webId` expects, so most requests get past the WebID check. */
const MARKERS_BY_COLLECTION: Record<string, readonly string[]> = {
  dataservers: ['DS'],
  points: ['DP'],
  streams: ['DP', 'Ab'],
  streamsets: ['Em', 'Fm'],
  assetservers: ['RS'],
  assetdatabases: ['RD'],
  elements: ['Em'],
  attributes: ['Ab'],
  eventframes: ['Fm'],
  elementtemplates: ['ET'],
  elementcategories: ['EC'],
};

function fittingWebId(pattern: string, webIds: readonly string[]) {
  const markers = MARKERS_BY_COLLECTION[pattern.split('/')[1] ?? ''] ?? [];
  const fitting = webIds.filter((id) => markers.includes(id.slice(2, 4)));
  return fitting.length > 0 ? fc.constantFrom(...fitting) : fc.constantFrom(...webIds);
}

export function pathArb(webIds: readonly string[]) {
  const fromPattern = fc
    .constantFrom(...ROUTE_PATTERNS)
    .chain((pattern) =>
      fc.tuple(
        fc.constant(pattern),
        fc.oneof({ weight: 6, arbitrary: fittingWebId(pattern, webIds) }, { weight: 3, arbitrary: segmentArb(webIds) }),
        fc.boolean(),
      ),
    )
    .map(([pattern, fill, shout]) => {
      const path = pattern.replace(/:[a-zA-Z]+/g, fill);
      return shout ? path.toUpperCase() : path;
    });
  const random = fc.array(fc.oneof(segmentArb(webIds), fc.constantFrom(...ROUTE_PATTERNS.flatMap((p) => p.split('/')))), { maxLength: 5 }).map((segments) => `/${segments.join('/')}`);
  return fc.oneof({ weight: 9, arbitrary: fromPattern }, { weight: 1, arbitrary: random });
}

/** PI wildcard filters, pathological ones and over-long ones included. */
export const wildcardArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_*?[\]!\\-]{0,24}$/),
  fc.constantFrom('*?*?*?*?*?*?*?*?*?*?*!', '*a*a*a*a*a*a*a*a*a*a*b', '[z-a]', '[', ']', '\\', '*'.repeat(300), 'a'.repeat(257)),
);

const timeArb = fc.oneof(
  fc.constantFrom('*', '*-1h', '*-8h', '*-1d', '*-30d', 't', 'y', 'today', 'y-1d', '*+1h', '2024-01-07T00:00:00Z', '2024-01-01', '01-Jan-2024', '10:00'),
  fc.constantFrom('*-100000d', '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '*-1e308d', '-1', 'tomorrowish', '*-', '**', '2024-13-45T99:99:99Z'),
  fc.string({ maxLength: 16 }),
);

const numberArb = fc.oneof(
  fc.constantFrom('0', '1', '-1', '10', '1000', '1999', '2000', '2001', '150001', '1e3', '1.5', 'NaN', 'Infinity', '99999999999999999999', '', ' 5 ', '0x10'),
  fc.integer().map(String),
);

const wordArb = fc.oneof(
  fc.constantFrom(
    'Name', 'StartTime', 'EndTime', 'Ascending', 'Descending', 'Full', 'IDOnly', 'PathOnly', 'LocalIDOnly', 'DefaultIDOnly', 'Short',
    'Average', 'Total', 'Minimum', 'Maximum', 'Count', 'All', 'TimeWeighted', 'EventWeighted', 'Inside', 'Outside', 'Interpolated',
    'Auto', 'AtOrBefore', 'Before', 'After', 'Exact', 'true', 'false', 'True', 'yes', 'Overlapped', 'InProgress', 'BackwardFromStartTime',
    'Critical', 'Major', 'None', 'DataReference', 'Items.Name;Items.WebId', 'Items.Value.Value', '1h', '1m', '0s', '-1h', '1000000d',
    'Sydney*', 'Unit01', 'Pump', 'Temperature', '\\\\PISRV-T128\\Sydney_Unit01_Temperature', '\\\\AFSRV-T128\\Plant Data\\Sydney',
  ),
  fc.string({ maxLength: 40 }),
);

function randomCase(name: string) {
  return fc.constantFrom(name, name.toLowerCase(), name.toUpperCase());
}

const webIdTypeArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('Full', 'IDOnly', 'PathOnly', 'LocalIDOnly', 'DefaultIDOnly', 'full') }, { weight: 1, arbitrary: wordArb });

/** Mostly a value of the parameter's own kind (so parsing goes deep), sometimes any junk. */
function valueFor(name: string, webIds: readonly string[]) {
  const lower = name.toLowerCase();
  const fitting =
    lower.endsWith('time') || lower === 'time'
      ? timeArb
      : lower.endsWith('filter') || lower === 'query'
        ? wildcardArb
        : lower === 'maxcount' || lower === 'startindex' || lower === 'intervals'
          ? numberArb
          : lower === 'webidtype'
            ? webIdTypeArb
            : lower === 'webid'
              ? fc.oneof(fc.constantFrom(...webIds), mutatedWebId(webIds))
              : wordArb;
  return fc.oneof({ weight: 4, arbitrary: fitting }, { weight: 1, arbitrary: fc.oneof(timeArb, numberArb, wordArb, wildcardArb) });
}

export function queryArb(webIds: readonly string[]) {
  const name = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...KNOWN_PARAMETERS).chain(randomCase) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });
  const pair = name.chain((n) => fc.tuple(fc.constant(n), valueFor(n, webIds)));
  return fc.array(pair, { maxLength: 6 });
}

export const methodArb = fc.oneof(
  { weight: 12, arbitrary: fc.constant('GET') },
  { weight: 3, arbitrary: fc.constant('POST') },
  { weight: 3, arbitrary: fc.constantFrom('HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'M-SEARCH') },
);

export const headersArb = fc
  .record(
    {
      'x-requested-with': fc.constantFrom('XMLHttpRequest', '', 'x'),
      'content-type': fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-16', ''),
      host: fc.constantFrom('evil.example', '127.0.0.1:8000', 'javascript://x'),
      'x-forwarded-host': fc.constantFrom('evil.example', 'pi.example.com'),
      'x-forwarded-proto': fc.constantFrom('javascript', 'https'),
      authorization: fc.constantFrom('Basic Og==', 'Bearer x', 'Negotiate abc', ''),
    },
    { requiredKeys: [] },
  )
  .map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>);

/** A batch body: a few sub-requests over real resources, with ParentIds and JSONPath Parameters. */
export function batchBodyArb(webIds: readonly string[]) {
  const id = fc.constantFrom('1', '2', '3', 'a', '');
  const sub = fc.record(
    {
      Method: fc.constantFrom('GET', 'POST', 'DELETE', 'get', ''),
      Resource: fc.oneof(
        fc.tuple(pathArb(webIds), queryArb(webIds)).map(([p, q]) => `${FUZZ_BASE_URL}${p.split('/').map(encodeURIComponent).join('/')}?${new URLSearchParams([...q]).toString()}`),
        fc.tuple(fc.constantFrom(...webIds), queryArb(webIds)).map(([id, q]) => `${FUZZ_BASE_URL}/streams/${id}/value?${new URLSearchParams([...q]).toString()}`),
        fc.string({ maxLength: 30 }),
        fc.constantFrom('http://evil.example/piwebapi/system', '$.1.Content.Items[*].WebId', 'file:///etc/passwd'),
      ),
      RequestTemplate: fc.record({ Resource: fc.constantFrom(`${FUZZ_BASE_URL}/streams/{0}/value`, `${FUZZ_BASE_URL}/points/{0}`, '{0}') }),
      Parameters: fc.array(fc.constantFrom('$.1.Content.Items[*].WebId', '$.1.Content.WebId', '$.2.Content', '$..*', '$.1.Content.Items[999999].WebId', 'x'), { maxLength: 2 }),
      ParentIds: fc.array(id, { maxLength: 2 }),
      Headers: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 2 }),
      Content: fc.string({ maxLength: 20 }),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 6, arbitrary: fc.dictionary(id, sub, { maxKeys: 4 }).map((b) => JSON.stringify(b)) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  );
}

/** One request: mostly any method, path, query, headers and body; a share are well-formed batch POSTs. */
export function requestArb(webIds: readonly string[]) {
  const any = fc.tuple(methodArb, pathArb(webIds), queryArb(webIds), headersArb, bodyArb(webIds));
  const batch = fc.tuple(
    fc.constant('POST'),
    fc.constant('/batch'),
    queryArb(webIds),
    headersArb.map((h) => ({ ...h, 'x-requested-with': 'XMLHttpRequest' })),
    batchBodyArb(webIds).map((text): Buffer | null => Buffer.from(text, 'utf8')),
  );
  return fc.oneof({ weight: 4, arbitrary: any }, { weight: 1, arbitrary: batch });
}

export function bodyArb(webIds: readonly string[]) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: batchBodyArb(webIds).map((text) => Buffer.from(text, 'utf8')) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
  );
}
