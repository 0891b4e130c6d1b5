/**
 * A second PI server and AF database beside seedBronze's, landed after it (so it is the default):
 * two tags, a three-element tree and one event frame, none of them shared with the first source.
 * The per-source query tests check that nothing of one source shows through the other.
 */
import type { BronzeStore } from '../bronze-store';
import { listAssetSources } from '../queries/list-asset-sources';
import { listDataSources } from '../queries/list-data-sources';
import { FLAG_GOOD, FLAG_QUESTIONABLE, type AssetSource, type DataSource } from '../../landing';
import { closedWindow } from '../../landing';
import { columnsFromRows, gridRows, type ValueTuple } from './columns-from-rows';
import { T0 } from './seed-bronze';
import { TEST_ASSET_SOURCE, TEST_SOURCE } from './test-source';

const MIN = 60_000;

export const OTHER_SOURCE: DataSource = { dataServerId: '00000000-0000-4000-8000-0000000000b2', dataServerName: 'OTHERDA' };
export const OTHER_ASSET_SOURCE: AssetSource = {
  assetServerId: '00000000-0000-4000-8000-0000000000b3',
  assetServerName: 'OTHERAF',
  databaseName: 'Production',
};

export const OTHER_TAGS = [
  { webId: 'X-TEMP', name: 'Plant_01_Unit01_Temperature', units: 'degC' },
  { webId: 'X-LEVEL', name: 'Plant_01_Unit02_Level', units: '%' },
];

export const OTHER_AF = [
  { webId: 'X-PL1', name: 'Plant_01', path: '\\\\AF2\\DB\\Plant_01', parentWebId: null, depth: 1, templateName: 'Plant', categoryNames: [], description: null },
  { webId: 'X-U01', name: 'Unit01', path: '\\\\AF2\\DB\\Plant_01\\Unit01', parentWebId: 'X-PL1', depth: 2, templateName: 'ProcessUnit', categoryNames: [], description: null },
  { webId: 'X-U02', name: 'Unit02', path: '\\\\AF2\\DB\\Plant_01\\Unit02', parentWebId: 'X-PL1', depth: 2, templateName: 'ProcessUnit', categoryNames: [], description: null },
];

export const OTHER_FRAMES = [
  { webId: 'X-D1', name: 'Downtime 1', templateName: 'Downtime', startMs: T0 + 20 * MIN, endMs: T0 + 30 * MIN, primaryElementWebId: 'X-U01', categoryNames: [], severity: 'Warning', attributes: { Reason: 'Blocked' } },
];

/** Lands the second source's tags, values (TEMP: 3 every 30 s; LEVEL: 2 a minute apart, one questionable), tree and frame. */
export async function seedOtherSource(store: BronzeStore): Promise<void> {
  const keys = await store.registerTags(OTHER_SOURCE, OTHER_TAGS);
  const key = (webId: string): number => keys.get(webId) ?? Number.NaN;
  const level: ValueTuple[] = [
    [key('X-LEVEL'), T0, 0, 40, null, FLAG_GOOD],
    [key('X-LEVEL'), T0 + MIN, 0, 41, null, FLAG_QUESTIONABLE],
  ];
  await store.landValues(
    columnsFromRows([...gridRows(key('X-TEMP'), T0, 30_000, 3), ...level]),
    [closedWindow(key('X-TEMP'), T0, T0 + MIN), closedWindow(key('X-LEVEL'), T0, T0 + MIN)],
    'seed-other-run',
  );
  await store.landAfElements(OTHER_ASSET_SOURCE, OTHER_AF);
  await store.landEventFrames(OTHER_ASSET_SOURCE, { startMs: T0, endMs: T0 + 360 * MIN }, OTHER_FRAMES);
}

export interface SeededKeys {
  test: { source: number; asset: number };
  other: { source: number; asset: number };
}

/** The keys bronze gave both seeded sources, found by server name as a caller of the API would. */
export async function seededKeys(store: BronzeStore): Promise<SeededKeys> {
  const data = await listDataSources(store);
  const assets = await listAssetSources(store);
  const dataKey = (name: string): number => data.find((s) => s.serverName === name)?.key ?? Number.NaN;
  const assetKey = (name: string): number => assets.find((s) => s.serverName === name)?.key ?? Number.NaN;
  return {
    test: { source: dataKey(TEST_SOURCE.dataServerName), asset: assetKey(TEST_ASSET_SOURCE.assetServerName) },
    other: { source: dataKey(OTHER_SOURCE.dataServerName), asset: assetKey(OTHER_ASSET_SOURCE.assetServerName) },
  };
}
