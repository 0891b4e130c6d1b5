/**
 * The dashboard's run contract, shared by server (lib/runs, app/api/runs) and browser (components):
 * the settings a run starts with, the NDJSON events it streams, and the history row it leaves.
 * Pure zod: safe to import from client components.
 */
import { z } from 'zod';
import { TIER_TAG_COUNTS } from '../tiers';
import { NETWORK_PROFILE_NAMES } from './network-profiles';

export const extractionMode = z.enum(['sequential', 'batch', 'streamsets']);
export type ExtractionModeName = z.infer<typeof extractionMode>;

const tier = z.literal(TIER_TAG_COUNTS, { message: `expected one of ${TIER_TAG_COUNTS.join(', ')}` });

export const runSettings = z.object({
  tier: tier.default(1040),
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
  sequentialBudgetSeconds: z.number().min(1).max(3600).default(30),
  /** Also land the AF hierarchy and event frames (for those pages). */
  includeAssets: z.boolean().default(true),
  target: z.enum(['embedded', 'external']).default('embedded'),
});
export type RunSettings = z.infer<typeof runSettings>;
export type RunSettingsInput = z.input<typeof runSettings>;

/** Measured figures of one mode; `projection` only when it was time-boxed. */
export const modeSummary = z.object({
  mode: extractionMode,
  tagsTotal: z.int(),
  tagsLanded: z.int(),
  tagsFailed: z.int(),
  values: z.int(),
  httpRequests: z.int(),
  bytes: z.number(),
  elapsedMs: z.number(),
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
});
export type ModeSummary = z.infer<typeof modeSummary>;

export const runFigures = z.object({
  modes: z.array(modeSummary),
  /** Sequential time (measured or projected) over batch time; null without both. */
  speedup: z.number().nullable(),
  speedupIsProjection: z.boolean(),
  afElements: z.int().nullable(),
  eventFrames: z.int().nullable(),
});
export type RunFigures = z.infer<typeof runFigures>;

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
  z.object({ type: z.literal('mode-started'), mode: extractionMode, tagsTotal: z.int(), atMs: z.number() }),
  z.object({
    type: z.literal('progress'),
    mode: extractionMode,
    tagsDone: z.int(),
    tagsFailed: z.int(),
    tagsTotal: z.int(),
    values: z.int(),
    httpRequests: z.int(),
    elapsedMs: z.number(),
  }),
  z.object({ type: z.literal('mode-finished'), summary: modeSummary }),
  z.object({ type: z.literal('assets'), phase: z.enum(['af', 'event-frames']), count: z.int().nullable() }),
  z.object({ type: z.literal('finished'), figures: runFigures, atMs: z.number() }),
  z.object({ type: z.literal('failed'), code: z.string(), message: z.string(), atMs: z.number() }),
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
