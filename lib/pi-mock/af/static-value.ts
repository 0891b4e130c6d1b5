/** TimedValue of an attribute without a data reference (swagger `TimedValue`). */
import type { AttributeDef } from './attribute-def';

/** AF stamps a static value with its minimum time, 1970-01-01. */
export const STATIC_VALUE_TIMESTAMP = '1970-01-01T00:00:00Z';

export function staticTimedValue(def: Pick<AttributeDef, 'staticValue' | 'units'>): Record<string, unknown> {
  return {
    Timestamp: STATIC_VALUE_TIMESTAMP,
    Value: def.staticValue ?? null,
    UnitsAbbreviation: def.units,
    Good: true,
    Questionable: false,
    Substituted: false,
    Annotated: false,
  };
}
