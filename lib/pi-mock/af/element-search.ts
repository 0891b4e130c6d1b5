/**
 * Element search below the database or an element (contract §7.3): direct children by default,
 * the whole subtree with searchFullHierarchy; filters, then name order, then the caller pages.
 */
import type { TierLayout } from '../../tiers';
import type { ServerIdentity } from '../server-identity';
import type { QueryParams } from '../http/query-params';
import { compileNameFilterOrThrow } from '../name-filter';
import {
  childrenOf,
  descendantsOf,
  elementCategoryNames,
  elementDescription,
  elementName,
  elementPath,
  elementTemplateName,
  type ElementRef,
} from './hierarchy';
import { parseMaxCount, parseStartIndex } from '../http/paging-params';
import { compareNames, parseBoolean, parseEnum, SORT_ORDERS, type SortOrder } from './list-params';

/** AF element types (PI Web API "Element Type"); every element of this model has type None. */
export const ELEMENT_TYPES = ['Any', 'None', 'Other', 'Node', 'Measurement', 'Flow', 'Transfer', 'Boundary', 'PIPoint'] as const;
export const ELEMENT_SORT_FIELDS = ['Name'] as const;

export interface ElementSearch {
  nameFilter: string | undefined;
  descriptionFilter: string | undefined;
  categoryName: string | undefined;
  templateName: string | undefined;
  elementType: (typeof ELEMENT_TYPES)[number];
  searchFullHierarchy: boolean;
  sortOrder: SortOrder;
  startIndex: number;
  maxCount: number;
}

export function parseElementSearch(query: QueryParams, maxReturnedItemsPerCall: number): ElementSearch {
  parseEnum(query, 'sortField', ELEMENT_SORT_FIELDS, 'Name');
  return {
    nameFilter: query.get('nameFilter'),
    descriptionFilter: query.get('descriptionFilter'),
    categoryName: query.get('categoryName'),
    templateName: query.get('templateName'),
    elementType: parseEnum(query, 'elementType', ELEMENT_TYPES, 'Any'),
    searchFullHierarchy: parseBoolean(query, 'searchFullHierarchy', false),
    sortOrder: parseEnum(query, 'sortOrder', SORT_ORDERS, 'Ascending'),
    startIndex: parseStartIndex(query),
    maxCount: parseMaxCount(query, maxReturnedItemsPerCall),
  };
}

/** Every match in order (not yet paged); `root` null searches from the database. */
export function searchElements(id: ServerIdentity, layout: TierLayout, root: ElementRef | null, s: ElementSearch): ElementRef[] {
  if (s.elementType !== 'Any' && s.elementType !== 'None') return [];
  const byName = compileNameFilterOrThrow(s.nameFilter, 'nameFilter');
  const byDescription = compileNameFilterOrThrow(s.descriptionFilter, 'descriptionFilter');
  const candidates = s.searchFullHierarchy ? descendantsOf(layout, root) : childrenOf(layout, root);
  const category = s.categoryName?.toUpperCase();
  const template = s.templateName?.toUpperCase();
  const keyed: { ref: ElementRef; name: string; path: string }[] = [];
  for (const ref of candidates) {
    if (template !== undefined && elementTemplateName(ref).toUpperCase() !== template) continue;
    if (category !== undefined && !elementCategoryNames(ref).some((c) => c.toUpperCase() === category)) continue;
    const name = elementName(layout, ref);
    if (!byName(name)) continue;
    if (s.descriptionFilter !== undefined && !byDescription(elementDescription(layout, ref))) continue;
    keyed.push({ ref, name, path: s.searchFullHierarchy ? elementPath(id, layout, ref) : '' });
  }
  // Names repeat across the hierarchy (every plant has a Unit01): the path breaks ties so that
  // paging by startIndex sees one fixed order.
  const sign = s.sortOrder === 'Ascending' ? 1 : -1;
  keyed.sort((a, b) => sign * (compareNames(a.name, b.name) || compareNames(a.path, b.path)));
  return keyed.map((k) => k.ref);
}
