/**
 * Stream WebIDs -> StreamSource. A malformed WebID is PI's own 400 (`Unknown or invalid WebID
 * format`); a well-formed WebID of a non-stream type is a 400 saying what it is; a stream that does
 * not exist is a 404 naming it. Points are resolved here, attributes by the AF and event-frame
 * models through their AttributeStreamProvider seam.
 */
import { decodeWebId, type WebIdType } from '../../pi-contract';
import { badRequest, notFound } from '../http/pi-error';
import { markerName } from '../http/require-webid';
import type { StreamSource } from '../stream-source';
import type { MockWorld } from '../world';
import { PointStreamSource } from './point-stream-source';

/** The stream of PI point `tagIndex`, named and linked in `webIdType`. */
export function pointStreamSource(world: MockWorld, tagIndex: number, webIdType: WebIdType): StreamSource {
  return new PointStreamSource(world.catalogue, tagIndex, webIdType);
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}

export function resolveStream(world: MockWorld, raw: string, webIdType: WebIdType): StreamSource {
  const decoded = decodeWebId(raw);
  if (!decoded.ok) throw badRequest(`Unknown or invalid WebID format: '${raw}'.`);
  const d = decoded.value;
  if (d.marker === 'DP') {
    const index = world.catalogue.resolve(d);
    if (index < 0) throw notFound(`A PI point with WebID '${raw}' was not found.`);
    return pointStreamSource(world, index, webIdType);
  }
  if (d.marker === 'Ab') {
    const provider = d.ownerMarker === 'E' ? world.af : d.ownerMarker === 'F' ? world.eventFrames : null;
    const source = provider?.resolveAttributeStream(d, webIdType) ?? null;
    if (source === null) throw notFound(`An attribute with WebID '${raw}' was not found.`);
    return source;
  }
  throw badRequest(
    `The WebID '${raw}' identifies ${article(markerName(d.marker))}, not a stream: ` +
      'streams are PI points (DP) or attributes (Ab).',
  );
}
