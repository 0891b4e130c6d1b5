/** The AF routes of the mock (contract §7.2), for the router's table. */
import type { RouteDef } from '../router/types';
import { getAttribute, getAttributeByPath, getAttributeChildren, getAttributeValue } from './attribute-handlers';
import { getDatabaseElements, getElement, getElementAttributes, getElementByPath, getElementChildren } from './element-handlers';
import { getAssetServer, getAssetServerDatabases, getAssetServers, getDatabase, getDatabaseByPath } from './server-handlers';
import { getCategory, getDatabaseCategories, getDatabaseTemplates, getTemplate } from './template-handlers';

export const afRoutes: RouteDef[] = [
  { method: 'GET', pattern: '/assetservers', handler: getAssetServers },
  { method: 'GET', pattern: '/assetservers/:webId', handler: getAssetServer },
  { method: 'GET', pattern: '/assetservers/:webId/assetdatabases', handler: getAssetServerDatabases },
  { method: 'GET', pattern: '/assetdatabases', handler: getDatabaseByPath },
  { method: 'GET', pattern: '/assetdatabases/:webId', handler: getDatabase },
  { method: 'GET', pattern: '/assetdatabases/:webId/elements', handler: getDatabaseElements },
  { method: 'GET', pattern: '/assetdatabases/:webId/elementtemplates', handler: getDatabaseTemplates },
  { method: 'GET', pattern: '/assetdatabases/:webId/elementcategories', handler: getDatabaseCategories },
  { method: 'GET', pattern: '/elements', handler: getElementByPath },
  { method: 'GET', pattern: '/elements/:webId', handler: getElement },
  { method: 'GET', pattern: '/elements/:webId/elements', handler: getElementChildren },
  { method: 'GET', pattern: '/elements/:webId/attributes', handler: getElementAttributes },
  { method: 'GET', pattern: '/attributes', handler: getAttributeByPath },
  { method: 'GET', pattern: '/attributes/:webId', handler: getAttribute },
  { method: 'GET', pattern: '/attributes/:webId/attributes', handler: getAttributeChildren },
  { method: 'GET', pattern: '/attributes/:webId/value', handler: getAttributeValue },
  { method: 'GET', pattern: '/elementtemplates/:webId', handler: getTemplate },
  { method: 'GET', pattern: '/elementcategories/:webId', handler: getCategory },
];
