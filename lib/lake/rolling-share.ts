/**
 * A LandingSink for a writer that never ends (the live tail): it lands into one LakeShare at a
 * time and, every `commitEveryMs`, commits it and opens the next. Each is a new attempt of the
 * same run and share (`share` null, "all"), so readers and `lake verify`/`load` see one run
 * whose commits follow each other; the commit log stays the checkpoints, so a tail killed
 * between commits restarts from the last one and back-fills the rest.
 */
import { SerialQueue } from '../bronze';
import type { AfElementRow, AssetSource, DataSource, EventFrameRow, Interval, LandingSink, TagRegistration, TagWindow, ValueColumns } from '../landing';
import { err, ok, type Result } from '../result';
import type { CommitOutcome } from './commit-share';
import { LakeFailure, messageOf, type LakeError } from './errors';
import { LakeShare } from './lake-share';

export interface RollingShareOptions {
  runId: string;
  commitEveryMs: number;
}

/** What the rolling commits did so far. */
export interface RollingSummary {
  commits: number;
  /** Sequences of the records this sink committed, in order. */
  sequences: number[];
  rows: number;
}

export class RollingShare implements LandingSink {
  readonly replacesWindows = false;
  private readonly queue = new SerialQueue();
  /** Replayed in order into every new share, which then numbers the tags as the first did. */
  private readonly registrations: { source: DataSource; tags: readonly TagRegistration[]; keys: Map<string, number> }[] = [];
  private readonly timer: NodeJS.Timeout;
  private failure: LakeError | null = null;
  private closed = false;
  readonly summary: RollingSummary = { commits: 0, sequences: [], rows: 0 };

  private constructor(
    private readonly dir: string,
    private readonly runId: string,
    private current: LakeShare | null,
    commitEveryMs: number,
  ) {
    this.timer = setInterval(() => {
      // A throw here is a bug (a share numbering tags differently): stop landing rather than lose it.
      this.commitNow().catch((error: unknown) => {
        this.failure ??= { kind: 'parquet', path: dir, message: messageOf(error) };
      });
    }, commitEveryMs);
    // The tail's own signal ends the process; a pending commit tick must not keep it alive.
    this.timer.unref();
  }

  static async open(dir: string, options: RollingShareOptions): Promise<Result<RollingShare, LakeError>> {
    if (!Number.isFinite(options.commitEveryMs) || options.commitEveryMs < 100) {
      return err({ kind: 'bad-option', option: 'commitEveryMs', message: 'at least 100 ms' });
    }
    const first = await LakeShare.open(dir, { runId: options.runId, share: null });
    if (!first.ok) return first;
    return ok(new RollingShare(dir, options.runId, first.value, options.commitEveryMs));
  }

  /** The lake failure that stopped the commits, if one did. */
  get error(): LakeError | null {
    return this.failure;
  }

  registerTags(source: DataSource, tags: readonly TagRegistration[]): Promise<Map<string, number>> {
    return this.run(async (share) => {
      const keys = await share.registerTags(source, tags);
      this.registrations.push({ source, tags, keys });
      return keys;
    });
  }

  coverage(tagKeys: readonly number[]): Promise<Map<number, Interval[]>> {
    return this.run((share) => share.coverage(tagKeys));
  }

  landValues(columns: ValueColumns, windows: readonly TagWindow[], runId: string): Promise<{ rowsWritten: number }> {
    return this.run((share) => share.landValues(columns, windows, runId));
  }

  landAfElements(source: AssetSource, rows: readonly AfElementRow[]): Promise<number> {
    return this.run((share) => share.landAfElements(source, rows));
  }

  landEventFrames(source: AssetSource, window: Interval, rows: readonly EventFrameRow[]): Promise<number> {
    return this.run((share) => share.landEventFrames(source, window, rows));
  }

  /**
   * Commits the current share and opens the next. A failure is final: the tail has already moved
   * past what it landed, so landing on into a new share would leave a hole the lake's coverage
   * never reports. Every later landing throws; a restart back-fills from the last commit.
   */
  commitNow(): Promise<Result<CommitOutcome | null, LakeError>> {
    return this.queue.run(async () => {
      if (this.closed || this.failure || !this.current) return this.failure ? err(this.failure) : ok(null);
      const committed = await this.commitCurrent();
      if (!committed.ok) return committed;
      const next = await LakeShare.open(this.dir, { runId: this.runId, share: null });
      if (!next.ok) return this.fail(next.error);
      this.current = next.value;
      for (const r of this.registrations) {
        const keys = await next.value.registerTags(r.source, r.tags);
        for (const [webId, key] of r.keys) {
          if (keys.get(webId) !== key) throw new Error(`lake share renumbered ${webId}: ${key} became ${keys.get(webId)}`);
        }
      }
      return committed;
    });
  }

  /** Stops the timer and commits what is staged: the tail's last micro-batches. */
  finish(): Promise<Result<CommitOutcome | null, LakeError>> {
    clearInterval(this.timer);
    return this.queue.run(async () => {
      if (this.failure) return err(this.failure);
      if (this.closed || !this.current) return ok(null);
      const committed = await this.commitCurrent();
      this.closed = true;
      return committed;
    });
  }

  /** After a throw (a bug): drops the uncommitted share's staging; committed ones stand. */
  abandon(): Promise<void> {
    clearInterval(this.timer);
    return this.queue.run(async () => {
      this.closed = true;
      await this.current?.abandon();
      this.current = null;
    });
  }

  /** Releases memory, leaving staging as it is (what a killed process leaves). */
  close(): void {
    clearInterval(this.timer);
    this.closed = true;
    this.current?.close();
    this.current = null;
  }

  private async commitCurrent(): Promise<Result<CommitOutcome, LakeError>> {
    const share = this.current;
    if (!share) throw new Error('no lake share is open');
    const committed = await share.commit();
    if (!committed.ok) {
      await share.abandon();
      return this.fail(committed.error);
    }
    this.current = null;
    if (committed.value.kind === 'committed') {
      this.summary.commits += 1;
      this.summary.sequences.push(committed.value.sequence);
      this.summary.rows += committed.value.rows.pi_timeseries;
    }
    return committed;
  }

  private fail(error: LakeError): Result<never, LakeError> {
    this.failure = error;
    this.current = null;
    return err(error);
  }

  private run<T>(job: (share: LakeShare) => Promise<T>): Promise<T> {
    return this.queue.run(() => {
      if (this.failure) throw new LakeFailure(this.failure);
      if (this.closed || !this.current) throw new Error(`the rolling lake share of run ${this.runId} is closed`);
      return job(this.current);
    });
  }
}
