/**
 * A live tail over channels: tags in groups of `tagsPerSocket`, one socket per group
 * (channel-group.ts), received values landed every `flushMs` as one micro-batch with each tag's
 * window (tail-book.ts), and back-fills after every (re)connect. Runs until `signal` aborts or
 * something fatal happens (credentials or WebIds refused, a landing that failed), then closes the
 * sockets, lands what it holds and answers the summary.
 */
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { LandingSink } from '../../landing';
import { findDataServer } from '../discovery/discover-points';
import { describeConnectorError } from '../errors';
import type { PiClient } from '../http';
import { decodeTimedValues, newCursor } from '../values/decode-timed-values';
import { ValueColumnBuilder } from '../values/value-columns';
import { backfillGap } from './backfill';
import { parseChannelMessage } from './channel-message';
import { runChannelGroup, type GroupHost } from './channel-group';
import { LagHistogram } from './lag-histogram';
import type { LandedBatch, LiveOptions, LiveStats, LiveSummary } from './live-types';
import { SILENT_HEARTBEATS } from './live-types';
import { SerialLanding } from './serial-landing';
import { SyncQueue, type SyncRequest } from './sync-queue';
import type { TailBook } from './tail-book';

export interface LiveTailInput {
  client: PiClient;
  sink: LandingSink;
  book: TailBook;
  options: LiveOptions;
  /** Headers of every upgrade request (Authorization). */
  headers: Record<string, string>;
  runId: string;
  signal: AbortSignal;
  onLanded?: (batch: LandedBatch) => void;
}

export class LiveTail implements GroupHost {
  readonly stats: Omit<LiveStats, 'elapsedMs' | 'lagP50Ms' | 'lagP95Ms'>;
  private readonly lag = new LagHistogram();
  private readonly serial = new SerialLanding();
  private readonly sink: LandingSink;
  private readonly scratch = new ValueColumnBuilder(64);
  private readonly t0 = performance.now();
  private fatal: string | null = null;
  private readonly stopper = new AbortController();
  private ticking = false;
  private readonly syncs = new SyncQueue((requests) => this.syncPass(requests));

  constructor(private readonly input: LiveTailInput) {
    this.sink = this.serial.wrap(input.sink);
    // Every socket and its backoff sleep listens for the stop: hundreds of listeners are expected.
    setMaxListeners(0, this.stopper.signal);
    const sockets = Math.ceil(input.book.tags.length / input.options.tagsPerSocket);
    this.stats = {
      tags: input.book.tags.length,
      sockets,
      socketsOpen: 0,
      valuesLanded: 0,
      initialValues: 0,
      backfilledValues: 0,
      reconnects: 0,
      heartbeats: 0,
      messages: 0,
      bytes: 0,
      microBatches: 0,
      lastError: null,
    };
  }

  get signal(): AbortSignal {
    return this.stopper.signal;
  }

  get silenceMs(): number {
    const { heartbeatRate, pollMs } = this.input.options;
    return SILENT_HEARTBEATS * Math.max(1, heartbeatRate) * pollMs;
  }

  get headers(): Record<string, string> {
    return this.input.headers;
  }

  get baseUrl(): string {
    return this.input.client.baseUrl;
  }

  get heartbeatRate(): number {
    return this.input.options.heartbeatRate;
  }

  webIdsOf(tagIndexes: readonly number[]): string[] {
    return tagIndexes.map((i) => this.input.book.tags[i]!.webId);
  }

  snapshot(): LiveStats {
    return { ...this.stats, elapsedMs: performance.now() - this.t0, lagP50Ms: this.lag.quantile(0.5), lagP95Ms: this.lag.quantile(0.95) };
  }

  /** Stops the tail with a reason that reconnecting cannot fix. */
  fail(reason: string): void {
    this.fatal ??= reason;
    this.stats.lastError = reason;
    this.stopper.abort();
  }

  noteError(reason: string): void {
    this.stats.lastError = reason;
  }

  onFrame(bytes: number): void {
    this.stats.messages++;
    this.stats.bytes += bytes;
  }

  /** Decodes one text frame into the book; a frame off the contract is noted and skipped. */
  onMessage(text: string): void {
    const parsed = parseChannelMessage(text);
    if (!parsed.ok) return this.noteError(parsed.error);
    if (parsed.value.Items.length === 0) {
      this.stats.heartbeats++;
      return;
    }
    const { book } = this.input;
    for (const stream of parsed.value.Items) {
      const i = book.indexOf(stream.WebId);
      if (i === undefined) {
        this.noteError(`channel message names WebId ${stream.WebId}, which this tail did not subscribe`);
        continue;
      }
      this.scratch.clear();
      const decoded = decodeTimedValues(stream.Items, book.tags[i]!.key, newCursor(), this.scratch);
      if (!decoded.ok) {
        this.noteError(`channel message, ${stream.Name ?? stream.WebId}: ${decoded.error}`);
        continue;
      }
      book.accept(i, this.scratch.view());
    }
  }

  /**
   * After a socket opened: lands what its tags hold, takes the server's time and back-fills every
   * tag up to it, together with the other sockets waiting (sync-queue.ts). Answers null when the
   * tags are in step, or why not.
   */
  sync(tagIndexes: readonly number[], first: boolean): Promise<string | null> {
    return this.syncs.request({ tagIndexes, first });
  }

  private async syncPass(requests: readonly SyncRequest[]): Promise<{ failed: ReadonlySet<number>; failure: string | null }> {
    await this.flush();
    const server = await findDataServer(this.input.client);
    const all = requests.flatMap((r) => r.tagIndexes);
    if (!server.ok) return { failed: new Set(all), failure: describeConnectorError(server.error) };
    const failed = new Set<number>();
    let failure: string | null = null;
    // Start-up and reconnect reads apart, so the summary can tell initial values from back-filled ones.
    for (const first of [true, false]) {
      const tags = requests.filter((r) => r.first === first).flatMap((r) => r.tagIndexes);
      if (tags.length === 0) continue;
      const outcome = await backfillGap(this.input.client, this.sink, this.input.book, tags, server.value.serverTimeMs, this.input.options.recorded, this.input.runId);
      for (const i of outcome.landed) this.input.book.landedTo(i, server.value.serverTimeMs);
      for (const i of outcome.failed) failed.add(i);
      failure ??= outcome.failure;
      if (first) this.stats.initialValues += outcome.values;
      else this.stats.backfilledValues += outcome.values;
    }
    return { failed, failure };
  }

  /**
   * Lands everything received before this call as one micro-batch, after what is already queued.
   * Never shared with a landing in progress: that one drained before values that came since.
   */
  flush(): Promise<void> {
    return this.serial
      .run(async () => {
        const drained = this.input.book.drain();
        if (!drained) return;
        await this.input.sink.landValues(drained.columns, drained.windows, this.input.runId);
        const landedAtMs = Date.now();
        const ts = drained.columns.tsMs;
        for (let r = 0; r < drained.columns.length; r++) this.lag.add(landedAtMs - ts[r]!);
        this.stats.valuesLanded += drained.columns.length;
        this.stats.microBatches++;
        this.input.onLanded?.({ ...drained.columns, landedAtMs });
      })
      .catch((error: unknown) => this.fail(`landing a micro-batch failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** The timer's flush: skipped while its previous one waits, so a slow sink does not pile up landings. */
  private tick(): void {
    if (this.ticking) return;
    this.ticking = true;
    void this.flush().finally(() => {
      this.ticking = false;
    });
  }

  async run(): Promise<LiveSummary> {
    const { signal, options, book } = this.input;
    const onAbort = () => this.stopper.abort();
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setInterval(() => this.tick(), options.flushMs);
    const groups: Promise<void>[] = [];
    for (let start = 0; start < book.tags.length; start += options.tagsPerSocket) {
      const indexes = Array.from({ length: Math.min(options.tagsPerSocket, book.tags.length - start) }, (_, k) => start + k);
      groups.push(runChannelGroup(this, indexes));
    }
    await Promise.all(groups);
    clearInterval(timer);
    signal.removeEventListener('abort', onAbort);
    // What the sockets delivered before they closed is complete up to its newest value: it lands.
    await this.flush();
    const stats = this.snapshot();
    return { ...stats, runId: this.input.runId, valuesPerSecond: stats.elapsedMs > 0 ? stats.valuesLanded / (stats.elapsedMs / 1000) : 0, fatal: this.fatal };
  }
}
