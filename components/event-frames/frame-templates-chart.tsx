'use client';

import { useMemo } from 'react';
import { formatCount } from '@/lib/client/format';
import { ChartState, RunPageLink } from '../charts/chart-state';
import { EChart } from '../charts/echart';
import { useChartPalette } from '../charts/use-color-scheme';
import { frameTemplatesCsv } from './event-frames-csv';
import { frameTemplatesOption } from './frame-templates-option';
import { NO_TEMPLATE } from './timeline-option';
import { useFrameTemplates } from './use-frame-templates';

const HEIGHT = 300;

export function FrameTemplatesChart({ asset }: { asset: number }) {
  const palette = useChartPalette();
  const { data, error, isPending, refetch } = useFrameTemplates(asset);
  const option = useMemo(() => (data ? frameTemplatesOption(data.templates, palette) : null), [data, palette]);
  const total = data?.templates.reduce((n, t) => n + t.count, 0) ?? 0;
  const inProgress = data?.templates.reduce((n, t) => n + t.inProgress, 0) ?? 0;
  return (
    <ChartState
      isPending={isPending}
      error={error}
      onRetry={() => void refetch()}
      errorTitle="Event-frame templates could not be loaded"
      isEmpty={!!data && data.templates.length === 0}
      emptyMessage={<NoFrames />}
      height={HEIGHT}
    >
      {option && data ? (
        <>
          <p className="chart-summary">
            <strong data-testid="ef-frame-count">{formatCount(total)}</strong> event frames in this AF database:{' '}
            <span data-testid="ef-ended-count">{formatCount(total - inProgress)}</span> ended,{' '}
            <span data-testid="ef-in-progress-count">{formatCount(inProgress)}</span> in progress
          </p>
          <EChart
            option={option}
            csv={frameTemplatesCsv(data.templates)}
            testId="chart-ef-templates"
            ariaLabel={`Event frames per template: ${data.templates.map((t) => `${t.templateName ?? NO_TEMPLATE} ${formatCount(t.count)} (${formatCount(t.inProgress)} in progress)`).join(', ')}`}
            fileName="event-frames-by-template"
            height={HEIGHT}
          />
        </>
      ) : null}
    </ChartState>
  );
}

export function NoFrames() {
  return (
    <>
      No event frames in bronze yet: run an extraction with event frames on <RunPageLink /> (or{' '}
      <code>npm run extract -- … --event-frames</code>).
    </>
  );
}
