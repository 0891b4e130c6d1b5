/** Every react-query key in one place, so an invalidation cannot miss a spelling. */
export const queryKeys = {
  mockStatus: () => ['mock', 'status'] as const,
  /** The run history (GET /api/runs), a running run included. */
  runs: () => ['runs'] as const,
  connection: () => ['connection'] as const,
  /** Everything read from bronze: invalidate this prefix when a run lands new data. */
  bronze: () => ['bronze'] as const,
  /** The sources bronze holds (GET /api/bronze/sources). */
  bronzeSources: () => ['bronze', 'sources'] as const,
  // Every key below carries the source it reads (`source`: a PI data server, `asset`: an AF
  // database), so a cached answer of one source is never shown for another.
  bronzeTags: (source: number, search: string) => ['bronze', 'tags', source, search] as const,
  bronzeSeries: (source: number, webId: string) => ['bronze', 'series', source, webId] as const,
  /** `webId` null: every tag of the source; `source` null: the one landed last. */
  bronzeIntervals: (source: number | null, webId: string | null) => ['bronze', 'intervals', source, webId] as const,
  bronzeQuality: (source: number, webId: string | null) => ['bronze', 'quality', source, webId] as const,
  afLevels: (asset: number) => ['bronze', 'af', 'levels', asset] as const,
  afTemplates: (asset: number) => ['bronze', 'af', 'templates', asset] as const,
  /** `null`: the top-level elements. */
  afChildren: (asset: number, parentWebId: string | null) => ['bronze', 'af', 'children', asset, parentWebId] as const,
  frameTemplates: (asset: number) => ['bronze', 'event-frames', 'templates', asset] as const,
  /** `null`: every template. */
  frameDurations: (asset: number, template: string | null) => ['bronze', 'event-frames', 'durations', asset, template] as const,
  /** A page of timeline lanes, from `laneOffset`. */
  frameTimeline: (asset: number, laneOffset: number) => ['bronze', 'event-frames', 'timeline', asset, laneOffset] as const,
  /** The AF database's last event-frame search. */
  frameSearch: (asset: number) => ['bronze', 'event-frames', 'search', asset] as const,
  frameDetails: (asset: number, template: string | null, offset: number, limit: number) =>
    ['bronze', 'event-frames', 'details', asset, template, offset, limit] as const,
};

/** Keys of mutations other components watch (useIsMutating). */
export const mutationKeys = {
  /** PUT /api/mock: the embedded mock's tier is switching. */
  setTier: () => ['mock', 'set-tier'] as const,
};
