/**
 * Runs a FrameSearch over the frame table: time predicate of the search mode, filters, optional
 * element scope (frames referencing that element), then order. Returns frame indices, not paged.
 */
import type { TierLayout } from '../../tiers';
import { elementName, elementTemplateName, equipmentRef, unitRef, type ElementRef } from '../af/hierarchy';
import { compareNames } from '../af/list-params';
import { compileNameFilterOrThrow } from '../name-filter';
import { EF_TEMPLATES } from './ef-templates';
import { frameName } from './frame-identity';
import type { FrameSearch, SearchMode } from './frame-search';
import { SEVERITIES, type FrameTable } from './frame-table';

/** Elements a frame references: its unit first (the primary), then an equipment of that unit. */
export function referencedElements(table: FrameTable, layout: TierLayout, i: number): ElementRef[] {
  const g = table.unit[i]!;
  const plant = Math.floor(g / layout.unitsPerPlant);
  const unit = g % layout.unitsPerPlant;
  const slot = table.slot[i]!;
  return slot < 0 ? [unitRef(plant, unit)] : [unitRef(plant, unit), equipmentRef(plant, unit, slot)];
}

type Predicate = (start: number, end: number) => boolean;

function timePredicate(mode: SearchMode, s: number, e: number): Predicate {
  switch (mode) {
    case 'None':
      return () => true;
    case 'StartInclusive':
      return (start) => start >= s && start <= e;
    case 'EndInclusive':
      return (_start, end) => end >= s && end <= e;
    case 'Inclusive':
      return (start, end) => start >= s && end <= e;
    case 'Overlapped':
      return (start, end) => start <= e && end >= s;
    case 'InProgress':
      return (start, end) => start >= s && start <= e && end === Infinity;
    case 'BackwardFromStartTime':
      return (start) => start <= s;
    case 'ForwardFromStartTime':
      return (start) => start >= s;
    case 'BackwardFromEndTime':
      return (_start, end) => end <= s;
    case 'ForwardFromEndTime':
      return (_start, end) => end >= s;
    case 'BackwardInProgress':
      return (start, end) => end === Infinity && start <= s;
    case 'ForwardInProgress':
      return (start, end) => end === Infinity && start >= s;
  }
}

const TEMPLATE_RANK = (() => {
  const byName = EF_TEMPLATES.map((t, i) => ({ name: t.name, i })).sort((a, b) => compareNames(a.name, b.name));
  const rank = new Array<number>(EF_TEMPLATES.length);
  byName.forEach((t, r) => (rank[t.i] = r));
  return rank;
})();

/** Same order as comparing the names (template, 4-digit year, fixed-width sequence). */
function compareByName(table: FrameTable, a: number, b: number): number {
  return (
    TEMPLATE_RANK[table.template[a]!]! - TEMPLATE_RANK[table.template[b]!]! ||
    table.year[a]! - table.year[b]! ||
    table.seq[a]! - table.seq[b]!
  );
}

/** x - y that treats two running frames (both ending at +Infinity, where x - y is NaN) as equal. */
function diff(x: number, y: number): number {
  return x === y ? 0 : x - y;
}

function comparator(table: FrameTable, s: FrameSearch): (a: number, b: number) => number {
  const { startMs: start, endMs: end } = table;
  switch (s.searchMode) {
    case 'BackwardFromStartTime':
    case 'BackwardInProgress':
      return (a, b) => start[b]! - start[a]! || b - a;
    case 'ForwardFromStartTime':
    case 'ForwardInProgress':
      return (a, b) => start[a]! - start[b]! || a - b;
    case 'BackwardFromEndTime':
      return (a, b) => diff(end[b]!, end[a]!) || b - a;
    case 'ForwardFromEndTime':
      return (a, b) => diff(end[a]!, end[b]!) || a - b;
    default: {
      const sign = s.sortOrder === 'Ascending' ? 1 : -1;
      const byName = (a: number, b: number): number => compareByName(table, a, b);
      if (s.sortField === 'StartTime') return (a, b) => sign * (start[a]! - start[b]! || byName(a, b));
      if (s.sortField === 'EndTime') return (a, b) => sign * (diff(end[a]!, end[b]!) || byName(a, b));
      return (a, b) => sign * byName(a, b);
    }
  }
}

export function runFrameSearch(table: FrameTable, layout: TierLayout, s: FrameSearch, scope?: ElementRef): number[] {
  const inTime = timePredicate(s.searchMode, s.startMs, s.endMs ?? s.startMs);
  const byName = s.nameFilter === undefined ? null : compileNameFilterOrThrow(s.nameFilter, 'nameFilter');
  const byRefName =
    s.referencedElementNameFilter === undefined
      ? null
      : compileNameFilterOrThrow(s.referencedElementNameFilter, 'referencedElementNameFilter');
  const refTemplate = s.referencedElementTemplateName?.toUpperCase();
  const template = s.templateName?.toUpperCase();
  const category = s.categoryName?.toUpperCase();
  const severities = new Set(s.severities.map((v) => SEVERITIES.indexOf(v)));
  const scopeUnit = scope && scope.kind !== 'plant' ? scope.plant * layout.unitsPerPlant + scope.unit : -1;
  if (scope && scope.kind === 'plant') return [];
  const out: number[] = [];
  for (let i = 0; i < table.count; i++) {
    if (scope && (table.unit[i] !== scopeUnit || (scope.kind === 'equipment' && table.slot[i] !== scope.slot))) continue;
    if (!inTime(table.startMs[i]!, table.endMs[i]!)) continue;
    const tpl = EF_TEMPLATES[table.template[i]!]!;
    if (template !== undefined && tpl.name.toUpperCase() !== template) continue;
    if (category !== undefined && !tpl.categoryNames.some((c) => c.toUpperCase() === category)) continue;
    if (severities.size > 0 && !severities.has(table.severity[i]!)) continue;
    if (s.canBeAcknowledged !== undefined && tpl.canBeAcknowledged !== s.canBeAcknowledged) continue;
    if (s.isAcknowledged === true) continue; // nothing is ever acknowledged here
    if (byName && !byName(frameName(table, i))) continue;
    if (byRefName || refTemplate !== undefined) {
      const refs = referencedElements(table, layout, i);
      if (byRefName && !refs.some((r) => byRefName(elementName(layout, r)))) continue;
      if (refTemplate !== undefined && !refs.some((r) => elementTemplateName(r).toUpperCase() === refTemplate)) continue;
    }
    out.push(i);
  }
  return out.sort(comparator(table, s));
}
