/**
 * The input contract of the /api/bronze routes: each bad query string is a 400 whose message
 * names the parameter, checked through the same parser the routes use.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parseSearchParams } from '@/lib/http/parse-search-params';
import {
  afChildrenParams,
  assetParams,
  frameDetailsParams,
  noParams,
  seriesParams,
  tagScopeParams,
  tagSearchParams,
  templateParams,
  timelineParams,
} from './bronze-params';

const TIME = 'expected an ISO 8601 time with a zone (2024-01-01T00:00:00Z) or epoch milliseconds';
const LONG = 'x'.repeat(201);
const KEY = 'expected a whole number: a key listed by GET /api/bronze/sources';

const rejected: [route: string, schema: z.ZodType, query: string, path: string, message: string][] = [
  ['tags', tagSearchParams, 'limit=0', 'limit', 'expected a whole number from 1 to 200'],
  ['tags', tagSearchParams, 'limit=201', 'limit', 'expected a whole number from 1 to 200'],
  ['tags', tagSearchParams, 'limit=ten', 'limit', 'expected a whole number from 1 to 200'],
  ['tags', tagSearchParams, `search=${'a'.repeat(101)}`, 'search', 'expected at most 100 characters'],
  ['series', seriesParams, '', 'webId', 'required: the WebId of a tag in bronze'],
  ['series', seriesParams, `webId=${LONG}`, 'webId', 'expected a WebId of at most 200 characters'],
  ['series', seriesParams, 'webId=W&start=yesterday', 'start', TIME],
  ['series', seriesParams, 'webId=W&end=2024-01-01T00:00:00', 'end', TIME],
  ['series', seriesParams, 'webId=W&start=2024-01-02T00:00:00Z&end=2024-01-01T00:00:00Z', 'end', 'must not be before start'],
  ['series', seriesParams, 'webId=W&limit=50001', 'limit', 'expected a whole number from 1 to 50000'],
  ['intervals, quality', tagScopeParams, `webId=${LONG}`, 'webId', 'expected a WebId of at most 200 characters'],
  ['af/children', afChildrenParams, 'limit=1.5', 'limit', 'expected a whole number from 1 to 1000'],
  ['af/children', afChildrenParams, `parent=${LONG}`, 'parent', 'expected a WebId of at most 200 characters'],
  ['event-frames/durations', templateParams, `template=${LONG}`, 'template', 'expected a template name of at most 200 characters'],
  ['event-frames/timeline', timelineParams, 'start=-5', 'start', TIME],
  ['event-frames/timeline', timelineParams, 'start=2000&end=1000', 'end', 'must not be before start'],
  ['event-frames/timeline', timelineParams, 'limit=5001', 'limit', 'expected a whole number from 1 to 5000'],
  ['event-frames/details', frameDetailsParams, 'offset=-1', 'offset', 'expected a whole number from 0 to 1000000000'],
  ['event-frames/details', frameDetailsParams, 'limit=0', 'limit', 'expected a whole number from 1 to 200'],
  ['tags', tagSearchParams, 'source=abc', 'source', KEY],
  ['series', seriesParams, 'webId=W&source=1.5', 'source', KEY],
  ['intervals, quality', tagScopeParams, 'source=-1', 'source', KEY],
  ['af/levels, af/templates, event-frames/templates', assetParams, 'asset=AFSRV-T128', 'asset', KEY],
  ['af/children', afChildrenParams, 'asset=1e3', 'asset', KEY],
  ['event-frames/durations', templateParams, 'asset=%202', 'asset', KEY],
  ['event-frames/timeline', timelineParams, 'asset=0x10', 'asset', KEY],
  ['event-frames/details', frameDetailsParams, 'asset=2.0', 'asset', KEY],
];

describe('bronze route parameters', () => {
  it.each(rejected)('%s rejects ?%s with a 400 naming %s', async (_route, schema, query, path, message) => {
    const result = parseSearchParams(`/api/bronze/x?${query}`, schema);
    if (result.ok) throw new Error(`accepted ${query}`);
    expect(result.error.status).toBe(400);
    expect(await result.error.json()).toEqual({
      error: { code: 'invalid_input', message: `${path}: ${message}`, details: { issues: [{ path, message }] } },
    });
  });

  it.each([
    ['tags with defaults', tagSearchParams, '', { search: '', limit: 20 }],
    ['tags', tagSearchParams, 'search=Temp&limit=200', { search: 'Temp', limit: 200 }],
    [
      'series with ISO and epoch times',
      seriesParams,
      'webId=W1&start=2024-01-01T00:00:00Z&end=1704153600000',
      { webId: 'W1', start: 1704067200000, end: 1704153600000, limit: 10000 },
    ],
    ['series with an offset time', seriesParams, 'webId=W1&start=2024-01-01T10:00:00%2B10:00', { webId: 'W1', start: 1704067200000, limit: 10000 }],
    ['an empty parameter as absent', templateParams, 'template=', {}],
    ['af/children roots', afChildrenParams, '', { limit: 500 }],
    ['details paging', frameDetailsParams, 'template=Alarm&limit=10&offset=30', { template: 'Alarm', limit: 10, offset: 30 }],
    ['no parameters, ignoring unknown ones', noParams, 'foo=bar', {}],
    ['tags of one data source', tagSearchParams, 'source=3', { source: 3, search: '', limit: 20 }],
    ['one AF database', assetParams, 'asset=12', { asset: 12 }],
    ['no AF database: the route takes the latest', assetParams, 'asset=', {}],
    ['AF children of one database', afChildrenParams, 'asset=2&parent=E1', { asset: 2, parent: 'E1', limit: 500 }],
  ] as const)('accepts %s', (_name, schema, query, value) => {
    expect(parseSearchParams(`/api/bronze/x?${query}`, schema)).toEqual({ ok: true, value });
  });
});
