/** GET /assetservers[...], /assetdatabases[...]: the world's one AF server and its one database. */
import { jsonResponse } from '../http/json-response';
import { notFound } from '../http/pi-error';
import type { MockResponse } from '../http/types';
import type { HandlerContext } from '../router/types';
import { parseAfPath } from './af-path';
import { renderAssetServer, renderDatabase } from './render-server';
import { resolveAssetServerOrThrow, resolveDatabaseOrThrow } from './resolve-af';
import { notFoundByPath, requiredParameter } from './webid-errors';

/** Without parameters the list of servers; with `path` or `name` the one server. */
export function getAssetServers(ctx: HandlerContext): MockResponse {
  const q = ctx.req.query;
  const path = q.get('path');
  const name = q.get('name');
  if (path !== undefined) {
    if (parseAfPath(ctx.world.identity, path)?.kind !== 'server') throw notFoundByPath('RS', path);
    return jsonResponse(q, renderAssetServer(ctx.world, ctx));
  }
  if (name !== undefined) {
    if (name.toUpperCase() !== ctx.world.identity.assetServer.name.toUpperCase()) throw notFound(`An asset server named '${name}' was not found.`);
    return jsonResponse(q, renderAssetServer(ctx.world, ctx));
  }
  return jsonResponse(q, { Links: {}, Items: [renderAssetServer(ctx.world, ctx)] });
}

export function getAssetServer(ctx: HandlerContext): MockResponse {
  resolveAssetServerOrThrow(ctx.world, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, renderAssetServer(ctx.world, ctx));
}

export function getAssetServerDatabases(ctx: HandlerContext): MockResponse {
  resolveAssetServerOrThrow(ctx.world, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, { Links: {}, Items: [renderDatabase(ctx.world, ctx)] });
}

export function getDatabaseByPath(ctx: HandlerContext): MockResponse {
  const path = ctx.req.query.get('path');
  if (path === undefined || path === '') throw requiredParameter('path', ctx.world.identity.database.path);
  if (parseAfPath(ctx.world.identity, path)?.kind !== 'database') throw notFoundByPath('RD', path);
  return jsonResponse(ctx.req.query, renderDatabase(ctx.world, ctx));
}

export function getDatabase(ctx: HandlerContext): MockResponse {
  resolveDatabaseOrThrow(ctx.world, ctx.params.webId ?? '');
  return jsonResponse(ctx.req.query, renderDatabase(ctx.world, ctx));
}
