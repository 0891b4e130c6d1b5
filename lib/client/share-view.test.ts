import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../api-contract';
import { initialRunState, runStateReducer, type RunState } from './run-state';
import { applyShareEvent } from './share-view';

type ShareEvent = Extract<RunEvent, { type: 'share' }>;

function share(share: number, patch: Partial<ShareEvent> = {}): ShareEvent {
  return { type: 'share', mode: 'batch', share, shares: 3, processKind: 'local-processes', state: 'running', worker: `local:${100 + share}`, host: 'h1', attempt: 1, tagsDone: 0, tagsTotal: 10, values: 0, message: null, ...patch };
}

describe('share views', () => {
  it('keep one view per share, in share order, the latest event winning', () => {
    let views = applyShareEvent([], share(3));
    views = applyShareEvent(views, share(1));
    views = applyShareEvent(views, share(3, { tagsDone: 7, attempt: 2, worker: 'local:999' }));
    expect(views.map((v) => [v.share, v.worker, v.tagsDone, v.attempt])).toEqual([
      [1, 'local:101', 0, 1],
      [3, 'local:999', 7, 2],
    ]);
  });

  it('fold into the run state per mode, reset when the mode starts again, and take the summary as final', () => {
    let state: RunState = initialRunState;
    const fold = (event: RunEvent) => (state = runStateReducer(state, { kind: 'event', event }));
    fold({ type: 'mode-started', mode: 'batch', tagsTotal: 30, atMs: 0 });
    fold(share(1, { tagsDone: 4 }));
    fold(share(2, { state: 'retrying', message: 'local:102 was killed (SIGKILL) before answering' }));
    expect(state.modes[0]?.shares.map((s) => s.state)).toEqual(['running', 'retrying']);
    fold({
      type: 'mode-finished',
      summary: {
        mode: 'batch', tagsTotal: 30, tagsLanded: 30, tagsFailed: 0, values: 300, httpRequests: 3, bytes: 1, elapsedMs: 10, valuesPerSecond: 1, retries: 0,
        failedTags: [], timeBoxed: false, projection: null, partitions: 2, processKind: 'local-processes',
        shares: [
          { share: 1, state: 'completed', worker: 'local:101', host: 'h1', attempts: 1, elapsedMs: 5, values: 150, tags: 15, failedReason: null },
          { share: 2, state: 'completed', worker: 'local:202', host: 'h1', attempts: 2, elapsedMs: 6, values: 150, tags: 15, failedReason: null },
        ],
      },
    });
    expect(state.modes[0]?.shares.map((s) => [s.state, s.worker, s.attempt])).toEqual([
      ['done', 'local:101', 1],
      ['done', 'local:202', 2],
    ]);
    fold({ type: 'mode-started', mode: 'batch', tagsTotal: 30, atMs: 1 });
    expect(state.modes[0]?.shares).toEqual([]);
  });
});
