/**
 * A link's bandwidth as a token bucket of bytes, shared by every response of one listener (as a
 * real link is shared by every transfer on it). Reservations may run the bucket into debt: the
 * caller waits until the debt is paid, and later callers queue behind it, so concurrent responses
 * together never exceed the rate however they interleave. Timers oversleep by a millisecond or so;
 * the bucket refills meanwhile (up to its burst), so the rate holds over any stretch longer than
 * a few slices instead of drifting low.
 */

/** Milliseconds since some fixed origin; injected so tests run on a fake clock. */
export type Clock = () => number;

/** Bytes that may go out back to back after an idle spell: 10 ms of the rate, at least one slice. */
export const BURST_SECONDS = 0.01;
/** Largest piece one response writes before queueing again, so concurrent responses interleave. */
export const SLICE_BYTES = 64 * 1024;

export class TokenBucket {
  private tokens: number;
  private lastMs: number;

  /** `rateBytesPerSecond` 0: unlimited (every reservation is free). */
  constructor(
    private rateBytesPerSecond: number,
    private readonly now: Clock,
  ) {
    this.lastMs = now();
    this.tokens = this.burstBytes();
  }

  /** Changes the rate from now on (a switched network profile); bytes already reserved keep their slot. */
  setRate(rateBytesPerSecond: number): void {
    if (rateBytesPerSecond === this.rateBytesPerSecond) return;
    this.refill();
    this.rateBytesPerSecond = rateBytesPerSecond;
    this.tokens = Math.min(this.tokens, this.burstBytes());
  }

  get unlimited(): boolean {
    return this.rateBytesPerSecond <= 0;
  }

  /** Takes `bytes` from the bucket; answers how long (ms) the caller must wait before sending them. */
  reserve(bytes: number): number {
    if (this.unlimited) return 0;
    this.refill();
    this.tokens -= bytes;
    return this.tokens >= 0 ? 0 : (-this.tokens / this.rateBytesPerSecond) * 1000;
  }

  private burstBytes(): number {
    return Math.max(SLICE_BYTES, this.rateBytesPerSecond * BURST_SECONDS);
  }

  private refill(): void {
    const nowMs = this.now();
    const elapsedMs = Math.max(0, nowMs - this.lastMs);
    this.lastMs = nowMs;
    if (this.unlimited) return;
    this.tokens = Math.min(this.burstBytes(), this.tokens + (elapsedMs / 1000) * this.rateBytesPerSecond);
  }
}
