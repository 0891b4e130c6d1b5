/**
 * Calls the stream routes the way the router does (HandlerContext, PiRequestError -> PI error
 * body) without a server, for the stream tests and the render benchmark.
 */
import { isWebIdType, type WebIdType } from '../../pi-contract';
import { PiRequestError } from '../http/pi-error';
import { QueryParams } from '../http/query-params';
import { bufferedBodyOrThrow } from '../http/response-body';
import type { MockResponse } from '../http/types';
import { RouteTable, splitPath } from '../router/match-route';
import type { HandlerContext } from '../router/types';
import type { MockOptionsInput } from '../options';
import { MockWorld } from '../world';
import { streamRoutes } from './routes';

export const TEST_BASE_URL = 'http://127.0.0.1:5000/piwebapi';

const table = new RouteTable(streamRoutes);

/** A world whose "now" stands still, so `*`, snapshots and the end of data are reproducible. */
export class FixedNowWorld extends MockWorld {
  constructor(
    input: MockOptionsInput,
    private readonly fixedNowMs: number,
  ) {
    super(input);
  }

  override nowMs(): number {
    return this.fixedNowMs;
  }
}

export interface StreamCallResult {
  status: number;
  /** Raw body bytes. */
  body: Buffer;
  /** Parsed JSON body. */
  json: unknown;
}

/** GET `pathAndQuery` (below /piwebapi, e.g. `/streams/X/recorded?maxCount=5`) against `world`. */
export async function getStream(world: MockWorld, pathAndQuery: string): Promise<StreamCallResult> {
  const [path = '', search = ''] = pathAndQuery.split('?', 2);
  const match = table.match('GET', splitPath(path));
  if (match.kind !== 'found') throw new Error(`no stream route for ${path}`);
  const query = new QueryParams(search);
  const type = query.get('webIdType');
  const webIdType: WebIdType = type !== undefined && isWebIdType(type) ? type : 'Full';
  const ctx: HandlerContext = {
    req: { method: 'GET', path, query, headers: {}, body: null, baseUrl: TEST_BASE_URL },
    params: match.params,
    world,
    webIdType,
    url: (p) => TEST_BASE_URL + p,
  };
  let res: MockResponse;
  try {
    res = await match.route.handler(ctx);
  } catch (error) {
    if (!(error instanceof PiRequestError)) throw error;
    const body = Buffer.from(JSON.stringify({ Errors: error.messages }));
    res = { status: error.status, headers: {}, body };
  }
  const body = bufferedBodyOrThrow(res);
  return { status: res.status, body, json: JSON.parse(body.toString('utf8')) as unknown };
}
