import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeListener, currentWorld, ensureListener, reconfigure, setTagCount, status, type EmbeddedMockStatus } from './embedded';

// The status before any test switches the tier: the tests below may run in any order.
let first: EmbeddedMockStatus;
beforeAll(() => {
  first = status();
});

afterAll(async () => {
  await closeListener();
});

describe('embedded mock', () => {
  it('starts at the default tier with a measured start-up time', () => {
    expect(process.env.MOCK_PI_TAG_COUNT ?? '').toBe('');
    expect(first).toMatchObject({
      tagCount: 128,
      requestedTagCount: 128,
      plants: 4,
      unitsPerPlant: 4,
      sensorsPerUnit: 8,
      intervalSeconds: 60,
      internalUrl: null,
    });
    expect(first.startupMs).toBeGreaterThan(0);
  });

  // Requests map onto grids like the seed (lib/tiers.ts); a tier's own count maps to itself.
  it.each([
    [1040, 1040, 10, 13],
    [30240, 30240, 60, 63],
    [1041, 10000, 25, 50],
    [1000, 1040, 10, 13],
    [150, 128, 4, 4],
  ])('a request for %i tags serves %i: %i plants x %i units', (requested, tagCount, plants, unitsPerPlant) => {
    const before = currentWorld();
    const next = setTagCount(requested);
    expect(next.requestedTagCount).toBe(requested);
    expect(next.tagCount).toBe(tagCount);
    expect(next).toMatchObject({ plants, unitsPerPlant, sensorsPerUnit: 8 });
    expect(currentWorld()).not.toBe(before);
    expect(currentWorld().catalogue.count).toBe(next.tagCount);
  });

  it('keeps the other options across a switch', () => {
    expect(reconfigure({ intervalSeconds: 10 }).intervalSeconds).toBe(10);
    const next = setTagCount(1000);
    expect(next.intervalSeconds).toBe(10);
    expect(next.tagCount).toBe(1040);
    expect(reconfigure({ intervalSeconds: 60 }).intervalSeconds).toBe(60);
  });

  it('rejects a tag count that is not a positive integer and keeps the world', () => {
    const before = currentWorld();
    expect(() => setTagCount(0)).toThrow();
    expect(currentWorld()).toBe(before);
  });

  it('starts one node:http listener that serves the current world', async () => {
    const [url, again] = await Promise.all([ensureListener(), ensureListener()]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/piwebapi$/);
    expect(again).toBe(url);
    expect(status().internalUrl).toBe(url);

    const response = await fetch(`${url}/dataservers`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { Items: unknown[] };
    expect(body.Items).toHaveLength(1);
  });

  it('closes the listener and forgets its URL', async () => {
    const url = await ensureListener();
    await closeListener();
    expect(status().internalUrl).toBeNull();
    await expect(fetch(`${url}/dataservers`)).rejects.toThrow();
  });
});
