/** Test support: a world with a fixed event-frame anchor and a fixed server clock. */
import type { MockOptionsInput } from '../options';
import { MockWorld } from '../world';

export const TEST_ANCHOR_MS = Date.parse('2024-01-08T00:00:00Z');
/** The server clock of test worlds: two hours after the anchor. */
export const TEST_NOW_MS = TEST_ANCHOR_MS + 2 * 3_600_000;

export function testWorld(options: MockOptionsInput = {}): MockWorld {
  const world = new MockWorld({ seed: 1, anchorMs: TEST_ANCHOR_MS, ...options });
  world.nowMs = () => TEST_NOW_MS;
  return world;
}
