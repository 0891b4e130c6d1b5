/**
 * One share of an extraction as a BullMQ job (DESIGN §5b): everything a worker on any machine
 * needs to run it with the same connector code as `npm run extract`, and nothing secret. Workers
 * take credentials from their own environment (PI_USER / PI_PASSWORD / PI_TOKEN): Redis holds no
 * password.
 */
import { z } from 'zod';
import { AUTH_MODES, EXTRACTION_MODES, FILL_MODES } from '../connector';

export const SHARE_QUEUE = 'pi-shares';

export const shareJobData = z.object({
  runId: z.string().min(1),
  url: z.url(),
  auth: z.enum(AUTH_MODES),
  mode: z.enum(EXTRACTION_MODES),
  startMs: z.number(),
  endMs: z.number(),
  fill: z.enum(FILL_MODES),
  share: z.object({ index: z.int().min(1), count: z.int().min(1) }),
  nameFilter: z.string().nullable(),
  /** The lake every worker mounts at the same path: shares publish through it, so a retry never duplicates. */
  lakeDir: z.string().min(1),
  af: z.boolean(),
  eventFrames: z.boolean(),
  options: z.object({
    batchSize: z.int().min(1),
    concurrency: z.int().min(1),
    maxCount: z.int().min(1),
    leanFields: z.boolean(),
    /** Ask for gzip; absent (a job from an older enqueuer): yes, the connector's default. */
    gzip: z.boolean().optional(),
  }),
  /**
   * Stop reading values this long after the share's first value request and commit what landed
   * (the dashboard's sequential time box); absent or null: read everything.
   */
  timeBoxMs: z.number().positive().nullable().optional(),
});
export type ShareJobData = z.infer<typeof shareJobData>;

/** What a finished share job returns: the usual summary line plus who ran it. */
export const shareJobResult = z.object({
  worker: z.string(),
  host: z.string(),
  attempt: z.int(),
  elapsedMs: z.number(),
  summary: z.record(z.string(), z.unknown()),
  tags: z.int(),
  points: z.number(),
  failedTags: z.array(z.object({ name: z.string(), webId: z.string(), reason: z.string() })),
  /** The job's time box stopped the share before every tag was read (what landed is committed). */
  timeBoxed: z.boolean().optional(),
});
export type ShareJobResult = z.infer<typeof shareJobResult>;

/** Progress a worker reports while a share runs. */
export const shareProgress = z.object({
  tagsDone: z.int(),
  tagsTotal: z.int(),
  values: z.number(),
  worker: z.string(),
  host: z.string(),
  /** Optional so a worker of an older build still reports: which delivery, failed tags (in tagsDone too), its client's counters. */
  attempt: z.int().optional(),
  tagsFailed: z.int().optional(),
  requests: z.int().optional(),
  retries: z.int().optional(),
});
export type ShareProgress = z.infer<typeof shareProgress>;

/** Stable per run and share, so a second enqueue of the same share is the same job. */
export function shareJobId(runId: string, share: { index: number; count: number }): string {
  return `${runId}-s${share.index}of${share.count}`;
}

export function shareName(share: { index: number; count: number }): string {
  return `share ${share.index}/${share.count}`;
}
