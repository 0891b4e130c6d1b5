/**
 * Attribute list parameters (contract §7.4) for elements and event frames alike. No attribute here
 * has children, is excluded or hidden, or carries a trait, so those parameters only narrow.
 */
import type { QueryParams } from '../http/query-params';
import { compileNameFilterOrThrow } from '../name-filter';
import type { AttributeDef } from './attribute-def';
import { parseMaxCount, parseStartIndex } from '../http/paging-params';
import { compareNames, parseAssociations, parseBoolean, parseEnum, SORT_ORDERS, type SortOrder } from './list-params';

export const ATTRIBUTE_SORT_FIELDS = ['Name'] as const;

export interface AttributeFilter {
  nameFilter?: string | undefined;
  categoryName?: string | undefined;
  /** Attributes "members of this template": those of an owner built from it. */
  templateName?: string | undefined;
  valueType?: string | undefined;
  traits?: readonly string[];
}

export interface AttributeSearch extends AttributeFilter {
  sortOrder: SortOrder;
  startIndex: number;
  maxCount: number;
  withDataReference: boolean;
}

export function parseAttributeSearch(query: QueryParams, maxReturnedItemsPerCall: number): AttributeSearch {
  parseEnum(query, 'sortField', ATTRIBUTE_SORT_FIELDS, 'Name');
  parseBoolean(query, 'searchFullHierarchy', false);
  parseBoolean(query, 'showExcluded', false);
  parseBoolean(query, 'showHidden', false);
  return {
    nameFilter: query.get('nameFilter'),
    categoryName: query.get('categoryName'),
    templateName: query.get('templateName'),
    valueType: query.get('valueType'),
    traits: query.getAll('trait'),
    sortOrder: parseEnum(query, 'sortOrder', SORT_ORDERS, 'Ascending'),
    startIndex: parseStartIndex(query),
    maxCount: parseMaxCount(query, maxReturnedItemsPerCall),
    withDataReference: parseAssociations(query).has('datareference'),
  };
}

/** Indices of the matching attributes, name-ordered (descending when asked). */
export function searchAttributes(
  defs: readonly AttributeDef[],
  ownerTemplate: string,
  f: AttributeFilter & { sortOrder?: SortOrder },
): number[] {
  if (f.templateName !== undefined && f.templateName.toUpperCase() !== ownerTemplate.toUpperCase()) return [];
  if (f.traits && f.traits.length > 0) return [];
  const byName = compileNameFilterOrThrow(f.nameFilter, 'nameFilter');
  const category = f.categoryName?.toUpperCase();
  const valueType = f.valueType?.toUpperCase();
  const out: number[] = [];
  defs.forEach((d, i) => {
    if (!byName(d.name)) return;
    if (category !== undefined && !d.categoryNames.some((c) => c.toUpperCase() === category)) return;
    if (valueType !== undefined && d.type.toUpperCase() !== valueType) return;
    out.push(i);
  });
  const sign = f.sortOrder === 'Descending' ? -1 : 1;
  return out.sort((a, b) => sign * compareNames(defs[a]!.name, defs[b]!.name));
}
