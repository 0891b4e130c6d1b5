/**
 * AF path syntax (contract §7.1) -> what it names. Accepts paths with or without the leading `\\`
 * and in any case (WebID name payloads are upper-cased); only this world's server and database.
 */
import type { ServerIdentity } from '../server-identity';

export type AfPath =
  | { kind: 'server' }
  | { kind: 'database' }
  | { kind: 'element'; names: string[] }
  | { kind: 'attribute'; names: string[]; attribute: string }
  | { kind: 'template'; name: string }
  | { kind: 'category'; name: string }
  | { kind: 'eventFrame'; name: string }
  | { kind: 'eventFrameAttribute'; name: string; attribute: string };

const COLLECTION_RE = /^(ElementTemplates|ElementCategories|EventFrames)\[(.+)\]$/i;

/** null when the path is malformed or names another server or database. */
export function parseAfPath(id: ServerIdentity, input: string): AfPath | null {
  const path = input.replace(/^\\\\/, '');
  const bar = path.indexOf('|');
  const objectPart = bar < 0 ? path : path.slice(0, bar);
  const attribute = bar < 0 ? null : path.slice(bar + 1);
  const segments = objectPart.split('\\');
  if (segments.some((s) => s === '')) return null;
  if (segments[0]!.toUpperCase() !== id.assetServer.name.toUpperCase()) return null;
  if (segments.length === 1) return attribute === null ? { kind: 'server' } : null;
  if (segments[1]!.toUpperCase() !== id.database.name.toUpperCase()) return null;
  if (segments.length === 2) return attribute === null ? { kind: 'database' } : null;
  const rest = segments.slice(2);
  const collection = COLLECTION_RE.exec(rest[0]!);
  if (collection) {
    if (rest.length !== 1) return null;
    const which = collection[1]!.toLowerCase();
    const name = collection[2]!;
    if (which === 'eventframes') return attribute === null ? { kind: 'eventFrame', name } : { kind: 'eventFrameAttribute', name, attribute };
    if (attribute !== null) return null;
    return which === 'elementtemplates' ? { kind: 'template', name } : { kind: 'category', name };
  }
  return attribute === null ? { kind: 'element', names: rest } : { kind: 'attribute', names: rest, attribute };
}
