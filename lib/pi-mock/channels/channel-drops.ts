/**
 * `--channel-drop-rate R`: the share of open sockets cut per minute. Each poll cuts each socket
 * with p = 1 - (1 - R)^(pollMs / 60,000), so over a minute of polls a socket survives with
 * probability 1 - R. Seeded (mulberry32 of the world's seed) so a failing reconnect test repeats.
 * A cut is `terminate()`: the TCP socket goes away without a close frame (the client sees 1006),
 * as when a network path or a proxy drops a connection.
 */
import { seededRandom } from '../seeded-random';

export class ChannelDrops {
  private readonly random: () => number;
  private readonly perPoll: number;

  constructor(seed: number, ratePerMinute: number, pollMs: number) {
    this.random = seededRandom(seed ^ 0x5bd1e995);
    this.perPoll = ratePerMinute <= 0 ? 0 : ratePerMinute >= 1 ? 1 : 1 - Math.pow(1 - ratePerMinute, pollMs / 60_000);
  }

  /** One draw per socket per poll. */
  shouldDrop(): boolean {
    if (this.perPoll === 0) return false;
    return this.random() < this.perPoll;
  }
}
