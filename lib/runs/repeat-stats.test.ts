import { describe, expect, it } from 'vitest';
import { buildRepeat } from './run-figures';
import { medianRepeatIndex, modeTimeSpread, speedupSpread, spreadOf } from './repeat-stats';
import { modeSummary } from './test-support/mode-summary';

const mode = modeSummary;

/** The four identical 1,040-tag runs of issue 12: 4.0x, 2.6x, 2.2x and 2.3x. */
const issueRuns = [4000, 2600, 2200, 2300].map((seq) => buildRepeat([mode('batch', 1000), mode('sequential', seq)]));

describe('spreadOf', () => {
  it('gives the lower median for an even count, so the median is a measured value', () => {
    expect(spreadOf([4, 2.6, 2.2, 2.3])).toEqual({ median: 2.3, min: 2.2, max: 4, count: 4 });
  });
  it('gives the middle value for an odd count', () => {
    expect(spreadOf([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, count: 3 });
  });
  it('is the value itself for one, and null for none', () => {
    expect(spreadOf([5])).toEqual({ median: 5, min: 5, max: 5, count: 1 });
    expect(spreadOf([])).toBeNull();
  });
});

describe('speedupSpread', () => {
  it('spans the repeats that have a speed-up', () => {
    expect(speedupSpread(issueRuns)).toEqual({ spread: { median: 2.3, min: 2.2, max: 4, count: 4 }, isProjection: false });
    expect(speedupSpread([...issueRuns, buildRepeat([mode('batch', 1000)])])?.spread.count).toBe(4);
  });
  it('says when any repeat was a projection', () => {
    const boxed = buildRepeat([mode('batch', 1000), mode('sequential', 3000, { tagsLanded: 520, timeBoxed: true })]);
    expect(speedupSpread([boxed, ...issueRuns])?.isProjection).toBe(true);
  });
});

describe('modeTimeSpread', () => {
  it("spans a mode's whole-set times, projecting a time-boxed repeat by the rule", () => {
    const boxed = buildRepeat([mode('batch', 1000), mode('sequential', 3000, { tagsLanded: 520, timeBoxed: true })]);
    expect(modeTimeSpread([...issueRuns.slice(0, 2), boxed], 'sequential')).toEqual({ spread: { median: 4000, min: 2600, max: 6000, count: 3 }, isProjection: true });
    expect(modeTimeSpread(issueRuns, 'batch')).toEqual({ spread: { median: 1000, min: 1000, max: 1000, count: 4 }, isProjection: false });
    expect(modeTimeSpread(issueRuns, 'streamsets')).toBeNull();
  });
});

describe('medianRepeatIndex', () => {
  it('picks the repeat with the median speed-up', () => {
    expect(medianRepeatIndex(issueRuns)).toBe(3);
    expect(medianRepeatIndex(issueRuns.slice(0, 3))).toBe(1);
  });
  it("falls back to the first mode's time without speed-ups", () => {
    const batchOnly = [300, 100, 200].map((ms) => buildRepeat([mode('batch', ms)]));
    expect(medianRepeatIndex(batchOnly)).toBe(2);
    expect(medianRepeatIndex([])).toBe(0);
  });
});
