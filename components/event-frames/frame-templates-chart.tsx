'use client';

import type { FrameTemplatesResult } from '@/lib/api-contract';
import { formatCount } from '@/lib/client';
import { ChartState, RunPageLink } from '../charts/chart-state';
import { ThemedChart, type ChartDrawing } from '../charts/themed-chart';
import { frameTemplatesCsv } from './event-frames-csv';
import { frameTemplatesOption } from './frame-templates-option';
import { NO_TEMPLATE } from './timeline-option';
import { useFrameTemplates } from './use-frame-templates';

const HEIGHT = 300;

type Templates = FrameTemplatesResult['templates'];
const toOption = (templates: Templates, { palette }: ChartDrawing) => frameTemplatesOption(templates, palette);

export function FrameTemplatesChart({ asset }: { asset: number }) {
  const { data, error, isPending, refetch } = useFrameTemplates(asset);
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
      {data ? (
        <>
          <p className="chart-summary">
            <strong data-testid="ef-frame-count">{formatCount(total)}</strong> event frames in this AF database:{' '}
            <span data-testid="ef-ended-count">{formatCount(total - inProgress)}</span> ended,{' '}
            <span data-testid="ef-in-progress-count">{formatCount(inProgress)}</span> in progress
          </p>
          <ThemedChart
            data={data.templates}
            toOption={toOption}
            toCsv={frameTemplatesCsv}
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
