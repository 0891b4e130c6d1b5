/**
 * Names and GUIDs of the mock's servers. Fixed, so WebIDs are stable across restarts and tiers;
 * object GUIDs below them are derived from indices (see af/object-guid.ts) and decode back to their object.
 */
export const DATA_SERVER_NAME = 'PISRV01';
export const DATA_SERVER_GUID = '5b1c2d9e-7a41-4c3b-9f0e-0d1a2b3c4d5e';
export const DATA_SERVER_VERSION = '3.4.440.477';

export const ASSET_SERVER_NAME = 'AFSRV01';
export const ASSET_SERVER_GUID = '8e4f6a2b-1c3d-4e5f-a6b7-c8d9e0f1a2b3';
export const ASSET_SERVER_VERSION = '2.10.9.593';
export const ASSET_DATABASE_NAME = 'Production';
export const ASSET_DATABASE_GUID = '2f3e4d5c-6b7a-4891-a2b3-c4d5e6f7a8b9';

export const PRODUCT_TITLE = 'PI Web API 2018 SP1';
export const PRODUCT_VERSION = '1.11.1.5383';

/** Literal ids the seed's verification queries use; accepted only with `--compat seed`. */
export const SEED_IDS = {
  dataServer: 'F1DP-DS-01',
  assetServer: 'F1DP-Server-Primary',
  assetDatabase: 'F1DP-DB-Production',
} as const;
