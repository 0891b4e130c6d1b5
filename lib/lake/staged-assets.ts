/**
 * The AF elements and event frames an attempt has landed, held in memory until commit (they are
 * small next to the time series): one entry per WebId, the last landed winning, as in bronze.
 */
import type { AfElementRow, AssetSource, EventFrameRow, Interval } from '../landing';
import { afElementHash, eventFrameHash, type StagedAfElement, type StagedEventFrame } from './asset-rows';
import type { AssetVersions } from './asset-versions';

export class StagedAssets {
  private assetSource: AssetSource | null = null;
  readonly af = new Map<string, StagedAfElement>();
  readonly eventFrames = new Map<string, StagedEventFrame>();
  readonly eventFrameWindows: Interval[] = [];

  get source(): AssetSource | null {
    return this.assetSource;
  }

  get isEmpty(): boolean {
    return this.af.size === 0 && this.eventFrames.size === 0;
  }

  addAfElements(source: AssetSource, rows: readonly AfElementRow[], runId: string, nowMs: number): number {
    this.useSource(source);
    const webIds = new Set<string>();
    for (const row of rows) {
      this.af.set(row.webId, { row, contentHash: afElementHash(source, row), ingestedAtMs: nowMs, runId });
      webIds.add(row.webId);
    }
    return webIds.size;
  }

  addEventFrames(source: AssetSource, window: Interval, rows: readonly EventFrameRow[], runId: string, nowMs: number): number {
    this.useSource(source);
    this.eventFrameWindows.push({ startMs: window.startMs, endMs: window.endMs });
    const webIds = new Set<string>();
    for (const row of rows) {
      this.eventFrames.set(row.webId, { row, contentHash: eventFrameHash(source, row), ingestedAtMs: nowMs, runId });
      webIds.add(row.webId);
    }
    return webIds.size;
  }

  /** Forgets every staged row identical to its latest committed version: nothing new to write. */
  dropUnchanged(versions: AssetVersions): void {
    for (const [webId, staged] of this.af) if (versions.latest.pi_af_hierarchy.get(webId) === staged.contentHash) this.af.delete(webId);
    for (const [webId, staged] of this.eventFrames) if (versions.latest.pi_event_frames.get(webId) === staged.contentHash) this.eventFrames.delete(webId);
  }

  /**
   * One AF server and database per attempt: a commit record names one asset source, and the
   * connector reads one per run. A second one is a caller bug.
   */
  private useSource(source: AssetSource): void {
    if (this.assetSource === null) this.assetSource = { ...source };
    else if (this.assetSource.assetServerId !== source.assetServerId || this.assetSource.databaseName !== source.databaseName) {
      throw new Error(`this lake attempt already lands AF data of ${this.assetSource.assetServerId}/${this.assetSource.databaseName}, not ${source.assetServerId}/${source.databaseName}`);
    }
  }
}
