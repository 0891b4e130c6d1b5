/**
 * All PI points of a data server, paged by startIndex until a short page (contract §9.1: there
 * is no total count). IDOnly WebIDs keep stream-set URLs short (contract §5.3, §10.3).
 */
import { itemsDataServer, itemsPoint } from '../../pi-contract';
import { err, ok, type Result } from '../../result';
import type { ConnectorError } from '../errors';
import type { PiClient } from '../http';

export interface DiscoveredPoint {
  webId: string;
  name: string;
  units: string;
  pointId: number | undefined;
}

export interface PointDiscoveryOptions {
  /** Data server name; the first one listed when absent. */
  dataServer?: string;
  nameFilter?: string;
  pageSize?: number;
}

const POINT_FIELDS = 'Items.WebId;Items.Name;Items.EngineeringUnits;Items.Id';

export async function discoverPoints(client: PiClient, options: PointDiscoveryOptions = {}): Promise<Result<DiscoveredPoint[], ConnectorError>> {
  const servers = await client.getJson('/dataservers?webIdType=IDOnly', itemsDataServer);
  if (!servers.ok) return servers;
  const wanted = options.dataServer?.toUpperCase();
  const server = servers.value.Items.find((s) => !wanted || s.Name?.toUpperCase() === wanted);
  if (!server?.WebId) {
    return err({ kind: 'http', url: `${client.baseUrl}/dataservers`, status: 404, piErrors: [`no data server${wanted ? ` named ${options.dataServer}` : ''} is listed`] });
  }
  const pageSize = options.pageSize ?? 1000;
  const filter = options.nameFilter ? `&nameFilter=${encodeURIComponent(options.nameFilter)}` : '';
  const points: DiscoveredPoint[] = [];
  for (let startIndex = 0; ; startIndex += pageSize) {
    const page = await client.getJson(
      `/dataservers/${server.WebId}/points?startIndex=${startIndex}&maxCount=${pageSize}&webIdType=IDOnly&selectedFields=${POINT_FIELDS}${filter}`,
      itemsPoint,
    );
    if (!page.ok) return page;
    for (const p of page.value.Items) {
      points.push({ webId: p.WebId, name: p.Name, units: p.EngineeringUnits ?? '', pointId: p.Id ?? undefined });
    }
    if (page.value.Items.length < pageSize) break;
  }
  return ok(points);
}
