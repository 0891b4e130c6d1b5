/**
 * Event-frame routes as the seed's mock answers them (issue 14, items 8 and 10): its templates are
 * named `BatchRunTemplate`, `MaintenanceTemplate`, `AlarmTemplate`, `DowntimeTemplate`, in answers
 * and in the `templateName` filter its extractor sends; and it ignores `searchMode`, so its
 * clients' `searchMode=Exact` (no AF search mode) means the default window search here.
 */
import { EF_TEMPLATES } from '../event-frames/ef-templates';
import { eventFrameRoutes } from '../event-frames/routes';
import type { QueryParams } from '../http/query-params';
import type { RouteDef } from '../router/types';
import { mapQuery, rewriteRoute } from './json-rewrite';

const SUFFIX = 'Template';

/** `BatchRun` -> `BatchRunTemplate`. */
export function seedTemplateName(name: string): string {
  return name + SUFFIX;
}

/** `BatchRunTemplate` (any case) -> `BatchRun`; other names unchanged, so they match nothing as before. */
function standardTemplateName(name: string): string {
  const upper = name.toUpperCase();
  const tpl = EF_TEMPLATES.find((t) => seedTemplateName(t.name).toUpperCase() === upper);
  return tpl ? tpl.name : name;
}

function seedQuery(query: QueryParams): QueryParams {
  return mapQuery(query, (name, value) => {
    const key = name.toLowerCase();
    if (key === 'templatename') return standardTemplateName(value);
    // Omitted, searchMode means PI's default (Overlapped); Exact is no AF search mode.
    if (key === 'searchmode' && value.toLowerCase() === 'exact') return null;
    return value;
  });
}

function renameTemplate(frame: unknown): void {
  if (frame === null || typeof frame !== 'object') return;
  const record = frame as Record<string, unknown>;
  if (typeof record.TemplateName === 'string' && record.TemplateName !== '') record.TemplateName = seedTemplateName(record.TemplateName);
}

/** A frame, or a list of them under `Items`. */
function seedFrames(body: unknown): unknown {
  const items = body !== null && typeof body === 'object' ? (body as { Items?: unknown }).Items : undefined;
  if (Array.isArray(items)) items.forEach(renameTemplate);
  else renameTemplate(body);
  return body;
}

/** Routes answering frames (not their attributes or referenced elements, whose TemplateName is an element's). */
const answersFrames = (route: RouteDef): boolean => /(^|\/)eventframes(\/:webId)?$/i.test(route.pattern);

/** The event-frame routes that answer frames, with the seed's template names. */
export const seedEventFrameRoutes: RouteDef[] = eventFrameRoutes
  .filter(answersFrames)
  .map((route) => rewriteRoute(route, { query: seedQuery, body: seedFrames }));
