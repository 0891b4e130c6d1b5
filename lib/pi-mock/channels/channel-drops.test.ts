import { describe, expect, it } from 'vitest';
import { ChannelDrops } from './channel-drops';

/** Share of `sockets` cut within one minute of polls at `pollMs`. */
function shareCutInAMinute(rate: number, pollMs: number, sockets: number, seed = 1): number {
  const drops = new ChannelDrops(seed, rate, pollMs);
  let alive = sockets;
  for (let poll = 0; poll < 60_000 / pollMs; poll++) {
    let cut = 0;
    for (let s = 0; s < alive; s++) if (drops.shouldDrop()) cut++;
    alive -= cut;
  }
  return (sockets - alive) / sockets;
}

describe('ChannelDrops', () => {
  it.each([
    [0.1, 1000],
    [0.1, 100],
    [0.5, 1000],
  ])('cuts about %s of the sockets per minute at a %s ms poll', (rate, pollMs) => {
    expect(shareCutInAMinute(rate, pollMs, 20_000)).toBeCloseTo(rate, 2);
  });

  it('cuts none at rate 0 and all at the first poll at rate 1', () => {
    expect(shareCutInAMinute(0, 100, 1000)).toBe(0);
    const drops = new ChannelDrops(1, 1, 100);
    expect(Array.from({ length: 100 }, () => drops.shouldDrop()).every(Boolean)).toBe(true);
  });

  it('repeats the same cuts for the same seed and differs for another', () => {
    const draws = (seed: number) => {
      const d = new ChannelDrops(seed, 0.5, 1000);
      return Array.from({ length: 200 }, () => d.shouldDrop());
    };
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });
});
