/** The world's one PI Data Archive, as a DataServer object (contract §3.2). */
import { formatPiTimestamp, type DecodedWebId } from '../../pi-contract';
import { DATA_SERVER_VERSION } from '../identity';
import { badRequest, notFound } from '../http/pi-error';
import { requireWebId } from '../http/require-webid';
import type { HandlerContext } from '../router/types';
import type { ServerRef } from '../server-identity';
import { dataServerWebId } from './data-server-webid';

export function dataServerObject(ctx: HandlerContext) {
  const server = ctx.world.identity.dataServer;
  const webId = dataServerWebId(server, ctx.webIdType);
  return {
    WebId: webId,
    Id: server.guid,
    Name: server.name,
    Path: server.path,
    IsConnected: true,
    ServerVersion: DATA_SERVER_VERSION,
    ServerTime: formatPiTimestamp(ctx.world.nowMs()),
    Links: {
      Self: ctx.url(`/dataservers/${webId}`),
      Points: ctx.url(`/dataservers/${webId}/points`),
      EnumerationSets: ctx.url(`/dataservers/${webId}/enumerationsets`),
    },
  };
}

// Local/DefaultIDOnly carry no server GUID: the server they reach is by definition this one.
function isThisServer(server: ServerRef, decoded: DecodedWebId): boolean {
  if (decoded.type === 'PathOnly') return decoded.path === server.name.toUpperCase();
  return decoded.guids.length === 0 || decoded.guids[0] === server.guid;
}

/** Checks a `{webId}` names this data server (seed compatibility maps its literal ids first: compat/seed-ids.ts). */
export function requireDataServer(ctx: HandlerContext, raw: string): void {
  const decoded = requireWebId(raw, ['DS']);
  if (!isThisServer(ctx.world.identity.dataServer, decoded)) throw notFound(`A data server with WebID '${raw}' was not found.`);
}

/** `?path=\\SERVER` or `?name=SERVER` lookups. */
export function requireDataServerByName(server: ServerRef, name: string, param: 'path' | 'name'): void {
  const bare = param === 'path' ? name.replace(/^\\\\/, '') : name;
  if (param === 'path' && !name.startsWith('\\\\')) {
    throw badRequest(`The value '${name}' is not valid for parameter 'path': a data server path looks like '${server.path}'.`);
  }
  if (bare.toUpperCase() !== server.name.toUpperCase()) {
    throw notFound(`A data server named '${bare}' was not found.`);
  }
}
