/**
 * What every tier's servers share: versions, the product, the seed's literal ids. Names and GUIDs
 * differ per tier (server-identity.ts); object GUIDs below them derive from indices (af/object-guid.ts).
 */
export const DATA_SERVER_VERSION = '3.4.440.477';
export const ASSET_SERVER_VERSION = '2.10.9.593';

export const PRODUCT_TITLE = 'PI Web API 2018 SP1';
export const PRODUCT_VERSION = '1.11.1.5383';

/** Literal ids the seed's verification queries use; accepted only with `--compat seed`, at every tier. */
export const SEED_IDS = {
  dataServer: 'F1DP-DS-01',
  assetServer: 'F1DP-Server-Primary',
  assetDatabase: 'F1DP-DB-Production',
} as const;
