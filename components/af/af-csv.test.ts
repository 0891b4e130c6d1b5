import { describe, expect, it } from 'vitest';
import { toCsv } from '../charts/csv';
import { levelsCsv, templatesCsv, treeCsv } from './af-csv';
import { visibleRows } from './tree-model';

describe('AF CSVs', () => {
  it('write counts per level and per template', () => {
    expect(toCsv(levelsCsv([{ depth: 1, count: 60 }]))).toBe('level,elements\r\n1,60\r\n');
    expect(toCsv(templatesCsv([{ templateName: null, count: 2 }]))).toBe('template,elements\r\n(no template),2\r\n');
  });

  it('writes the shown tree rows, quoting paths with commas', () => {
    const node = { webId: 'E1', name: 'Plant, North', path: '\\\\AF\\DB\\Plant, North', depth: 1, templateName: 'Plant', categoryNames: [], childCount: 3 };
    const rows = visibleRows(new Map([[null, { parentWebId: null, nodes: [node], more: false }]]), new Set());
    expect(toCsv(treeCsv(rows))).toBe('level,name,path,template,children,open\r\n1,"Plant, North","\\\\AF\\DB\\Plant, North",Plant,3,false\r\n');
  });
});
