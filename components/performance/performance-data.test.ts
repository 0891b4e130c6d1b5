import { describe, expect, it } from 'vitest';
import { runSettings, type ModeSummary, type RunHistoryItem, type RunSettingsInput } from '@/lib/runs/schemas';
import { partitionSeries, pickRun, scaleProjections } from './performance-data';

function summary(mode: ModeSummary['mode'], tags: number, elapsedMs: number, over: Partial<ModeSummary> = {}): ModeSummary {
  return { mode, tagsTotal: tags, tagsLanded: tags, tagsFailed: 0, values: tags * 60, httpRequests: mode === 'sequential' ? tags : Math.ceil(tags / 100), bytes: 0, elapsedMs, valuesPerSecond: 0, retries: 0, failedTags: [], timeBoxed: false, projection: null, ...over };
}

function item(runId: string, settings: RunSettingsInput, modes: ModeSummary[] | null, status: RunHistoryItem['status'] = 'finished'): RunHistoryItem {
  return {
    runId,
    status,
    startedAtMs: 0,
    finishedAtMs: 1,
    settings: runSettings.parse(settings),
    figures: modes ? { modes, speedup: null, speedupIsProjection: false, afElements: null, eventFrames: null } : null,
  };
}

const running = item('r-running', { tier: 30240 }, null, 'running');
const newest = item('r3', { tier: 1040 }, [summary('batch', 1040, 520), summary('sequential', 1040, 10_400)]);
const tenWay = item('r2', { tier: 30240, partitions: 10, modes: ['batch'] }, [summary('batch', 30240, 1_500)]);
const wan = item('r1', { tier: 30240, partitions: 20, networkProfile: 'wan', modes: ['batch'] }, [summary('batch', 30240, 900)]);
const history = [running, newest, tenWay, wan];

describe('pickRun', () => {
  it('takes the newest finished run, skipping a running one', () => {
    expect(pickRun(history, null)?.runId).toBe('r3');
  });
  it('takes the chosen run when it finished, else falls back to the newest', () => {
    expect(pickRun(history, 'r2')?.runId).toBe('r2');
    expect(pickRun(history, 'r-running')?.runId).toBe('r3');
    expect(pickRun([running], null)).toBeNull();
  });
});

describe('scaleProjections', () => {
  it('projects each mode of a 1,040-tag run to 30,240 tags at its measured rate', () => {
    const rows = scaleProjections(pickRun(history, null)!);
    expect(rows.map((r) => [r.mode, r.elapsedMs, r.isProjection, r.feasible])).toEqual([
      ['batch', 15_120, true, true],
      ['sequential', 302_400, true, false],
    ]);
    expect(rows[1]?.label).toBe('projected from 1,040 measured tags at 100 tags/s');
  });
});

describe('partitionSeries', () => {
  it('uses a comparable run measured with 10 partitions at 30,240 tags and projects the rest', () => {
    const [batch, sequential] = partitionSeries(pickRun(history, null)!, history);
    expect(batch?.figures.map((f) => [f.partitions, f.elapsedMs, f.isProjection])).toEqual([
      [1, 15_120, true],
      [10, 1_500, false],
      [20, 756, true],
    ]);
    expect(batch?.figures[1]?.label).toBe('measured with 10 partitions');
    // The WAN run measured 20 partitions under other conditions: not comparable, so 20 stays a projection.
    expect(sequential?.figures.map((f) => [f.partitions, f.elapsedMs, f.isProjection])).toEqual([
      [1, 302_400, true],
      [10, 30_240, true],
      [20, 15_120, true],
    ]);
  });

  it('shows only measured figures when no single-partition rate exists', () => {
    const [batch] = partitionSeries(pickRun(history, 'r2')!, history);
    expect(batch?.figures.map((f) => [f.partitions, f.isProjection])).toEqual([
      [1, true],
      [10, false],
      [20, true],
    ]);
    const [lonely] = partitionSeries(pickRun([tenWay], null)!, [tenWay]);
    expect(lonely?.figures.map((f) => f.partitions)).toEqual([10]);
  });
});
