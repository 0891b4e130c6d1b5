import { describe, expect, it } from 'vitest';
import { returnBody, takeBody } from './body-pool';

describe('body pool', () => {
  it('lends large bodies of exactly the size asked and reuses one only after it is returned', () => {
    const a = takeBody(700_000);
    expect(a.length).toBe(700_000);
    const b = takeBody(700_000);
    expect(b.buffer).not.toBe(a.buffer);
    returnBody(a);
    const c = takeBody(600_000);
    expect(c.buffer).toBe(a.buffer);
    expect(c.length).toBe(600_000);
  });

  it('ignores a body returned twice, and bodies it did not lend', () => {
    const a = takeBody(300_000);
    returnBody(a);
    returnBody(a);
    const b = takeBody(300_000);
    const c = takeBody(300_000);
    expect(b.buffer).toBe(a.buffer);
    expect(c.buffer).not.toBe(a.buffer);
    expect(() => returnBody(Buffer.alloc(10))).not.toThrow();
  });
});
