/**
 * The commit record is written in pieces (issue 13 item 4): for a share of many tags no piece
 * holds more than WEBIDS_PER_PIECE WebIds, and the pieces together parse back to the record.
 */
import { describe, expect, it } from 'vitest';
import { commitRecord, type CommitRecord } from './commit-record';
import { recordText, WEBIDS_PER_PIECE, wholeGroups, type RecordWindowGroup } from './record-text';

const bounds = (startMs: number) => ({ startMs, endMs: startMs + 3_600_000, startOpen: false, endOpen: true, coveredEndMs: startMs + 3_540_000 });

describe('recordText', () => {
  it('writes a 50,000-tag record in pieces of bounded size that parse back to it', () => {
    const webIds = Array.from({ length: 50_000 }, (_, i) => `F1DPmN8JxQhI0UGwBH9r4lIqyw${String(i).padStart(8, '0')}`);
    const record: CommitRecord = {
      format: 1, sequence: 7, runId: 'run-1', share: { index: 1, count: 2 }, attemptId: 'a1', host: 'h', pid: 1, committedAt: new Date(0).toISOString(),
      dataSource: { dataServerId: 's', dataServerName: 'S' }, assetSource: null,
      windows: [{ ...bounds(0), tagWebIds: webIds.slice(0, 30_000) }, { ...bounds(3_600_000), tagWebIds: webIds.slice(30_000) }, { ...bounds(7_200_000), tagWebIds: ['one'] }],
      eventFrameWindows: [], files: [], rows: { pi_timeseries: 0, pi_af_hierarchy: 0, pi_event_frames: 0 },
    };
    // The WebIds handed over in uneven pieces, as a caller looking them up slice by slice would.
    const groups: RecordWindowGroup[] = record.windows.map((g) => ({
      bounds: g,
      *webIdPieces() {
        for (let from = 0; from < g.tagWebIds.length; from += 10_000) yield g.tagWebIds.slice(from, from + 10_000);
      },
    }));
    const pieces = [...recordText(record, groups)];
    const whole = pieces.join('');
    expect(whole.length).toBe(JSON.stringify(record).length + 1);
    const longest = Math.max(...pieces.map((p) => p.length));
    expect(longest).toBeLessThanOrEqual((WEBIDS_PER_PIECE + 1) * (webIds[0]!.length + 3));
    expect(longest * 10).toBeLessThan(whole.length);
    expect(commitRecord.parse(JSON.parse(whole))).toEqual(record);
  });

  it('writes a record without windows, a full record given as the head, with windows once', () => {
    const record: CommitRecord = {
      format: 1, sequence: 1, runId: 'r', share: null, attemptId: 'a', host: 'h', pid: 1, committedAt: new Date(0).toISOString(),
      dataSource: null, assetSource: null, windows: [], eventFrameWindows: [{ startMs: 0, endMs: 5 }], files: [], rows: { pi_timeseries: 0, pi_af_hierarchy: 0, pi_event_frames: 0 },
    };
    const text = [...recordText(record, wholeGroups(record))].join('');
    expect(text.endsWith(',"windows":[]}\n') && text.indexOf('"windows"') === text.lastIndexOf('"windows"')).toBe(true);
    expect(commitRecord.parse(JSON.parse(text))).toEqual(record);
  });
});
