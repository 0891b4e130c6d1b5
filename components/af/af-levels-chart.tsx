'use client';

import { useMemo } from 'react';
import { formatCount } from '@/lib/client/format';
import { ChartState, RunPageLink } from '../charts/chart-state';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { levelsCsv } from './af-csv';
import { levelsOption } from './levels-option';
import { useAfLevels } from './use-af-levels';

const HEIGHT = 300;

export function AfLevelsChart({ asset }: { asset: number }) {
  const palette = useChartPalette();
  const { data, error, isPending, refetch } = useAfLevels(asset);
  const option = useMemo(() => (data ? levelsOption(data.levels, palette) : null), [data, palette]);
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
      {option && data ? (
        <>
          <p className="chart-summary">
            <strong data-testid="af-element-count">{formatCount(total)}</strong> elements in this AF database
          </p>
          <EChart
            option={option}
            csv={levelsCsv(data.levels)}
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
