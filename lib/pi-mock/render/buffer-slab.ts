/**
 * Starting buffers of response bodies, carved from shared slabs the way Node pools small Buffers:
 * a batch of 100 recorded reads renders 100 bodies of ~10 KB, each its own ArrayBuffer before
 * (~45 ms of allocation per 30,240-tag extraction, plus the collector's work to free them). A slab
 * is never reused: once full it is left to the collector, which frees it when its last body is
 * gone, so a body handed to a socket can never be overwritten.
 */

import { takeBody } from './body-pool';

const SLAB_BYTES = 512 * 1024;
/** Larger requests get a buffer of their own, so one slab serves at least eight bodies. */
const MAX_CARVE_BYTES = SLAB_BYTES / 8;
/** Carves start on 8-byte boundaries, as allocations do. */
const ALIGN = 8;

let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let used = 0;

const aligned = (n: number) => (n + ALIGN - 1) & ~(ALIGN - 1);

/**
 * From this size a body comes from the body pool (body-pool.ts), and the socket that writes it
 * gives it back: a streamed batch of 150,000-value reads (~25 MB each) then renders each into the
 * buffer the last one left, instead of leaving 25 MB per read to the collector (peak RSS +110 MiB
 * while streaming ten; +40 with the pool). Smaller bodies are left as they were: pooling the
 * ~1 MB stream-set bodies measured slower where nothing gives them back (the in-process render).
 */
const POOLED_FROM_BYTES = 4 * 1024 * 1024;

/** A buffer of exactly `bytes` bytes, uninitialised; from the current slab when small enough. */
export function takeBuffer(bytes: number): Buffer {
  if (bytes >= POOLED_FROM_BYTES) return takeBody(bytes);
  if (bytes > MAX_CARVE_BYTES) return Buffer.allocUnsafe(bytes);
  if (used + bytes > SLAB_BYTES) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    used = 0;
  }
  const buf = slab.subarray(used, used + bytes);
  used = aligned(used + bytes);
  return buf;
}

/**
 * Hands back all of `buf` past its first `keepBytes`, when it is the latest carve of the current
 * slab (otherwise does nothing). The caller must not write past `keepBytes` afterwards.
 */
export function returnTail(buf: Buffer, keepBytes: number): void {
  if (buf.buffer !== slab.buffer) return;
  const start = buf.byteOffset - slab.byteOffset;
  if (aligned(start + buf.length) !== used) return;
  used = aligned(start + keepBytes);
}
