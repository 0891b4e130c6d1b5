'use client';

import { formatCount } from '@/lib/client';
import type { AfLevelsResult } from '@/lib/api-contract';
import { ChartState, RunPageLink } from '../charts/chart-state';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { levelsCsv } from './af-csv';
import { levelsOption } from './levels-option';
import { useAfLevels } from './use-af-levels';

const HEIGHT = 300;

type Levels = AfLevelsResult['levels'];
const toOption = (levels: Levels, { palette }: ChartDrawing) => levelsOption(levels, palette);

export function AfLevelsChart({ asset }: { asset: number }) {
  const { data, error, isPending, refetch } = useAfLevels(asset);
  const total = data?.levels.reduce((n, l) => n + l.count, 0) ?? 0;
  return (
    <ChartState
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      errorTitle="AF levels could not be loaded"
      isEmpty={!!data && data.levels.length === 0}
      emptyMessage={<NoElements />}
      height={HEIGHT}
    >
      {data ? (
        <>
          <p className="chart-summary">
            <strong data-testid="af-element-count">{formatCount(total)}</strong> elements in this AF database
          </p>
          <ThemedChart
            data={data.levels}
            toOption={toOption}
            toCsv={levelsCsv}
            testId="chart-af-levels"
            ariaLabel={`AF elements per level: ${data.levels.map((l) => `level ${l.depth} ${formatCount(l.count)}`).join(', ')}; ${formatCount(total)} in all`}
            fileName="af-levels"
            height={HEIGHT}
          />
        </>
      ) : null}
    </ChartState>
  );
}

export function NoElements() {
  return (
    <>
      No AF elements in bronze yet: run an extraction with the AF hierarchy on <RunPageLink /> (or <code>npm run extract -- … --af</code>).
    </>
  );
}
