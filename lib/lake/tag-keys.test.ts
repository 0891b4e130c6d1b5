import { describe, expect, it } from 'vitest';
import { TagKeys } from './tag-keys';

describe('TagKeys', () => {
  it('numbers WebIds 1, 2, 3... in first-seen order, keeps a key for a WebId seen again, and gives every WebId back', () => {
    const tags = new TagKeys();
    // Enough to grow the bytes, the key ends and the hash table several times; some non-ASCII.
    const webIds = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? `Ü-${i}-€` : `F1DPmN8JxQhI0UGw${i.toString(36)}`));
    webIds.forEach((webId, i) => expect(tags.keyFor(webId)).toBe(i + 1));
    for (let i = webIds.length - 1; i >= 0; i -= 3) expect(tags.keyFor(webIds[i]!)).toBe(i + 1);
    expect(tags.count).toBe(webIds.length);
    expect(Array.from({ length: webIds.length }, (_, i) => tags.webIdOf(i + 1))).toEqual(webIds);
    expect(tags.keyFor('new')).toBe(webIds.length + 1);
    // A prefix of a stored WebId is another WebId.
    expect(tags.keyFor('F1DPmN8JxQhI0UGw')).toBe(webIds.length + 2);
  });

  it('interns a WebId a record names without registering it; registering it later keeps its key', () => {
    const tags = new TagKeys();
    expect(tags.keyFor('A')).toBe(1);
    expect(tags.internKey('B')).toBe(2);
    expect(tags.internKey('A')).toBe(1);
    expect([tags.has(1), tags.has(2), tags.webIdOf(2)]).toEqual([true, false, 'B']);
    expect(tags.keyFor('B')).toBe(2);
    expect(tags.has(2)).toBe(true);
  });

  it('refuses keys it never gave', () => {
    const tags = new TagKeys();
    tags.keyFor('A');
    expect(tags.has(1)).toBe(true);
    for (const key of [0, 2, 1.5, -1]) {
      expect(tags.has(key)).toBe(false);
      expect(() => tags.webIdOf(key)).toThrow(/not registered/);
    }
  });
});
