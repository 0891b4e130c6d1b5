import { describe, expect, it } from 'vitest';
import { describeThrown } from './describe-thrown';

describe('describeThrown', () => {
  it('an Error: its message', () => {
    expect(describeThrown(new TypeError('data.levels is undefined'))).toBe('data.levels is undefined');
  });

  it('a server error: the message and the digest that finds it in the server log', () => {
    const error = Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '2417316925' });
    expect(describeThrown(error)).toBe('An error occurred in the Server Components render. (server log reference 2417316925)');
  });

  it('an Error without a message: its name', () => {
    expect(describeThrown(new RangeError())).toBe('RangeError');
  });

  it('a thrown string as is, anything else said plainly', () => {
    expect(describeThrown('tier switch failed')).toBe('tier switch failed');
    expect(describeThrown({ code: 1 })).toBe('Something unexpected was thrown.');
    expect(describeThrown(undefined)).toBe('Something unexpected was thrown.');
  });
});
