/**
 * `--channel-drop-rate R`: the share of open sockets cut per minute. Each poll cuts each socket
 * with p = 1 - (1 - R)^(pollMs / 60,000), so over a minute of polls a socket survives with
 * probability 1 - R. Seeded (mulberry32 of the world's seed) so a failing reconnect test repeats.
 * A cut is `terminate()`: the TCP socket goes away without a close frame (the client sees 1006),
 * as when a network path or a proxy drops a connection.
 */
export class ChannelDrops {
  private state: number;
  private readonly perPoll: number;

  constructor(seed: number, ratePerMinute: number, pollMs: number) {
    this.state = (seed ^ 0x5bd1e995) >>> 0;
    this.perPoll = ratePerMinute <= 0 ? 0 : ratePerMinute >= 1 ? 1 : 1 - Math.pow(1 - ratePerMinute, pollMs / 60_000);
  }

  /** One draw per socket per poll. */
  shouldDrop(): boolean {
    if (this.perPoll === 0) return false;
    return this.next() < this.perPoll;
  }

  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
