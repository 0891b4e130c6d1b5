/**
 * The IPC contract between the dashboard and a local share child (share-child.ts): one `run`
 * (the same job data a BullMQ worker gets, plus this attempt's number and any credentials the
 * dashboard holds for an external server), an optional `stop`; the child answers with progress
 * and exactly one `done` or `failed`. Both sides parse what they receive.
 */
import { z } from 'zod';
import { shareJobData, shareJobResult, shareProgress } from './share-job';

/** Credentials travel over the private IPC channel, never argv or the child's environment listing. */
export const childCredentials = z.object({
  PI_USER: z.string().optional(),
  PI_PASSWORD: z.string().optional(),
  PI_TOKEN: z.string().optional(),
});
export type ChildCredentials = z.infer<typeof childCredentials>;

export const toChild = z.discriminatedUnion('type', [
  z.object({ type: z.literal('run'), job: shareJobData, worker: z.string().min(1), attempt: z.int().min(1), credentials: childCredentials }),
  /** Stop reading, commit what landed, answer `failed` with kind `aborted`. */
  z.object({ type: z.literal('stop') }),
]);
export type ToChild = z.infer<typeof toChild>;

export const fromChild = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: shareProgress }),
  z.object({ type: z.literal('done'), result: shareJobResult }),
  z.object({ type: z.literal('failed'), kind: z.enum(['refused', 'failed', 'aborted']), message: z.string() }),
]);
export type FromChild = z.infer<typeof fromChild>;
