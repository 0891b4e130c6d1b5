import { describe, expect, it } from 'vitest';
import { buildFigures, buildRepeat, computeSpeedup } from './run-figures';
import { modeSummary } from './test-support/mode-summary';

const mode = modeSummary;

describe('computeSpeedup', () => {
  it('is measured sequential time over batch time', () => {
    expect(computeSpeedup([mode('batch', 200), mode('sequential', 5000)])).toEqual({ speedup: 25, speedupIsProjection: false });
  });
  it('falls back to streamsets without a batch mode', () => {
    expect(computeSpeedup([mode('streamsets', 250), mode('sequential', 5000)])).toEqual({ speedup: 20, speedupIsProjection: false });
  });
  it('uses the projection of a time-boxed sequential mode and says so', () => {
    const boxed = mode('sequential', 2000, { tagsLanded: 104, timeBoxed: true, projection: { projectedMs: 20_000, basisTags: 104, totalTags: 1040 } });
    expect(computeSpeedup([mode('batch', 500), boxed])).toEqual({ speedup: 40, speedupIsProjection: true });
  });
  it('has none when the time box ended before the projection rule was met', () => {
    const short = mode('sequential', 1000, { tagsLanded: 104, timeBoxed: true, projection: null });
    expect(computeSpeedup([mode('batch', 500), short])).toEqual({ speedup: null, speedupIsProjection: false });
  });
  it('is null without both sides', () => {
    expect(computeSpeedup([mode('batch', 500)])).toEqual({ speedup: null, speedupIsProjection: false });
    expect(computeSpeedup([mode('sequential', 500)])).toEqual({ speedup: null, speedupIsProjection: false });
  });
});

describe('buildFigures', () => {
  it('carries the modes, the asset counts and the one repeat', () => {
    const f = buildFigures([buildRepeat([mode('batch', 100)])], { afElements: 21, eventFrames: 50 });
    expect(f).toEqual({
      modes: [mode('batch', 100)],
      speedup: null,
      speedupIsProjection: false,
      afElements: 21,
      eventFrames: 50,
      repeats: [{ modes: [mode('batch', 100)], speedup: null, speedupIsProjection: false }],
    });
  });

  it('puts the median repeat on top and keeps every repeat', () => {
    const repeats = [4000, 2600, 2200].map((seq) => buildRepeat([mode('batch', 1000), mode('sequential', seq)]));
    const f = buildFigures(repeats, { afElements: null, eventFrames: null });
    expect(f.speedup).toBe(2.6);
    expect(f.modes.find((m) => m.mode === 'sequential')?.elapsedMs).toBe(2600);
    expect(f.repeats?.map((r) => r.speedup)).toEqual([4, 2.6, 2.2]);
  });
});
