/**
 * `GET /piwebapi` as the seed's mock answers it (issue 14, item 6): with a top-level `Version`,
 * which PI's landing page does not have (PI gives versions under /system/versions).
 */
import { rootRoutes } from '../core/root-routes';
import { PRODUCT_VERSION } from '../identity';
import type { RouteDef } from '../router/types';
import { rewriteRoute } from './json-rewrite';

function landingRoute(): RouteDef {
  const route = rootRoutes.find((r) => r.method === 'GET' && r.pattern === '/');
  if (!route) throw new Error('the standard routes have no landing page to extend');
  return route;
}

export const seedLandingRoute: RouteDef = rewriteRoute(landingRoute(), {
  body: (body) => (body !== null && typeof body === 'object' ? { Version: PRODUCT_VERSION, ...body } : body),
});
