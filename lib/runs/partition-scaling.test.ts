import { describe, expect, it } from 'vitest';
import { hasMeasuredPartitions, scalingOf, SCENARIO_ONE, scenarioOne, type ScalingConditions } from './partition-scaling';
import { projectToTags } from './projections';
import { runSettings, type ModeSummary, type ProcessKind, type RunHistoryItem } from '../api-contract';

function item(runId: string, settings: Partial<ScalingConditions> & { partitions?: number }, mode: Partial<ModeSummary> & { processKind?: ProcessKind }): RunHistoryItem {
  const s = runSettings.parse({ tier: 10_000, networkProfile: 'wan', modes: ['sequential'], ...settings });
  const summary: ModeSummary = {
    mode: 'sequential',
    tagsTotal: s.tier,
    tagsLanded: s.tier,
    tagsFailed: 0,
    values: s.tier * 61,
    httpRequests: s.tier,
    bytes: 1,
    elapsedMs: 60_000,
    valuesPerSecond: 1,
    retries: 0,
    failedTags: [],
    timeBoxed: false,
    projection: null,
    partitions: s.partitions,
    processKind: s.partitions > 1 ? 'local-processes' : 'in-process',
    ...mode,
  };
  return { runId, status: 'finished', startedAtMs: 0, finishedAtMs: 1, settings: s, figures: { modes: [summary], speedup: null, speedupIsProjection: false, afElements: null, eventFrames: null } };
}

const WAN_10K: ScalingConditions = { tier: 10_000, networkProfile: 'wan', faultRate: 0, target: 'embedded' };

describe('scalingOf', () => {
  it('takes each share count from the newest run that measured it, and the ideal line only as a reference from the 1-share time', () => {
    const runs = [
      item('ten-new', { partitions: 10 }, { elapsedMs: 9_000 }),
      item('ten-old', { partitions: 10 }, { elapsedMs: 50_000 }),
      item('one', { partitions: 1 }, { elapsedMs: 60_000 }),
    ];
    const { points } = scalingOf(runs, WAN_10K, 'sequential');
    expect(points.map((p) => [p.partitions, p.measured?.runId ?? null, p.referenceMs])).toEqual([
      [1, 'one', 60_000],
      [2, null, 30_000],
      [5, null, 12_000],
      [10, 'ten-new', 6_000],
      [20, null, 3_000],
    ]);
    expect(points[3]?.speedup).toBeCloseTo(60_000 / 9_000, 10);
    expect(points[1]?.speedup).toBeNull();
  });

  it('never borrows another tier or network profile, and says nothing was measured', () => {
    const runs = [item('lan', { networkProfile: 'lan', partitions: 10 }, {}), item('small', { tier: 1040, partitions: 10 }, {}), item('one', { partitions: 1 }, {})];
    const series = [scalingOf(runs, WAN_10K, 'sequential')];
    expect(series[0]?.points.filter((p) => p.measured).map((p) => p.measured?.runId)).toEqual(['one']);
    expect(hasMeasuredPartitions(series)).toBe(false);
    expect(scalingOf(runs, { ...WAN_10K, tier: 30_240 }, 'sequential').points.every((p) => p.measured === null && p.referenceMs === null)).toBe(true);
  });

  it('does not count time-boxed modes, failed tags, or partitions that ran in one process', () => {
    const runs = [
      item('boxed', { partitions: 10 }, { timeBoxed: true, tagsLanded: 4_000 }),
      item('failed', { partitions: 5 }, { tagsFailed: 3, tagsLanded: 9_997 }),
      item('clients', { partitions: 20 }, { processKind: undefined }),
    ];
    expect(scalingOf(runs, WAN_10K, 'sequential').points.every((p) => p.measured === null)).toBe(true);
  });
});

describe('a partitioned run against the SLA', () => {
  it('projects from the rate all shares measured together, without multiplying by the share count again', () => {
    const ten = item('ten', { partitions: 10 }, { elapsedMs: 9_000 }).figures!.modes[0]!;
    const p = projectToTags(ten, 30_240)!;
    expect(p.elapsedMs).toBeCloseTo((9_000 / 10_000) * 30_240, 6);
    expect(p.label).toContain('10 shares');
  });
});

describe('scenarioOne', () => {
  it('is the measured 1 vs 10 share ratio of sequential at 10,000 tags on WAN, and null until both exist', () => {
    expect(scenarioOne([item('one', { partitions: 1 }, { elapsedMs: 300_000 })])).toBeNull();
    const figure = scenarioOne([item('ten', { partitions: 10 }, { elapsedMs: 50_000 }), item('one', { partitions: 1 }, { elapsedMs: 300_000 })]);
    expect(figure).toMatchObject({ ratio: 6, single: { runId: 'one' }, split: { runId: 'ten' } });
    expect(SCENARIO_ONE.claimedSpeedup).toBe(10);
  });
});
