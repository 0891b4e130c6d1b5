/**
 * The two kinds of source rows are keyed by (DESIGN §5): a PI Data Archive for tags and values, an
 * AF server's database for the hierarchy and event frames. The lister and the resolver share these
 * fragments, so the default a route falls back to is always the first entry the picker lists.
 */
export type SourceKind = 'data' | 'asset';

interface SourceTable {
  table: string;
  key: string;
  /** True for a source row `s` that still holds something; an empty one is not offered. */
  holds: string;
}

export const SOURCE_TABLES: Readonly<Record<SourceKind, SourceTable>> = {
  data: {
    table: 'bronze.pi_sources',
    key: 'source_key',
    holds: 'EXISTS (SELECT 1 FROM bronze.pi_tags x WHERE x.source_key = s.source_key)',
  },
  asset: {
    table: 'bronze.pi_asset_sources',
    key: 'asset_key',
    holds: `(EXISTS (SELECT 1 FROM bronze.pi_af_hierarchy x WHERE x.asset_key = s.asset_key)
             OR EXISTS (SELECT 1 FROM bronze.pi_event_frames x WHERE x.asset_key = s.asset_key))`,
  },
};

/** Newest landing first; the key breaks ties so two sources landed in the same millisecond keep one order. */
export function newestFirst(kind: SourceKind): string {
  return `s.last_landed_at DESC, s.${SOURCE_TABLES[kind].key} DESC`;
}
