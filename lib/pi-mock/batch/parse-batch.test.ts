import { describe, expect, it } from 'vitest';
import { executionOrder, parseBatchBody } from './parse-batch';

const body = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('parseBatchBody', () => {
  it('accepts an id-keyed body with case-insensitive property names', () => {
    const parsed = parseBatchBody(body({ a: { method: 'GET', resource: 'http://h/piwebapi/points/x' }, b: { Resource: '/piwebapi/', ParentIds: ['a'] } }), false);
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
    const parsed = parseBatchBody(raw, false);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.join(' ')).toContain(message);
  });

  it("rejects the seed's list-shaped body unless seed compatibility is on", () => {
    const listBody = body({ Requests: [{ Method: 'GET', Resource: '/piwebapi/' }, { Method: 'GET', Resource: '/piwebapi/system' }] });
    const strict = parseBatchBody(listBody, false);
    expect(strict.ok).toBe(false);
    if (!strict.ok) expect(strict.error[0]).toContain('keyed by request id');
    const compat = parseBatchBody(listBody, true);
    expect(compat.ok && compat.value.listShaped).toBe(true);
    expect(compat.ok && [...compat.value.requests.keys()]).toEqual(['0', '1']);
  });
});

describe('executionOrder', () => {
  it('puts parents before dependants and reports cycles', () => {
    const parsed = parseBatchBody(body({ c: { Resource: '/piwebapi/', ParentIds: ['b'] }, b: { Resource: '/piwebapi/', ParentIds: ['a'] }, a: { Resource: '/piwebapi/' } }), false);
    if (!parsed.ok) throw new Error('parse failed');
    expect(executionOrder(parsed.value.requests)).toEqual({ ok: true, value: ['a', 'b', 'c'] });
    const cyclic = parseBatchBody(body({ a: { Resource: '/piwebapi/', ParentIds: ['b'] }, b: { Resource: '/piwebapi/', ParentIds: ['a'] } }), false);
    if (!cyclic.ok) throw new Error('parse failed');
    const order = executionOrder(cyclic.value.requests);
    expect(order.ok).toBe(false);
    if (!order.ok) expect(order.error).toContain('cycle');
  });
});
