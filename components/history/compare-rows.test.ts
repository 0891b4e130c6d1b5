import { describe, expect, it } from 'vitest';
import { runSettings, type ModeSummary, type RunHistoryItem, type RunSettingsInput } from '@/lib/api-contract';
import { compareRows } from './compare-rows';

function summary(mode: ModeSummary['mode'], over: Partial<ModeSummary>): ModeSummary {
  return { mode, tagsTotal: 1040, tagsLanded: 1040, tagsFailed: 0, values: 0, httpRequests: 11, bytes: 0, elapsedMs: 1000, valuesPerSecond: 60_000, retries: 0, failedTags: [], timeBoxed: false, projection: null, ...over };
}

function run(runId: string, settings: RunSettingsInput, modes: ModeSummary[], speedup: number | null): RunHistoryItem {
  return { runId, status: 'finished', startedAtMs: 0, finishedAtMs: 1, settings: runSettings.parse(settings), figures: { modes, speedup, speedupIsProjection: false, afElements: 400, eventFrames: 24 } };
}

const loopback = run('a', { tier: 1040 }, [summary('batch', { elapsedMs: 500 }), summary('sequential', { elapsedMs: 5_000, httpRequests: 1040 })], 10);
const wan = run('b', { tier: 1040, networkProfile: 'wan' }, [summary('batch', { elapsedMs: 2_000 }), summary('sequential', { tagsLanded: 260, elapsedMs: 30_000, httpRequests: 260, timeBoxed: true, projection: { projectedMs: 120_000, basisTags: 260, totalTags: 1040 } })], 60);

function row(label: string) {
  const found = compareRows(loopback, wan).find((r) => r.label === label);
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe('compareRows', () => {
  it('flags the setting that differs and leaves settings without a ratio', () => {
    expect(row('Network')).toEqual({ label: 'Network', a: 'Loopback (+0 ms)', b: 'WAN (+30 ms)', ratio: null, differs: true });
    expect(row('Tags').differs).toBe(false);
  });

  it('divides B by A for times, using a time-boxed mode projection and saying so', () => {
    expect(row('Batch: time')).toEqual({ label: 'Batch: time', a: '500 ms', b: '2.0 s', ratio: '4.00×' });
    expect(row('Sequential: time')).toEqual({ label: 'Sequential: time', a: '5.0 s', b: '2 min (projected)', ratio: '24.00×' });
    expect(row('Sequential: HTTP requests').ratio).toBe('0.25×');
    expect(row('Speed-up (sequential ÷ batch)')).toMatchObject({ a: '10.0×', b: '60.0×', ratio: '6.00×' });
  });

  it('leaves out a mode neither run had', () => {
    expect(compareRows(loopback, wan).some((r) => r.label.startsWith('Streamsets'))).toBe(false);
  });
});
