'use client';

import { formatCount } from '@/lib/client';
import type { AfTemplatesResult } from '@/lib/api-contract';
import { ChartState } from '../charts/chart-state';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { NoElements } from './af-levels-chart';
import { LOG_SCALE_RATIO } from '../charts/value-axis';
import { templatesCsv } from './af-csv';
import { NO_TEMPLATE, templatesOption, templatesPlan } from './templates-option';
import { useAfTemplates } from './use-af-templates';

const HEIGHT = 300;

type Templates = AfTemplatesResult['templates'];
const toOption = (templates: Templates, { palette }: ChartDrawing) => templatesOption(templates, palette);

export function AfTemplatesChart({ asset }: { asset: number }) {
  const { data, error, isPending, refetch } = useAfTemplates(asset);
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
      {data ? (
        <>
          {templatesPlan(data.templates).scale === 'log' ? (
            <p className="chart-note">Log scale: the counts span more than {LOG_SCALE_RATIO}x.</p>
          ) : null}
          <ThemedChart
            data={data.templates}
            toOption={toOption}
            toCsv={templatesCsv}
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
