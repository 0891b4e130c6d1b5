/**
 * Bodies of the `/api/bronze/*` routes: pure zod, importable by components. Routes type their
 * output with these; the browser parses with them through getJson. Times are epoch milliseconds.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();
const epochMs = z.number();

export const tagMatch = z.object({ webId: z.string(), name: z.string(), units: z.string(), rowCount: count });
export type TagMatch = z.infer<typeof tagMatch>;

/** `more`: further tags match; the picker asks the user to type more rather than loading them. */
export const tagSearchResult = z.object({ tags: z.array(tagMatch), more: z.boolean() });
export type TagSearchResult = z.infer<typeof tagSearchResult>;

/** Columnar, oldest first. `flags`: bit0 good, bit1 questionable, bit2 substituted, bit3 annotated. */
export const tagSeriesResult = z.object({
  webId: z.string(),
  tsMs: z.array(epochMs),
  value: z.array(z.number().nullable()),
  /** System or digital state name (e.g. "I/O Timeout") where `value` is null. */
  state: z.array(z.string().nullable()),
  flags: z.array(z.number().int()),
  truncated: z.boolean(),
});
export type TagSeriesResult = z.infer<typeof tagSeriesResult>;

export const histogramBucket = z.object({ fromSeconds: z.number(), toSeconds: z.number().nullable(), count });
export type HistogramBucket = z.infer<typeof histogramBucket>;

export const intervalHistogramResult = z.object({
  buckets: z.array(histogramBucket),
  medianSeconds: z.number().nullable(),
  intervalCount: count,
  /** Values after the first at their tag's timestamp: landed, but no interval of their own. */
  sharedTimestampValues: count,
});
export type IntervalHistogramResult = z.infer<typeof intervalHistogramResult>;

const qualityFigures = z.object({
  good: z.number(),
  questionable: z.number(),
  substituted: z.number(),
  annotated: z.number(),
  states: z.number(),
});
const qualityClasses = z.object({
  states: z.number(),
  questionableAndSubstituted: z.number(),
  questionableOnly: z.number(),
  substitutedOnly: z.number(),
  goodUnflagged: z.number(),
  otherNotGood: z.number(),
});
export type QualityClasses = z.infer<typeof qualityClasses>;

/**
 * `counts`/`percent` per PI flag: flags overlap, so they need not sum to 100. `exclusive`: each
 * value in exactly one class (annotation is not a class), so those sum to `total` and 100.
 */
export const qualityResult = z.object({
  total: count,
  counts: qualityFigures,
  percent: qualityFigures,
  exclusive: z.object({ counts: qualityClasses, percent: qualityClasses }),
});
export type QualityResult = z.infer<typeof qualityResult>;

export const afLevelsResult = z.object({ levels: z.array(z.object({ depth: z.number().int(), count })) });
export type AfLevelsResult = z.infer<typeof afLevelsResult>;

export const afTemplatesResult = z.object({ templates: z.array(z.object({ templateName: z.string().nullable(), count })) });
export type AfTemplatesResult = z.infer<typeof afTemplatesResult>;

export const afNode = z.object({
  webId: z.string(),
  name: z.string(),
  path: z.string(),
  depth: z.number().int(),
  templateName: z.string().nullable(),
  categoryNames: z.array(z.string()),
  childCount: count,
});
export type AfNode = z.infer<typeof afNode>;

/** `parentWebId` null: the top-level elements. `more`: the level has more children than `limit`. */
export const afChildrenResult = z.object({ parentWebId: z.string().nullable(), nodes: z.array(afNode), more: z.boolean() });
export type AfChildrenResult = z.infer<typeof afChildrenResult>;

export const frameTemplatesResult = z.object({
  templates: z.array(z.object({ templateName: z.string().nullable(), count, inProgress: count })),
});
export type FrameTemplatesResult = z.infer<typeof frameTemplatesResult>;

/** Frames still in progress have no duration and are not counted. */
export const frameDurationsResult = z.object({
  templateName: z.string().nullable(),
  buckets: z.array(histogramBucket),
  medianSeconds: z.number().nullable(),
  frameCount: count,
});
export type FrameDurationsResult = z.infer<typeof frameDurationsResult>;

export const timelineFrame = z.object({
  webId: z.string(),
  name: z.string(),
  templateName: z.string().nullable(),
  startMs: epochMs,
  /** Null while in progress: draw it up to `nowMs`. */
  endMs: epochMs.nullable(),
  severity: z.string().nullable(),
  /** The frame's lane; null for frames without a primary element. */
  primaryElementWebId: z.string().nullable(),
});
export type TimelineFrame = z.infer<typeof timelineFrame>;

/** One element's lane; `elementPath` null when bronze holds no such element. */
export const timelineLane = z.object({ elementWebId: z.string().nullable(), elementPath: z.string().nullable(), frameCount: count });
export type TimelineLane = z.infer<typeof timelineLane>;

/**
 * A page of lanes (one per element, in path order) with every frame of them overlapping `window`:
 * the last event-frame search's window unless the request named one; null when neither exists.
 */
export const frameTimelineResult = z.object({
  lanes: z.array(timelineLane),
  laneCount: count,
  laneOffset: count,
  frames: z.array(timelineFrame),
  truncated: z.boolean(),
  window: z.object({ startMs: epochMs, endMs: epochMs }).nullable(),
  nowMs: epochMs,
});
export type FrameTimelineResult = z.infer<typeof frameTimelineResult>;

/** The last event-frame search landed for an AF database; null before any. */
export const frameSearchResult = z.object({
  search: z
    .object({
      startMs: epochMs,
      endMs: epochMs,
      foundFrames: count,
      searchedAtMs: epochMs,
      /** Frames in bronze from earlier searches that do not overlap this window. */
      framesOutside: count,
    })
    .nullable(),
});
export type FrameSearchResult = z.infer<typeof frameSearchResult>;

/** An attribute value as PI serves it: a number, a string, a boolean, or something structured. */
export const attributeValue = z.unknown();

export const frameDetail = z.object({
  webId: z.string(),
  name: z.string(),
  templateName: z.string().nullable(),
  startMs: epochMs,
  endMs: epochMs.nullable(),
  durationSeconds: z.number().nullable(),
  severity: z.string().nullable(),
  primaryElementWebId: z.string().nullable(),
  categoryNames: z.array(z.string()),
  attributes: z.record(z.string(), attributeValue),
});
export type FrameDetail = z.infer<typeof frameDetail>;

/** Newest first. `hasMore`: a next page exists. */
export const frameDetailsResult = z.object({
  frames: z.array(frameDetail),
  offset: count,
  limit: count,
  hasMore: z.boolean(),
});
export type FrameDetailsResult = z.infer<typeof frameDetailsResult>;

/** A PI Data Archive bronze holds tags of; `key` is what the granularity routes take as `source`. */
export const dataSourceSummary = z.object({
  key: z.number().int(),
  serverId: z.string(),
  serverName: z.string(),
  tagCount: count,
  /** Values landed for those tags. */
  rowCount: count,
  lastLandedAtMs: epochMs,
});
export type DataSourceSummary = z.infer<typeof dataSourceSummary>;

/** An AF database bronze holds elements or frames of; `key` is what the AF and event-frame routes take as `asset`. */
export const assetSourceSummary = z.object({
  key: z.number().int(),
  serverId: z.string(),
  serverName: z.string(),
  databaseName: z.string(),
  elementCount: count,
  frameCount: count,
  lastLandedAtMs: epochMs,
});
export type AssetSourceSummary = z.infer<typeof assetSourceSummary>;

/**
 * Newest landing first. The defaults are the sources landed last (the latest run's): what every
 * other route reads when it is not told `source` or `asset`; null while bronze holds none.
 */
export const bronzeSourcesResult = z.object({
  dataSources: z.array(dataSourceSummary),
  assetSources: z.array(assetSourceSummary),
  defaultSource: z.number().int().nullable(),
  defaultAsset: z.number().int().nullable(),
});
export type BronzeSourcesResult = z.infer<typeof bronzeSourcesResult>;
