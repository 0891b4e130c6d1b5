/**
 * Bits of V8's `%GetOptimizationStatus` (Node 20's V8 11.3; the enum is OptimizationStatus in
 * v8/src/runtime/runtime-test.cc). A function running TurboFan code has both bits set; after a
 * deopt it is back to the interpreter or baseline code and has neither.
 */
export const V8_OPTIMIZED = 1 << 4;
export const V8_TURBOFANNED = 1 << 6;

export function isTurbofanned(status: number): boolean {
  return (status & V8_OPTIMIZED) !== 0 && (status & V8_TURBOFANNED) !== 0;
}
