/** The ECharts tree: left to right, the database at the root, closed elements drawn filled. */
import type { ChartOption } from '../charts/chart-option';
import type { ChartPalette } from '../charts/chart-palette';
import type { TreeDatum } from './tree-model';

interface EChartsTreeNode {
  name: string;
  value: string;
  children: EChartsTreeNode[];
  itemStyle: { color: string; borderColor: string };
  label?: { position: 'top'; align: 'left'; fontWeight: 'bold' };
}

function styled(datum: TreeDatum, palette: ChartPalette): EChartsTreeNode {
  return {
    name: datum.name,
    value: datum.value,
    children: datum.children.map((child) => styled(child, palette)),
    // Filled: click to open. Hollow: open, or nothing inside.
    itemStyle: { color: datum.closed ? palette.primary : palette.surface, borderColor: palette.primary },
  };
}

/** The database name over its node: to its left there is no room, to its right run the branches. */
function rootNode(datum: TreeDatum, palette: ChartPalette): EChartsTreeNode {
  return { ...styled(datum, palette), label: { position: 'top', align: 'left', fontWeight: 'bold' } };
}

export function treeOption(root: TreeDatum, palette: ChartPalette): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: (p: unknown) => (p as { name: string }).name },
    series: [
      {
        type: 'tree',
        data: [rootNode(root, palette)],
        orient: 'LR',
        left: 16,
        right: 220,
        top: 32,
        bottom: 16,
        roam: false,
        symbol: 'circle',
        symbolSize: 11,
        // The page decides what is open (and fetches it); ECharts just draws it.
        expandAndCollapse: false,
        initialTreeDepth: -1,
        lineStyle: { color: palette.axisLine, width: 1.5 },
        label: { position: 'left', verticalAlign: 'middle', align: 'right', color: palette.text, fontSize: palette.fontSize, distance: 8 },
        leaves: { label: { position: 'right', align: 'left' } },
        emphasis: { focus: 'descendant' },
        animationDurationUpdate: 300,
      },
    ],
  };
}
