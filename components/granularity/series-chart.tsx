'use client';

import { useMemo } from 'react';
import { formatCount } from '@/lib/client';
import type { TagMatch, TagSeriesResult } from '@/lib/api-contract';
import { ChartState, RunPageLink } from '../charts/chart-state';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { seriesCsv } from './series-csv';
import { seriesOption } from './series-option';
import { splitSeries, type SplitSeries } from './split-series';
import { SERIES_POINT_LIMIT, useTagSeries } from './use-tag-series';

const HEIGHT = 400;

interface SeriesDrawn {
  series: TagSeriesResult;
  split: SplitSeries;
  units: string;
}

const toOption = ({ split, units }: SeriesDrawn, { palette }: ChartDrawing) => seriesOption(split, units, palette);
const toCsv = ({ series, units }: SeriesDrawn) => seriesCsv(series, units);

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
  const { data, error, isPending, refetch } = useTagSeries(source, tag?.webId ?? null);
  const units = tag?.units;
  const drawn = useMemo(() => (data && units !== undefined ? { series: data, split: splitSeries(data), units } : null), [data, units]);

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
      {drawn ? (
        <>
          <ThemedChart
            data={drawn}
            toOption={toOption}
            toCsv={toCsv}
            testId="chart-granularity-series"
            ariaLabel={`Raw values of ${tag.name}: ${formatCount(drawn.split.line.length)} values, ${formatCount(drawn.split.questionable.length)} questionable, ${formatCount(drawn.split.substituted.length)} substituted, ${formatCount(drawn.split.states.length)} system state${drawn.split.states.length === 1 ? '' : 's'}`}
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
