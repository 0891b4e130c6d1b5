/** Assembles the head of an attempt's commit record (all but its windows, which are written in pieces) from what it staged. */
import { hostname } from 'node:os';
import type { AssetSource, DataSource, Interval } from '../landing';
import type { CommittedFile, RowsPerTable } from './commit-record';
import { FORMAT_VERSION, type ShareId } from './layout';
import type { RecordHead } from './record-text';

export interface RecordParts {
  sequence: number;
  runId: string;
  share: ShareId | null;
  attemptId: string;
  dataSource: DataSource | null;
  assetSource: AssetSource | null;
  eventFrameWindows: readonly Interval[];
  files: readonly CommittedFile[];
}

export function buildRecordHead(p: RecordParts): RecordHead {
  const rows: RowsPerTable = { pi_timeseries: 0, pi_af_hierarchy: 0, pi_event_frames: 0 };
  for (const f of p.files) rows[f.table] += f.rows;
  return {
    format: FORMAT_VERSION,
    sequence: p.sequence,
    runId: p.runId,
    share: p.share,
    attemptId: p.attemptId,
    // Who wrote it: what an operator needs to find the logs of a share that misbehaved.
    host: hostname(),
    pid: process.pid,
    committedAt: new Date().toISOString(),
    dataSource: p.dataSource && { dataServerId: p.dataSource.dataServerId, dataServerName: p.dataSource.dataServerName },
    assetSource: p.assetSource && { assetServerId: p.assetSource.assetServerId, assetServerName: p.assetSource.assetServerName, databaseName: p.assetSource.databaseName },
    eventFrameWindows: p.eventFrameWindows.map((w) => ({ startMs: w.startMs, endMs: w.endMs })),
    files: p.files.map((f) => ({ ...f })),
    rows,
  };
}
