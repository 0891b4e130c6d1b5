/**
 * PI's PascalCase event frames as our camelCase type (STYLE §5), for the connector to land.
 * Inputs are already parsed by the schemas; absent optionals become null. Values never become
 * objects: connector/values/decode-timed-values.ts maps them straight into columns (DESIGN §9),
 * and points and AF elements are mapped where they are discovered, into lib/landing's rows.
 */
import type { EventFrame } from './schemas/event-frames';

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
