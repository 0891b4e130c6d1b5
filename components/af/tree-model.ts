/**
 * The AF tree as the page holds it: the levels loaded so far (keyed by parent, null for the top)
 * and the set of expanded elements. Both views derive from it: the keyboard tree as visible rows,
 * the ECharts tree as nested data. Nothing below an unexpanded element is ever fetched.
 */
import type { AfChildrenResult, AfNode } from '@/lib/api-contract';

export type LoadedLevels = ReadonlyMap<string | null, AfChildrenResult>;

export interface TreeRow {
  node: AfNode;
  /** 1 for top-level elements (aria-level). */
  level: number;
  posInSet: number;
  setSize: number;
  parentWebId: string | null;
  expanded: boolean;
  /** Expanded, children not here yet. */
  loading: boolean;
}

/** Rows in display order (depth first), as a flat ARIA tree lists them. */
export function visibleRows(loaded: LoadedLevels, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const walk = (parentWebId: string | null, level: number, parentChildCount: number | null): void => {
    const children = loaded.get(parentWebId);
    if (!children) return;
    const setSize = parentChildCount ?? children.nodes.length;
    children.nodes.forEach((node, i) => {
      const isExpanded = expanded.has(node.webId) && node.childCount > 0;
      rows.push({
        node,
        level,
        posInSet: i + 1,
        setSize,
        parentWebId,
        expanded: isExpanded,
        loading: isExpanded && !loaded.has(node.webId),
      });
      if (isExpanded) walk(node.webId, level + 1, node.childCount);
    });
  };
  walk(null, 1, null);
  return rows;
}

export interface TreeDatum {
  name: string;
  /** The element's WebId; empty for the database root. */
  value: string;
  children: TreeDatum[];
  /** Has children that are not shown: drawn filled, as "more inside". */
  closed: boolean;
}

/** Nested data for the ECharts tree: the database at the root, then only what is expanded. */
export function treeData(rootLabel: string, loaded: LoadedLevels, expanded: ReadonlySet<string>): TreeDatum {
  const build = (parentWebId: string | null): TreeDatum[] =>
    (loaded.get(parentWebId)?.nodes ?? []).map((node) => {
      const open = expanded.has(node.webId) && node.childCount > 0;
      return {
        name: node.childCount > 0 ? `${node.name} (${node.childCount})` : node.name,
        value: node.webId,
        children: open ? build(node.webId) : [],
        closed: !open && node.childCount > 0,
      };
    });
  return { name: rootLabel, value: '', children: build(null), closed: false };
}

export function countLeaves(datum: TreeDatum): number {
  return datum.children.length === 0 ? 1 : datum.children.reduce((n, child) => n + countLeaves(child), 0);
}

/** `\\AFSRV01\Production\Sydney` -> `Production`: the database the top-level elements live in. */
export function databaseName(elementPath: string | undefined): string {
  const parts = (elementPath ?? '').split('\\').filter(Boolean);
  return parts.length >= 2 ? (parts[parts.length - 2] ?? 'AF database') : 'AF database';
}
