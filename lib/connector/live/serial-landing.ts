/**
 * One writer for a live tail: micro-batches of channel values and back-fill chunks of every
 * socket land one at a time, in the order they were handed over. A tag's back-fill and its next
 * micro-batch must never interleave, and DuckDB serialises writers anyway.
 */
import type { LandingSink } from '../../landing';

export class SerialLanding {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `work` after everything queued before it; its failure does not block what follows. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => {});
    return next;
  }

  /** `sink` with its landValues queued behind this writer (what the back-fill's strategy lands through). */
  wrap(sink: LandingSink): LandingSink {
    return {
      replacesWindows: sink.replacesWindows,
      registerTags: (source, tags) => sink.registerTags(source, tags),
      coverage: (keys) => sink.coverage(keys),
      landValues: (columns, windows, runId) => this.run(() => sink.landValues(columns, windows, runId)),
      landAfElements: (source, rows) => sink.landAfElements(source, rows),
      landEventFrames: (source, window, rows) => sink.landEventFrames(source, window, rows),
    };
  }
}
