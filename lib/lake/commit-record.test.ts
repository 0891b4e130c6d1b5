import { describe, expect, it } from 'vitest';
import { groupWindows, recordWindows, type CommitRecord, type StagedWindow } from './commit-record';

const win = (webId: string, startMs: number, startOpen = false): StagedWindow => ({ webId, startMs, endMs: 100, startOpen, endOpen: false, coveredEndMs: 90 });

describe('groupWindows', () => {
  it('groups identical bounds, keeps each WebId once per group, and recordWindows gives them back', () => {
    const windows = [win('A', 0), win('B', 0), win('A', 0), win('A', 50, true)];
    const groups = groupWindows(windows);
    expect(groups.map((g) => [g.startMs, g.startOpen, g.tagWebIds])).toEqual([[0, false, ['A', 'B']], [50, true, ['A']]]);
    const record: CommitRecord = {
      format: 1, sequence: 1, runId: 'r', share: null, attemptId: 'a', host: 'h', pid: 1, committedAt: new Date(0).toISOString(),
      dataSource: { dataServerId: 's', dataServerName: 'S' }, assetSource: null, windows: groups, eventFrameWindows: [], files: [],
      rows: { pi_timeseries: 0, pi_af_hierarchy: 0, pi_event_frames: 0 },
    };
    expect([...recordWindows(record)]).toEqual([win('A', 0), win('B', 0), win('A', 50, true)]);
  });
});
