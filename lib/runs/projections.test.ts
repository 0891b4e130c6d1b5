import { describe, expect, it } from 'vitest';
import { ENTERPRISE_TAG_COUNT, projectTimeBoxed, projectToTags, SLA_MS, timeBoxLabel } from './projections';
import type { ModeSummary } from '../api-contract';
import { modeSummary } from './test-support/mode-summary';

/** A batch mode that took 520 ms; a case patches what it is about. */
function summary(patch: Partial<ModeSummary>): ModeSummary {
  return modeSummary('batch', 520, { valuesPerSecond: 122_000, ...patch });
}

describe('projectTimeBoxed', () => {
  it('scales the elapsed time of the landed tags to the whole set', () => {
    expect(projectTimeBoxed(30_000, 1_200, 30_240)).toEqual({ projectedMs: 756_000, basisTags: 1_200, totalTags: 30_240 });
  });
  it('has nothing to rest on when no tag landed', () => {
    expect(projectTimeBoxed(30_000, 0, 30_240)).toBeNull();
  });
  it('labels what it rests on', () => {
    expect(timeBoxLabel(1_200, 30_240)).toBe('projected from 1,200 of 30,240 tags');
  });
});

describe('projectToTags', () => {
  it('projects a 1,040-tag batch measurement to 30,240 tags and judges it against the 5-minute SLA', () => {
    const p = projectToTags(summary({}));
    expect(p).toMatchObject({ tags: ENTERPRISE_TAG_COUNT, elapsedMs: 15_120, slaMs: SLA_MS, feasible: true, isProjection: true, basisTags: 1040, basisMs: 520 });
    expect(p?.label).toBe('projected from 1,040 measured tags at 2,000 tags/s');
  });

  it('marks a sequential rate that would miss the SLA as infeasible', () => {
    const p = projectToTags(summary({ mode: 'sequential', elapsedMs: 31_200 }));
    expect(p?.elapsedMs).toBe(907_200);
    expect(p?.feasible).toBe(false);
  });

  it('uses a time-boxed mode at the rate of the tags it landed', () => {
    const p = projectToTags(summary({ mode: 'sequential', tagsTotal: 30_240, tagsLanded: 1_000, elapsedMs: 30_000, timeBoxed: true }));
    expect(p?.elapsedMs).toBe(907_200);
    expect(p?.isProjection).toBe(true);
  });

  it('is a measurement, not a projection, when the mode read exactly that many tags', () => {
    const p = projectToTags(summary({ tagsTotal: 30_240, tagsLanded: 30_240, elapsedMs: 2_100 }));
    expect(p).toMatchObject({ elapsedMs: 2_100, isProjection: false, feasible: true, label: 'measured: 30,240 tags' });
  });

  it('answers null for a mode that landed nothing', () => {
    expect(projectToTags(summary({ tagsLanded: 0, elapsedMs: 0 }))).toBeNull();
  });
});
