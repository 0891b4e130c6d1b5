import { describe, expect, it } from 'vitest';
import { runSettings, type ModeSummary, type RunHistoryItem, type RunSettingsInput } from '@/lib/api-contract';
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
  // Partitioned runs as real processes at 30,240 tags on loopback, and one on WAN.
  const shares = (n: number) => ({ partitions: n, processKind: n > 1 ? ('local-processes' as const) : ('in-process' as const) });
  const one = item('p1', { tier: 30240, modes: ['batch'] }, [summary('batch', 30240, 6_000, shares(1))]);
  const ten = item('p10', { tier: 30240, partitions: 10, modes: ['batch'] }, [summary('batch', 30240, 1_500, shares(10))]);
  const wan20 = item('p20w', { tier: 30240, partitions: 20, networkProfile: 'wan', modes: ['batch'] }, [summary('batch', 30240, 900, shares(20))]);
  const small10 = item('s10', { tier: 1040, partitions: 10, modes: ['batch'] }, [summary('batch', 1040, 100, shares(10))]);

  it('takes only runs at the chosen run tier and profile, with the ideal line as a reference from the 1-share time', () => {
    const [batch] = partitionSeries(pickRun([ten, one, wan20, small10], 'p10')!, [ten, one, wan20, small10]);
    expect(batch?.points.map((p) => [p.partitions, p.measured?.runId ?? null, p.referenceMs])).toEqual([
      [1, 'p1', 6_000],
      [2, null, 3_000],
      [5, null, 1_200],
      [10, 'p10', 600],
      [20, null, 300],
    ]);
    expect(batch?.points[3]?.speedup).toBe(4);
  });

  it('borrows nothing from another tier: a 1,040-tag run sees only its own', () => {
    const [batch] = partitionSeries(pickRun([newest, ten, one], null)!, [newest, ten, one]);
    expect(batch?.points.filter((p) => p.measured).map((p) => p.measured?.runId)).toEqual(['r3']);
  });
});
