/**
 * PI points of a data server, paged by startIndex until a short page (contract §9.1: there is no
 * total count). IDOnly WebIDs keep stream-set URLs short (contract §5.3, §10.3). `pointPages`
 * hands the pages over as they arrive, so a caller that processes them in turn never holds the
 * whole list (500,472 points held at once cost ~300 MB of heap); `discoverPoints` collects them.
 */
import { itemsDataServer, itemsPoint, parsePiTime } from '../../pi-contract';
import type { DataSource } from '../../landing';
import { err, ok, type Result } from '../../result';
import type { ConnectorError } from '../errors';
import type { PiClient } from '../http';

export interface DiscoveredPoint {
  webId: string;
  name: string;
  units: string;
  pointId: number | undefined;
}

/** The data server the points were listed from: who keys the landed rows, and its clock. */
export interface DiscoveredServer {
  source: DataSource;
  /**
   * The server's time when it was listed (DataServer.ServerTime), or this machine's clock when the
   * server sends none. A read made after it has seen every value stamped up to it.
   */
  serverTimeMs: number;
  /** Where its points are listed. */
  webId: string;
}

export interface PointDiscovery {
  server: DiscoveredServer;
  points: DiscoveredPoint[];
}

export interface PointDiscoveryOptions {
  /** Data server name; the first one listed when absent. */
  dataServer?: string;
  nameFilter?: string;
  pageSize?: number;
}

const POINT_FIELDS = 'Items.WebId;Items.Name;Items.EngineeringUnits;Items.Id';
const DEFAULT_PAGE_SIZE = 1000;

export async function findDataServer(client: PiClient, options: PointDiscoveryOptions = {}): Promise<Result<DiscoveredServer, ConnectorError>> {
  const listedAtMs = Date.now();
  const servers = await client.getJson('/dataservers?webIdType=IDOnly', itemsDataServer);
  if (!servers.ok) return servers;
  const wanted = options.dataServer?.toUpperCase();
  const server = servers.value.Items.find((s) => !wanted || s.Name?.toUpperCase() === wanted);
  if (!server?.WebId) {
    return err({ kind: 'http', url: `${client.baseUrl}/dataservers`, status: 404, piErrors: [`no data server${wanted ? ` named ${options.dataServer}` : ''} is listed`] });
  }
  const serverTime = server.ServerTime ? parsePiTime(server.ServerTime, { nowMs: listedAtMs }) : null;
  return ok({
    // Id is the archive's GUID; a server that omits it is still told apart by its WebId.
    source: { dataServerId: (server.Id ?? server.WebId).toLowerCase(), dataServerName: server.Name },
    serverTimeMs: serverTime?.ok ? serverTime.value : listedAtMs,
    webId: server.WebId,
  });
}

/**
 * The server's points one page at a time, fetched only when the previous page was taken. A failed
 * page is yielded as an error and ends the listing.
 */
export async function* pointPages(
  client: PiClient,
  server: DiscoveredServer,
  options: PointDiscoveryOptions = {},
): AsyncGenerator<Result<DiscoveredPoint[], ConnectorError>> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const filter = options.nameFilter ? `&nameFilter=${encodeURIComponent(options.nameFilter)}` : '';
  for (let startIndex = 0; ; startIndex += pageSize) {
    const page = await client.getJson(
      `/dataservers/${server.webId}/points?startIndex=${startIndex}&maxCount=${pageSize}&webIdType=IDOnly&selectedFields=${POINT_FIELDS}${filter}`,
      itemsPoint,
    );
    if (!page.ok) {
      yield page;
      return;
    }
    const items = page.value.Items;
    yield ok(items.map((p) => ({ webId: p.WebId, name: p.Name, units: p.EngineeringUnits ?? '', pointId: p.Id ?? undefined })));
    if (items.length < pageSize) return;
  }
}

/** Every point at once: for callers that need the whole list (a tag count, a warm-up). */
export async function discoverPoints(client: PiClient, options: PointDiscoveryOptions = {}): Promise<Result<PointDiscovery, ConnectorError>> {
  const server = await findDataServer(client, options);
  if (!server.ok) return server;
  const points: DiscoveredPoint[] = [];
  for await (const page of pointPages(client, server.value, options)) {
    if (!page.ok) return page;
    for (const p of page.value) points.push(p);
  }
  return ok({ server: server.value, points });
}
