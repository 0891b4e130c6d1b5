'use client';

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiRoutes, formatDateTime, getJson, queryKeys } from '@/lib/client';
import { connectionView } from '@/lib/api-contract';
import { RunPageLink } from '../charts/chart-state';
import { useIntervalHistogram } from '../granularity/use-interval-histogram';
import { isFinished, pickRun } from '../performance/performance-data';
import { describeRun } from '../run/describe-run';
import { useRunHistory } from '../run/use-run-history';
import { Card } from '../ui/card';
import { ErrorNotice } from '../ui/error-notice';
import { ArchitectureDiagram } from './architecture-diagram';
import { ComparisonTable } from './comparison-table';

/** The closing page: the seed documents' claims beside our figures, and the architecture. */
export function SummaryView() {
  const history = useRunHistory();
  const intervals = useIntervalHistogram(null, null);
  const connection = useQuery({ queryKey: queryKeys.connection(), queryFn: ({ signal }) => getJson(apiRoutes.connection(), connectionView, { signal }) });
  const run = useMemo(() => (history.data ? pickRun(history.data.items, null) : null), [history.data]);
  const finished = useMemo(() => history.data?.items.filter(isFinished) ?? [], [history.data]);
  const source = run?.settings.target === 'external' && connection.data?.url ? connection.data.url : 'embedded mock, /piwebapi';

  return (
    <div className="summary-page">
      <Card
        title="Claims and measurements"
        headingId="claims-heading"
        subtitle={
          run ? (
            <>
              Each figure comes from the newest finished run that measured it, named beside it. Latest:{' '}
              {formatDateTime(run.startedAtMs)}, {describeRun(run.settings)}.
            </>
          ) : (
            <>
              No finished run yet: start one on <RunPageLink /> and its figures appear beside each claim.
            </>
          )
        }
      >
        {history.error ? (
          <ErrorNotice title="Runs could not be loaded" message={history.error.message} onRetry={() => void history.refetch()} />
        ) : history.isPending ? (
          <div className="chart-skeleton perf-skeleton" role="status" aria-label="Loading runs" />
        ) : (
          <ComparisonTable
            inputs={{ runs: finished, medianIntervalSeconds: intervals.data?.medianSeconds ?? null, intervalCount: intervals.data?.intervalCount ?? null }}
          />
        )}
      </Card>
      <Card title="Architecture" headingId="architecture-heading" subtitle="What runs where: the same connector reads the embedded mock or a real PI Web API.">
        <ArchitectureDiagram source={source} />
      </Card>
    </div>
  );
}
