'use client';

import { useMemo } from 'react';
import { formatCount } from '@/lib/client';
import { ChartState } from '../charts/chart-state';
import { Card } from '../ui/card';
import { AfLevelsChart, NoElements } from './af-levels-chart';
import { AfTemplatesChart } from './af-templates-chart';
import { AfTreeChart } from './af-tree-chart';
import { AfTreeExplorer } from './af-tree-explorer';
import { databaseName, treeData, visibleRows } from './tree-model';
import { useAfLevels } from './use-af-levels';
import { useAfTree } from './use-af-tree';

/** One AF database on the AF page: two distributions, then the hierarchy, opened one level at a time. */
export function AfDatabaseView({ asset }: { asset: number }) {
  const tree = useAfTree(asset);
  // The same query as the levels chart (react-query shares it): the element count comes from bronze.
  const levels = useAfLevels(asset);
  const elementCount = levels.data?.levels.reduce((n, l) => n + l.count, 0) ?? null;
  const rows = useMemo(() => visibleRows(tree.loaded, tree.expanded), [tree.loaded, tree.expanded]);
  const roots = tree.loaded.get(null);
  const root = useMemo(
    () => treeData(databaseName(roots?.nodes[0]?.path), tree.loaded, tree.expanded),
    [roots, tree.loaded, tree.expanded],
  );

  return (
    <>
      <div className="data-grid-2">
        <Card title="Elements per level" headingId="af-levels-heading" subtitle="Plants, units and equipment as landed in bronze">
          <AfLevelsChart asset={asset} />
        </Card>
        <Card title="Template distribution" headingId="af-templates-heading" subtitle="AF elements per element template">
          <AfTemplatesChart asset={asset} />
        </Card>
      </div>
      <Card
        title="Explore the hierarchy"
        headingId="af-tree-heading"
        subtitle={`${elementCount === null ? 'Each level' : `${formatCount(elementCount)} elements, never loaded at once: each level`} loads when it is opened. Open an element in the list (Enter or Right arrow) or click it in the tree.`}
      >
        <ChartState
          isPending={tree.rootsPending && !tree.error}
          error={tree.error}
          onRetry={tree.retry}
          errorTitle="The AF hierarchy could not be loaded"
          isEmpty={!!roots && roots.nodes.length === 0}
          emptyMessage={<NoElements />}
          height={360}
        >
          <div className="af-explorer">
            <div className="af-tree-frame">
              <AfTreeExplorer rows={rows} onToggle={tree.toggle} />
            </div>
            <AfTreeChart root={root} rows={rows} onToggle={tree.toggle} />
          </div>
        </ChartState>
      </Card>
    </>
  );
}
