/**
 * `GET /assetdatabases` without `path` (issue 14, item 4): the seed's connector lists databases
 * this way for its AF extraction; PI requires `path` (400). The database is listed under the
 * seed's literal WebId `F1DP-DB-Production`, which compat/seed-ids.ts maps back for every other route.
 */
import { getDatabaseByPath } from '../af/server-handlers';
import { renderDatabase } from '../af/render-server';
import { jsonResponse } from '../http/json-response';
import { SEED_IDS } from '../identity';
import type { RouteDef } from '../router/types';

export const seedDatabasesRoute: RouteDef = {
  method: 'GET',
  pattern: '/assetdatabases',
  handler: (ctx) => {
    if (ctx.req.query.has('path')) return getDatabaseByPath(ctx);
    const database = { ...renderDatabase(ctx.world, ctx), WebId: SEED_IDS.assetDatabase };
    return jsonResponse(ctx.req.query, { Links: {}, Items: [database] });
  },
};
