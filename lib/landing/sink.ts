/**
 * Where an extraction lands (DESIGN §1, §5): the DuckDB store and the shared Parquet lake are the
 * two implementations; the connector sees only this interface.
 */
import type { Interval } from './intervals';
import type { AfElementRow, AssetSource, DataSource, EventFrameRow, TagRegistration, TagWindow, ValueColumns } from './types';

export interface LandingSink {
  /**
   * True when landing a window replaces the rows already inside it (the DuckDB store). An
   * append-only sink (the lake) is false: it must only ever receive rows it can mark covered, so
   * the connector never hands it a row past a window's `coveredEndMs`.
   */
  readonly replacesWindows: boolean;

  /** Registers the source and its tags; answers this sink's integer key for each WebId, stable across runs. */
  registerTags(source: DataSource, tags: readonly TagRegistration[]): Promise<Map<string, number>>;

  /** Covered intervals (merged, ascending) of these tag keys; a tag with none is absent. */
  coverage(tagKeys: readonly number[]): Promise<Map<number, Interval[]>>;

  /**
   * Lands one batch: every row inside its tag's window (open ends honoured), windows with distinct
   * tag keys. Adds each window's coverage. Throws on a malformed batch (a caller bug).
   */
  landValues(columns: ValueColumns, windows: readonly TagWindow[], runId: string): Promise<{ rowsWritten: number }>;

  /** The whole hierarchy of one AF database: replaces what this sink held for it. Answers the elements landed. */
  landAfElements(source: AssetSource, rows: readonly AfElementRow[]): Promise<number>;

  /**
   * The event frames a search over `window` (searchMode Overlapped) found: replaces the frames of
   * this source that the same search found before, so re-reading a window never piles frames up.
   * Answers the frames landed.
   */
  landEventFrames(source: AssetSource, window: Interval, rows: readonly EventFrameRow[]): Promise<number>;
}
