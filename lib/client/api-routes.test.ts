import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { apiRoutes } from './api-routes';
import {
  afChildrenParams,
  assetParams,
  frameDetailsParams,
  seriesParams,
  tagScopeParams,
  tagSearchParams,
  templateParams,
  timelineParams,
} from '../api-contract';

/** The query string as the route reads it, parsed with the route's own schema. */
function parsedBy<S extends z.ZodType>(schema: S, url: string): z.infer<S> {
  return schema.parse(Object.fromEntries(new URL(url, 'http://127.0.0.1').searchParams));
}

/** The route file a URL reaches: [id] segments stand for any value. */
function routeFileOf(url: string): string {
  const pathname = new URL(url, 'http://127.0.0.1').pathname;
  const segments = pathname.split('/').filter(Boolean);
  return path.join(process.cwd(), 'app', ...segments, 'route.ts');
}

describe('apiRoutes: bronze URLs read back by the routes', () => {
  it('tag search: source, search and limit', () => {
    expect(parsedBy(tagSearchParams, apiRoutes.bronzeTags({ source: 3, search: 'Unit 01&x', limit: 20 }))).toEqual({ source: 3, search: 'Unit 01&x', limit: 20 });
  });

  it('a tag series: webId and the window in epoch milliseconds', () => {
    const url = apiRoutes.bronzeTagSeries({ source: 2, webId: 'F1DP/a+b', startMs: 1_700_000_000_000, endMs: 1_700_000_360_000, limit: 10_000 });
    expect(parsedBy(seriesParams, url)).toEqual({ source: 2, webId: 'F1DP/a+b', start: 1_700_000_000_000, end: 1_700_000_360_000, limit: 10_000 });
  });

  it('intervals and quality: every tag when webId is null', () => {
    expect(apiRoutes.bronzeIntervals({ source: 1, webId: null })).toBe('/api/bronze/intervals?source=1');
    expect(parsedBy(tagScopeParams, apiRoutes.bronzeQuality({ source: 1, webId: 'W1' }))).toEqual({ source: 1, webId: 'W1' });
  });

  it('AF children: the top level when parent is null', () => {
    expect(parsedBy(afChildrenParams, apiRoutes.afChildren({ asset: 4, parent: null, limit: 500 }))).toEqual({ asset: 4, limit: 500 });
    expect(parsedBy(afChildrenParams, apiRoutes.afChildren({ asset: 4, parent: 'E1', limit: 500 }))).toEqual({ asset: 4, parent: 'E1', limit: 500 });
  });

  it('event frames: template, lanes and pages', () => {
    expect(parsedBy(assetParams, apiRoutes.frameTemplates({ asset: 5 }))).toEqual({ asset: 5 });
    expect(parsedBy(templateParams, apiRoutes.frameDurations({ asset: 5, template: 'Batch Run' }))).toEqual({ asset: 5, template: 'Batch Run' });
    expect(parsedBy(timelineParams, apiRoutes.frameTimeline({ asset: 5, lanes: 12, laneOffset: 24, limit: 5_000 }))).toEqual({
      asset: 5,
      lanes: 12,
      laneOffset: 24,
      limit: 5_000,
    });
    expect(parsedBy(frameDetailsParams, apiRoutes.frameDetails({ asset: 5, template: null, offset: 25, limit: 25 }))).toEqual({ asset: 5, offset: 25, limit: 25 });
  });

  it('leaves absent, null and empty parameters out', () => {
    expect(apiRoutes.afLevels({})).toBe('/api/bronze/af/levels');
    expect(apiRoutes.bronzeTags({ source: null, search: '' })).toBe('/api/bronze/tags');
  });
});

describe('apiRoutes: ids in paths', () => {
  it('encodes an id so it cannot reach another route', () => {
    expect(apiRoutes.run('a/../b?x')).toBe('/api/runs/a%2F..%2Fb%3Fx');
    expect(apiRoutes.liveEvents('s 1')).toBe('/api/live/s%201/events');
  });
});

describe('apiRoutes: every URL reaches a route handler', () => {
  const urls = [
    apiRoutes.bronze(),
    apiRoutes.bronzeSources(),
    apiRoutes.bronzeTags({}),
    apiRoutes.bronzeTagSeries({ webId: 'W' }),
    apiRoutes.bronzeIntervals({}),
    apiRoutes.bronzeQuality({}),
    apiRoutes.afLevels({}),
    apiRoutes.afTemplates({}),
    apiRoutes.afChildren({}),
    apiRoutes.frameTemplates({}),
    apiRoutes.frameDurations({}),
    apiRoutes.frameSearch({}),
    apiRoutes.frameTimeline({}),
    apiRoutes.frameDetails({}),
    apiRoutes.connection(),
    apiRoutes.connectionTest(),
    apiRoutes.mock(),
    apiRoutes.tiers(),
    apiRoutes.runs(),
    apiRoutes.run('[id]'),
    apiRoutes.runEvents('[id]'),
    apiRoutes.live(),
    apiRoutes.liveSession('[id]'),
    apiRoutes.liveEvents('[id]'),
  ];

  it.each(urls.map((url) => [decodeURIComponent(url)]))('%s', (url) => {
    expect(existsSync(routeFileOf(url)), routeFileOf(url)).toBe(true);
  });
});
