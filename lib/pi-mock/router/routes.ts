/** The mock's one routing table: single requests and batch sub-requests go through it alike. */
import { afRoutes } from '../af/routes';
import { batchRoute } from '../batch/batch-route';
import { dataServerRoutes } from '../core/data-server-routes';
import { rootRoutes } from '../core/root-routes';
import { eventFrameRoutes } from '../event-frames/routes';
import { streamRoutes } from '../streams/routes';
import { Dispatcher } from './dispatch';
import type { RouteDef } from './types';

/** Every route but the batch controller, whose sub-requests dispatch through the table it sits in. */
export const objectRoutes: RouteDef[] = [...rootRoutes, ...dataServerRoutes, ...streamRoutes, ...afRoutes, ...eventFrameRoutes];

export const dispatcher: Dispatcher = new Dispatcher([
  ...objectRoutes,
  batchRoute((world, req) => dispatcher.dispatch(world, req)),
]);
