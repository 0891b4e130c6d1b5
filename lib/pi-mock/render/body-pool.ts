/**
 * Large response bodies (a batch answer of 100 recorded reads is ~0.7 MB) reused once their
 * socket has written them. Fresh ones cost the mock more in garbage collection than in rendering:
 * each is external memory, and ~220 MB of them per 30,240-tag extraction set off 17-24 full
 * mark-compacts of the world's heap (measured by profiling the mock during the benchmark).
 *
 * Only the node:http server gives bodies back (after `res.end` reports them written); a body
 * that goes anywhere else (Next's route handler) is simply never returned and is collected as usual.
 */
const MIN_POOLED_BYTES = 64 * 1024;
/** Up to the 32 MiB class: a recorded read of 150,000 values (~25 MB, buffer-slab.ts). */
const MAX_POOLED_BYTES = 32 * 1024 * 1024;
/** Per size class: enough for the requests in flight, not a hoard. */
const MAX_FREE_PER_CLASS = 8;
/** Free bytes kept per size class: the large classes keep fewer buffers. */
const MAX_FREE_BYTES_PER_CLASS = 64 * 1024 * 1024;

const free = new Map<number, Buffer[]>();
/** The whole pooled buffer behind each body lent out (keyed by its ArrayBuffer). */
const lent = new WeakMap<ArrayBufferLike, Buffer>();

function sizeClass(bytes: number): number {
  return 2 ** Math.ceil(Math.log2(bytes));
}

/** An uninitialised buffer of exactly `bytes`, pooled when it is large. */
export function takeBody(bytes: number): Buffer {
  if (bytes < MIN_POOLED_BYTES || bytes > MAX_POOLED_BYTES) return Buffer.allocUnsafe(bytes);
  const size = sizeClass(bytes);
  const whole = free.get(size)?.pop() ?? Buffer.allocUnsafeSlow(size);
  lent.set(whole.buffer, whole);
  return whole.subarray(0, bytes);
}

/** Gives a body back once nothing will read it again; bodies not from the pool are ignored. */
export function returnBody(body: Buffer): void {
  const whole = lent.get(body.buffer);
  if (whole === undefined) return;
  lent.delete(body.buffer);
  const list = free.get(whole.length) ?? [];
  if (list.length < Math.min(MAX_FREE_PER_CLASS, MAX_FREE_BYTES_PER_CLASS / whole.length)) list.push(whole);
  free.set(whole.length, list);
}
