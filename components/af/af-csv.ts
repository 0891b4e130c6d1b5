/** The CSV beside each AF chart: the counts drawn, and the tree's shown elements with their paths. */
import type { CsvTable } from '../charts/csv';
import { NO_TEMPLATE } from './templates-option';
import type { TreeRow } from './tree-model';

export function levelsCsv(levels: readonly { depth: number; count: number }[]): CsvTable {
  return { header: ['level', 'elements'], rows: levels.map((l) => [l.depth, l.count]) };
}

export function templatesCsv(templates: readonly { templateName: string | null; count: number }[]): CsvTable {
  return { header: ['template', 'elements'], rows: templates.map((t) => [t.templateName ?? NO_TEMPLATE, t.count]) };
}

/** The elements the tree shows, in its order: a closed element's children are not in it. */
export function treeCsv(rows: readonly TreeRow[]): CsvTable {
  return {
    header: ['level', 'name', 'path', 'template', 'children', 'open'],
    rows: rows.map((r) => [r.level, r.node.name, r.node.path, r.node.templateName, r.node.childCount, r.expanded]),
  };
}
