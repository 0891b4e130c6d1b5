/** Options, progress and summary of a live tail (`npm run extract -- --mode live`, the Live page). */
import type { ValueColumns } from '../../landing';
import type { RecordedOptions } from '../recorded/types';

export interface LiveOptions {
  /** WebIds per channel socket; each socket's URL carries them all. */
  tagsPerSocket: number;
  /** Channel polls without data before the server sends an empty message (AVEVA: heartbeatRate). */
  heartbeatRate: number;
  /**
   * The server's channel polling interval (PI Web API's ChannelPollingInterval, 1 s unless
   * configured): a socket silent for 3 x heartbeatRate x pollMs is taken for dead.
   */
  pollMs: number;
  /** How often received values land as one micro-batch. */
  flushMs: number;
  /** A tag whose checkpoints end earlier (or that has none) starts this far before the server's time. */
  lookbackMs: number;
  /** Recorded reads of back-fills. */
  recorded: RecordedOptions;
}

export const DEFAULT_LIVE_OPTIONS: Omit<LiveOptions, 'recorded'> = {
  tagsPerSocket: 200,
  heartbeatRate: 2,
  pollMs: 1000,
  flushMs: 250,
  lookbackMs: 60_000,
};

/** Dead after this many heartbeat periods without a frame. */
export const SILENT_HEARTBEATS = 3;

/** Figures so far; every one measured on this side of the sockets. */
export interface LiveStats {
  tags: number;
  sockets: number;
  socketsOpen: number;
  elapsedMs: number;
  /** Values received through channels and landed. */
  valuesLanded: number;
  /** Values landed by the first recorded read of each tag (its start, from the checkpoints). */
  initialValues: number;
  /** Values landed by recorded reads after a reconnect. */
  backfilledValues: number;
  /** Sockets that ended unasked and were opened again. */
  reconnects: number;
  heartbeats: number;
  /** Frames received (data and heartbeats). */
  messages: number;
  /** Bytes of the frames received. */
  bytes: number;
  microBatches: number;
  /** Lag from a value's timestamp to its landed row, over every value received through a channel. */
  lagP50Ms: number | null;
  lagP95Ms: number | null;
  lastError: string | null;
}

export interface LiveSummary extends LiveStats {
  runId: string;
  valuesPerSecond: number;
  /** Set when the tail stopped by itself (credentials or WebIds refused, a landing failed). */
  fatal: string | null;
}

/** One landed micro-batch, for watchers (the Live page's chart). */
export interface LandedBatch extends ValueColumns {
  landedAtMs: number;
}
