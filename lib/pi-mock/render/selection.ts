/**
 * selectedFields as a walkable selection for the byte renderers: the same tree that
 * http/selected-fields.ts projects objects with, so both paths keep exactly the same fields.
 */
import { parseSelectedFields, selectChild, type FieldTree } from '../http/selected-fields';
import type { QueryParams } from '../http/query-params';

/** A field's selection: null keeps its whole subtree; a tree keeps the named children. */
export type Selection = FieldTree | null;

/** Root selection of a request (null when it has no selectedFields). */
export function requestSelection(query: QueryParams): Selection {
  return parseSelectedFields(query.get('selectedFields'));
}

/** Selection of child `name`, or undefined when that field is dropped. */
export function child(sel: Selection, name: string): Selection | undefined {
  const c = selectChild(sel, name);
  return c === true ? null : c;
}
