'use client';

import { useMemo } from 'react';
import { formatCount } from '@/lib/client/format';
import type { TagMatch } from '@/lib/api-contract';
import { ChartState, RunPageLink } from '../charts/chart-state';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { seriesCsv } from './series-csv';
import { seriesOption } from './series-option';
import { splitSeries } from './split-series';
import { SERIES_POINT_LIMIT, useTagSeries } from './use-tag-series';

const HEIGHT = 400;

interface SeriesChartProps {
  /** The PI data server the tag is on. */
  source: number;
  /** Null with `waiting` false: bronze holds no tags yet. */
  tag: TagMatch | null;
  /** The first tag is still being looked up. */
  waiting: boolean;
}

/** One tag's raw values as landed, quality flags marked. */
export function SeriesChart({ source, tag, waiting }: SeriesChartProps) {
  const palette = useChartPalette();
  const { data, error, isPending, refetch } = useTagSeries(source, tag?.webId ?? null);
  const split = useMemo(() => (data ? splitSeries(data) : null), [data]);
  const option = useMemo(() => (split && tag ? seriesOption(split, tag.units, palette) : null), [split, tag, palette]);
  const csv = useMemo(() => (data && tag ? seriesCsv(data, tag.units) : null), [data, tag]);

  if (!tag) {
    return (
      <ChartState isPending={waiting} error={null} onRetry={() => undefined} errorTitle="" isEmpty height={HEIGHT} emptyMessage={<NoValues />}>
        {null}
      </ChartState>
    );
  }
  return (
    <ChartState
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      errorTitle={`Values of ${tag.name} could not be loaded`}
      isEmpty={!!data && data.tsMs.length === 0}
      emptyMessage={`No values of ${tag.name} in bronze: run an extraction that includes it on the Run page.`}
      height={HEIGHT}
    >
      {option && split && csv ? (
        <>
          <EChart
            option={option}
            csv={csv}
            testId="chart-granularity-series"
            ariaLabel={`Raw values of ${tag.name}: ${formatCount(split.line.length)} values, ${formatCount(split.questionable.length)} questionable, ${formatCount(split.substituted.length)} substituted, ${formatCount(split.states.length)} system state${split.states.length === 1 ? '' : 's'}`}
            fileName={`series-${tag.name}`}
            height={HEIGHT}
          />
          {data?.truncated ? <p className="chart-note">Showing the first {formatCount(SERIES_POINT_LIMIT)} values of this tag.</p> : null}
        </>
      ) : null}
    </ChartState>
  );
}

export function NoValues() {
  return (
    <>
      No values in bronze yet: run an extraction on <RunPageLink />.
    </>
  );
}
