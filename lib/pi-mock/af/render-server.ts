/** AssetServer and AssetDatabase objects (swagger definitions of the same names). */
import { formatPiTimestamp } from '../../pi-contract';
import { ASSET_SERVER_VERSION } from '../identity';
import type { MockWorld } from '../world';
import { assetServerWebId, databaseWebId } from './af-webids';
import type { RenderContext } from './render-context';

export function renderAssetServer(world: MockWorld, ctx: RenderContext): Record<string, unknown> {
  const server = world.identity.assetServer;
  const webId = assetServerWebId(world.identity, ctx.webIdType);
  const self = `/assetservers/${webId}`;
  return {
    WebId: webId,
    Id: server.guid,
    Name: server.name,
    Description: 'Mock PI AF server',
    Path: server.path,
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

export function renderDatabase(world: MockWorld, ctx: RenderContext): Record<string, unknown> {
  const { identity } = world;
  const webId = databaseWebId(identity, ctx.webIdType);
  const self = `/assetdatabases/${webId}`;
  return {
    WebId: webId,
    Id: identity.database.guid,
    Name: identity.database.name,
    Description: 'Plants, process units and equipment',
    Path: identity.database.path,
    // AF records the database's default Data Archive here; clients resolve PI Point references with it.
    ExtendedProperties: {
      DefaultPIServer: { Value: identity.dataServer.name },
      DefaultPIServerID: { Value: identity.dataServer.guid },
    },
    Links: {
      Self: ctx.url(self),
      Elements: ctx.url(`${self}/elements`),
      ElementTemplates: ctx.url(`${self}/elementtemplates`),
      EventFrames: ctx.url(`${self}/eventframes`),
      AssetServer: ctx.url(`/assetservers/${assetServerWebId(identity, ctx.webIdType)}`),
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
