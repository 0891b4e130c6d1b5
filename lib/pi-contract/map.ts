/**
 * The one place PI's PascalCase objects become our camelCase types (STYLE §5): what the
 * connector lands. Inputs are already parsed by the schemas; absent optionals become null.
 */
import type { Element } from './schemas/af';
import type { EventFrame } from './schemas/event-frames';
import type { Point } from './schemas/data-servers';
import type { TimedValue } from './schemas/timed-value';

export interface LandedValue {
  timestamp: string;
  /** Numeric value; a digital state's code when it is not a system state; null otherwise. */
  value: number | null;
  /** Digital or system state name when `Value` is a `{Name, ...}` object, else null. */
  state: string | null;
  good: boolean;
  questionable: boolean;
  substituted: boolean;
  annotated: boolean;
}

export interface LandedPoint {
  webId: string;
  id: number | null;
  name: string;
  path: string | null;
  descriptor: string | null;
  pointClass: string | null;
  pointType: string | null;
  digitalSetName: string | null;
  engineeringUnits: string | null;
  span: number | null;
  zero: number | null;
  step: boolean;
  future: boolean;
}

export interface LandedElement {
  webId: string;
  id: string | null;
  name: string;
  description: string | null;
  path: string;
  /** Path of the parent element; null for a database's top-level elements. */
  parentPath: string | null;
  templateName: string | null;
  categoryNames: string[];
  hasChildren: boolean;
}

export interface LandedEventFrame {
  webId: string;
  id: string | null;
  name: string;
  description: string | null;
  path: string | null;
  templateName: string | null;
  categoryNames: string[];
  startTime: string;
  /** Null while the event frame is in progress. */
  endTime: string | null;
  severity: string | null;
  refElementWebIds: string[];
  isAcknowledged: boolean;
}

function nonEmpty(s: string | null | undefined): string | null {
  return s ? s : null;
}

/** Booleans map to 1/0 like PI's digital Boolean; strings and bad-value `{Errors}` objects have no number. */
export function toTimedValue(v: TimedValue): LandedValue {
  const raw = v.Value;
  let value: number | null = null;
  let state: string | null = null;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'boolean') value = raw ? 1 : 0;
  else if (raw !== null && typeof raw === 'object' && 'Name' in raw && typeof raw.Name === 'string') {
    state = raw.Name;
    const isSystem = 'IsSystem' in raw && raw.IsSystem === true;
    if (!isSystem && 'Value' in raw && typeof raw.Value === 'number') value = raw.Value;
  }
  return {
    timestamp: v.Timestamp,
    value,
    state,
    good: v.Good ?? true,
    questionable: v.Questionable ?? false,
    substituted: v.Substituted ?? false,
    annotated: v.Annotated ?? false,
  };
}

export function toPoint(p: Point): LandedPoint {
  return {
    webId: p.WebId,
    id: p.Id ?? null,
    name: p.Name,
    path: nonEmpty(p.Path),
    descriptor: nonEmpty(p.Descriptor),
    pointClass: nonEmpty(p.PointClass),
    pointType: nonEmpty(p.PointType),
    digitalSetName: nonEmpty(p.DigitalSetName),
    engineeringUnits: nonEmpty(p.EngineeringUnits),
    span: p.Span ?? null,
    zero: p.Zero ?? null,
    step: p.Step ?? false,
    future: p.Future ?? false,
  };
}

/** `\\AF\DB\Plant\Unit` -> `\\AF\DB\Plant`; an element directly under `\\AF\DB` has no parent element. */
function parentElementPath(path: string): string | null {
  const segments = path.replace(/^\\\\/, '').split('\\');
  return segments.length > 3 ? `\\\\${segments.slice(0, -1).join('\\')}` : null;
}

export function toElement(e: Element): LandedElement {
  return {
    webId: e.WebId,
    id: e.Id ?? null,
    name: e.Name,
    description: nonEmpty(e.Description),
    path: e.Path,
    parentPath: parentElementPath(e.Path),
    templateName: nonEmpty(e.TemplateName),
    categoryNames: e.CategoryNames ?? [],
    hasChildren: e.HasChildren ?? false,
  };
}

/** AF max time (31 Dec 9999, written with or without a fraction) marks an in-progress event frame. */
function isAfMaxTime(t: string): boolean {
  return t.startsWith('9999-12-31');
}

export function toEventFrame(ef: EventFrame): LandedEventFrame {
  const end = ef.EndTime ?? null;
  return {
    webId: ef.WebId,
    id: ef.Id ?? null,
    name: ef.Name,
    description: nonEmpty(ef.Description),
    path: nonEmpty(ef.Path),
    templateName: nonEmpty(ef.TemplateName),
    categoryNames: ef.CategoryNames ?? [],
    startTime: ef.StartTime,
    endTime: end === null || isAfMaxTime(end) ? null : end,
    severity: nonEmpty(ef.Severity),
    refElementWebIds: ef.RefElementWebIds ?? [],
    isAcknowledged: ef.IsAcknowledged ?? false,
  };
}
