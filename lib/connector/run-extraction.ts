/**
 * One extraction, end to end: discover points, take this partition's share, plan each tag's
 * pieces of the window from its covered intervals, read recorded values by the chosen strategy
 * into the sink, then (optionally) the AF hierarchy and event frames. What it returns is what
 * the CLI prints and the dashboard shows: measured, never estimated.
 */
import { performance } from 'node:perf_hooks';
import type { DataSource, LandingSink } from '../landing';
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
  /**
   * Read every tag's whole window whatever the checkpoints say (a demo measuring each strategy
   * alone); only for a sink that replaces windows, or rows would land twice.
   */
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
  /** Tags whose every piece landed in this run (fewer than `tags` after a cancel or failures). */
  tagsLanded: number;
  /** Tags the checkpoints showed as already extracted for this window. */
  skippedTags: number;
  /** Tags whose only missing pieces lie after the server time of the read (append-only sinks read them later). */
  deferredTags: number;
  /** Pieces of window read: one per tag, more where a tag's coverage has gaps. */
  pieces: number;
  /** The data server the values came from. */
  source: DataSource;
  /** Server time of the read: no coverage reaches past it. */
  readTimeMs: number;
  points: number;
  httpRequests: number;
  /** Response body bytes decoded (what the parser read). */
  bytes: number;
  /** Response body bytes as received: the compressed size where the server gzipped. */
  wireBytes: number;
  elapsedMs: number;
  pointsPerSecond: number;
  retries: number;
  failedTags: FailedTag[];
  fatal: string | null;
  afElements: number | null;
  eventFrames: number | null;
  /** The recorded-values phase alone (discovery excluded): what sequential vs batch compares. */
  values: { elapsedMs: number; httpRequests: number; bytes: number; wireBytes: number; pointsPerSecond: number; scanDeclined: number };
}

export type ExtractionProgress = StrategyProgress & { phase: 'discovery' | 'values' | 'af' | 'event-frames'; tagsTotal: number };

export async function runExtraction(
  client: PiClient,
  sink: LandingSink,
  plan: ExtractionPlan,
  onProgress: (progress: ExtractionProgress) => void = () => {},
): Promise<Result<ExtractionSummary, ConnectorError>> {
  const t0 = performance.now();
  const requestsBefore = client.metrics.requests;
  const bytesBefore = client.metrics.bytes;
  const wireBytesBefore = client.metrics.wireBytes;
  onProgress({ phase: 'discovery', tagsTotal: 0, tagsDone: 0, tagsFailed: 0, values: 0 });
  const discovered = await discoverPoints(client, plan.nameFilter ? { nameFilter: plan.nameFilter } : {});
  if (!discovered.ok) return err(discovered.error);
  const { server } = discovered.value;
  const partition = plan.partition;
  const points = partition ? discovered.value.points.filter((p) => inPartition(p.name, partition)) : discovered.value.points;
  const keys = await sink.registerTags(
    server.source,
    points.map((p) => ({ webId: p.webId, name: p.name, units: p.units, ...(p.pointId === undefined ? {} : { pointId: p.pointId }) })),
  );
  const tags = points.map((p) => {
    const key = keys.get(p.webId);
    if (key === undefined) throw new Error(`the sink gave tag ${p.name} no key`);
    return { key, webId: p.webId, name: p.name };
  });
  if (plan.ignoreCheckpoints && !sink.replacesWindows) throw new Error('ignoreCheckpoints needs a sink that replaces windows');
  const coverage = plan.ignoreCheckpoints ? new Map() : await sink.coverage(tags.map((t) => t.key));
  const { jobs, skipped, deferred } = planJobs(tags, { startMs: plan.startMs, endMs: plan.endMs }, coverage, {
    fill: plan.fill,
    readTimeMs: server.serverTimeMs,
    stopAtReadTime: !sink.replacesWindows,
  });
  const tagsToRead = new Set(jobs.map((j) => j.key)).size;
  // Marks the first value request: callers time the values phase from here, discovery apart.
  onProgress({ phase: 'values', tagsTotal: jobs.length, tagsDone: 0, tagsFailed: 0, values: 0 });
  const valuesWireBefore = client.metrics.wireBytes;
  const report = await extractRecorded({
    client,
    sink,
    jobs,
    mode: plan.mode,
    options: plan.options,
    runId: plan.runId,
    onProgress: (p) => onProgress({ ...p, phase: 'values', tagsTotal: jobs.length }),
  });
  const valuesWireBytes = client.metrics.wireBytes - valuesWireBefore;
  let afElements: number | null = null;
  let eventFrames: number | null = null;
  if ((plan.af || plan.eventFrames) && !report.fatal) {
    const db = await findAssetDatabase(client);
    if (!db.ok) return err(db.error);
    if (plan.af) {
      onProgress({ phase: 'af', tagsTotal: jobs.length, tagsDone: report.tagsDone, tagsFailed: report.failedTags.length, values: report.points });
      const elements = await extractAfHierarchy(client, db.value);
      if (!elements.ok) return err(elements.error);
      afElements = await sink.landAfElements(db.value.source, elements.value);
    }
    if (plan.eventFrames) {
      onProgress({ phase: 'event-frames', tagsTotal: jobs.length, tagsDone: report.tagsDone, tagsFailed: report.failedTags.length, values: report.points });
      const window = { startMs: plan.startMs, endMs: plan.endMs };
      const frames = await extractEventFrames(client, db.value.webId, window);
      if (!frames.ok) return err(frames.error);
      eventFrames = await sink.landEventFrames(db.value.source, window, frames.value);
    }
  }
  const elapsedMs = performance.now() - t0;
  return ok({
    runId: plan.runId,
    mode: plan.mode,
    tags: tagsToRead,
    skippedTags: skipped,
    deferredTags: deferred,
    pieces: jobs.length,
    source: server.source,
    readTimeMs: server.serverTimeMs,
    tagsLanded: report.tagsLanded,
    points: report.points,
    httpRequests: client.metrics.requests - requestsBefore,
    bytes: client.metrics.bytes - bytesBefore,
    wireBytes: client.metrics.wireBytes - wireBytesBefore,
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
      wireBytes: valuesWireBytes,
      pointsPerSecond: report.pointsPerSecond,
      scanDeclined: report.scanDeclined,
    },
  });
}
