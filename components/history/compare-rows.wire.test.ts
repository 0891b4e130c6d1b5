import { describe, expect, it } from 'vitest';
import { runSettings, type ModeSummary, type RunHistoryItem, type RunSettingsInput } from '@/lib/api-contract';
import { compareRows } from './compare-rows';

function batch(wireBytes: number | undefined): ModeSummary {
  return {
    mode: 'batch',
    tagsTotal: 128,
    tagsLanded: 128,
    tagsFailed: 0,
    values: 7_808,
    httpRequests: 2,
    bytes: 400_000,
    ...(wireBytes === undefined ? {} : { wireBytes }),
    elapsedMs: 100,
    valuesPerSecond: 78_080,
    retries: 0,
    failedTags: [],
    timeBoxed: false,
    projection: null,
  };
}

function run(runId: string, settings: RunSettingsInput, mode: ModeSummary): RunHistoryItem {
  return { runId, status: 'finished', startedAtMs: 0, finishedAtMs: 1, settings: runSettings.parse({ tier: 128, modes: ['batch'], ...settings }), figures: { modes: [mode], speedup: null, speedupIsProjection: false, afElements: null, eventFrames: null } };
}

describe('compareRows: bytes on the wire', () => {
  it('marks gzip as the setting that differs and compares the bytes each run received', () => {
    const rows = compareRows(run('a', { gzip: true }, batch(25_600)), run('b', { gzip: false }, batch(400_000)));
    expect(rows.find((r) => r.label === 'gzip')).toEqual({ label: 'gzip', a: 'on', b: 'off', ratio: null, differs: true });
    expect(rows.find((r) => r.label === 'selectedFields')?.differs).toBe(false);
    expect(rows.find((r) => r.label === 'Batch: bytes on the wire')).toEqual({ label: 'Batch: bytes on the wire', a: '25 KiB', b: '390.6 KiB', ratio: '15.63×' });
  });

  it('shows a run saved before wire bytes were counted as missing, with no ratio', () => {
    const rows = compareRows(run('a', {}, batch(undefined)), run('b', {}, batch(25_600)));
    expect(rows.find((r) => r.label === 'Batch: bytes on the wire')).toEqual({ label: 'Batch: bytes on the wire', a: '–', b: '25 KiB', ratio: null });
  });
});
