import { describe, expect, it } from 'vitest';
import { RunHandle } from './run-handle';
import { fixedEventStream, runEventStream, storedRunEvents } from './run-event-stream';
import { runEvent, runSettings, type RunEvent, type RunFigures } from '../api-contract';

const settings = runSettings.parse({});
const figures: RunFigures = { modes: [], speedup: 12.5, speedupIsProjection: false, afElements: 7, eventFrames: 3 };

async function readLines(stream: ReadableStream<Uint8Array>): Promise<RunEvent[]> {
  const text = await new Response(stream).text();
  expect(text.endsWith('\n')).toBe(true);
  return text.trimEnd().split('\n').map((line) => runEvent.parse(JSON.parse(line)));
}

describe('runEventStream', () => {
  it('replays from the first event, follows live, and closes after the terminal event', async () => {
    const handle = new RunHandle('r1', settings, 0);
    handle.emit({ type: 'mode-started', mode: 'batch', tagsTotal: 2, atMs: 1 });
    const reading = readLines(runEventStream(handle));
    handle.emit({ type: 'progress', mode: 'batch', tagsDone: 2, tagsFailed: 0, tagsTotal: 2, values: 122, httpRequests: 1, elapsedMs: 3 });
    handle.emit({ type: 'finished', figures, atMs: 9 });
    expect((await reading).map((e) => e.type)).toEqual(['mode-started', 'progress', 'finished']);
  });

  it('unsubscribes a reader that goes away', async () => {
    const handle = new RunHandle('r1', settings, 0);
    const abort = new AbortController();
    const reader = runEventStream(handle, abort.signal).getReader();
    handle.emit({ type: 'mode-started', mode: 'batch', tagsTotal: 2, atMs: 1 });
    expect((await reader.read()).done).toBe(false);
    abort.abort();
    expect((await reader.read()).done).toBe(true);
    // Emitting after the reader left must not throw into the run.
    handle.emit({ type: 'finished', figures, atMs: 9 });
  });
});

describe('storedRunEvents', () => {
  const item = { runId: 'r9', settings, startedAtMs: 100, finishedAtMs: 200, figures };
  it.each([
    ['finished', { type: 'finished', figures, atMs: 200 }],
    ['cancelled', { type: 'failed', code: 'cancelled', atMs: 200 }],
    ['failed', { type: 'failed', code: 'failed', atMs: 200 }],
  ] as const)('streams the terminal event a %s history row supports', async (status, expected) => {
    const events = await readLines(fixedEventStream(storedRunEvents({ ...item, status })));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject(expected);
  });
});
