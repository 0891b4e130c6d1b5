/**
 * Which streams a channel URL names, resolved exactly as the HTTP stream endpoints resolve them
 * (streams/resolve-stream, streams/stream-set-sources), so a channel and a recorded read of the
 * same WebIDs serve the same streams. Throws PiRequestError (400/404) like those endpoints.
 */
import type { HandlerContext } from '../router/types';
import type { StreamSource } from '../stream-source';
import { resolveStream } from '../streams/resolve-stream';
import { adHocSources, parentSources } from '../streams/stream-set-sources';

export type ChannelKind = 'stream' | 'streamset-adhoc' | 'streamset-parent';

export interface ChannelRoute {
  kind: ChannelKind;
  /** The `{webId}` path segment of stream and parent channels. */
  webId?: string;
}

/** Segments below /piwebapi (percent-decoded) -> the channel they name, or null for any other path. */
export function matchChannelRoute(segments: readonly string[]): ChannelRoute | null {
  const lower = segments.map((s) => s.toLowerCase());
  if (lower.length === 3 && lower[0] === 'streams' && lower[2] === 'channel') return { kind: 'stream', webId: segments[1] ?? '' };
  if (lower.length === 2 && lower[0] === 'streamsets' && lower[1] === 'channel') return { kind: 'streamset-adhoc' };
  if (lower.length === 3 && lower[0] === 'streamsets' && lower[2] === 'channel') return { kind: 'streamset-parent', webId: segments[1] ?? '' };
  return null;
}

export function channelSources(ctx: HandlerContext, route: ChannelRoute): StreamSource[] {
  if (route.kind === 'stream') return [resolveStream(ctx.world, route.webId ?? '', ctx.webIdType)];
  if (route.kind === 'streamset-adhoc') return adHocSources(ctx);
  return parentSources(ctx);
}
