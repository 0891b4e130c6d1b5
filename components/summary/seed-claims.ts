/**
 * Claims made in the two documents the project was created from (/work/shared/seeds): figures
 * nobody here measured, a competitor's tag limit among them. The page shows each as reported,
 * with its document, never as a fact; our measured figure stands beside it.
 */
export const SEED_DOCUMENTS = {
  summary: 'OSI PI Lakeflow Connector – Final Hackathon Summary',
  scale: 'Scalable Mock PI Server – Load Testing Documentation',
} as const;

export type SeedDocument = keyof typeof SEED_DOCUMENTS;

export type ClaimTopic = 'tag-scale' | 'sampling' | 'speedup' | 'requests' | 'sla' | 'af' | 'event-frames' | 'generation';

export interface SeedClaim {
  topic: ClaimTopic;
  title: string;
  /** The claim in the document's own terms, stated as a report. */
  reported: string;
  document: SeedDocument;
}

export const SEED_CLAIMS: readonly SeedClaim[] = [
  {
    topic: 'tag-scale',
    title: 'Tag scale',
    reported: 'An alternative (AVEVA CDS) is said to be limited to 2,000 tags at >5 min granularity; the connector to handle 30,000+ tags.',
    document: 'summary',
  },
  {
    topic: 'sampling',
    title: 'Sampling interval',
    reported: 'Alternatives are said to sample at >5 min (300 s); the connector keeps raw 60 s data, "5x better".',
    document: 'summary',
  },
  {
    topic: 'speedup',
    title: 'Sequential vs batch',
    reported: '30K tags: sequential ~61 min, batch ~23 min, "2.7x faster"; elsewhere "100x performance".',
    document: 'summary',
  },
  {
    topic: 'requests',
    title: 'HTTP requests',
    reported: '30K tags: 30,000 requests sequential vs 300 batched, "100x fewer".',
    document: 'summary',
  },
  {
    topic: 'sla',
    title: '30K tags in a 5-minute SLA',
    reported: 'Single cluster ~45 min (misses the SLA); 10 partitions ~4.5 min and 20 partitions ~2.5 min (fit).',
    document: 'scale',
  },
  {
    topic: 'generation',
    title: 'Values for one hour',
    reported: '30,000 tags x 1 hour = 1.8M points generated in ~30 s.',
    document: 'scale',
  },
  {
    topic: 'af',
    title: 'AF hierarchy',
    reported: 'At 30K+ tags the mock limits AF to the first 10 plants x 10 units (100 elements); alternatives are said to offer no AF access.',
    document: 'scale',
  },
  {
    topic: 'event-frames',
    title: 'Event frames',
    reported: '50 event frames across 4 types (Batch, Maintenance, Alarm, Downtime).',
    document: 'summary',
  },
];

/** How every reported claim is attributed on screen. */
export function citation(document: SeedDocument): string {
  return `reported in the project's seed document “${SEED_DOCUMENTS[document]}”`;
}
