import { describe, expect, it } from 'vitest';
import type { AfChildrenResult, AfNode } from '@/lib/api-contract';
import { countLeaves, databaseName, treeData, visibleRows, type LoadedLevels } from './tree-model';

function node(webId: string, name: string, depth: number, childCount: number): AfNode {
  return { webId, name, path: `\\\\AF\\DB\\${name}`, depth, templateName: null, categoryNames: [], childCount };
}
const level = (parentWebId: string | null, nodes: AfNode[]): AfChildrenResult => ({ parentWebId, nodes, more: false });

const SYD = node('E-SYD', 'Sydney', 1, 2);
const PER = node('E-PER', 'Perth', 1, 1);
const U1 = node('E-U1', 'Unit01', 2, 1);
const U2 = node('E-U2', 'Unit02', 2, 0);
const P1 = node('E-P1', 'Pump01', 3, 0);

const loaded: LoadedLevels = new Map<string | null, AfChildrenResult>([
  [null, level(null, [SYD, PER])],
  ['E-SYD', level('E-SYD', [U1, U2])],
  ['E-U1', level('E-U1', [P1])],
]);

describe('visibleRows', () => {
  it('shows only the top level while nothing is expanded', () => {
    expect(visibleRows(loaded, new Set()).map((r) => [r.node.name, r.level, r.posInSet, r.setSize, r.expanded])).toEqual([
      ['Sydney', 1, 1, 2, false],
      ['Perth', 1, 2, 2, false],
    ]);
  });

  it('lists expanded children depth first, with their level and position', () => {
    const rows = visibleRows(loaded, new Set(['E-SYD', 'E-U1']));
    expect(rows.map((r) => [r.node.name, r.level, r.posInSet, r.setSize, r.parentWebId])).toEqual([
      ['Sydney', 1, 1, 2, null],
      ['Unit01', 2, 1, 2, 'E-SYD'],
      ['Pump01', 3, 1, 1, 'E-U1'],
      ['Unit02', 2, 2, 2, 'E-SYD'],
      ['Perth', 1, 2, 2, null],
    ]);
  });

  it('marks an expanded element whose children have not arrived as loading', () => {
    const rows = visibleRows(loaded, new Set(['E-PER']));
    expect(rows.find((r) => r.node.webId === 'E-PER')).toMatchObject({ expanded: true, loading: true });
    expect(rows).toHaveLength(2);
  });

  it('hides the children of a collapsed element even when loaded', () => {
    expect(visibleRows(loaded, new Set(['E-U1'])).map((r) => r.node.name)).toEqual(['Sydney', 'Perth']);
  });
});

describe('treeData', () => {
  it('nests only what is expanded and marks closed elements that have children', () => {
    const data = treeData('\\\\AF\\DB', loaded, new Set(['E-SYD']));
    expect(data).toEqual({
      name: '\\\\AF\\DB',
      value: '',
      closed: false,
      children: [
        {
          name: 'Sydney (2)',
          value: 'E-SYD',
          closed: false,
          children: [
            { name: 'Unit01 (1)', value: 'E-U1', closed: true, children: [] },
            { name: 'Unit02', value: 'E-U2', closed: false, children: [] },
          ],
        },
        { name: 'Perth (1)', value: 'E-PER', closed: true, children: [] },
      ],
    });
    expect(countLeaves(data)).toBe(3);
  });
});

describe('databaseName', () => {
  it.each([
    ['\\\\AFSRV01\\Production\\Sydney', 'Production'],
    ['Sydney', 'AF database'],
    [undefined, 'AF database'],
  ])('%s -> %s', (path, expected) => {
    expect(databaseName(path)).toBe(expected);
  });
});
