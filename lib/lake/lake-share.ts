/**
 * One attempt of one share writing to the lake (DESIGN §5): a LandingSink that only stages.
 * Nothing it lands is visible until commit() links its record into the commit log; abandon()
 * removes its staging folder and nothing else. Many LakeShares, in many processes on many
 * machines, may write one lake at once: each has its own in-memory DuckDB, no file is shared.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { z } from 'zod';
import { type AfElementRow, type AssetSource, type DataSource, type EventFrameRow, type Interval, type LandingSink, type TagRegistration, type TagWindow, type ValueColumns } from '../landing';
import { err, ok, type Result } from '../result';
import { SerialQueue } from '../bronze';
import type { CorruptRecord } from './commit-log';
import { commitShare, removeStaging, type CommitHooks, type CommitOutcome } from './commit-share';
import { LakeFailure, messageOf, type LakeError } from './errors';
import { coveredIntervals, stageValues } from './stage-values';
import { lakeId, shareId } from './layout';
import { openAttempt } from './open-attempt';
import { rollForward, type RollForward } from './publish';
import { createShareState, refreshLog, type ShareState } from './share-state';
import type { TagInfo } from './value-stage';

/**
 * 500,000 rows: ~15 MB in DuckDB. A flush's COPY (joins, zstd row groups) costs several times
 * the rows it writes in native memory, beyond what memory_limit tracks: at 2 M rows 30,240 tags
 * x 24 h peaked at 689-740 MiB RSS, most of it DuckDB's.
 */
export const DEFAULT_FLUSH_ROWS = 500_000;
/**
 * The staging database's settings. Measured at 30,240 tags x 24 h: with 384MB and a thread per
 * core DuckDB kept ~330 MiB resident (freed blocks stay with its allocator), which put the
 * process past 600 MiB. One thread (appends are serial anyway; COPY buffers a row group per
 * thread), a lower limit and returning freed memory early keep it near the rows it holds.
 * DuckDB's bundled jemalloc still held each flush's freed pages for a while: its background
 * threads purge them, which took 500,472 tags x 1 h from 637 to 563 MiB peak RSS. (That one is
 * process-wide: any other DuckDB database in the process gets it too.)
 */
export const STAGING_SETTINGS = { memory_limit: '192MB', threads: '1', allocator_flush_threshold: '16MB', allocator_background_threads: 'true' } as const;

const shareOptions = z.object({
  runId: lakeId,
  share: shareId.nullable(),
  attemptId: lakeId.optional(),
  flushRows: z.int().min(1).optional(),
});
export type LakeShareOptions = z.input<typeof shareOptions>;

export class LakeShare implements LandingSink {
  readonly replacesWindows = false;
  private readonly queue = new SerialQueue();
  private closed = false;
  private rolled: RollForward = { published: 0, missing: [] };

  private constructor(
    private readonly s: ShareState,
    private readonly instance: DuckDBInstance,
    private readonly flushRows: number,
  ) {}

  static async open(dir: string, options: LakeShareOptions): Promise<Result<LakeShare, LakeError>> {
    const parsed = shareOptions.safeParse(options);
    if (!parsed.success) return err({ kind: 'bad-option', option: 'LakeShare.open', message: z.prettifyError(parsed.error) });
    const { runId, share, flushRows = DEFAULT_FLUSH_ROWS } = parsed.data;
    const attemptId = parsed.data.attemptId ?? `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
    const root = resolve(dir);
    const opened = await openAttempt(root, runId, share, attemptId);
    if (!opened.ok) return opened;

    let instance: DuckDBInstance | null = null;
    try {
      // Staging holds at most flushRows rows (~60 MB at 2 M); DuckDB's own default would be 80 % of the machine.
      instance = await DuckDBInstance.create(':memory:', { ...STAGING_SETTINGS });
      const conn = await instance.connect();
      const state = await createShareState(root, runId, share, attemptId, conn);
      const attempt = new LakeShare(state, instance, flushRows);
      // Roll forward: finish publishing whatever a writer that died after committing left staged.
      const read = await refreshLog(state);
      const rolled = read.ok ? await rollForward(root, read.value) : read;
      if (!rolled.ok) {
        attempt.close();
        await removeStaging(state);
        return rolled;
      }
      attempt.rolled = rolled.value;
      return ok(attempt);
    } catch (error) {
      instance?.closeSync();
      await removeStaging({ dir: root, attemptId });
      return err({ kind: 'parquet', path: root, message: messageOf(error) });
    }
  }

  get attemptId(): string {
    return this.s.attemptId;
  }

  /** What opening finished for writers that died after committing; missing files are lost data (verify reports them). */
  get rolledForward(): RollForward {
    return this.rolled;
  }

  /** Records that exist but do not parse: skipped (their coverage is not trusted) and worth reporting. */
  get corruptRecords(): readonly CorruptRecord[] {
    return this.s.corrupt;
  }

  registerTags(source: DataSource, tags: readonly TagRegistration[]): Promise<Map<string, number>> {
    return this.run(async () => {
      if (this.s.dataSource === null) this.s.dataSource = { dataServerId: source.dataServerId, dataServerName: source.dataServerName };
      // One PI Data Archive per attempt: the record names one data source, and a run reads one.
      else if (this.s.dataSource.dataServerId !== source.dataServerId) throw new Error(`this lake attempt lands values of ${this.s.dataSource.dataServerId}, not ${source.dataServerId}`);
      const answer = new Map<string, number>();
      const changed = new Map<number, TagInfo>();
      for (const tag of tags) {
        if (tag.webId.length === 0) throw new Error(`tag ${tag.name} has an empty WebId`);
        const key = this.s.tags.keyFor(tag.webId);
        changed.set(key, { key, webId: tag.webId, name: tag.name, units: tag.units });
        answer.set(tag.webId, key);
      }
      await this.s.values.upsertTags(changed.values());
      return answer;
    });
  }

  /** Committed coverage (every record read now) plus this attempt's own staged windows. */
  coverage(tagKeys: readonly number[]): Promise<Map<number, Interval[]>> {
    return this.run(async () => {
      const read = await refreshLog(this.s);
      if (!read.ok) throw new LakeFailure(read.error);
      const answer = new Map<number, Interval[]>();
      for (const key of tagKeys) {
        const covered = coveredIntervals(this.s, key);
        if (covered.length > 0) answer.set(key, covered);
      }
      return answer;
    });
  }

  landValues(columns: ValueColumns, windows: readonly TagWindow[], runId: string): Promise<{ rowsWritten: number }> {
    return this.run(() => stageValues(this.s, columns, windows, runId, this.flushRows));
  }

  /** Staged as versions: only elements that differ from their latest committed version are written at commit. */
  landAfElements(source: AssetSource, rows: readonly AfElementRow[]): Promise<number> {
    return this.run(async () => this.s.assets.addAfElements(source, rows, this.s.runId, Date.now()));
  }

  landEventFrames(source: AssetSource, window: Interval, rows: readonly EventFrameRow[]): Promise<number> {
    return this.run(async () => this.s.assets.addEventFrames(source, window, rows, this.s.runId, Date.now()));
  }

  /**
   * Commits and publishes everything staged, exactly once however many attempts race; then
   * closes. After an error nothing of this attempt is committed: abandon() it and start a new one.
   */
  commit(hooks: CommitHooks = {}): Promise<Result<CommitOutcome, LakeError>> {
    return this.run(async () => {
      const result = await commitShare(this.s, hooks);
      if (result.ok) this.close();
      return result;
    });
  }

  /**
   * Deletes this attempt's staging folder (nothing else) and closes. Once its record is in the log
   * (a commit that threw after linking it) the folder holds committed files: it is left for
   * roll-forward to publish.
   */
  abandon(): Promise<Result<void, LakeError>> {
    return this.run(async () => {
      this.close();
      return this.s.recorded ? ok(undefined) : removeStaging(this.s);
    });
  }

  /** Releases memory and leaves the staging folder as it is (what a killed process leaves). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.s.conn.closeSync();
    this.instance.closeSync();
  }

  private run<T>(job: () => Promise<T>): Promise<T> {
    return this.queue.run(() => {
      if (this.closed) throw new Error(`lake attempt ${this.s.attemptId} is closed`);
      return job();
    });
  }
}
