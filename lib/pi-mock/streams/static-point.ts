/**
 * The one value of an attribute without a data reference: served for recorded, value and end with
 * the frame's start as its timestamp (event-frame attributes) or the epoch (contract §5.2 keeps such
 * attributes in stream sets).
 */
import type { PointValue } from '../render/point-value';
import type { StreamSource } from '../stream-source';

export function staticPoint(source: StreamSource, timeMs = source.defaultWindow?.startMs ?? 0): PointValue {
  return { timeMs, value: source.staticValue ?? '', flags: 0 };
}
