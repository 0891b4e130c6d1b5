/**
 * The dashboard's run contract, shared by server (lib/runs, app/api/runs) and browser (components):
 * the settings a run starts with, the NDJSON events it streams, and the history row it leaves.
 * Pure zod: safe to import from client components.
 */
import { z } from 'zod';
import { EXTRACTION_MODES } from '../extraction-modes';
import { tierTagCount } from '../tiers';
import { NETWORK_PROFILE_NAMES } from './network-profiles';

export const extractionMode = z.enum(EXTRACTION_MODES);

/** Repeats a run may ask for: enough for a median and a spread, few enough to stay a demo. */
export const MAX_REPEATS = 5;
export type ExtractionModeName = z.infer<typeof extractionMode>;

export const runSettings = z.object({
  tier: tierTagCount.default(1040),
  /** In the order they run; each reads the whole window again (checkpoints ignored), so each is measured alone. */
  modes: z.array(extractionMode).min(1, 'pick at least one mode').max(3).default(['batch', 'sequential']),
  /** PI time strings, resolved when the run starts; the default is the last whole hour. */
  window: z
    .object({ start: z.string().min(1).default('*-1h'), end: z.string().min(1).default('*') })
    .default({ start: '*-1h', end: '*' }),
  batchSize: z.int().min(1).max(1000).default(100),
  /** Requests in flight for batch and streamsets (sequential always sends one at a time). */
  concurrency: z.int().min(1).max(64).default(4),
  /** Split the tag set into N shares read side by side, each with its own client (1 = no split). */
  partitions: z.int().min(1).max(64).default(1),
  networkProfile: z.enum(NETWORK_PROFILE_NAMES as [string, ...string[]]).default('loopback'),
  faultRate: z.number().min(0).max(0.5).default(0),
  /** Sequential stops after this long; the rest is a labelled projection from the measured rate. */
  sequentialBudgetSeconds: z
    .number({ error: 'enter a number of seconds' })
    .min(1, 'at least 1 s')
    .max(3600, 'at most 3,600 s (one hour)')
    .default(30),
  /**
   * The modes run this many times, one repeat after another (batch, sequential, batch, sequential
   * ...), so a figure is a median with its spread, not one draw: identical runs measured 2.2x-4.0x.
   */
  repeats: z.int({ error: 'enter a whole number' }).min(1, 'at least 1').max(MAX_REPEATS, `at most ${MAX_REPEATS}`).default(1),
  /** Also land the AF hierarchy and event frames (for those pages). */
  includeAssets: z.boolean().default(true),
  /** Ask the server for gzip, as the connector does by default; off measures what compression saves. */
  gzip: z.boolean().default(true),
  /** Ask only for the value fields landed (selectedFields); off reads full-field JSON, to measure what that costs. */
  selectedFields: z.boolean().default(true),
  target: z.enum(['embedded', 'external']).default('embedded'),
});
export type RunSettings = z.infer<typeof runSettings>;
export type RunSettingsInput = z.input<typeof runSettings>;

/**
 * How a mode's partitions ran: side by side in the server's own process (1 partition), as local
 * child processes (the default for more), or as share jobs on BullMQ workers (REDIS_URL set).
 */
export const PROCESS_KINDS = ['in-process', 'local-processes', 'bullmq'] as const;
export const processKind = z.enum(PROCESS_KINDS);
export type ProcessKind = z.infer<typeof processKind>;

/** One share of a partitioned mode: who ran it, how many deliveries it took, what it landed. */
export const shareSummary = z.object({
  share: z.int().min(1),
  state: z.enum(['completed', 'failed']),
  worker: z.string().nullable(),
  host: z.string().nullable(),
  attempts: z.int(),
  /** The share's own wall time in its process (listing the points included). */
  elapsedMs: z.number().nullable(),
  values: z.number().nullable(),
  tags: z.int().nullable(),
  failedReason: z.string().nullable(),
});
export type ShareSummary = z.infer<typeof shareSummary>;

/** Live state of one share while a partitioned mode runs (the `share` event). */
export const shareState = z.enum(['starting', 'running', 'retrying', 'done', 'failed']);
export type ShareStateName = z.infer<typeof shareState>;

/** Measured figures of one mode; `projection` only when it was time-boxed. */
export const modeSummary = z.object({
  mode: extractionMode,
  tagsTotal: z.int(),
  tagsLanded: z.int(),
  tagsFailed: z.int(),
  values: z.int(),
  httpRequests: z.int(),
  /** Response body bytes decoded: what the connector parsed. */
  bytes: z.number(),
  /**
   * Response body bytes as received (compressed where the server gzipped): measured by the client,
   * absent in runs saved before it was.
   */
  wireBytes: z.number().optional(),
  /** From the mode's first value request to its last tag (all partitions): listing points is not in it. */
  elapsedMs: z.number(),
  /** Listing the points before the first value request (every partition lists them); absent in older runs. */
  listingMs: z.number().optional(),
  valuesPerSecond: z.number(),
  retries: z.int(),
  /** Names and reasons of the first failed tags (all are counted in tagsFailed). */
  failedTags: z.array(z.object({ name: z.string(), reason: z.string() })),
  timeBoxed: z.boolean(),
  projection: z
    .object({
      /** Time the whole tag set would take at the measured rate. */
      projectedMs: z.number(),
      basisTags: z.int(),
      totalTags: z.int(),
    })
    .nullable(),
  /** Shares the tag set was split into, and how they ran (absent in runs saved before they were recorded). */
  partitions: z.int().min(1).optional(),
  processKind: processKind.optional(),
  /** Per share, for a partitioned mode. */
  shares: z.array(shareSummary).optional(),
});
export type ModeSummary = z.infer<typeof modeSummary>;

/** One repeat's modes and the speed-up they measured. */
export const repeatFigures = z.object({
  modes: z.array(modeSummary),
  speedup: z.number().nullable(),
  speedupIsProjection: z.boolean(),
});
export type RepeatFigures = z.infer<typeof repeatFigures>;

export const runFigures = z.object({
  /** The median repeat's modes (the one repeat when there was one); see `repeats` for every one. */
  modes: z.array(modeSummary),
  /** Sequential time (measured or projected) over batch time, of the median repeat; null without both. */
  speedup: z.number().nullable(),
  speedupIsProjection: z.boolean(),
  afElements: z.int().nullable(),
  eventFrames: z.int().nullable(),
  /** Every repeat in the order it ran (absent in runs saved before repeats existed). */
  repeats: z.array(repeatFigures).optional(),
});
export type RunFigures = z.infer<typeof runFigures>;

/** Steps of a run that move no tag: listing the points and warming up before `started`, saving at the end. */
export const runStep = z.enum(['listing-points', 'warming-up', 'loading-shares', 'saving']);
export type RunStep = z.infer<typeof runStep>;

/**
 * Why a run ended early, the `failed` event's code: cancelled; the connector's failures
 * (lib/connector/errors.ts, whose kinds lib/runs maps onto these); bronze or the share executor
 * failing; `interrupted` (the server stopped mid-run) and `failed` (a run whose events are gone)
 * when a finished run is replayed from history; `internal` for a bug.
 */
export const runFailureCode = z.enum([
  'cancelled',
  'unreachable',
  'timeout',
  'http',
  'unauthorized',
  'contract',
  'negotiate',
  'bronze_unavailable',
  'invalid_environment',
  'redis_unreachable',
  'share_queue',
  'share_failed',
  'interrupted',
  'failed',
  'internal',
]);
export type RunFailureCode = z.infer<typeof runFailureCode>;

export const runEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('started'),
    runId: z.string(),
    settings: runSettings,
    tagCount: z.int(),
    /** The PI Web API the run measured (the embedded mock's raw listener, or the external server). */
    endpoint: z.string(),
    windowStart: z.string(),
    windowEnd: z.string(),
    atMs: z.number(),
  }),
  /** What the run does while no tag moves: before `started` and while it saves its record. */
  z.object({ type: z.literal('phase'), phase: runStep, atMs: z.number() }),
  z.object({ type: z.literal('repeat-started'), repeat: z.int(), repeats: z.int(), atMs: z.number() }),
  /** The mode lists the points (every partition does); its clock has not started. */
  z.object({ type: z.literal('mode-started'), mode: extractionMode, tagsTotal: z.int(), atMs: z.number() }),
  /** The mode's first value request: its clock starts here; `listingMs` is the listing before it. */
  z.object({ type: z.literal('mode-reading'), mode: extractionMode, listingMs: z.number(), atMs: z.number() }),
  z.object({
    type: z.literal('progress'),
    mode: extractionMode,
    tagsDone: z.int(),
    tagsFailed: z.int(),
    tagsTotal: z.int(),
    values: z.int(),
    httpRequests: z.int(),
    /** Requests sent again after a 503/429 or a dropped connection (absent from older servers). */
    retries: z.int().optional(),
    /** Since the mode's first value request. */
    elapsedMs: z.number(),
  }),
  /** One share of a partitioned mode: its process or worker, host, delivery and progress (at most every 100 ms per share). */
  z.object({
    type: z.literal('share'),
    mode: extractionMode,
    share: z.int().min(1),
    shares: z.int().min(1),
    processKind,
    state: shareState,
    worker: z.string().nullable(),
    host: z.string().nullable(),
    attempt: z.int().min(0),
    tagsDone: z.int(),
    tagsTotal: z.int().nullable(),
    values: z.number(),
    /** Why the last delivery ended without landing the share (retrying or failed). */
    message: z.string().nullable(),
  }),
  z.object({ type: z.literal('mode-finished'), summary: modeSummary }),
  z.object({ type: z.literal('repeat-finished'), repeat: z.int(), figures: repeatFigures }),
  z.object({ type: z.literal('assets'), phase: z.enum(['af', 'event-frames']), count: z.int().nullable() }),
  z.object({ type: z.literal('finished'), figures: runFigures, atMs: z.number() }),
  z.object({ type: z.literal('failed'), code: runFailureCode, message: z.string(), atMs: z.number() }),
]);
export type RunEvent = z.infer<typeof runEvent>;

export const runStatus = z.enum(['running', 'finished', 'failed', 'cancelled']);

export const runHistoryItem = z.object({
  runId: z.string(),
  status: runStatus,
  startedAtMs: z.number(),
  finishedAtMs: z.number().nullable(),
  settings: runSettings,
  figures: runFigures.nullable(),
});
export type RunHistoryItem = z.infer<typeof runHistoryItem>;

export const startRunResponse = z.object({ runId: z.string() });
export const runHistoryResponse = z.object({ items: z.array(runHistoryItem) });
