/**
 * Every URL of the dashboard's own API, built in one place: a route's path and parameter names
 * are spelt once, so a renamed route or parameter breaks the type check instead of a page. Absent
 * or null parameters are left out of the query string, as the routes treat them.
 */

type QueryValue = string | number | null | undefined;

function withQuery(path: string, params: Readonly<Record<string, QueryValue>>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A path segment taken from data (run and live-session ids): never able to reach another route. */
function segment(value: string): string {
  return encodeURIComponent(value);
}

/** A PI data server's key in bronze (GET /api/bronze/sources); absent: the one landed last. */
type SourceKey = { source?: number | null };
/** An AF database's key in bronze; absent: the one landed last. */
type AssetKey = { asset?: number | null };
/** One tag by WebId, or (null) every tag of the source. */
type TagScope = SourceKey & { webId?: string | null };

export const apiRoutes = {
  /** DELETE clears every table bronze holds. */
  bronze: () => '/api/bronze',
  bronzeSources: () => '/api/bronze/sources',
  bronzeTags: ({ search, limit, ...key }: SourceKey & { search?: string; limit?: number }) =>
    withQuery('/api/bronze/tags', { ...key, search, limit }),
  /** `startMs`/`endMs` bound the window in epoch milliseconds; absent: everything landed. */
  bronzeTagSeries: ({ source, webId, startMs, endMs, limit }: SourceKey & { webId: string; startMs?: number; endMs?: number; limit?: number }) =>
    withQuery('/api/bronze/series', { source, webId, start: startMs, end: endMs, limit }),
  bronzeIntervals: ({ source, webId }: TagScope) => withQuery('/api/bronze/intervals', { source, webId }),
  bronzeQuality: ({ source, webId }: TagScope) => withQuery('/api/bronze/quality', { source, webId }),
  afLevels: ({ asset }: AssetKey) => withQuery('/api/bronze/af/levels', { asset }),
  afTemplates: ({ asset }: AssetKey) => withQuery('/api/bronze/af/templates', { asset }),
  /** `parent` null: the database's top-level elements. */
  afChildren: ({ asset, parent, limit }: AssetKey & { parent?: string | null; limit?: number }) =>
    withQuery('/api/bronze/af/children', { asset, parent, limit }),
  frameTemplates: ({ asset }: AssetKey) => withQuery('/api/bronze/event-frames/templates', { asset }),
  /** `template` null: every template. */
  frameDurations: ({ asset, template }: AssetKey & { template?: string | null }) =>
    withQuery('/api/bronze/event-frames/durations', { asset, template }),
  frameSearch: ({ asset }: AssetKey) => withQuery('/api/bronze/event-frames/search', { asset }),
  frameTimeline: ({ asset, lanes, laneOffset, limit }: AssetKey & { lanes?: number; laneOffset?: number; limit?: number }) =>
    withQuery('/api/bronze/event-frames/timeline', { asset, lanes, laneOffset, limit }),
  frameDetails: ({ asset, template, offset, limit }: AssetKey & { template?: string | null; offset?: number; limit?: number }) =>
    withQuery('/api/bronze/event-frames/details', { asset, template, offset, limit }),
  connection: () => '/api/connection',
  connectionTest: () => '/api/connection/test',
  /** The embedded mock's status; PUT switches its tier. */
  mock: () => '/api/mock',
  tiers: () => '/api/tiers',
  /** GET lists runs, POST starts one. */
  runs: () => '/api/runs',
  /** DELETE cancels the run. */
  run: (runId: string) => `/api/runs/${segment(runId)}`,
  runEvents: (runId: string) => `/api/runs/${segment(runId)}/events`,
  /** GET the current tail, POST starts one. */
  live: () => '/api/live',
  /** DELETE stops the tail. */
  liveSession: (sessionId: string) => `/api/live/${segment(sessionId)}`,
  liveEvents: (sessionId: string) => `/api/live/${segment(sessionId)}/events`,
} as const;
