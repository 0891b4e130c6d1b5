/**
 * The routing table of seed compatibility: the seed's routes laid over the standard ones (a
 * compat route wins over a standard route of the same pattern), the seed's literal ids mapped to
 * WebIDs before routing, its 404 body shape after. Batch sub-requests take the same way.
 */
import type { MockRequest, MockResponse } from '../http/types';
import { Dispatcher } from '../router/dispatch';
import { objectRoutes } from '../router/routes';
import type { MockWorld } from '../world';
import { seedBatchRoute } from './seed-batch-route';
import { seedDatabasesRoute } from './seed-databases';
import { seedEventFrameRoutes } from './seed-event-frames';
import { resolveSeedIds } from './seed-ids';
import { seedLandingRoute } from './seed-landing';
import { seedNotFound } from './seed-not-found';

const seedDispatcher: Dispatcher = new Dispatcher([
  seedLandingRoute,
  seedDatabasesRoute,
  ...seedEventFrameRoutes,
  ...objectRoutes,
  seedBatchRoute(seedDispatch),
]);

export async function seedDispatch(world: MockWorld, req: MockRequest): Promise<MockResponse> {
  return seedNotFound(await seedDispatcher.dispatch(world, resolveSeedIds(world.identity, req)));
}
