/**
 * One HTTP request into the mock: access checks, the network profile's added latency and injected
 * faults, then the router. Batch sub-requests skip this layer (they share their request's trip)
 * and meet faults per sub-request inside the batch controller.
 */
import type { MockRequest, MockResponse } from '../http/types';
import type { MockWorld } from '../world';
import { checkAccess } from './check-access';
import { injectFault } from './faults';
import { dispatcher } from './routes';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function handleRequest(world: MockWorld, req: MockRequest): Promise<MockResponse> {
  const { options } = world;
  if (options.latencyMs > 0) await sleep(options.latencyMs);
  const denied = checkAccess(req, options.auth, options.csrfDefense);
  if (denied) return denied;
  const fault = injectFault(world);
  if (fault) return fault;
  return dispatcher.dispatch(world, req);
}
