/**
 * Starting buffers of response bodies, carved from shared slabs the way Node pools small Buffers:
 * a batch of 100 recorded reads renders 100 bodies of ~10 KB, each its own ArrayBuffer before
 * (~45 ms of allocation per 30,240-tag extraction, plus the collector's work to free them). A slab
 * is never reused: once full it is left to the collector, which frees it when its last body is
 * gone, so a body handed to a socket can never be overwritten.
 */

const SLAB_BYTES = 512 * 1024;
/** Larger requests get a buffer of their own, so one slab serves at least eight bodies. */
const MAX_CARVE_BYTES = SLAB_BYTES / 8;
/** Carves start on 8-byte boundaries, as allocations do. */
const ALIGN = 8;

let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let used = 0;

const aligned = (n: number) => (n + ALIGN - 1) & ~(ALIGN - 1);

/** A buffer of exactly `bytes` bytes, uninitialised; from the current slab when small enough. */
export function takeBuffer(bytes: number): Buffer {
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
