/**
 * Test support for the AF and event-frame handlers: GET through a Dispatcher of just these routes
 * (which builds the HandlerContext as the server does, so route patterns are exercised too).
 */
import { QueryParams } from '../http/query-params';
import { bufferedBodyOrThrow } from '../http/response-body';
import { Dispatcher } from '../router/dispatch';
import type { MockWorld } from '../world';
import { eventFrameRoutes } from '../event-frames/routes';
import { afRoutes } from './routes';

export { TEST_ANCHOR_MS, TEST_NOW_MS, testWorld } from './test-world';
export const TEST_BASE_URL = 'http://127.0.0.1:8000/piwebapi';

const dispatcher = new Dispatcher([...afRoutes, ...eventFrameRoutes]);

export interface TestResult {
  status: number;
  json: unknown;
}

/** GET `pathAndQuery` below /piwebapi (already URL-encoded where needed). */
export async function getJson(world: MockWorld, pathAndQuery: string): Promise<TestResult> {
  const [path = '', search = ''] = pathAndQuery.split('?', 2);
  const res = await dispatcher.dispatch(world, {
    method: 'GET',
    path: path.split('/').map(decodeURIComponent).join('/'),
    query: new QueryParams(search),
    headers: {},
    body: null,
    baseUrl: TEST_BASE_URL,
  });
  const body = bufferedBodyOrThrow(res);
  return { status: res.status, json: body.length ? (JSON.parse(body.toString('utf8')) as unknown) : null };
}

/** The `Items` of a 200 collection answer (throws with the body otherwise, so a test fails loudly). */
export async function getItems(world: MockWorld, pathAndQuery: string): Promise<Record<string, unknown>[]> {
  const res = await getJson(world, pathAndQuery);
  if (res.status !== 200) throw new Error(`${pathAndQuery}: ${res.status} ${JSON.stringify(res.json)}`);
  return (res.json as { Items: Record<string, unknown>[] }).Items;
}

/** The first error message of a 4xx answer. */
export function errorOf(res: TestResult): string {
  return ((res.json as { Errors?: string[] }).Errors ?? []).join(' ');
}
