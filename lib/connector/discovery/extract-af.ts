/**
 * The AF hierarchy at full depth (contract §7): the database's elements with
 * searchFullHierarchy=true, paged by startIndex, several pages per POST /batch, until a short
 * page. Parents and depth come from the element paths (`\\AF\DB\Plant\Unit`).
 */
import { itemsAssetDatabase, itemsAssetServer, itemsElement, type Element } from '../../pi-contract';
import { err, ok, type Result } from '../../result';
import type { ConnectorError } from '../errors';
import type { PiClient } from '../http';
import type { AfElementRow, AssetSource } from '../../landing';
import { batchedGet } from './batched-get';

/** One landed element: exactly bronze's row (parent and depth derived from the path). */
export type AfElementRecord = AfElementRow;

export interface AfDatabaseRef {
  webId: string;
  name: string;
  path: string;
  /** The AF server and database: who keys the landed elements and frames. */
  source: AssetSource;
}

const ELEMENT_FIELDS = 'Items.WebId;Items.Name;Items.Path;Items.TemplateName;Items.CategoryNames;Items.Description';

/** The named (or first) asset server's named (or first) database. */
export async function findAssetDatabase(client: PiClient, server?: string, database?: string): Promise<Result<AfDatabaseRef, ConnectorError>> {
  const servers = await client.getJson('/assetservers?webIdType=IDOnly', itemsAssetServer);
  if (!servers.ok) return servers;
  const s = servers.value.Items.find((x) => !server || x.Name?.toUpperCase() === server.toUpperCase());
  if (!s?.WebId) return err({ kind: 'http', url: `${client.baseUrl}/assetservers`, status: 404, piErrors: [`no asset server${server ? ` named ${server}` : ''} is listed`] });
  const dbs = await client.getJson(`/assetservers/${s.WebId}/assetdatabases?webIdType=IDOnly`, itemsAssetDatabase);
  if (!dbs.ok) return dbs;
  const db = dbs.value.Items.find((x) => !database || x.Name?.toUpperCase() === database.toUpperCase());
  if (!db?.WebId || !db.Path) return err({ kind: 'http', url: `${client.baseUrl}/assetservers/${s.WebId}/assetdatabases`, status: 404, piErrors: [`no asset database${database ? ` named ${database}` : ''} is listed`] });
  const source: AssetSource = {
    assetServerId: (s.Id ?? s.WebId).toLowerCase(),
    assetServerName: s.Name ?? '',
    databaseName: db.Name ?? '',
  };
  return ok({ webId: db.WebId, name: db.Name ?? '', path: db.Path, source });
}

function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf('\\'));
}

export async function extractAfHierarchy(
  client: PiClient,
  db: AfDatabaseRef,
  options: { pageSize?: number; pagesPerBatch?: number } = {},
): Promise<Result<AfElementRecord[], ConnectorError>> {
  const pageSize = options.pageSize ?? 1000;
  const pagesPerBatch = options.pagesPerBatch ?? 10;
  const raw: Element[] = [];
  for (let firstPage = 0; ; firstPage += pagesPerBatch) {
    const resources = Array.from(
      { length: pagesPerBatch },
      (_, k) =>
        `/assetdatabases/${db.webId}/elements?searchFullHierarchy=true&startIndex=${(firstPage + k) * pageSize}&maxCount=${pageSize}&webIdType=IDOnly&selectedFields=${ELEMENT_FIELDS}`,
    );
    const pages = await batchedGet(client, resources, itemsElement);
    if (!pages.ok) return pages;
    let short = false;
    for (const page of pages.value) {
      if (short) break;
      raw.push(...page.Items);
      short = page.Items.length < pageSize;
    }
    if (short) break;
  }
  const dbDepth = db.path.replace(/^\\\\/, '').split('\\').length;
  const byPath = new Map(raw.map((e) => [e.Path.toUpperCase(), e.WebId]));
  return ok(
    raw.map((e) => ({
      webId: e.WebId,
      name: e.Name,
      path: e.Path,
      parentWebId: byPath.get(parentPath(e.Path).toUpperCase()) ?? null,
      depth: e.Path.replace(/^\\\\/, '').split('\\').length - dbDepth,
      templateName: e.TemplateName || null,
      categoryNames: e.CategoryNames ?? [],
      description: e.Description || null,
    })),
  );
}
