import type { WebIdType } from '../../pi-contract';

/** What a renderer needs from the request: absolute links and the WebID type to emit (a HandlerContext fits). */
export interface RenderContext {
  url(path: string): string;
  webIdType: WebIdType;
}
