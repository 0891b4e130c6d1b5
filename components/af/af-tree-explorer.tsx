'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatCount } from '@/lib/client';
import type { TreeRow } from './tree-model';

interface AfTreeExplorerProps {
  rows: readonly TreeRow[];
  onToggle: (webId: string) => void;
}

/**
 * The AF hierarchy as an ARIA tree (the keyboard's way in; the canvas beside it mirrors it):
 * Up/Down move, Right opens or steps in, Left closes or steps out, Enter/Space toggle, Home/End jump.
 */
export function AfTreeExplorer({ rows, onToggle }: AfTreeExplorerProps) {
  const [focused, setFocused] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());
  // Move DOM focus only after a key press inside the tree, never on load or on a canvas click.
  const keyboardMoved = useRef(false);
  const current = rows.find((r) => r.node.webId === focused) ?? rows[0];

  useEffect(() => {
    if (!keyboardMoved.current || !current) return;
    keyboardMoved.current = false;
    items.current.get(current.node.webId)?.focus();
  }, [current]);

  function moveTo(row: TreeRow | undefined): void {
    if (!row) return;
    keyboardMoved.current = true;
    setFocused(row.node.webId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>): void {
    if (!current) return;
    const index = rows.indexOf(current);
    const hasChildren = current.node.childCount > 0;
    const handled = new Set(['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter', ' ']);
    if (!handled.has(event.key)) return;
    event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        return moveTo(rows[index + 1]);
      case 'ArrowUp':
        return moveTo(rows[index - 1]);
      case 'Home':
        return moveTo(rows[0]);
      case 'End':
        return moveTo(rows[rows.length - 1]);
      case 'ArrowRight':
        if (hasChildren && !current.expanded) return onToggle(current.node.webId);
        if (current.expanded) return moveTo(rows[index + 1]?.parentWebId === current.node.webId ? rows[index + 1] : undefined);
        return;
      case 'ArrowLeft':
        if (current.expanded) return onToggle(current.node.webId);
        return moveTo(rows.find((r) => r.node.webId === current.parentWebId));
      default:
        if (hasChildren) onToggle(current.node.webId);
    }
  }

  return (
    <ul role="tree" aria-label="AF hierarchy" className="af-tree" onKeyDown={onKeyDown}>
      {rows.map((row) => {
        const { node } = row;
        const hasChildren = node.childCount > 0;
        return (
          <li
            key={node.webId}
            ref={(el) => {
              if (el) items.current.set(node.webId, el);
              else items.current.delete(node.webId);
            }}
            role="treeitem"
            aria-level={row.level}
            aria-posinset={row.posInSet}
            aria-setsize={row.setSize}
            aria-expanded={hasChildren ? row.expanded : undefined}
            aria-selected={row === current}
            aria-busy={row.loading || undefined}
            tabIndex={row === current ? 0 : -1}
            className="af-tree-item"
            style={{ paddingLeft: `${(row.level - 1) * 1.25 + 0.4}rem` }}
            onClick={() => {
              setFocused(node.webId);
              if (hasChildren) onToggle(node.webId);
            }}
          >
            <span className="af-tree-twisty" aria-hidden="true">
              {hasChildren ? (row.expanded ? '▾' : '▸') : '·'}
            </span>
            <span className="af-tree-name">{node.name}</span>
            <span className="af-tree-meta">
              {node.templateName ?? 'no template'}
              {hasChildren ? ` · ${formatCount(node.childCount)} children` : ''}
              {row.loading ? ' · loading…' : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
