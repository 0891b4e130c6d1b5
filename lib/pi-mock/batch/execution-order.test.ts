import { describe, expect, it } from 'vitest';
import { executionOrder } from './execution-order';
import type { SubRequest } from './parse-batch';

const req = (...parents: string[]): SubRequest => ({ Method: 'GET', Resource: '/piwebapi/', ...(parents.length ? { ParentIds: parents } : {}) });

function errorOf(requests: Map<string, SubRequest>): string {
  const order = executionOrder(requests);
  if (order.ok) throw new Error('expected a cycle');
  return order.error;
}

describe('executionOrder', () => {
  it('puts parents before dependants, otherwise keeps body order', () => {
    const requests = new Map([['c', req('b')], ['b', req('a')], ['a', req()], ['d', req()], ['e', req('a', 'd')]]);
    expect(executionOrder(requests)).toEqual({ ok: true, value: ['a', 'b', 'c', 'd', 'e'] });
  });

  it('names a short cycle with the walk that led into it, as before', () => {
    expect(errorOf(new Map([['a', req('b')], ['b', req('a')]]))).toBe('The batch requests form a cycle through their ParentIds: a -> b -> a.');
    expect(errorOf(new Map([['c', req('b')], ['b', req('a')], ['a', req('b')]]))).toBe(
      'The batch requests form a cycle through their ParentIds: c -> b -> a -> b.',
    );
  });

  it('orders a chain of 10,000 ParentIds without recursion (a stack overflow before)', () => {
    const requests = new Map<string, SubRequest>();
    for (let i = 9_999; i >= 0; i--) requests.set(String(i), i === 0 ? req() : req(String(i - 1)));
    const order = executionOrder(requests);
    expect(order.ok && order.value.length).toBe(10_000);
    expect(order.ok && order.value.slice(0, 3)).toEqual(['0', '1', '2']);
  });

  it('names a 10,000-long cycle briefly: the first few ids and the count', () => {
    const requests = new Map<string, SubRequest>();
    for (let i = 0; i < 10_000; i++) requests.set(`r${i}`, req(`r${(i + 1) % 10_000}`));
    const message = errorOf(requests);
    expect(message).toBe('The batch requests form a cycle through their ParentIds: r0 -> r1 -> r2 -> r3 -> r4 -> ... -> r0 (10000 requests in the cycle).');
  });

  it('names only the cycle when a long chain leads into a short one', () => {
    const requests = new Map<string, SubRequest>();
    for (let i = 0; i < 50; i++) requests.set(`c${i}`, req(`c${i + 1}`));
    requests.set('c50', req('x'));
    requests.set('x', req('y'));
    requests.set('y', req('x'));
    expect(errorOf(requests)).toBe('The batch requests form a cycle through their ParentIds: x -> y -> x (2 requests in the cycle).');
  });
});
