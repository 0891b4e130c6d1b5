/**
 * One extraction, end to end: list points page by page, take this partition's share, register
 * and plan each slice of tags (their pieces of the window from their covered intervals), read
 * recorded values by the chosen strategy into the sink, then (optionally) the AF hierarchy and
 * event frames. Slices are pulled as the strategy needs jobs, so tag lists stay bounded. What it returns is what
 * the CLI prints and the dashboard shows: measured, never estimated.
 */
import { performance } from 'node:perf_hooks';
import type { DataSource, LandingSink } from '../landing';
import { err, ok, type Result } from '../result';
import { findDataServer, pointPages } from './discovery/discover-points';
import { extractAfHierarchy, findAssetDatabase } from './discovery/extract-af';
import { extractEventFrames } from './discovery/extract-event-frames';
import type { ConnectorError } from './errors';
import type { PiClient } from './http';
import type { Partition } from './partition';
import { planSlices, type PlannedSlice } from './plan-slices';
import { readAhead } from './read-ahead';
import { extractRecorded } from './recorded/extract-recorded';
import type { FillMode } from './recorded/plan-jobs';
import type { ExtractionMode, FailedTag, RecordedOptions, StrategyProgress, TagJob } from './recorded/types';

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
  /** Points registered and planned together (SLICE_TAGS unless set): what bounds the run's tag lists. */
  sliceTags?: number;
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
  if (plan.ignoreCheckpoints && !sink.replacesWindows) throw new Error('ignoreCheckpoints needs a sink that replaces windows');
  onProgress({ phase: 'discovery', tagsTotal: 0, tagsDone: 0, tagsFailed: 0, values: 0 });
  const found = await findDataServer(client);
  if (!found.ok) return err(found.error);
  const server = found.value;
  const pages = pointPages(client, server, plan.nameFilter ? { nameFilter: plan.nameFilter } : {});
  const slices = readAhead(
    planSlices(pages, sink, {
      source: server.source,
      partition: plan.partition,
      window: { startMs: plan.startMs, endMs: plan.endMs },
      plan: { fill: plan.fill, readTimeMs: server.serverTimeMs, stopAtReadTime: !sink.replacesWindows },
      ignoreCheckpoints: plan.ignoreCheckpoints ?? false,
      ...(plan.sliceTags === undefined ? {} : { sliceTags: plan.sliceTags }),
    }),
  )[Symbol.asyncIterator]();
  // The first slice is planned before the values phase starts: a tier within one slice is listed
  // whole first, as before; larger ones list the next slice while this one is read.
  const first = await slices.next();
  if (first.done) throw new Error('planSlices yields at least one slice');
  if (!first.value.ok) return err(first.value.error);
  const tally = { tags: 0, pieces: 0, skipped: 0, deferred: 0 };
  let listingFailure: ConnectorError | null = null;
  async function* planned(): AsyncGenerator<readonly TagJob[]> {
    let next: IteratorResult<Result<PlannedSlice, ConnectorError>> = first;
    while (!next.done) {
      if (!next.value.ok) {
        listingFailure = next.value.error;
        return;
      }
      const slice = next.value.value;
      tally.tags += slice.tags;
      tally.pieces += slice.jobs.length;
      tally.skipped += slice.skipped;
      tally.deferred += slice.deferred;
      yield slice.jobs;
      next = await slices.next();
    }
  }
  const jobs = planned();
  // Marks the first value request: callers time the values phase from here, discovery apart.
  onProgress({ phase: 'values', tagsTotal: first.value.value.jobs.length, tagsDone: 0, tagsFailed: 0, values: 0 });
  const valuesWireBefore = client.metrics.wireBytes;
  const report = await extractRecorded({
    client,
    sink,
    slices: jobs,
    mode: plan.mode,
    options: plan.options,
    runId: plan.runId,
    // Beyond one slice the total grows as the listing goes on: PI announces no count.
    onProgress: (p) => onProgress({ ...p, phase: 'values', tagsTotal: tally.pieces }),
  });
  await slices.return?.(undefined);
  if (listingFailure !== null) return err(listingFailure);
  const valuesWireBytes = client.metrics.wireBytes - valuesWireBefore;
  let afElements: number | null = null;
  let eventFrames: number | null = null;
  if ((plan.af || plan.eventFrames) && !report.fatal) {
    const db = await findAssetDatabase(client);
    if (!db.ok) return err(db.error);
    if (plan.af) {
      onProgress({ phase: 'af', tagsTotal: tally.pieces, tagsDone: report.tagsDone, tagsFailed: report.failedTags.length, values: report.points });
      const elements = await extractAfHierarchy(client, db.value);
      if (!elements.ok) return err(elements.error);
      afElements = await sink.landAfElements(db.value.source, elements.value);
    }
    if (plan.eventFrames) {
      onProgress({ phase: 'event-frames', tagsTotal: tally.pieces, tagsDone: report.tagsDone, tagsFailed: report.failedTags.length, values: report.points });
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
    tags: tally.tags,
    skippedTags: tally.skipped,
    deferredTags: tally.deferred,
    pieces: tally.pieces,
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
