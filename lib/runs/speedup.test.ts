import { describe, expect, it } from 'vitest';
import { PROJECTION_MIN_MS, PROJECTION_MIN_TAGS, projectionReady, projectionRuleText, wholeSetTime, type ModeTiming } from './projection-rule';
import { speedupOf } from './speedup';

function timing(patch: Partial<ModeTiming>): ModeTiming {
  return { mode: 'sequential', tagsTotal: 10_000, tagsRead: 0, elapsedMs: 0, complete: false, ...patch };
}

const batch = timing({ mode: 'batch', tagsRead: 10_000, elapsedMs: 2_000, complete: true });

describe('the projection rule', () => {
  it(`needs ${PROJECTION_MIN_TAGS} tags and ${PROJECTION_MIN_MS} ms`, () => {
    expect(projectionReady(PROJECTION_MIN_TAGS, PROJECTION_MIN_MS)).toBe(true);
    expect(projectionReady(PROJECTION_MIN_TAGS - 1, 60_000)).toBe(false);
    expect(projectionReady(5_000, PROJECTION_MIN_MS - 1)).toBe(false);
    expect(projectionRuleText()).toBe('a projection appears once 50 tags and 2 s of the mode are measured');
  });

  it('measures a complete mode, projects a ready one, and holds back the rest', () => {
    expect(wholeSetTime(timing({ tagsRead: 10_000, elapsedMs: 300_000, complete: true }))).toEqual({ kind: 'measured', ms: 300_000 });
    expect(wholeSetTime(timing({ tagsRead: 100, elapsedMs: 3_000 }))).toEqual({ kind: 'projected', ms: 300_000, basisTags: 100, totalTags: 10_000, basisMs: 3_000 });
    expect(wholeSetTime(timing({ tagsRead: 20, elapsedMs: 3_000 }))).toEqual({ kind: 'pending', basisTags: 20, totalTags: 10_000, basisMs: 3_000 });
  });
});

describe('speedupOf', () => {
  it('is sequential time over the finished batch time', () => {
    expect(speedupOf([batch, timing({ tagsRead: 10_000, elapsedMs: 300_000, complete: true })])).toMatchObject({ kind: 'ready', factor: 150, isProjection: false });
  });

  it('projects a sequential mode under way once the rule allows, and is pending before', () => {
    expect(speedupOf([batch, timing({ tagsRead: 100, elapsedMs: 3_000 })])).toMatchObject({ kind: 'ready', factor: 150, isProjection: true });
    expect(speedupOf([batch, timing({ tagsRead: 10, elapsedMs: 300 })])).toEqual({
      kind: 'pending',
      sequential: { kind: 'pending', basisTags: 10, totalTags: 10_000, basisMs: 300 },
      fast: { mode: 'batch', ms: 2_000 },
    });
  });

  it('waits for batch to finish, and falls back to streamsets without batch', () => {
    expect(speedupOf([{ ...batch, complete: false }, timing({ tagsRead: 100, elapsedMs: 3_000 })])).toBeNull();
    expect(speedupOf([{ ...batch, mode: 'streamsets' }, timing({ tagsRead: 100, elapsedMs: 3_000 })])).toMatchObject({ kind: 'ready', fast: { mode: 'streamsets' } });
    expect(speedupOf([batch])).toBeNull();
  });
});
