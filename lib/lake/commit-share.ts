/**
 * The commit protocol (optimistic concurrency over the commit log):
 *  1. flush the values still in memory to staged part files;
 *  2. read the records committed since the attempt last looked; drop from its staged files the
 *     rows they cover, and from its staged AF/event frames the versions they already hold;
 *  3. write the record into the attempt's staging folder and link it as number lastSequence + 1;
 *     if another process took that number, go back to 2 (it may cover rows of ours);
 *  4. publish: rename each staged file into its table folder, then remove the staging folder.
 * A crash before 3 leaves an uncommitted staging folder (readers see nothing of it); a crash
 * after 3 leaves a committed record whose files the next process to open the lake publishes.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Interval } from '../landing';
import { err, ok, type Result } from '../result';
import { AssetVersions } from './asset-versions';
import { buildRecordHead } from './build-record';
import { createRecord } from './commit-log';
import { recordWindows, type CommittedFile, type RowsPerTable } from './commit-record';
import { ioError, type LakeError } from './errors';
import { syncPath } from './fs-steps';
import { attemptDir } from './layout';
import { publishRecord } from './publish';
import { WEBIDS_PER_PIECE, type RecordWindowGroup } from './record-text';
import { refreshLog, type ShareState } from './share-state';
import { dropCommittedRows } from './drop-committed-rows';
import { stageAssetFiles } from './stage-asset-files';
import { EMPTY_SELECTION, type WindowSelection } from './staged-windows';
import type { TagKeys } from './tag-keys';
import { addsCoverage, rowsMeetInterval, type WindowBounds } from './window-math';

export type CommitOutcome =
  | {
      kind: 'committed';
      sequence: number;
      files: CommittedFile[];
      rows: RowsPerTable;
      tagCount: number;
      windowCount: number;
      droppedRows: number;
      /** Null when every file is published; else why not: the commit stands, and roll-forward publishes them. */
      publishError: LakeError | null;
    }
  /** Nothing was landed, or everything landed was committed by others first: no record written. */
  | { kind: 'nothing-to-commit'; droppedRows: number };

/** Test seams: throw from one to simulate a process killed at that step. */
export interface CommitHooks {
  /** Staged files complete, record not yet written; may wait (to interleave racing attempts). */
  beforeRecord?: (sequence: number) => Promise<void> | void;
  /** Record linked, nothing published. */
  afterRecord?: () => Promise<void> | void;
  afterPublishedFile?: (published: number) => Promise<void> | void;
}

export async function commitShare(s: ShareState, hooks: CommitHooks = {}): Promise<Result<CommitOutcome, LakeError>> {
  if (s.dataSource !== null) {
    const flushed = await s.values.flush(s.dataSource);
    if (!flushed.ok) return flushed;
    s.files.push(...flushed.value);
  }
  const versions = s.assets.source && new AssetVersions(s.assets.source.assetServerId);
  let assetFiles: CommittedFile[] = [];
  let assetsStaged: string | null = null;
  let droppedRows = 0;
  const synced = new Set<string>();

  for (;;) {
    const read = await refreshLog(s);
    if (!read.ok) return read;
    const dropped = await dropRowsOfNewCommits(s);
    if (!dropped.ok) return dropped;
    droppedRows += dropped.value;

    if (versions) {
      const absorbed = await versions.absorb(s.conn, s.dir, s.assetRecords);
      if (!absorbed.ok) return absorbed;
      s.assets.dropUnchanged(versions);
    }
    const source = s.dataSource;
    const selection = source ? s.windows.select((key, w) => addsCoverage(w, s.committed.get(source.dataServerId, key))) : EMPTY_SELECTION;
    if (selection.windowCount === 0 && s.files.length === 0 && s.assets.isEmpty) {
      const removed = await removeStaging(s);
      return removed.ok ? ok({ kind: 'nothing-to-commit', droppedRows }) : removed;
    }

    // Versions only ever drop out, so the counts tell whether the staged asset files are stale.
    const assetsKey = `${s.assets.af.size}/${s.assets.eventFrames.size}`;
    if (assetsKey !== assetsStaged) {
      const staged = await stageAssetFiles(s.conn, s.dir, s.attemptId, s.assets, assetFiles, s.nextFileName);
      if (!staged.ok) return staged;
      assetFiles = staged.value;
      assetsStaged = assetsKey;
    }
    const files = [...s.files, ...assetFiles];
    for (const file of files) {
      if (synced.has(file.stagedPath)) continue;
      const done = await syncPath(join(s.dir, file.stagedPath));
      if (!done.ok) return done;
      synced.add(file.stagedPath);
    }

    const sequence = s.lastSequence + 1;
    await hooks.beforeRecord?.(sequence);
    const head = buildRecordHead({ ...s, sequence, assetSource: s.assets.source, eventFrameWindows: s.assets.eventFrameWindows, files });
    const created = await createRecord(head, recordGroups(selection, s.tags), s.dir, join(attemptDir(s.dir, s.attemptId), `commit-${sequence}.json.tmp`));
    if (!created.ok) return created;
    if (created.value === 'taken') continue;

    // The commit stands from here on. Nothing below may answer an error: a caller told "not
    // committed" would abandon() the attempt and delete committed files still in staging.
    s.recorded = true;
    await hooks.afterRecord?.();
    const published = await publishRecord(s.dir, head, hooks.afterPublishedFile);
    // A staging folder left behind after publishing holds nothing a reader needs; verify does not flag it.
    if (published.ok) await removeStaging(s);
    const publishError = published.ok ? null : published.error;
    const { tagCount, windowCount } = selection;
    return ok({ kind: 'committed', sequence, files: head.files, rows: head.rows, tagCount, windowCount, droppedRows, publishError });
  }
}

/** Drops staged rows that records read since the last check cover; answers how many. */
async function dropRowsOfNewCommits(s: ShareState): Promise<Result<number, LakeError>> {
  const source = s.dataSource;
  const covered = new Map<string, Interval[]>();
  const records = source ? s.unchecked.filter((r) => r.dataSource?.dataServerId === source.dataServerId && r.windows.length > 0) : [];
  // Indexing this attempt's windows by WebId costs an array per tag: only when a new record may cover some.
  if (records.length > 0) {
    const mine = new Map<string, WindowBounds[]>();
    for (const { tagKey, bounds } of s.windows.each()) {
      const webId = s.tags.webIdOf(tagKey);
      const list = mine.get(webId);
      if (list) list.push(bounds);
      else mine.set(webId, [bounds]);
    }
    for (const record of records) {
      for (const theirs of recordWindows(record)) {
        const iv = { startMs: theirs.startMs, endMs: theirs.coveredEndMs };
        if (iv.endMs < iv.startMs) continue;
        if (mine.get(theirs.webId)?.some((w) => rowsMeetInterval(w, iv))) covered.set(theirs.webId, [...(covered.get(theirs.webId) ?? []), iv]);
      }
    }
  }
  s.unchecked = [];
  s.checkedThrough = s.lastSequence;
  if (covered.size === 0) return ok(0);
  const rewritten = await dropCommittedRows(s.conn, s.dir, s.attemptId, s.files, covered, s.nextFileName);
  if (!rewritten.ok) return rewritten;
  s.files = rewritten.value.files;
  return ok(rewritten.value.dropped);
}

/** The selected groups as the record writes them: WebIds looked up a piece at a time, never all at once. */
function recordGroups(selection: WindowSelection, tags: TagKeys): RecordWindowGroup[] {
  return selection.groups.map(({ bounds, keys }) => ({
    bounds,
    *webIdPieces() {
      for (let from = 0; from < keys.length; from += WEBIDS_PER_PIECE) {
        yield Array.from(keys.subarray(from, from + WEBIDS_PER_PIECE), (key) => tags.webIdOf(key));
      }
    },
  }));
}

/** Removes this attempt's own staging folder: everything in it was written by this attempt. */
export async function removeStaging(s: Pick<ShareState, 'dir' | 'attemptId'>): Promise<Result<void, LakeError>> {
  const path = attemptDir(s.dir, s.attemptId);
  try {
    await rm(path, { recursive: true, force: true });
    return ok(undefined);
  } catch (error) {
    return err(ioError(path, error));
  }
}
