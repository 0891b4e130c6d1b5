/**
 * Event-frame search parameters (contract §8.1): validation and defaults. Range modes take a
 * [startTime, endTime] window; the Backward/Forward modes count from startTime alone and refuse
 * endTime, sortField and sortOrder.
 */
import { parsePiTime } from '../../pi-contract';
import { badRequest } from '../http/pi-error';
import type { QueryParams } from '../http/query-params';
import { matchEnumOrThrow, parseBoolean, parseEnum, parseOptionalBoolean, SORT_ORDERS, type SortOrder } from '../af/list-params';
import { parseMaxCount, parseStartIndex } from '../http/paging-params';
import { SEVERITIES, type Severity } from './frame-table';

export const RANGE_SEARCH_MODES = ['None', 'StartInclusive', 'EndInclusive', 'Inclusive', 'Overlapped', 'InProgress'] as const;
export const COUNT_SEARCH_MODES = [
  'BackwardFromStartTime',
  'ForwardFromStartTime',
  'BackwardFromEndTime',
  'ForwardFromEndTime',
  'BackwardInProgress',
  'ForwardInProgress',
] as const;
export const SEARCH_MODES = [...RANGE_SEARCH_MODES, ...COUNT_SEARCH_MODES] as const;
export type SearchMode = (typeof SEARCH_MODES)[number];
export type CountSearchMode = (typeof COUNT_SEARCH_MODES)[number];
export const FRAME_SORT_FIELDS = ['Name', 'StartTime', 'EndTime'] as const;
export type FrameSortField = (typeof FRAME_SORT_FIELDS)[number];

export const DEFAULT_START_TIME = '*-8h';
export const DEFAULT_END_TIME = '*';

export interface FrameSearch {
  searchMode: SearchMode;
  startMs: number;
  /** null for the Backward/Forward modes. */
  endMs: number | null;
  nameFilter: string | undefined;
  templateName: string | undefined;
  categoryName: string | undefined;
  referencedElementNameFilter: string | undefined;
  referencedElementTemplateName: string | undefined;
  severities: Severity[];
  canBeAcknowledged: boolean | undefined;
  isAcknowledged: boolean | undefined;
  sortField: FrameSortField;
  sortOrder: SortOrder;
  startIndex: number;
  maxCount: number;
}

export function isCountMode(mode: SearchMode): mode is CountSearchMode {
  return (COUNT_SEARCH_MODES as readonly string[]).includes(mode);
}

function piTimeOrThrow(raw: string, name: string, nowMs: number, relativeToMs?: number): number {
  const parsed = parsePiTime(raw, relativeToMs === undefined ? { nowMs } : { nowMs, relativeToMs });
  if (!parsed.ok) throw badRequest(`The value '${raw}' is not valid for parameter '${name}': ${parsed.error.reason}.`);
  return parsed.value;
}

export function parseFrameSearch(query: QueryParams, nowMs: number, maxReturnedItemsPerCall: number): FrameSearch {
  const searchMode = parseEnum(query, 'searchMode', SEARCH_MODES, 'Overlapped');
  const counting = isCountMode(searchMode);
  if (counting) {
    for (const name of ['endTime', 'sortField', 'sortOrder']) {
      if (query.has(name)) throw badRequest(`The parameter '${name}' cannot be specified when searchMode is '${searchMode}'.`);
    }
  }
  const startMs = piTimeOrThrow(query.get('startTime') ?? DEFAULT_START_TIME, 'startTime', nowMs);
  const endMs = counting ? null : piTimeOrThrow(query.get('endTime') ?? DEFAULT_END_TIME, 'endTime', nowMs, startMs);
  if (endMs !== null && endMs < startMs) throw badRequest(`The parameter 'startTime' must be less than or equal to 'endTime'.`);
  parseBoolean(query, 'searchFullHierarchy', false);
  return {
    searchMode,
    startMs,
    endMs,
    nameFilter: query.get('nameFilter'),
    templateName: query.get('templateName'),
    categoryName: query.get('categoryName'),
    referencedElementNameFilter: query.get('referencedElementNameFilter'),
    referencedElementTemplateName: query.get('referencedElementTemplateName'),
    severities: query.getAll('severity').map((s) => matchEnumOrThrow(s, 'severity', SEVERITIES)),
    canBeAcknowledged: parseOptionalBoolean(query, 'canBeAcknowledged'),
    isAcknowledged: parseOptionalBoolean(query, 'isAcknowledged'),
    sortField: parseEnum(query, 'sortField', FRAME_SORT_FIELDS, 'Name'),
    sortOrder: parseEnum(query, 'sortOrder', SORT_ORDERS, 'Ascending'),
    startIndex: parseStartIndex(query),
    maxCount: parseMaxCount(query, maxReturnedItemsPerCall),
  };
}
