import { describe, expect, it } from 'vitest';
import { linkSignals } from './linked-signal';

describe('linkSignals', () => {
  it('passes a lone signal through and handles none', () => {
    const only = new AbortController().signal;
    expect(linkSignals(undefined, only).signal).toBe(only);
    expect(linkSignals(undefined, undefined).signal).toBeUndefined();
  });

  it('aborts when either source aborts, with its reason', () => {
    const run = new AbortController();
    const call = new AbortController();
    const linked = linkSignals(run.signal, call.signal);
    expect(linked.signal?.aborted).toBe(false);
    call.abort('stop');
    expect(linked.signal?.aborted).toBe(true);
    expect(linked.signal?.reason).toBe('stop');
  });

  it('starts aborted when a source already is', () => {
    expect(linkSignals(new AbortController().signal, AbortSignal.abort()).signal?.aborted).toBe(true);
  });

  it('stops listening after dispose', () => {
    const run = new AbortController();
    const linked = linkSignals(run.signal, new AbortController().signal);
    linked.dispose();
    run.abort();
    expect(linked.signal?.aborted).toBe(false);
  });
});
