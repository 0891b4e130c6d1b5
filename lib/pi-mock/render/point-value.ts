/** One timed value before rendering: what every stream endpoint computes, whatever it renders. */
import type { SystemState } from '../signal/quality';

/** A number, a static attribute's string or boolean, or a system digital state (Good false). */
export type PiValue = number | string | boolean | SystemState;

export interface PointValue {
  timeMs: number;
  value: PiValue;
  /** Quality flags (signal/quality.ts): FLAG_QUESTIONABLE | FLAG_SUBSTITUTED | FLAG_BAD. */
  flags: number;
}

export function isSystemState(value: PiValue): value is SystemState {
  return typeof value === 'object';
}

/** The value as PI serializes it: states become `{"Name","Value","IsSystem":true}` (contract §4.6). */
export function piValueJson(value: PiValue): unknown {
  return isSystemState(value) ? { Name: value.name, Value: value.code, IsSystem: true } : value;
}
