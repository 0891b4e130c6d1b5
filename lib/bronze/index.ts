/** lib/bronze's public surface: the embedded DuckDB lakehouse and the dashboard's read queries. */
export { BronzeStore, type BronzeStoreOptions } from './bronze-store';
export { bronzeDbFileFrom, DEFAULT_BRONZE_DB_FILE } from './db-file';
export { describeBronzeError, type BronzeError } from './errors';
export type { ClearedTables } from './clear-tables';
export type { SqlReader } from './sql-reader';
export type { BronzeCounts, RunRecord } from './types';
export { LEGACY_SERVER_ID, LEGACY_SERVER_NAME } from './migrate-source-identity';
// DuckDB appending, shared with the lake's staging (it writes Parquet through its own DuckDB).
export { CHUNK_ROWS, ChunkFiller, integerValue } from './chunk-filler';
export { appendNullableVarchar } from './appender-values';
export { SerialQueue } from './serial-queue';
export { bucketize, type HistogramBucket } from './queries/buckets';
export type { SourceKind } from './queries/source-tables';
export { listDataSources, type DataSourceSummary } from './queries/list-data-sources';
export { listAssetSources, type AssetSourceSummary } from './queries/list-asset-sources';
export { resolveSourceKey, describeUnknownSource, type UnknownSource } from './queries/resolve-source';
export { searchTags, type TagMatch } from './queries/search-tags';
export { tagSeries, type TagSeries } from './queries/tag-series';
export { intervalHistogram, DEFAULT_INTERVAL_EDGES_SECONDS, type IntervalHistogram } from './queries/interval-histogram';
export { qualityBreakdown, type QualityBreakdown, type QualityClasses, type QualityFlags } from './queries/quality-breakdown';
export { afDepthCounts } from './queries/af-depth-counts';
export { afTemplateCounts } from './queries/af-template-counts';
export { afChildren, type AfNode } from './queries/af-children';
export { eventFrameTemplateCounts, type TemplateFrameCount } from './queries/event-frame-template-counts';
export { eventFrameDurations, DEFAULT_DURATION_EDGES_SECONDS, type DurationHistogram } from './queries/event-frame-durations';
export { eventFrameTimeline, type TimelineFrame, type TimelineLane, type TimelinePage } from './queries/event-frame-timeline';
export { lastEventFrameSearch, type EventFrameSearch } from './queries/event-frame-search';
export { eventFrameDetails, type FrameDetail } from './queries/event-frame-details';
