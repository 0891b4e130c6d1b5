import { describe, expect, it } from 'vitest';
import { returnTail, takeBuffer } from './buffer-slab';
import { ByteWriter } from './byte-writer';

describe('buffer slabs', () => {
  it('never hands out bytes of a finished body again', () => {
    const a = new ByteWriter(1024);
    a.raw('{"a":1}');
    const bodyA = a.finish();
    const b = new ByteWriter(1024);
    b.bytes(Buffer.alloc(1024, 'x'));
    b.finish();
    expect(bodyA.toString()).toBe('{"a":1}');
  });

  it('reuses the unused tail of the latest body for the next one', () => {
    const first = takeBuffer(1024);
    returnTail(first, 16);
    const second = takeBuffer(64);
    expect(second.buffer).toBe(first.buffer);
    expect(second.byteOffset).toBe(first.byteOffset + 16);
  });

  it('ignores a tail that is no longer the latest carve', () => {
    const first = takeBuffer(256);
    const second = takeBuffer(256).fill('b');
    returnTail(first, 0);
    takeBuffer(512).fill('c');
    expect(second.toString()).toBe('b'.repeat(256));
  });

  it('keeps a writer usable after finish: later writes start a new buffer', () => {
    const w = new ByteWriter(256);
    w.raw('abc');
    const before = w.finish();
    const next = new ByteWriter(256);
    next.raw('zzz');
    w.raw('def');
    expect(w.finish().toString()).toBe('abcdef');
    expect(before.toString()).toBe('abc');
    expect(next.finish().toString()).toBe('zzz');
  });

  it('gives large bodies a buffer of their own', () => {
    const big = takeBuffer(1024 * 1024);
    expect(big.length).toBe(1024 * 1024);
    expect(takeBuffer(64).buffer).not.toBe(big.buffer);
  });
});
