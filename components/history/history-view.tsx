'use client';

import { useState } from 'react';
import { RunPageLink } from '../charts/chart-state';
import { useRunHistory } from '../run/use-run-history';
import { Card } from '../ui/card';
import { ErrorNotice } from '../ui/error-notice';
import { HistoryTable } from './history-table';
import { RunComparison } from './run-comparison';

/** Past runs and a side-by-side comparison of any two. */
export function HistoryView() {
  const history = useRunHistory();
  // In the order ticked: the first is A, the second B.
  const [selected, setSelected] = useState<readonly string[]>([]);

  if (history.error) return <ErrorNotice title="Runs could not be loaded" message={history.error.message} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <div className="chart-skeleton perf-skeleton" role="status" aria-label="Loading runs" />;
  const items = history.data.items;
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-title">No runs yet.</p>
        <p>
          Every run started on <RunPageLink /> lands here with its settings and figures. Two runs at different network
          profiles make a good comparison.
        </p>
      </div>
    );
  }

  const toggle = (runId: string) => setSelected((now) => (now.includes(runId) ? now.filter((id) => id !== runId) : [...now, runId].slice(-2)));
  const a = items.find((i) => i.runId === selected[0]);
  const b = items.find((i) => i.runId === selected[1]);
  return (
    <div className="history-page">
      <Card title="Compare two runs" headingId="compare-heading" subtitle="Tick two runs below: the first ticked is A. Ratios are B ÷ A; settings that differ are marked.">
        {a && b ? <RunComparison a={a} b={b} /> : <p className="muted">{selected.length === 1 ? 'Tick one more run.' : 'Tick two runs in the table.'}</p>}
      </Card>
      <Card title={`All runs (${items.length})`} headingId="runs-heading" subtitle="Newest first. Times are whole-set times; a time-boxed mode shows its labelled projection.">
        <HistoryTable items={items} selected={selected} onToggle={toggle} />
      </Card>
    </div>
  );
}
