import { describe, expect, it } from 'vitest';
import { runSettings, type ModeSummary, type RunHistoryItem } from '@/lib/api-contract';
import { measuredFigure } from './measured-figures';
import { citation, SEED_CLAIMS } from './seed-claims';

function summary(mode: ModeSummary['mode'], over: Partial<ModeSummary>): ModeSummary {
  return { mode, tagsTotal: 30_240, tagsLanded: 30_240, tagsFailed: 0, values: 1_848_383, httpRequests: 303, bytes: 0, elapsedMs: 10_543, valuesPerSecond: 175_318, retries: 0, failedTags: [], timeBoxed: false, projection: null, ...over };
}

const run: RunHistoryItem = {
  runId: 'r1',
  status: 'finished',
  startedAtMs: 0,
  finishedAtMs: 1,
  settings: runSettings.parse({ tier: 30240, sequentialBudgetSeconds: 5 }),
  figures: {
    modes: [
      summary('batch', {}),
      summary('sequential', { tagsLanded: 1_912, httpRequests: 1_913, elapsedMs: 3_757, timeBoxed: true, projection: { projectedMs: 59_414, basisTags: 1_912, totalTags: 30_240 } }),
    ],
    speedup: 5.635,
    speedupIsProjection: true,
    afElements: 11_400,
    eventFrames: 649,
  },
};
const inputs = { runs: [run], medianIntervalSeconds: 60, intervalCount: 1_800_000 };

describe('measuredFigure', () => {
  it('states the speed-up as projected when sequential was time-boxed', () => {
    expect(measuredFigure('speedup', inputs)).toEqual({
      text: '5.6×: sequential 59.4 s (projected from 1,912 of 30,240 tags) vs batch 10.5 s',
      kind: 'projected',
      basis: 'run r1, 30,240 tags, loopback',
    });
  });

  it('projects sequential requests at its measured requests per tag', () => {
    expect(measuredFigure('requests', inputs)).toMatchObject({ text: '30,256 sequential vs 303 batch: 99.9× fewer', kind: 'projected' });
  });

  it('judges 30,240 tags against the SLA from measured rates only, never an ideal multiple of them', () => {
    const figure = measuredFigure('sla', inputs);
    expect(figure.text).toBe('30,240 tags against 5 min: sequential 59.4 s ✓; batch 10.5 s ✓');
    expect(figure.kind).toBe('projected');
    expect(figure.basis).not.toContain('ideal');
  });

  it('reports measured counts and the bronze median', () => {
    expect(measuredFigure('tag-scale', inputs).text).toBe('30,240 of 30,240 tags read by batch in 10.5 s');
    expect(measuredFigure('af', inputs).text).toBe('11,400 AF elements landed, the whole hierarchy');
    expect(measuredFigure('event-frames', inputs).text).toBe('649 event frames landed');
    expect(measuredFigure('sampling', inputs)).toEqual({ text: 'Median interval between recorded values: 60 s', kind: 'measured', basis: 'every tag in bronze, 1,800,000 intervals' });
  });

  it('says what to run first when nothing is measured', () => {
    const none = { runs: [], medianIntervalSeconds: null, intervalCount: null };
    for (const claim of SEED_CLAIMS) expect(measuredFigure(claim.topic, none).kind).toBe('missing');
    expect(measuredFigure('speedup', none).basis).toBe('run batch and sequential on the Run page first');
  });
});

describe('measuredFigure over several runs', () => {
  it('takes each claim from the newest run that measured it', () => {
    const batchOnly: RunHistoryItem = { ...run, runId: 'r2', settings: runSettings.parse({ tier: 1040, modes: ['batch'] }), figures: { modes: [summary('batch', { tagsTotal: 1040, tagsLanded: 1040, elapsedMs: 400 })], speedup: null, speedupIsProjection: false, afElements: null, eventFrames: null } };
    const both = { ...inputs, runs: [batchOnly, run] };
    expect(measuredFigure('tag-scale', both).text).toBe('1,040 of 1,040 tags read by batch in 400 ms');
    expect(measuredFigure('speedup', both).basis).toBe('run r1, 30,240 tags, loopback');
    expect(measuredFigure('af', both).text).toBe('11,400 AF elements landed, the whole hierarchy');
    expect(measuredFigure('speedup', { ...inputs, runs: [batchOnly] })).toEqual({ text: 'Not measured yet', kind: 'missing', basis: 'needs sequential and batch in the same run' });
  });
});

describe('citation', () => {
  it('attributes every claim to a seed document', () => {
    expect(citation('summary')).toBe('reported in the project\'s seed document “OSI PI Lakeflow Connector – Final Hackathon Summary”');
    expect(SEED_CLAIMS.find((c) => c.topic === 'tag-scale')?.reported).toContain('is said to be limited to 2,000 tags');
  });
});
