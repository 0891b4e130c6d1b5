/**
 * One HTTP request into the mock: access checks, the network profile's added latency and injected
 * faults, then the router. Batch sub-requests skip this layer (they share their request's trip)
 * and meet faults per sub-request inside the batch controller.
 */
import { checkSeedAccess } from '../compat/seed-access';
import { seedDispatch } from '../compat/seed-dispatch';
import type { MockRequest, MockResponse } from '../http/types';
import type { MockOptions } from '../options';
import type { MockWorld } from '../world';
import { checkAccess } from './check-access';
import { injectFault } from './faults';
import { dispatcher } from './routes';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How a mode admits and routes a request: PI's way, or the seed's (`--compat seed`, compat/). */
interface Front {
  checkAccess(req: MockRequest, options: MockOptions): MockResponse | null;
  dispatch(world: MockWorld, req: MockRequest): Promise<MockResponse>;
}

const piFront: Front = {
  checkAccess: (req, options) => checkAccess(req, options.auth, options.csrfDefense),
  dispatch: (world, req) => dispatcher.dispatch(world, req),
};

const seedFront: Front = {
  checkAccess: (req, options) => checkSeedAccess(req, options.auth),
  dispatch: seedDispatch,
};

/** The access check of the request's mode alone: a channel's upgrade request passes it like a GET. */
export function checkRequestAccess(req: MockRequest, options: MockOptions): MockResponse | null {
  return (options.compat === 'seed' ? seedFront : piFront).checkAccess(req, options);
}

export async function handleRequest(world: MockWorld, req: MockRequest): Promise<MockResponse> {
  const { options } = world;
  const front = options.compat === 'seed' ? seedFront : piFront;
  if (options.latencyMs > 0) await sleep(options.latencyMs);
  const denied = front.checkAccess(req, options);
  if (denied) return denied;
  const fault = injectFault(world);
  if (fault) return fault;
  return front.dispatch(world, req);
}
