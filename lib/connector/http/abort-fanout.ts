/**
 * A client's many concurrent calls abort with its one long-lived signal (the run's) through a
 * single listener on it: each call gets its own controller, held in a set while the call runs,
 * and the one listener aborts them all. Handing the run's signal to every request instead put one
 * listener per request in flight on it (undici adds one per request): 20 partitions of sequential,
 * or a concurrency above 10, logged MaxListenersExceededWarning.
 */

export interface CallSignal {
  signal: AbortSignal | undefined;
  /** Drops the call's controller once it has ended. */
  release(): void;
}

export class AbortFanout {
  private readonly live = new Set<AbortController>();
  private readonly onAbort = () => {
    for (const controller of this.live) controller.abort(this.source?.reason);
  };

  constructor(private readonly source: AbortSignal | undefined) {
    source?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Calls in flight that the one listener on the source would abort. */
  get calls(): number {
    return this.live.size;
  }

  call(): CallSignal {
    if (!this.source) return { signal: undefined, release: () => undefined };
    const controller = new AbortController();
    if (this.source.aborted) controller.abort(this.source.reason);
    else this.live.add(controller);
    return { signal: controller.signal, release: () => this.live.delete(controller) };
  }

  dispose(): void {
    this.source?.removeEventListener('abort', this.onAbort);
    this.live.clear();
  }
}
