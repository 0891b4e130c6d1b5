/** The WebId of the world's one PI Data Archive: every Point object links to it. */
import { encodeWebId, type WebIdType } from '../../pi-contract';
import type { ServerRef } from '../server-identity';

export function dataServerWebId(server: ServerRef, type: WebIdType): string {
  return encodeWebId({ marker: 'DS', guids: [server.guid], path: server.path }, type);
}
