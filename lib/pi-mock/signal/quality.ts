/**
 * Quality of each recorded value, decided by hash (DESIGN §3): ~95 % good, 4 % questionable, 1 %
 * substituted, and ~0.1 % system digital states served as PI serves them (contract §4.6):
 * `{"Name":"I/O Timeout","Value":246,"IsSystem":true}` with Good false.
 */

/** Bit flags of a timed value's quality; 0 is a plain good value. */
export const FLAG_QUESTIONABLE = 1;
export const FLAG_SUBSTITUTED = 2;
/** Good false: the value is a system digital state. */
export const FLAG_BAD = 4;
/** Number of distinct flag combinations (index range of per-quality lookup tables). */
export const FLAG_COMBINATIONS = 8;

export interface SystemState {
  readonly name: string;
  readonly code: number;
}

/** Codes from PI's system digital state set (contract §4.6). */
export const STATE_IO_TIMEOUT: SystemState = { name: 'I/O Timeout', code: 246 };
export const STATE_NO_DATA: SystemState = { name: 'No Data', code: 248 };
export const STATE_CALC_FAILED: SystemState = { name: 'Calc Failed', code: 249 };

/** States a recorded value may carry; I/O Timeout is listed four times so it dominates, as on real interfaces. */
export const RECORDED_STATES: readonly SystemState[] = [
  STATE_IO_TIMEOUT,
  STATE_IO_TIMEOUT,
  STATE_IO_TIMEOUT,
  STATE_IO_TIMEOUT,
  { name: 'Scan Off', code: 238 },
  { name: 'Set to Bad', code: 247 },
  STATE_NO_DATA,
  { name: 'Bad Input', code: 255 },
  { name: 'Under Range', code: 251 },
  { name: 'Over Range', code: 252 },
  { name: 'Shutdown', code: 254 },
];

/** Shares of all recorded values (the remainder, ~94.9 %, is plain good). */
export const SYSTEM_STATE_SHARE = 0.001;
export const SUBSTITUTED_SHARE = 0.01;
export const QUESTIONABLE_SHARE = 0.04;

const TWO_32 = 0x1_0000_0000;
const T_BAD = Math.round(SYSTEM_STATE_SHARE * TWO_32);
const T_SUBSTITUTED = T_BAD + Math.round(SUBSTITUTED_SHARE * TWO_32);
const T_QUESTIONABLE = T_SUBSTITUTED + Math.round(QUESTIONABLE_SHARE * TWO_32);

/** A uniform 32-bit hash -> 0, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED or FLAG_BAD in the shares above. */
export function flagsFromHash(hash: number): number {
  const h = hash >>> 0;
  if (h < T_BAD) return FLAG_BAD;
  if (h < T_SUBSTITUTED) return FLAG_SUBSTITUTED;
  if (h < T_QUESTIONABLE) return FLAG_QUESTIONABLE;
  return 0;
}

/** A uniform 32-bit hash -> the system state a FLAG_BAD value carries. */
export function stateFromHash(hash: number): SystemState {
  return RECORDED_STATES[(hash >>> 0) % RECORDED_STATES.length]!;
}
