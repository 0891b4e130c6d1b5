/**
 * Coalesces the back-fills sockets ask for: every request waiting when the previous back-fill
 * ends is served by one (one server time, one recorded read of all their tags in stream-set
 * batches, one landing sequence). At start-up 152 sockets of a 30,240-tag tail otherwise each
 * landed their own back-fill in turn while the others' channel frames waited (lag p95 19 s
 * measured); together they take one pass. Every socket in a pass was open before its server time
 * was taken, so what the channel sends after it is complete for each of them.
 */
export interface SyncRequest {
  tagIndexes: readonly number[];
  first: boolean;
}

/** Back-fills the union of the requests' tags; answers the tag indexes that were not landed and why. */
export type SyncWork = (requests: readonly SyncRequest[]) => Promise<{ failed: ReadonlySet<number>; failure: string | null }>;

export class SyncQueue {
  private waiting: Array<{ request: SyncRequest; resolve: (failure: string | null) => void }> = [];
  private running = false;

  constructor(private readonly work: SyncWork) {}

  /** Resolves null once the request's tags are landed up to a server time, or with why not. */
  request(request: SyncRequest): Promise<string | null> {
    return new Promise((resolve) => {
      this.waiting.push({ request, resolve });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0);
        try {
          const { failed, failure } = await this.work(batch.map((b) => b.request));
          for (const b of batch) b.resolve(b.request.tagIndexes.some((i) => failed.has(i)) ? (failure ?? 'some tags were not landed') : null);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          for (const b of batch) b.resolve(reason);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
