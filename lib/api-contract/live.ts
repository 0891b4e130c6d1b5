/**
 * The Live page's contract (issue 16): the body that starts a tail, and the NDJSON events of
 * GET /api/live/{id}/events. Shared by the routes, lib/live and the page; every figure the page
 * shows comes from one of these events.
 */
import { z } from 'zod';
import { tierTagCount } from '../tiers';

/** Tags the page charts: a few lines stay readable. */
export const LIVE_WATCHED_TAGS = 4;

export const startLiveBody = z
  .object({
    tier: tierTagCount,
    tagCount: z.int({ message: 'expected a whole number of tags' }).min(1, { message: 'at least 1 tag' }),
  })
  .refine((b) => b.tagCount <= b.tier, { message: 'at most the tier’s tag count', path: ['tagCount'] });
export type StartLiveBody = z.infer<typeof startLiveBody>;

export const startedLive = z.object({ sessionId: z.string() });

const ms = z.number().nonnegative().nullable();

export const liveFigures = z.object({
  tags: z.int(),
  sockets: z.int(),
  socketsOpen: z.int(),
  elapsedMs: z.number(),
  valuesLanded: z.int(),
  initialValues: z.int(),
  backfilledValues: z.int(),
  reconnects: z.int(),
  heartbeats: z.int(),
  messages: z.int(),
  bytes: z.int(),
  microBatches: z.int(),
  lagP50Ms: ms,
  lagP95Ms: ms,
  lastError: z.string().nullable(),
});
export type LiveFigures = z.infer<typeof liveFigures>;

/** New values of one watched tag since the previous tick. */
export const livePoints = z.object({ key: z.int(), tsMs: z.array(z.number()), value: z.array(z.number().nullable()) });

export const liveEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('started'),
    sessionId: z.string(),
    tier: z.int(),
    tagCount: z.int(),
    intervalSeconds: z.int(),
    watched: z.array(z.object({ key: z.int(), name: z.string() })),
    atMs: z.number(),
  }),
  z.object({
    type: z.literal('tick'),
    figures: liveFigures,
    /** Values landed per second over the interval since the previous tick. */
    valuesPerSecond: z.number(),
    points: z.array(livePoints),
    atMs: z.number(),
  }),
  z.object({ type: z.literal('finished'), figures: liveFigures, valuesPerSecond: z.number(), atMs: z.number() }),
  z.object({ type: z.literal('failed'), code: z.string(), message: z.string(), atMs: z.number() }),
]);
export type LiveEvent = z.infer<typeof liveEvent>;
