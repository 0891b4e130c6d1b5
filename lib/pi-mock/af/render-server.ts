/** AssetServer and AssetDatabase objects (swagger definitions of the same names). */
import { formatPiTimestamp } from '../../pi-contract/pi-time';
import {
  ASSET_DATABASE_GUID,
  ASSET_DATABASE_NAME,
  ASSET_SERVER_GUID,
  ASSET_SERVER_NAME,
  ASSET_SERVER_VERSION,
  DATA_SERVER_GUID,
  DATA_SERVER_NAME,
} from '../identity';
import type { MockWorld } from '../world';
import { assetServerWebId, databaseWebId } from './af-webids';
import { DATABASE_PATH } from './hierarchy';
import type { RenderContext } from './render-context';

export function renderAssetServer(world: MockWorld, ctx: RenderContext): Record<string, unknown> {
  const webId = assetServerWebId(ctx.webIdType);
  const self = `/assetservers/${webId}`;
  return {
    WebId: webId,
    Id: ASSET_SERVER_GUID,
    Name: ASSET_SERVER_NAME,
    Description: 'Mock PI AF server',
    Path: `\\\\${ASSET_SERVER_NAME}`,
    IsConnected: true,
    ServerVersion: ASSET_SERVER_VERSION,
    ServerTime: formatPiTimestamp(world.nowMs()),
    ExtendedProperties: {},
    Links: {
      Self: ctx.url(self),
      Databases: ctx.url(`${self}/assetdatabases`),
      Security: ctx.url(`${self}/security`),
      SecurityEntries: ctx.url(`${self}/securityentries`),
      SecurityIdentities: ctx.url(`${self}/securityidentities`),
      SecurityMappings: ctx.url(`${self}/securitymappings`),
      UnitClasses: ctx.url(`${self}/unitclasses`),
    },
  };
}

export function renderDatabase(ctx: RenderContext): Record<string, unknown> {
  const webId = databaseWebId(ctx.webIdType);
  const self = `/assetdatabases/${webId}`;
  return {
    WebId: webId,
    Id: ASSET_DATABASE_GUID,
    Name: ASSET_DATABASE_NAME,
    Description: 'Plants, process units and equipment',
    Path: DATABASE_PATH,
    // AF records the database's default Data Archive here; clients resolve PI Point references with it.
    ExtendedProperties: {
      DefaultPIServer: { Value: DATA_SERVER_NAME },
      DefaultPIServerID: { Value: DATA_SERVER_GUID },
    },
    Links: {
      Self: ctx.url(self),
      Elements: ctx.url(`${self}/elements`),
      ElementTemplates: ctx.url(`${self}/elementtemplates`),
      EventFrames: ctx.url(`${self}/eventframes`),
      AssetServer: ctx.url(`/assetservers/${assetServerWebId(ctx.webIdType)}`),
      ElementCategories: ctx.url(`${self}/elementcategories`),
      AttributeCategories: ctx.url(`${self}/attributecategories`),
      TableCategories: ctx.url(`${self}/tablecategories`),
      AnalysisCategories: ctx.url(`${self}/analysiscategories`),
      AnalysisTemplates: ctx.url(`${self}/analysistemplates`),
      EnumerationSets: ctx.url(`${self}/enumerationsets`),
      Tables: ctx.url(`${self}/tables`),
      Security: ctx.url(`${self}/security`),
      SecurityEntries: ctx.url(`${self}/securityentries`),
    },
  };
}
