'use client';

import { useMemo } from 'react';
import { formatCount } from '@/lib/client/format';
import { ChartState } from '../charts/chart-state';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { NoElements } from './af-levels-chart';
import { LOG_SCALE_RATIO } from '../charts/value-axis';
import { templatesCsv } from './af-csv';
import { NO_TEMPLATE, templatesOption, templatesPlan } from './templates-option';
import { useAfTemplates } from './use-af-templates';

const HEIGHT = 300;

export function AfTemplatesChart({ asset }: { asset: number }) {
  const palette = useChartPalette();
  const { data, error, isPending, refetch } = useAfTemplates(asset);
  const option = useMemo(() => (data ? templatesOption(data.templates, palette) : null), [data, palette]);
  return (
    <ChartState
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      errorTitle="AF templates could not be loaded"
      isEmpty={!!data && data.templates.length === 0}
      emptyMessage={<NoElements />}
      height={HEIGHT}
    >
      {option && data ? (
        <>
          {templatesPlan(data.templates).scale === 'log' ? (
            <p className="chart-note">Log scale: the counts span more than {LOG_SCALE_RATIO}x.</p>
          ) : null}
          <EChart
            option={option}
            csv={templatesCsv(data.templates)}
            testId="chart-af-templates"
            ariaLabel={`AF elements per template: ${data.templates.map((t) => `${t.templateName ?? NO_TEMPLATE} ${formatCount(t.count)}`).join(', ')}`}
            fileName="af-templates"
            height={HEIGHT}
          />
        </>
      ) : null}
    </ChartState>
  );
}
