/** Every react-query key in one place, so an invalidation cannot miss a spelling. */
export const queryKeys = {
  mockStatus: () => ['mock', 'status'] as const,
  tiers: () => ['tiers'] as const,
  /** The run history (GET /api/runs), a running run included. */
  runs: () => ['runs'] as const,
  run: (runId: string) => ['runs', runId] as const,
  connection: () => ['connection'] as const,
  /** Everything read from bronze: invalidate this prefix when a run lands new data. */
  bronze: () => ['bronze'] as const,
  bronzeTags: (search: string) => ['bronze', 'tags', search] as const,
  bronzeSeries: (webId: string) => ['bronze', 'series', webId] as const,
  /** `null`: every tag. */
  bronzeIntervals: (webId: string | null) => ['bronze', 'intervals', webId] as const,
  bronzeQuality: (webId: string | null) => ['bronze', 'quality', webId] as const,
  afLevels: () => ['bronze', 'af', 'levels'] as const,
  afTemplates: () => ['bronze', 'af', 'templates'] as const,
  /** `null`: the top-level elements. */
  afChildren: (parentWebId: string | null) => ['bronze', 'af', 'children', parentWebId] as const,
  frameTemplates: () => ['bronze', 'event-frames', 'templates'] as const,
  /** `null`: every template. */
  frameDurations: (template: string | null) => ['bronze', 'event-frames', 'durations', template] as const,
  frameTimeline: () => ['bronze', 'event-frames', 'timeline'] as const,
  frameDetails: (template: string | null, offset: number, limit: number) =>
    ['bronze', 'event-frames', 'details', template, offset, limit] as const,
};

/** Keys of mutations other components watch (useIsMutating). */
export const mutationKeys = {
  /** PUT /api/mock: the embedded mock's tier is switching. */
  setTier: () => ['mock', 'set-tier'] as const,
};
