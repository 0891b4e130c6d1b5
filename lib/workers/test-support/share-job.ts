import type { ShareJobData } from '../share-job';

/** A share job over 2024-01-01T00:00Z..01:00Z for the workers' tests; a case names its run, server, lake and what else it is about. */
export function shareJob(fields: Pick<ShareJobData, 'runId' | 'url' | 'lakeDir'> & Partial<Omit<ShareJobData, 'share'>>): Omit<ShareJobData, 'share'> {
  return {
    auth: 'none',
    mode: 'batch',
    startMs: Date.parse('2024-01-01T00:00:00Z'),
    endMs: Date.parse('2024-01-01T01:00:00Z'),
    fill: 'window',
    nameFilter: null,
    af: false,
    eventFrames: false,
    options: { batchSize: 100, concurrency: 1, maxCount: 10_000, leanFields: true },
    ...fields,
  };
}
