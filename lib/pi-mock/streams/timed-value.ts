/**
 * A TimedValue as an object (PascalCase fields, contract §4.6) for endpoints that answer with
 * object trees, such as `/attributes/{webId}/value` of a PI-point attribute.
 */
import { formatPiTimestamp } from '../../pi-contract';
import { piValueJson, type PointValue } from '../render/point-value';
import { FLAG_BAD, FLAG_QUESTIONABLE, FLAG_SUBSTITUTED } from '../signal/quality';
import type { MockWorld } from '../world';
import { TagSeries } from './series';

export interface TimedValueObject {
  Timestamp: string;
  Value: unknown;
  UnitsAbbreviation: string;
  Good: boolean;
  Questionable: boolean;
  Substituted: boolean;
  Annotated: boolean;
}

export function timedValueObject(pv: PointValue, units: string): TimedValueObject {
  const bad = typeof pv.value === 'object' || (pv.flags & FLAG_BAD) !== 0;
  return {
    Timestamp: formatPiTimestamp(pv.timeMs),
    Value: piValueJson(pv.value),
    UnitsAbbreviation: units,
    Good: !bad,
    Questionable: (pv.flags & FLAG_QUESTIONABLE) !== 0,
    Substituted: (pv.flags & FLAG_SUBSTITUTED) !== 0,
    Annotated: false,
  };
}

/** The recorded value of PI point `tagIndex` at or before timeMs (never after the world's now). */
export function timedValueAt(world: MockWorld, tagIndex: number, timeMs: number): TimedValueObject {
  const nowMs = world.nowMs();
  const series = new TagSeries(world, tagIndex, nowMs);
  return timedValueObject(series.atOrBefore(Math.min(timeMs, nowMs)), world.catalogue.tag(tagIndex).sensor.units);
}
