import type { WebIdType } from '../../pi-contract';
import type { MockRequest, MockResponse } from '../http/types';
import type { MockWorld } from '../world';

export interface HandlerContext {
  req: MockRequest;
  /** Path parameters named in the route pattern (`:webId`), percent-decoded. */
  params: Readonly<Record<string, string>>;
  world: MockWorld;
  /** The request's `webIdType` (default Full): every WebID in the answer uses it, links included. */
  webIdType: WebIdType;
  /** Absolute URL of a path below /piwebapi, e.g. `url('/points/' + webId)`. */
  url(path: string): string;
}

export type Handler = (ctx: HandlerContext) => MockResponse | Promise<MockResponse>;

export interface RouteDef {
  method: 'GET' | 'POST';
  /** Segments below /piwebapi; `:name` captures one segment. Literal segments match case-insensitively. */
  pattern: string;
  handler: Handler;
}
