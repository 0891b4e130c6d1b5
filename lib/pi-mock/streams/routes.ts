/**
 * Stream and stream-set routes (contract §4, §5). Each endpoint is one function of a target (one
 * stream, or the streams of a set); the three ways of naming the streams wrap it:
 * `/streams/{webId}/x`, ad hoc `/streamsets/x?webId=A&webId=B`, parent-scoped `/streamsets/{webId}/x`.
 */
import type { MockResponse } from '../http/types';
import type { Handler, HandlerContext, RouteDef } from '../router/types';
import { interpolatedAtTimesEndpoint, recordedAtTimesEndpoint } from './at-times';
import { interpolatedResponse } from './interpolated';
import { plotResponse } from './plot';
import { recordedResponse } from './recorded';
import type { StreamTarget } from './respond';
import { resolveStream } from './resolve-stream';
import { endAsValuesEndpoint, endEndpoint, recordedAtTimeEndpoint, valueEndpoint } from './single-value';
import { adHocSources, parentSources } from './stream-set-sources';
import { summaryResponse } from './summary';

type Endpoint = (ctx: HandlerContext, target: StreamTarget) => MockResponse;

const single =
  (endpoint: Endpoint): Handler =>
  (ctx) =>
    endpoint(ctx, { kind: 'single', source: resolveStream(ctx.world, ctx.params.webId ?? '', ctx.webIdType) });

const adHoc =
  (endpoint: Endpoint): Handler =>
  (ctx) =>
    endpoint(ctx, { kind: 'set', sources: adHocSources(ctx) });

const parent =
  (endpoint: Endpoint): Handler =>
  (ctx) =>
    endpoint(ctx, { kind: 'set', sources: parentSources(ctx) });

const get = (pattern: string, handler: Handler): RouteDef => ({ method: 'GET', pattern, handler });

export const streamRoutes: RouteDef[] = [
  get('/streams/:webId/recorded', single(recordedResponse)),
  get('/streams/:webId/interpolated', single(interpolatedResponse)),
  get('/streams/:webId/plot', single(plotResponse)),
  get('/streams/:webId/summary', single(summaryResponse)),
  get('/streams/:webId/value', single(valueEndpoint)),
  get('/streams/:webId/end', single(endEndpoint)),
  get('/streams/:webId/recordedattime', single(recordedAtTimeEndpoint)),
  get('/streams/:webId/recordedattimes', single(recordedAtTimesEndpoint)),
  get('/streams/:webId/interpolatedattimes', single(interpolatedAtTimesEndpoint)),

  get('/streamsets/recorded', adHoc(recordedResponse)),
  get('/streamsets/interpolated', adHoc(interpolatedResponse)),
  get('/streamsets/plot', adHoc(plotResponse)),
  get('/streamsets/summary', adHoc(summaryResponse)),
  get('/streamsets/value', adHoc(valueEndpoint)),
  // Ad hoc end is specified as StreamValues (an Items list), parent-scoped end as StreamValue.
  get('/streamsets/end', adHoc(endAsValuesEndpoint)),
  get('/streamsets/recordedattime', adHoc(recordedAtTimeEndpoint)),
  get('/streamsets/recordedattimes', adHoc(recordedAtTimesEndpoint)),
  get('/streamsets/interpolatedattimes', adHoc(interpolatedAtTimesEndpoint)),

  get('/streamsets/:webId/recorded', parent(recordedResponse)),
  get('/streamsets/:webId/interpolated', parent(interpolatedResponse)),
  get('/streamsets/:webId/plot', parent(plotResponse)),
  get('/streamsets/:webId/summary', parent(summaryResponse)),
  get('/streamsets/:webId/value', parent(valueEndpoint)),
  get('/streamsets/:webId/end', parent(endEndpoint)),
  get('/streamsets/:webId/recordedattime', parent(recordedAtTimeEndpoint)),
];
