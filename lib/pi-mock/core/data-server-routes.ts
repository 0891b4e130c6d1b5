/** /dataservers and /points resources (contract §3.1). */
import { compileNameFilterOrThrow } from '../name-filter';
import { jsonResponse } from '../http/json-response';
import { parseMaxCount, parseStartIndex } from '../http/paging-params';
import { badRequest, notFound } from '../http/pi-error';
import { requireWebId } from '../http/require-webid';
import type { HandlerContext, RouteDef } from '../router/types';
import { dataServerObject, requireDataServer, requireDataServerByName } from './data-server';
import { pointObject } from './point-object';
import { pagingLinks } from './paging-links';

function listDataServers(ctx: HandlerContext) {
  const { query } = ctx.req;
  const path = query.get('path');
  const name = query.get('name');
  if (path !== undefined) {
    requireDataServerByName(ctx.world.identity.dataServer, path, 'path');
    return jsonResponse(query, dataServerObject(ctx));
  }
  if (name !== undefined) {
    requireDataServerByName(ctx.world.identity.dataServer, name, 'name');
    return jsonResponse(query, dataServerObject(ctx));
  }
  return jsonResponse(query, { Links: {}, Items: [dataServerObject(ctx)] });
}

function getDataServer(ctx: HandlerContext) {
  requireDataServer(ctx, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, dataServerObject(ctx));
}

function listPoints(ctx: HandlerContext) {
  const webId = ctx.params.webId ?? '';
  requireDataServer(ctx, webId);
  const { query } = ctx.req;
  const startIndex = parseStartIndex(query);
  const maxCount = parseMaxCount(query, ctx.world.options.maxReturnedItemsPerCall);
  const matches = compileNameFilterOrThrow(query.get('nameFilter'), 'nameFilter');
  const { catalogue } = ctx.world;
  const items = [];
  let seen = 0;
  let more = false;
  for (let i = 0; i < catalogue.count; i++) {
    if (!matches(catalogue.tag(i).name)) continue;
    if (seen++ < startIndex) continue;
    if (items.length === maxCount) {
      more = true;
      break;
    }
    items.push(pointObject(catalogue, i, ctx.webIdType, ctx.url));
  }
  const links = pagingLinks(ctx, `/dataservers/${webId}/points`, startIndex, maxCount, more);
  return jsonResponse(query, { Links: links, Items: items });
}

function listEnumerationSets(ctx: HandlerContext) {
  requireDataServer(ctx, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, { Links: {}, Items: [] });
}

function requirePointIndex(ctx: HandlerContext, raw: string): number {
  const index = ctx.world.catalogue.resolve(requireWebId(raw, ['DP']));
  if (index < 0) throw notFound(`A PI point with WebID '${raw}' was not found.`);
  return index;
}

function getPoint(ctx: HandlerContext) {
  const index = requirePointIndex(ctx, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, pointObject(ctx.world.catalogue, index, ctx.webIdType, ctx.url));
}

function getPointByPath(ctx: HandlerContext) {
  const path = ctx.req.query.get('path');
  if (path === undefined || path === '') {
    throw badRequest(`The parameter 'path' is required, e.g. path=${ctx.world.catalogue.tag(0).path}.`);
  }
  const index = ctx.world.catalogue.indexOfPath(path);
  if (index < 0) throw notFound(`A PI point with path '${path}' was not found.`);
  return jsonResponse(ctx.req.query, pointObject(ctx.world.catalogue, index, ctx.webIdType, ctx.url));
}

export const dataServerRoutes: RouteDef[] = [
  { method: 'GET', pattern: '/dataservers', handler: listDataServers },
  { method: 'GET', pattern: '/dataservers/:webId', handler: getDataServer },
  { method: 'GET', pattern: '/dataservers/:webId/points', handler: listPoints },
  { method: 'GET', pattern: '/dataservers/:webId/enumerationsets', handler: listEnumerationSets },
  { method: 'GET', pattern: '/points', handler: getPointByPath },
  { method: 'GET', pattern: '/points/:webId', handler: getPoint },
];
