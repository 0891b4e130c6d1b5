import { decodeWebId, type DecodedWebId, type WebIdMarker } from '../../pi-contract';
import { badRequest } from './pi-error';

const MARKER_NAMES: Record<WebIdMarker, string> = {
  DS: 'data server',
  DP: 'PI point',
  RS: 'asset server',
  RD: 'asset database',
  Em: 'element',
  Ab: 'attribute',
  Fm: 'event frame',
  ET: 'element template',
  EC: 'element category',
};

export function markerName(marker: WebIdMarker): string {
  return MARKER_NAMES[marker];
}

/**
 * Decodes a WebID from a URL or query and checks its object type: a malformed one gets PI's own
 * message, a well-formed one of the wrong type says what it is and what was expected.
 */
export function requireWebId(raw: string, expected: readonly WebIdMarker[]): DecodedWebId {
  const decoded = decodeWebId(raw);
  if (!decoded.ok) throw badRequest(`Unknown or invalid WebID format: '${raw}'.`);
  if (!expected.includes(decoded.value.marker)) {
    const wanted = expected.map(markerName).join(' or ');
    throw badRequest(
      `The WebID '${raw}' identifies ${withArticle(markerName(decoded.value.marker))}, but this resource expects ${withArticle(wanted)} WebID.`,
    );
  }
  return decoded.value;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}
