/**
 * One extraction, end to end: discover points, take this partition's share, plan each tag's
 * window from the checkpoints, read recorded values by the chosen strategy into bronze, then
 * (optionally) the AF hierarchy, event frames and a Parquet export. What it returns is what the
 * CLI prints and the dashboard shows: measured, never estimated.
 */
import { performance } from 'node:perf_hooks';
import type { BronzeStore } from '../bronze';
import { err, ok, type Result } from '../result';
import { discoverPoints } from './discovery/discover-points';
import { extractAfHierarchy, findAssetDatabase } from './discovery/extract-af';
import { extractEventFrames } from './discovery/extract-event-frames';
import type { ConnectorError } from './errors';
import type { PiClient } from './http';
import { inPartition, type Partition } from './partition';
import { extractRecorded } from './recorded/extract-recorded';
import { planJobs, type FillMode } from './recorded/plan-jobs';
import type { ExtractionMode, FailedTag, RecordedOptions, StrategyProgress } from './recorded/types';

export interface ExtractionPlan {
  mode: ExtractionMode;
  startMs: number;
  endMs: number;
  fill: FillMode;
  options: RecordedOptions;
  partition: Partition | null;
  nameFilter: string | null;
  runId: string;
  /** Read every tag's whole window whatever the checkpoints say (a demo measuring each strategy alone). */
  ignoreCheckpoints?: boolean;
  /** Also land the AF hierarchy at full depth. */
  af: boolean;
  /** Also land the event frames active in the window, with their attribute values. */
  eventFrames: boolean;
}

export interface ExtractionSummary {
  runId: string;
  mode: ExtractionMode;
  /** Tags this run had to read (after partitioning and checkpoints). */
  tags: number;
  /** Tags whose whole window landed in this run (fewer than `tags` after a cancel or failures). */
  tagsLanded: number;
  /** Tags the checkpoints showed as already extracted for this window. */
  skippedTags: number;
  points: number;
  httpRequests: number;
  bytes: number;
  elapsedMs: number;
  pointsPerSecond: number;
  retries: number;
  failedTags: FailedTag[];
  fatal: string | null;
  afElements: number | null;
  eventFrames: number | null;
  /** The recorded-values phase alone (discovery excluded): what sequential vs batch compares. */
  values: { elapsedMs: number; httpRequests: number; bytes: number; pointsPerSecond: number; scanDeclined: number };
}

export type ExtractionProgress = StrategyProgress & { phase: 'discovery' | 'values' | 'af' | 'event-frames'; tagsTotal: number };

export async function runExtraction(
  client: PiClient,
  store: BronzeStore,
  plan: ExtractionPlan,
  onProgress: (progress: ExtractionProgress) => void = () => {},
): Promise<Result<ExtractionSummary, ConnectorError>> {
  const t0 = performance.now();
  const requestsBefore = client.metrics.requests;
  const bytesBefore = client.metrics.bytes;
  onProgress({ phase: 'discovery', tagsTotal: 0, tagsDone: 0, tagsFailed: 0, values: 0 });
  const discovered = await discoverPoints(client, plan.nameFilter ? { nameFilter: plan.nameFilter } : {});
  if (!discovered.ok) return err(discovered.error);
  const partition = plan.partition;
  const points = partition ? discovered.value.filter((p) => inPartition(p.name, partition)) : discovered.value;
  const keys = await store.registerTags(points.map((p) => ({ webId: p.webId, name: p.name, units: p.units, pointId: p.pointId })));
  const tags = points.map((p) => ({ key: keys.get(p.webId)!, webId: p.webId, name: p.name }));
  const watermarks = plan.ignoreCheckpoints ? new Map() : await store.watermarks();
  const { jobs, skipped } = planJobs(tags, { startMs: plan.startMs, endMs: plan.endMs }, plan.fill, watermarks);
  const report = await extractRecorded({
    client,
    store,
    jobs,
    mode: plan.mode,
    options: plan.options,
    runId: plan.runId,
    onProgress: (p) => onProgress({ ...p, phase: 'values', tagsTotal: jobs.length }),
  });
  let afElements: number | null = null;
  let eventFrames: number | null = null;
  if ((plan.af || plan.eventFrames) && !report.fatal) {
    const db = await findAssetDatabase(client);
    if (!db.ok) return err(db.error);
    if (plan.af) {
      onProgress({ phase: 'af', tagsTotal: jobs.length, tagsDone: report.tagsDone, tagsFailed: report.failedTags.length, values: report.points });
      const elements = await extractAfHierarchy(client, db.value);
      if (!elements.ok) return err(elements.error);
      afElements = await store.landAfElements(elements.value);
    }
    if (plan.eventFrames) {
      onProgress({ phase: 'event-frames', tagsTotal: jobs.length, tagsDone: report.tagsDone, tagsFailed: report.failedTags.length, values: report.points });
      const frames = await extractEventFrames(client, db.value.webId, { startMs: plan.startMs, endMs: plan.endMs });
      if (!frames.ok) return err(frames.error);
      eventFrames = await store.landEventFrames(frames.value);
    }
  }
  const elapsedMs = performance.now() - t0;
  return ok({
    runId: plan.runId,
    mode: plan.mode,
    tags: jobs.length,
    skippedTags: skipped,
    tagsLanded: report.tagsDone,
    points: report.points,
    httpRequests: client.metrics.requests - requestsBefore,
    bytes: client.metrics.bytes - bytesBefore,
    elapsedMs,
    pointsPerSecond: report.points / (elapsedMs / 1000),
    retries: report.retries,
    failedTags: report.failedTags,
    fatal: report.fatal,
    afElements,
    eventFrames,
    values: {
      elapsedMs: report.elapsedMs,
      httpRequests: report.httpRequests,
      bytes: report.bytes,
      pointsPerSecond: report.pointsPerSecond,
      scanDeclined: report.scanDeclined,
    },
  });
}
