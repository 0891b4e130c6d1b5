import { describe, expect, it } from 'vitest';
import { parseBatchBody } from './parse-batch';

const body = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('parseBatchBody', () => {
  it('accepts an id-keyed body with case-insensitive property names', () => {
    const parsed = parseBatchBody(body({ a: { method: 'GET', resource: 'http://h/piwebapi/points/x' }, b: { Resource: '/piwebapi/', ParentIds: ['a'] } }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect([...parsed.value.requests.keys()]).toEqual(['a', 'b']);
    expect(parsed.value.requests.get('a')?.Method).toBe('GET');
    expect(parsed.value.requests.get('b')?.Method).toBe('GET');
  });

  it.each([
    [null, 'empty'],
    [Buffer.from('{not json'), 'not valid JSON'],
    [body([1, 2]), 'JSON object keyed by request id'],
    [body({}), 'no requests'],
    [body({ a: { Method: 'GET' } }), "needs a 'Resource' or a 'RequestTemplate'"],
    [body({ a: { Resource: '/piwebapi/', ParentIds: ['zz'] } }), "parent 'zz' that is not in the batch"],
    [body({ a: { RequestTemplate: { Resource: '{0}' } } }), 'no \'Parameters\''],
    [body({ a: { Resource: 5 } }), "batch request 'a' is invalid"],
  ])('rejects a bad body with a message a user can act on (%#)', (raw, message) => {
    const parsed = parseBatchBody(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.join(' ')).toContain(message);
  });

  it('bounds the error body: the first 20 problems, the first 5 issues each, ids clipped', () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [String(i), { Method: 'GET' }]));
    const manyErrors = parseBatchBody(body(many));
    expect(!manyErrors.ok && manyErrors.error).toHaveLength(21);
    if (!manyErrors.ok) expect(manyErrors.error[20]).toBe('... and 980 more invalid batch requests.');
    const params = parseBatchBody(body({ a: { Resource: '/piwebapi/', Parameters: Array.from({ length: 10_000 }, () => 1) } }));
    if (params.ok) throw new Error('expected a 400');
    expect(params.error[0]).toContain('(and 9995 more issues)');
    expect(params.error[0]!.length).toBeLessThan(1000);
    const longId = parseBatchBody(body({ ['k'.repeat(100_000)]: { Method: 'GET' } }));
    if (longId.ok) throw new Error('expected a 400');
    expect(longId.error[0]!.length).toBeLessThan(400);
  });

  it('ignores a __proto__ property instead of reading fields through it', () => {
    const parsed = parseBatchBody(Buffer.from('{"a":{"__proto__":{"Resource":"/piwebapi/system"}}}'));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error[0]).toContain("needs a 'Resource'");
  });

  it("rejects the seed's list-shaped body (seed compatibility reads it in compat/seed-batch-body.ts)", () => {
    const listBody = body({ Requests: [{ Method: 'GET', Resource: '/piwebapi/' }, { Method: 'GET', Resource: '/piwebapi/system' }] });
    const strict = parseBatchBody(listBody);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.error[0]).toContain('keyed by request id');
  });
});
