/**
 * Why the mock ends a channel, as WebSocket close codes. RFC 6455 leaves 4000-4999 to
 * applications: the mock puts PI's HTTP status in them (4400, 4404) so a client maps a refused
 * channel the way it maps a refused GET. Reasons are capped at 123 bytes by the protocol.
 */
export const CHANNEL_CLOSE = {
  /** The mock was stopped, or switched tier under the socket (the dashboard's tier cards). */
  serviceRestart: 1012,
  /** Socket limit reached (channelMaxSockets): reconnect later. */
  tryAgainLater: 1013,
  /** The client left more than SLOW_CLIENT_BUFFER_BYTES unread: closing keeps the mock's memory bounded. */
  tooSlow: 4008,
  /** Malformed WebID, a WebID of a non-stream, a bad parameter, too many streams: PI's 400. */
  badRequest: 4400,
  /** A well-formed WebID of nothing in this world: PI's 404. */
  notFound: 4404,
} as const;

export type ChannelCloseCode = (typeof CHANNEL_CLOSE)[keyof typeof CHANNEL_CLOSE];

/** Maps the status of a PiRequestError to the close code carrying it. */
export function closeCodeForStatus(status: number): ChannelCloseCode {
  return status === 404 ? CHANNEL_CLOSE.notFound : CHANNEL_CLOSE.badRequest;
}

const MAX_REASON_BYTES = 123;

/** A close reason that fits the protocol's 123 bytes, cut on a character boundary. */
export function closeReason(message: string): string {
  if (Buffer.byteLength(message) <= MAX_REASON_BYTES) return message;
  let out = message;
  while (Buffer.byteLength(out) > MAX_REASON_BYTES - 3) out = out.slice(0, -1);
  return `${out}...`;
}

/** Bytes a socket may leave unsent before the mock gives up on it (tooSlow). */
export const SLOW_CLIENT_BUFFER_BYTES = 16 * 1024 * 1024;

/**
 * Grid points one message may catch up (after the event loop stalled): past it the oldest are
 * skipped rather than rendered into one huge message.
 */
export const MAX_CATCH_UP_POINTS = 3600;
