/**
 * The lakehouse's tables (DESIGN §5), created idempotently on open.
 * Time columns are TIMESTAMP holding UTC: every value is written from epoch milliseconds, never
 * from DuckDB's now(), whose conversion to TIMESTAMP would follow the process time zone.
 */

/** Column order of bronze.pi_timeseries_raw: the landing chunk is filled in exactly this order. */
export const RAW_COLUMNS = [
  'tag_key',
  'ts',
  'seq',
  'value',
  'value_state',
  'quality_flags',
  'landing_id',
] as const;

/**
 * The raw values table, by name so the layout migration can build it beside the old one.
 * Narrow on purpose: DuckDB compresses every column at commit and checkpoint, and a per-row
 * VARCHAR run id plus four BOOLEAN columns took about a quarter of the landing's time (measured);
 * the four quality flags are one bit set (FLAG_* of ./types), and run id plus ingestion time are
 * one row of bronze.pi_landings per landed batch, referenced by an integer. The view
 * bronze.pi_timeseries still shows DESIGN §5's columns.
 */
export function rawTableDdl(qualifiedName: string): string {
  return `CREATE TABLE IF NOT EXISTS ${qualifiedName} (
    tag_key INTEGER NOT NULL,
    ts TIMESTAMP NOT NULL,
    seq UTINYINT NOT NULL,
    value DOUBLE,
    value_state VARCHAR,
    quality_flags UTINYINT NOT NULL,
    landing_id INTEGER NOT NULL
  )`;
}

export const LANDINGS_DDL = `CREATE TABLE IF NOT EXISTS bronze.pi_landings (
    landing_id INTEGER PRIMARY KEY,
    run_id VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL
  )`;

/** Tables, created idempotently on open; migrations then bring an older file's tables up to these. */
export const TABLE_DDL: readonly string[] = [
  'CREATE SCHEMA IF NOT EXISTS bronze',
  'CREATE SCHEMA IF NOT EXISTS checkpoints',
  'CREATE SCHEMA IF NOT EXISTS demo',
  // WebIds are unique to their PI server, not across servers: every tag, element and frame is
  // keyed by the server that served it, and the data pages show one source at a time.
  `CREATE TABLE IF NOT EXISTS bronze.pi_sources (
    source_key INTEGER PRIMARY KEY,
    data_server_id VARCHAR NOT NULL UNIQUE,
    data_server_name VARCHAR NOT NULL,
    first_seen_at TIMESTAMP NOT NULL,
    last_landed_at TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS bronze.pi_asset_sources (
    asset_key INTEGER PRIMARY KEY,
    asset_server_id VARCHAR NOT NULL,
    asset_server_name VARCHAR NOT NULL,
    database_name VARCHAR NOT NULL,
    first_seen_at TIMESTAMP NOT NULL,
    last_landed_at TIMESTAMP NOT NULL,
    UNIQUE (asset_server_id, database_name)
  )`,
  `CREATE TABLE IF NOT EXISTS bronze.pi_tags (
    tag_key INTEGER PRIMARY KEY,
    tag_webid VARCHAR NOT NULL UNIQUE,
    tag_name VARCHAR NOT NULL,
    units VARCHAR NOT NULL,
    point_id INTEGER,
    first_seen_at TIMESTAMP NOT NULL,
    source_key INTEGER NOT NULL
  )`,
  // No PRIMARY KEY on (tag_key, ts, seq): an index over millions of rows would cost more than the
  // whole append. landValues keeps the key unique instead: it deletes each tag's window before
  // appending, and refuses a batch whose rows are not strictly ordered per tag.
  rawTableDdl('bronze.pi_timeseries_raw'),
  LANDINGS_DDL,
  `CREATE TABLE IF NOT EXISTS bronze.pi_af_hierarchy (
    element_webid VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    path VARCHAR NOT NULL,
    parent_webid VARCHAR,
    depth INTEGER NOT NULL,
    template_name VARCHAR,
    category_names VARCHAR[] NOT NULL,
    description VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    asset_key INTEGER NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS bronze.pi_event_frames (
    event_frame_webid VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL,
    template_name VARCHAR,
    start_time TIMESTAMP NOT NULL,
    end_time TIMESTAMP,
    duration_seconds DOUBLE,
    primary_element_webid VARCHAR,
    category_names VARCHAR[] NOT NULL,
    severity VARCHAR,
    attributes JSON NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    asset_key INTEGER NOT NULL
  )`,
  // The last event-frame search landed per AF database: the window it searched and what it found,
  // so the event-frame page can say which frames it shows (the search window is the run's own
  // choice, e.g. the 7 days before its value window ends, not the value window itself).
  `CREATE TABLE IF NOT EXISTS bronze.pi_event_frame_searches (
    asset_key INTEGER PRIMARY KEY,
    start_time TIMESTAMP NOT NULL,
    end_time TIMESTAMP NOT NULL,
    frame_count INTEGER NOT NULL,
    searched_at TIMESTAMP NOT NULL
  )`,
  // Per tag, the closed intervals whose values are landed (merged, any number of them): a window is
  // read only where it is not covered. One first..last range per tag skipped every gap between two
  // windows (DESIGN §5), so this replaced checkpoints.pi_watermarks (see migrate-coverage.ts).
  `CREATE TABLE IF NOT EXISTS checkpoints.pi_coverage (
    tag_key INTEGER NOT NULL,
    start_ts TIMESTAMP NOT NULL,
    end_ts TIMESTAMP NOT NULL,
    last_run_id VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS demo.runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,
    settings JSON NOT NULL,
    figures JSON NOT NULL
  )`,
];

/** Views, (re)created after the migrations, which may have added the columns they read. */
export const VIEW_DDL: readonly string[] = [
  `CREATE OR REPLACE VIEW bronze.pi_timeseries AS
    SELECT t.tag_webid, t.tag_name, r.ts, r.seq, r.value, r.value_state,
           (r.quality_flags & 1) <> 0 AS quality_good, (r.quality_flags & 2) <> 0 AS quality_questionable,
           (r.quality_flags & 4) <> 0 AS quality_substituted, (r.quality_flags & 8) <> 0 AS quality_annotated,
           t.units, l.ingested_at, l.run_id, s.data_server_id, s.data_server_name
    FROM bronze.pi_timeseries_raw r JOIN bronze.pi_tags t USING (tag_key) JOIN bronze.pi_landings l USING (landing_id)
      JOIN bronze.pi_sources s USING (source_key)`,
];

/** Per-connection scratch tables of the writer; TEMP, so they never reach the file. */
export const STAGING_DDL: readonly string[] = [
  `CREATE TEMP TABLE IF NOT EXISTS land_windows (
    tag_key INTEGER NOT NULL, start_ts TIMESTAMP NOT NULL, end_ts TIMESTAMP NOT NULL,
    start_open BOOLEAN NOT NULL, end_open BOOLEAN NOT NULL, covered_end_ts TIMESTAMP NOT NULL
  )`,
  `CREATE TEMP TABLE IF NOT EXISTS stage_tags (
    ord INTEGER NOT NULL, webid VARCHAR NOT NULL, name VARCHAR NOT NULL, units VARCHAR NOT NULL, point_id INTEGER
  )`,
  `CREATE TEMP TABLE IF NOT EXISTS stage_af (
    ord INTEGER NOT NULL, webid VARCHAR NOT NULL, name VARCHAR NOT NULL, path VARCHAR NOT NULL, parent_webid VARCHAR,
    depth INTEGER NOT NULL, template_name VARCHAR, categories_json VARCHAR NOT NULL, description VARCHAR
  )`,
  `CREATE TEMP TABLE IF NOT EXISTS stage_ef (
    ord INTEGER NOT NULL, webid VARCHAR NOT NULL, name VARCHAR NOT NULL, template_name VARCHAR,
    start_ms DOUBLE NOT NULL, end_ms DOUBLE, primary_element_webid VARCHAR, categories_json VARCHAR NOT NULL,
    severity VARCHAR, attributes_json VARCHAR NOT NULL
  )`,
];
