/** The servers test data is keyed by. */
import type { AssetSource, DataSource } from '../../landing';

export const TEST_SOURCE: DataSource = { dataServerId: '00000000-0000-4000-8000-00000000da7a', dataServerName: 'TESTDA' };
export const TEST_ASSET_SOURCE: AssetSource = {
  assetServerId: '00000000-0000-4000-8000-0000000000af',
  assetServerName: 'TESTAF',
  databaseName: 'Production',
};
