'use client';

import { useMemo } from 'react';
import { formatCount } from '@/lib/client';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { treeCsv } from './af-csv';
import { treeOption } from './tree-option';
import { countLeaves, type TreeDatum, type TreeRow } from './tree-model';

/** Room per visible leaf, so 63 units of a facility stay legible (the frame scrolls). */
const ROW_PX = 26;
const MIN_HEIGHT = 360;
/** As tall as the element list beside it (34rem at 18 px). */
const MAX_HEIGHT = '34rem';

interface TreeDrawn {
  root: TreeDatum;
  rows: readonly TreeRow[];
}

const toOption = ({ root }: TreeDrawn, { palette }: ChartDrawing) => treeOption(root, palette);
const toCsv = ({ rows }: TreeDrawn) => treeCsv(rows);

interface AfTreeChartProps {
  root: TreeDatum;
  /** The elements shown, in the list's order: the label counts them, the CSV lists them. */
  rows: readonly TreeRow[];
  onToggle: (webId: string) => void;
}

/** The expanded part of the AF tree drawn as a tree; clicking an element opens or closes it, like the list. */
export function AfTreeChart({ root, rows, onToggle }: AfTreeChartProps) {
  const drawn = useMemo(() => ({ root, rows }), [root, rows]);
  const height = Math.max(MIN_HEIGHT, countLeaves(root) * ROW_PX + 32);
  const onEvents = useMemo(
    () => ({
      click: (params: unknown) => {
        const webId = (params as { data?: { value?: unknown } }).data?.value;
        if (typeof webId === 'string' && webId !== '') onToggle(webId);
      },
    }),
    [onToggle],
  );
  return (
    <ThemedChart
      data={drawn}
      toOption={toOption}
      toCsv={toCsv}
      testId="chart-af-tree"
      ariaLabel={`AF tree: ${formatCount(rows.length)} elements shown`}
      fileName="af-tree"
      height={height}
      maxHeight={MAX_HEIGHT}
      // ECharts centres the root on its children: with 60 plants it sits mid-frame, out of view at the top.
      initialScroll="middle"
      onEvents={onEvents}
    />
  );
}
