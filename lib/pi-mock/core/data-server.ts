/** The one PI Data Archive of the mock, as a DataServer object (contract §3.2). */
import { formatPiTimestamp } from '../../pi-contract/pi-time';
import { encodeWebId, type DecodedWebId, type WebIdType } from '../../pi-contract/webid';
import { DATA_SERVER_GUID, DATA_SERVER_NAME, DATA_SERVER_VERSION, SEED_IDS } from '../identity';
import { badRequest, notFound } from '../http/pi-error';
import { requireWebId } from '../http/require-webid';
import type { HandlerContext } from '../router/types';

export const DATA_SERVER_PATH = `\\\\${DATA_SERVER_NAME}`;

export function dataServerWebId(type: WebIdType): string {
  return encodeWebId({ marker: 'DS', guids: [DATA_SERVER_GUID], path: DATA_SERVER_PATH }, type);
}

export function dataServerObject(ctx: HandlerContext) {
  const webId = dataServerWebId(ctx.webIdType);
  return {
    WebId: webId,
    Id: DATA_SERVER_GUID,
    Name: DATA_SERVER_NAME,
    Path: DATA_SERVER_PATH,
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

function isThisServer(decoded: DecodedWebId): boolean {
  if (decoded.type === 'PathOnly') return decoded.path === DATA_SERVER_NAME.toUpperCase();
  return decoded.guids.length === 0 || decoded.guids[0] === DATA_SERVER_GUID;
}

/** Checks a `{webId}` names this data server; the seed's literal id passes only in seed compatibility. */
export function requireDataServer(ctx: HandlerContext, raw: string): void {
  if (raw === SEED_IDS.dataServer && ctx.world.options.compat === 'seed') return;
  const decoded = requireWebId(raw, ['DS']);
  if (!isThisServer(decoded)) throw notFound(`A data server with WebID '${raw}' was not found.`);
}

/** `?path=\\SERVER` or `?name=SERVER` lookups. */
export function requireDataServerByName(name: string, param: 'path' | 'name'): void {
  const bare = param === 'path' ? name.replace(/^\\\\/, '') : name;
  if (param === 'path' && !name.startsWith('\\\\')) {
    throw badRequest(`The value '${name}' is not valid for parameter 'path': a data server path looks like '\\\\${DATA_SERVER_NAME}'.`);
  }
  if (bare.toUpperCase() !== DATA_SERVER_NAME.toUpperCase()) {
    throw notFound(`A data server named '${bare}' was not found.`);
  }
}
